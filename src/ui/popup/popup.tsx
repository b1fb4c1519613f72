import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ACTIVE_STATUSES, CLOSED_STATUSES, STATUS_LABELS, type Application, type Status } from '../../core/application';
import { dueFollowUps, ghostSuggestions } from '../../core/followups';
import { offersReflection } from '../../core/lessons';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../core/settings';
import { analyzeSpread } from '../../core/spread';
import { activeApplications, listApplications, listPending, summaryCounts, type PendingCandidate } from '../../db/index';
import { deleteApplications, restoreApplications, setStatus } from '../data';
import { ClosingFlow } from '../components/closing-flow';
import { errorMessage } from '../components/format';
import { EmptyState, ErrorState } from '../components/states';
import { Toast, type ToastMessage } from '../components/toast';
import { Banner } from '../components/banner';
import {
  clearCaptureError,
  loadCaptureError,
  loadSettings,
  notifyDataChanged,
  onSettingsChanged,
  openDashboard,
  openOptions,
  supportedSites,
} from '../runtime';
import { AppList, ListControls, rowName, type ListFilter } from './app-list';
import { InboxSuggestions } from './inbox-suggestion';
import { LogThisPage } from './log-page';
import { NeedsDetails } from './needs-details';
import { NeedsYou, type NeedsYouCounts } from './needs-you';
import { PlanBSlot } from './planb-slot';
import { PendingList } from './pending-list';
import { RecentCapture } from './recent-capture';
import { Reminders, followUpIds } from './reminders';

/** Rows shown per list: the popup pages nothing in; the dashboard has the full table. */
export const LIST_LIMIT = 30;

type Counts = { total: number; active: number; thisWeek: number; awaitingOutcome: number; closed: number };

interface Base {
  /** Null until counted: counting walks the indexes, so the newest rows come first. */
  counts: Counts | null;
  pending: PendingCandidate[];
  recent: Application[];
}

/**
 * What the popup needs first, in two small indexed reads: pending candidates and one page of the newest
 * rows. The counts, then the active records (for Plan B and reminders), fill in when they arrive.
 */
async function loadBase(): Promise<Base> {
  const [pending, recent] = await Promise.all([
    listPending(),
    listApplications({ sort: 'appliedAt', direction: 'prev', limit: LIST_LIMIT }),
  ]);
  return { counts: null, pending, recent: recent.items };
}

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function byAppliedDesc(a: Application, b: Application): number {
  return a.appliedAt < b.appliedAt ? 1 : a.appliedAt > b.appliedAt ? -1 : 0;
}

function matches(app: Application, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return !needle || `${app.company} ${app.title} ${app.location}`.toLowerCase().includes(needle);
}

export function Popup({ now: fixedNow }: { now?: Date } = {}) {
  const [base, setBase] = useState<Base | null>(null);
  const [active, setActive] = useState<Application[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<ListFilter>('recent');
  const [query, setQuery] = useState('');
  const [queried, setQueried] = useState<Application[] | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [closing, setClosing] = useState<{ app: Application; before: Application } | null>(null);
  // Bumped by an Undo: the question rows forget what they had marked answered, so a restored one shows again.
  const [undos, setUndos] = useState(0);
  const [captureError, setCaptureError] = useState<{ message: string; at: string } | null>(null);
  const now = fixedNow ?? new Date();
  const sites = useMemo(() => supportedSites(), []);

  const refresh = () => setVersion((v) => v + 1);

  // The reads start in a layout effect, in the same task as the first render: a plain effect would wait for
  // the next frame (the "Loading…" one) before even opening the database.
  useLayoutEffect(() => {
    let live = true;
    const fail = (err: unknown) => {
      if (live) setLoadError(errorMessage(err, 'The Baskets database could not be opened.'));
    };
    // The small reads go first so the rows show at once; the active records follow for Plan B and reminders.
    loadBase()
      .then((b) => {
        if (!live) return;
        setBase(b);
        setLoadError(null);
        // Let the rows reach the screen first: counting, and reading every active record (thousands in a
        // long search), would otherwise hold up that first frame.
        return afterPaint().then(async () => {
          if (!live) return;
          const counts = await summaryCounts();
          if (live) setBase((prev) => (prev ? { ...prev, counts } : prev));
          const a = await activeApplications();
          if (live) setActive(a);
        });
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [version]);

  // Asked for at once too, so the answers arrive while "Loading…" shows rather than after the rows.
  useLayoutEffect(() => {
    loadCaptureError().then(setCaptureError, () => undefined);
  }, [version]);

  useLayoutEffect(() => {
    // Stored settings equal to the ones in hand (the defaults, usually) change nothing: no second render.
    const take = (s: Settings) => {
      const next = normalizeSettings(s);
      setSettings((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    loadSettings().then(take, () => {
      // Defaults are a safe fallback; the options page shows settings errors.
    });
    return onSettingsChanged(take);
  }, []);

  // Closed rows and searches come from the store; Active and Needs follow-up from the active records in hand.
  const queryRef = useRef(0);
  useEffect(() => {
    const ticket = ++queryRef.current;
    const q = query.trim();
    if (filter === 'followup' || (!q && filter !== 'closed')) {
      setQueried(null);
      return;
    }
    const status = filter === 'active' ? [...ACTIVE_STATUSES] : filter === 'closed' ? [...CLOSED_STATUSES] : undefined;
    const timer = setTimeout(
      () => {
        listApplications({
          sort: 'appliedAt',
          direction: 'prev',
          limit: LIST_LIMIT,
          ...(status ? { status } : {}),
          ...(q ? { text: q } : {}),
        }).then(
          (r) => {
            if (ticket === queryRef.current) setQueried(r.items);
          },
          (err) => {
            if (ticket === queryRef.current) setToast({ text: errorMessage(err, 'The search failed.'), tone: 'error' });
          },
        );
      },
      q ? 150 : 0,
    );
    return () => clearTimeout(timer);
  }, [filter, query, version]);

  const spread = useMemo(() => (active ? analyzeSpread(active, settings) : null), [active, settings]);

  const items: Application[] = useMemo(() => {
    if (!base) return [];
    if (filter === 'followup') {
      if (!active) return [];
      const ids = followUpIds(active, settings, now);
      return active
        .filter((a) => ids.has(a.id) && matches(a, query))
        .sort(byAppliedDesc)
        .slice(0, LIST_LIMIT);
    }
    if (queried) return queried;
    if (filter === 'active') return [...(active ?? [])].sort(byAppliedDesc).slice(0, LIST_LIMIT);
    if (filter === 'recent') return base.recent;
    return [];
  }, [base, active, filter, queried, query, settings]);

  /** Puts records back as they were, then says so; the toast's Undo and the closing step's Undo both end here. */
  async function restore(before: Application, message: string): Promise<void> {
    await restoreApplications([before]);
    setClosing(null);
    setUndos((n) => n + 1);
    refresh();
    setToast({ text: message });
  }

  /** A message for a change, with an Undo that stays until the next message (see Toast). */
  function offerUndo(text: string, before: Application, undoneText = `Undone: ${rowName(before)} is as it was.`) {
    setToast({
      text,
      actionLabel: 'Undo',
      onAction: () => {
        void restore(before, undoneText).catch((err) => setToast({ text: errorMessage(err, 'Undo failed.'), tone: 'error' }));
      },
    });
  }

  /** After a status change (a row's menu, a reminder, an inbox suggestion): its Undo, and the closing step. */
  function statusChanged(updated: Application, before: Application) {
    refresh();
    offerUndo(`${rowName(updated)}: ${STATUS_LABELS[updated.status]}.`, before, `Status back to ${STATUS_LABELS[before.status]}.`);
    // Closing an application opens the short reflection step, with its own Undo: the toast sits behind it.
    if (offersReflection(updated.status)) setClosing({ app: updated, before });
  }

  async function changeStatus(app: Application, status: Status, note?: string) {
    setBusyId(app.id);
    try {
      statusChanged(await setStatus(app.id, status, note), app);
    } catch (err) {
      setToast({ text: errorMessage(err, 'The status could not be changed.'), tone: 'error' });
    } finally {
      setBusyId(null);
    }
  }

  const showMessage = (text: string, before?: Application) => {
    refresh();
    if (before) offerUndo(text, before);
    else setToast({ text });
  };
  const showError = (text: string) => setToast({ text, tone: 'error' });

  const needsYou: NeedsYouCounts = useMemo(() => {
    const records = base ? (active ? [...base.recent, ...active] : base.recent) : [];
    const toName = new Set(records.filter((r) => r.needsDetails).map((r) => r.id)).size;
    return {
      toName,
      questions: base?.pending.length ?? 0,
      followUps: active ? dueFollowUps(active, now).length : 0,
      quiet: active ? ghostSuggestions(active, now, settings).length : 0,
    };
  }, [base, active, settings]);

  // The newest rows are empty only when there are none at all.
  const empty = base !== null && base.recent.length === 0 && base.pending.length === 0;
  const counts = base?.counts ?? null;

  return (
    <div class="popup">
      <RecentCapture now={fixedNow} onDone={showMessage} onError={showError} />
      <header class="popup-header">
        <div class="popup-bar">
          <h1>Baskets</h1>
          <span class="popup-actions">
            <LogThisPage
              onSaved={(text, created) => {
                refresh();
                if (!created) return setToast({ text });
                // Undo of a new record removes it again.
                setToast({
                  text,
                  actionLabel: 'Undo',
                  onAction: () => {
                    void deleteApplications([created.id])
                      .then(() => {
                        refresh();
                        setToast({ text: `Removed: ${rowName(created)}.` });
                      })
                      .catch((err) => setToast({ text: errorMessage(err, 'Undo failed.'), tone: 'error' }));
                  },
                });
              }}
            />
            <button type="button" class="btn btn-small" onClick={() => void openDashboard()}>
              Dashboard
            </button>
            <button type="button" class="btn btn-small btn-icon" onClick={() => void openOptions()} aria-label="Settings" title="Settings">
              <span aria-hidden="true">⚙</span>
            </button>
          </span>
        </div>
        {base && !empty && (
          <div class="popup-line">
            <ul class="popup-counts" aria-label="Summary" aria-busy={counts ? 'false' : 'true'}>
              <li>
                <strong>{counts ? counts.active : '…'}</strong> active
              </li>
              <li>
                <strong>{counts ? counts.thisWeek : '…'}</strong> this week
                {settings.weeklyGoal > 0 && <span class="muted"> (goal {settings.weeklyGoal})</span>}
              </li>
            </ul>
            <PlanBSlot spread={spread} />
          </div>
        )}
      </header>

      <main class="popup-main">
        {captureError && (
          <Banner
            tone="danger"
            role="alert"
            title="An application could not be saved"
            actions={
              <button
                type="button"
                onClick={() => {
                  void clearCaptureError().then(() => {
                    setCaptureError(null);
                    void notifyDataChanged();
                  });
                }}
              >
                Dismiss
              </button>
            }
          >
            <p>
              {captureError.message} Everything already in Baskets is safe. Once there is room again, use “Log this page” on the job’s page
              to add it.
            </p>
          </Banner>
        )}
        {/* Above "N things need you": an answer from an employer is the news of the day, not a chore. */}
        <InboxSuggestions
          key={`i${undos}`}
          now={fixedNow}
          version={version}
          onRecorded={statusChanged}
          onDone={showMessage}
          onError={showError}
        />
        {loadError && <ErrorState message={loadError} onRetry={refresh} />}
        {!base && !loadError && (
          <p class="muted" role="status">
            Loading your applications…
          </p>
        )}

        {base && (
          <>
            <NeedsYou counts={needsYou}>
              <NeedsDetails
                key={`n${undos}`}
                records={active ? [...base.recent, ...active] : base.recent}
                now={now}
                onDone={showMessage}
                onError={showError}
              />
              <PendingList key={`p${undos}`} pending={base.pending} onDone={showMessage} onError={showError} />
              <Reminders
                active={active ?? []}
                settings={settings}
                now={now}
                busyId={busyId}
                onGhosted={(app) => void changeStatus(app, 'ghosted', 'confirmed ghost suggestion')}
                onDone={showMessage}
                onError={showError}
                onShowAll={() => {
                  setFilter('followup');
                  setQuery('');
                  requestAnimationFrame(() => document.getElementById('popup-filter')?.focus());
                }}
              />
            </NeedsYou>
            {empty ? (
              <EmptyState sites={sites} />
            ) : (
              <section class="popup-apps" aria-labelledby="apps-title">
                <h2 id="apps-title" class="visually-hidden">
                  Applications
                </h2>
                <ListControls filter={filter} onFilter={setFilter} query={query} onQuery={setQuery} />
                <AppList
                  items={items}
                  filter={filter}
                  query={query}
                  busyId={busyId}
                  now={now}
                  onStatus={(app, s) => void changeStatus(app, s)}
                  onOpen={(app) => void openDashboard(app.id)}
                />
                {counts && counts.total > items.length && filter === 'recent' && !query.trim() && (
                  <p class="small popup-more">
                    <button type="button" class="btn-quiet btn btn-small" onClick={() => void openDashboard()}>
                      See all {counts.total} in the dashboard
                    </button>
                  </p>
                )}
              </section>
            )}
          </>
        )}
      </main>

      {closing && (
        <ClosingFlow
          app={closing.app}
          settings={settings}
          now={now}
          previous={closing.before.status}
          onUndo={() => restore(closing.before, `Status back to ${STATUS_LABELS[closing.before.status]}.`)}
          onClose={() => setClosing(null)}
          onSaved={(message, undo) => {
            refresh();
            if (!undo) return setToast({ text: message });
            setToast({
              text: message,
              actionLabel: 'Undo',
              onAction: () => {
                void undo()
                  .then(() => {
                    refresh();
                    setToast({ text: 'Reflection taken back out.' });
                  })
                  .catch((err) => setToast({ text: errorMessage(err, 'Undo failed.'), tone: 'error' }));
              },
            });
          }}
        />
      )}
      <Toast message={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}
