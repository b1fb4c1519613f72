import type { Application, Status } from '../../core/application';
import { daysAgo } from '../components/format';
import { StatusMenu } from '../components/status-menu';

export type ListFilter = 'recent' | 'active' | 'followup' | 'closed';

export const FILTER_LABELS: Record<ListFilter, string> = {
  recent: 'Recent',
  active: 'Active',
  followup: 'Needs follow-up',
  closed: 'Closed',
};

const EMPTY_TEXT: Record<ListFilter, string> = {
  recent: 'No applications yet.',
  active: 'No active applications.',
  followup: 'Nothing needs a follow-up right now.',
  closed: 'No closed applications.',
};

/** Search and filter on one line: the list starts right under them. */
export function ListControls({
  filter,
  onFilter,
  query,
  onQuery,
}: {
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  query: string;
  onQuery: (q: string) => void;
}) {
  return (
    <div class="list-controls">
      <label class="visually-hidden" for="popup-search">
        Search applications
      </label>
      <input
        id="popup-search"
        type="search"
        placeholder="Search company or title"
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <label class="visually-hidden" for="popup-filter">
        Show
      </label>
      <select
        id="popup-filter"
        class="list-filter"
        value={filter}
        onChange={(e) => onFilter((e.currentTarget as HTMLSelectElement).value as ListFilter)}
      >
        {(Object.keys(FILTER_LABELS) as ListFilter[]).map((f) => (
          <option key={f} value={f}>
            {FILTER_LABELS[f]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The subject a row's controls speak of: "Data Analyst at Acme". */
export function rowName(app: Pick<Application, 'company' | 'title'>): string {
  return `${app.title || 'Untitled job'} at ${app.company || 'unknown company'}`;
}

export function AppList({
  items,
  filter,
  query,
  busyId,
  now,
  onStatus,
  onOpen,
}: {
  items: Application[];
  filter: ListFilter;
  query: string;
  busyId: string | null;
  now: Date;
  onStatus: (app: Application, status: Status) => void;
  onOpen: (app: Application) => void;
}) {
  if (items.length === 0) {
    return <p class="muted list-empty">{query.trim() ? `Nothing matches “${query.trim()}”.` : EMPTY_TEXT[filter]}</p>;
  }
  return (
    <ul class="plain-list app-list" aria-label={`${FILTER_LABELS[filter]} applications`}>
      {items.map((app) => {
        const ago = daysAgo(app.appliedAt, now);
        return (
          <li key={app.id} class="app-row" data-record={app.id}>
            {/* Named by its visible text (company, title), then where it leads: no aria-label that could drift from it. */}
            <button type="button" class="app-open" onClick={() => onOpen(app)}>
              <span class="app-company">{app.company || 'Unknown company'}</span>{' '}
              <span class="app-title">{app.title || 'Untitled job'}</span>
              <span class="visually-hidden">, open in the dashboard</span>
            </button>
            <span class="app-side">
              <StatusMenu value={app.status} subject={rowName(app)} disabled={busyId === app.id} onChoose={(s) => onStatus(app, s)} />
              <span class="app-days" title={`Applied ${ago.long}`}>
                <span aria-hidden="true">{ago.short}</span>
                <span class="visually-hidden">applied {ago.long}</span>
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
