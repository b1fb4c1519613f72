/**
 * The board: one column per status. Cards move with the mouse (drag and drop), with the keyboard (Alt+← / Alt+→
 * on a card, or the card's status menu), and every move can be undone. A move to rejected, ghosted or withdrawn
 * opens the closing step. Active applications are all loaded; each closed status shows its newest
 * `CLOSED_CAP` only, so a long search stays quick.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ACTIVE_STATUSES,
  CLOSED_NEGATIVE_STATUSES,
  CLOSED_STATUSES,
  STATUSES,
  STATUS_LABELS,
  type Application,
  type ClosedStatus,
  type Status,
} from '../../core/application';
import { calendarDaysFrom } from '../../core/coming-up';
import { activeApplications, countApplications, listApplications } from '../../db/index';
import { restoreApplications, setStatus } from '../data';
import { ClosingFlow } from '../components/closing-flow';
import { ErrorState, Loading } from '../components/states';
import { StatusMenu } from '../components/status-menu';
import { AddApplication } from './add-application';
import { useDashboard } from './context';
import { formatDate, plural, siteLabel } from './format';
import { formatHash } from './hash';
import { useLoad } from './use-records';
import { useSettings } from './use-settings';

/** Newest records shown per closed column. */
export const CLOSED_CAP = 50;
/** Cards shown per active column before "Show all". */
export const ACTIVE_SHOWN = 100;

export interface BoardData {
  active: Application[];
  closed: Record<ClosedStatus, { items: Application[]; total: number }>;
}

export async function loadBoard(): Promise<BoardData> {
  const [active, ...closed] = await Promise.all([
    activeApplications(),
    ...CLOSED_STATUSES.map(async (status) => {
      const [page, total] = await Promise.all([listApplications({ status, limit: CLOSED_CAP }), countApplications({ status })]);
      return { items: page.items, total };
    }),
  ]);
  return {
    active,
    closed: Object.fromEntries(CLOSED_STATUSES.map((s, i) => [s, closed[i]!])) as BoardData['closed'],
  };
}

function nameOf(app: Application): string {
  return `${app.title || 'Untitled job'} at ${app.company || 'unknown company'}`;
}

/** The status one column to the left (-1) or right (+1) on the board, undefined at either end. */
export function neighbourStatus(status: Status, step: -1 | 1): Status | undefined {
  return STATUSES[STATUSES.indexOf(status) + step];
}

function appliedText(app: Application, now: Date): string {
  const days = -calendarDaysFrom(now, app.appliedAt);
  if (!Number.isFinite(days)) return '';
  if (days <= 0) return 'Applied today';
  return `${plural(days, 'day')} since applied`;
}

interface Closing {
  app: Application;
  previous: Status;
  undo: () => Promise<void>;
}

export function BoardView() {
  const api = useDashboard();
  const settings = useSettings();
  const data = useLoad(loadBoard, [api.version]);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<Status | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<Status>>(new Set());
  const [focusTarget, setFocusTarget] = useState<{ id: string; status: Status } | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const now = useMemo(() => new Date(), [api.version]);

  const byId = useMemo(() => {
    const map = new Map<string, Application>();
    if (data.state === 'ready') {
      for (const a of data.value.active) map.set(a.id, a);
      for (const s of CLOSED_STATUSES) for (const a of data.value.closed[s].items) map.set(a.id, a);
    }
    return map;
  }, [data]);

  // After a move (and once the closing step is gone), keep the keyboard on the card that moved.
  useEffect(() => {
    if (!focusTarget || closing || data.state !== 'ready') return;
    const card = Array.from(root.current?.querySelectorAll<HTMLElement>('.board-card-open') ?? []).find(
      (el) => el.dataset.record === focusTarget.id,
    );
    // Only once the reloaded board shows the card in its new column (the old one is about to go).
    if (card && card.dataset.status === focusTarget.status) {
      card.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, closing, data]);

  async function move(app: Application, status: Status) {
    if (status === app.status || busy) return;
    setBusy(true);
    const before = app;
    try {
      const updated = await setStatus(app.id, status);
      if ((CLOSED_STATUSES as readonly Status[]).includes(status)) setExpanded((e) => new Set(e).add(status));
      setFocusTarget({ id: app.id, status });
      const undo = async () => {
        await restoreApplications([before]);
        if ((CLOSED_STATUSES as readonly Status[]).includes(before.status)) setExpanded((e) => new Set(e).add(before.status));
        setFocusTarget({ id: before.id, status: before.status });
      };
      api.offerUndo(`Moved ${nameOf(app)} from ${STATUS_LABELS[before.status]} to ${STATUS_LABELS[status]}.`, undo);
      if ((CLOSED_NEGATIVE_STATUSES as readonly Status[]).includes(status)) {
        setClosing({ app: updated, previous: before.status, undo });
      }
    } catch (error) {
      api.showError(error);
    } finally {
      setBusy(false);
    }
  }

  function dropProps(status: Status) {
    return {
      onDragOver: (e: DragEvent) => {
        if (!dragId) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        if (dropOn !== status) setDropOn(status);
      },
      onDragLeave: (e: DragEvent) => {
        const to = e.relatedTarget as Node | null;
        if (!to || !(e.currentTarget as HTMLElement).contains(to)) setDropOn((s) => (s === status ? null : s));
      },
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        const id = dragId ?? e.dataTransfer?.getData('text/plain');
        setDragId(null);
        setDropOn(null);
        const app = id ? byId.get(id) : undefined;
        if (app) void move(app, status);
      },
    };
  }

  function card(app: Application, compact = false) {
    return (
      <li
        key={app.id}
        class={`board-card${dragId === app.id ? ' dragging' : ''}${compact ? ' compact' : ''}`}
        data-card={app.id}
        draggable
        onDragStart={(e) => {
          setDragId(app.id);
          e.dataTransfer?.setData('text/plain', app.id);
          if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        }}
        onDragEnd={() => {
          setDragId(null);
          setDropOn(null);
        }}
      >
        <button
          type="button"
          class="board-card-open"
          data-record={app.id}
          data-status={app.status}
          onClick={() => api.openRecord(app.id)}
          onKeyDown={(e) => {
            if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
            // Alt+← / Alt+→ would go back or forward in history: here they move the card one column instead.
            e.preventDefault();
            const to = neighbourStatus(app.status, e.key === 'ArrowLeft' ? -1 : 1);
            if (to) void move(app, to);
            else api.announce(`${STATUS_LABELS[app.status]} is the ${e.key === 'ArrowLeft' ? 'first' : 'last'} column.`);
          }}
        >
          <span class="board-card-company">{app.company || 'Unknown company'}</span>
          <span class="board-card-title">{app.title || 'Untitled job'}</span>
        </button>
        {!compact && (
          <p class="board-card-meta">
            {siteLabel(app.source, app.url)} · {appliedText(app, now)}
          </p>
        )}
        {!compact && (app.nextStep || app.nextStepAt) && (
          <p class="board-card-next">
            Next: {app.nextStep || 'next step'}
            {app.nextStepAt && ` · ${formatDate(app.nextStepAt)}`}
          </p>
        )}
        <StatusMenu
          value={app.status}
          subject={nameOf(app)}
          disabled={busy}
          onChoose={(s) => void move(app, s)}
          class="board-card-status"
        />
      </li>
    );
  }

  if (data.state === 'loading') return <Loading label="Loading the board…" />;
  if (data.state === 'error') return <ErrorState message={data.message} onRetry={() => api.refresh()} />;

  const { active, closed } = data.value;
  const empty = active.length === 0 && CLOSED_STATUSES.every((s) => closed[s].total === 0);

  return (
    <section class="board" aria-labelledby="board-heading" ref={root}>
      <h2 id="board-heading">Board</h2>
      {empty ? (
        <div class="state empty-state board-empty">
          <h3>Your board is empty</h3>
          <p>Applications you log show up here, one column per status. Bring in what you tracked elsewhere, or add one by hand.</p>
          <div class="row">
            <a class="btn" href={formatHash({ view: 'import' })}>
              Import from another tracker
            </a>
            {/* This button goes away with the empty board: focus moves on to the new card. */}
            <AddApplication
              onAdded={(record) => {
                if ((CLOSED_STATUSES as readonly Status[]).includes(record.status)) setExpanded((e) => new Set(e).add(record.status));
                setFocusTarget({ id: record.id, status: record.status });
              }}
            />
          </div>
        </div>
      ) : (
        <>
          <p class="board-hint small muted" id="board-hint">
            Drag a card to another column, or press Alt+← or Alt+→ on a card, or choose from its status button. Every move can be undone.
          </p>
          <div class="board-columns">
            {ACTIVE_STATUSES.map((status) => (
              <ActiveColumn
                key={status}
                status={status}
                apps={active.filter((a) => a.status === status)}
                dropOn={dropOn}
                dropProps={dropProps(status)}
                card={card}
              />
            ))}
            <section class="board-col board-col-closed" aria-labelledby="board-col-closed">
              <h3 id="board-col-closed" class="board-col-heading">
                Closed
              </h3>
              {CLOSED_STATUSES.map((status) => {
                const { items, total } = closed[status];
                const open = expanded.has(status);
                const listId = `board-list-${status}`;
                return (
                  <div
                    key={status}
                    class={`board-zone${dropOn === status ? ' drop-target' : ''}`}
                    data-column={status}
                    {...dropProps(status)}
                  >
                    <h4 class="board-zone-heading">
                      {total > 0 ? (
                        <button
                          type="button"
                          class="board-zone-toggle"
                          aria-expanded={open}
                          aria-controls={open ? listId : undefined}
                          onClick={() =>
                            setExpanded((e) => {
                              const next = new Set(e);
                              if (open) next.delete(status);
                              else next.add(status);
                              return next;
                            })
                          }
                        >
                          <span class="board-zone-caret" aria-hidden="true">
                            {open ? '▾' : '▸'}
                          </span>
                          <span class={`status-dot chip-${status}`} aria-hidden="true" />
                          {STATUS_LABELS[status]} <span class="board-count">({total.toLocaleString()})</span>
                        </button>
                      ) : (
                        <span class="board-zone-empty">
                          <span class={`status-dot chip-${status}`} aria-hidden="true" />
                          {STATUS_LABELS[status]} <span class="board-count">(0)</span>
                        </span>
                      )}
                    </h4>
                    {open && (
                      <ul class="board-list" id={listId} aria-label={STATUS_LABELS[status]}>
                        {items.map((a) => card(a, true))}
                      </ul>
                    )}
                    {open && total > items.length && (
                      <p class="small">
                        <a href={formatHash({ view: 'applications' })}>{(total - items.length).toLocaleString()} more in Applications</a>
                      </p>
                    )}
                  </div>
                );
              })}
            </section>
          </div>
        </>
      )}
      {closing && (
        <ClosingFlow
          app={closing.app}
          settings={settings}
          now={now}
          previous={closing.previous}
          onUndo={async () => {
            await closing.undo();
            api.announce(`Undone: ${nameOf(closing.app)} is back in ${STATUS_LABELS[closing.previous]}.`);
          }}
          onClose={() => setClosing(null)}
          onSaved={(message, undo) => {
            api.refresh();
            if (undo) api.offerUndo(message, undo);
            else api.announce(message);
          }}
        />
      )}
    </section>
  );
}

function ActiveColumn({
  status,
  apps,
  dropOn,
  dropProps,
  card,
}: {
  status: Status;
  apps: Application[];
  dropOn: Status | null;
  dropProps: Record<string, (e: DragEvent) => void>;
  card: (app: Application) => preact.JSX.Element;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? apps : apps.slice(0, ACTIVE_SHOWN);
  const headingId = `board-col-${status}`;
  return (
    <section class={`board-col${dropOn === status ? ' drop-target' : ''}`} aria-labelledby={headingId} data-column={status} {...dropProps}>
      <h3 id={headingId} class="board-col-heading">
        <span class={`status-dot chip-${status}`} aria-hidden="true" />
        {STATUS_LABELS[status]} <span class="board-count">({apps.length.toLocaleString()})</span>
      </h3>
      {apps.length === 0 ? (
        <p class="board-none small muted">Nothing here.</p>
      ) : (
        <ul class="board-list" aria-label={STATUS_LABELS[status]}>
          {shown.map((a) => card(a))}
        </ul>
      )}
      {shown.length < apps.length && (
        <button type="button" class="btn btn-small" onClick={() => setAll(true)}>
          Show all {apps.length.toLocaleString()}
        </button>
      )}
    </section>
  );
}
