import type { Application, Status } from '../../core/application';
import { daysAgo } from '../components/format';
import { StatusChip } from '../components/status-chip';
import { StatusSelect } from '../components/status-select';

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
      <div class="row filters" role="group" aria-label="Show">
        {(Object.keys(FILTER_LABELS) as ListFilter[]).map((f) => (
          <button
            key={f}
            type="button"
            class={`btn btn-small filter${filter === f ? ' filter-on' : ''}`}
            aria-pressed={filter === f}
            onClick={() => onFilter(f)}
          >
            {FILTER_LABELS[f]}
          </button>
        ))}
      </div>
    </div>
  );
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
        const name = `${app.title || 'Untitled job'} at ${app.company || 'unknown company'}`;
        const ago = daysAgo(app.appliedAt, now);
        return (
          <li key={app.id} class="app-row">
            <div class="app-main">
              <button type="button" class="app-open" onClick={() => onOpen(app)} aria-label={`Open ${name} in the dashboard`}>
                <span class="app-company">{app.company || 'Unknown company'}</span>
                <span class="app-title">{app.title || 'Untitled job'}</span>
              </button>
              <span class="app-meta">
                <StatusChip status={app.status} />
                <span class="app-days" title={`Applied ${ago.long}`}>
                  <span aria-hidden="true">{ago.short}</span>
                  <span class="visually-hidden">applied {ago.long}</span>
                </span>
              </span>
            </div>
            <StatusSelect
              class="status-select app-status"
              value={app.status}
              label={`Status for ${name}`}
              disabled={busyId === app.id}
              onChange={(s) => onStatus(app, s)}
            />
          </li>
        );
      })}
    </ul>
  );
}
