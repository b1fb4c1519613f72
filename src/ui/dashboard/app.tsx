/**
 * The dashboard shell: a nav of views reachable by `#view=`, the record opened by `#id=`, the Undo bar and
 * messages. Views load their own data; heavy ones (charts, Plan B, lessons) only when opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Banner } from '../components/banner';
import { errorMessage } from '../components/format';
import { Toast, type ToastMessage } from '../components/toast';
import { onWrite } from '../data';
import { AddApplication } from './add-application';
import { ApplicationsView } from './applications-view';
import { BoardView } from './board-view';
import { ChartsView } from './charts-view';
import { ComingUpStrip } from './coming-up';
import { DashboardContext, type DashboardApi, type FocusRequest } from './context';
import { DuplicatesView } from './duplicates-view';
import { formatHash, parseHash, VIEW_LABELS, VIEWS, type Route, type View } from './hash';
import { ImportExportView } from './import-export-view';
import { LessonsView } from './lessons-view';
import { PlanBView } from './planb-view';
import { RecordOverlay } from './record-overlay';

export const UNDO_MS = 8000;

function currentRoute(): Route {
  return parseHash(typeof location === 'undefined' ? '' : location.hash);
}

export function Dashboard() {
  const [route, setRoute] = useState<Route>(currentRoute);
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [error, setError] = useState('');
  const opener = useRef<string | null>(null);
  // Which field of which record to focus once its panel shows it; `n` makes a second click on the same mark count.
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = useCallback((next: Route) => {
    const hash = formatHash(next);
    if (location.hash !== hash) history.pushState(null, '', hash);
    setRoute(next);
  }, []);

  // Every write goes through ui/data.ts, which tells the background; here the views reload and a stale error goes.
  useEffect(
    () =>
      onWrite(() => {
        setError('');
        setVersion((v) => v + 1);
      }),
    [],
  );

  const api: DashboardApi = useMemo(
    () => ({
      version,
      refresh() {
        setVersion((v) => v + 1);
      },
      offerUndo(message, undo) {
        setToast({
          text: message,
          actionLabel: 'Undo',
          onAction: () => {
            undo()
              .then(() => setToast({ text: 'Undone: everything is back as it was.' }))
              .catch((e: unknown) => setError(errorMessage(e, 'Undo failed.')));
          },
        });
      },
      announce(message) {
        setToast({ text: message });
      },
      showError(e) {
        setError(errorMessage(e));
      },
      openRecord(id, field) {
        opener.current = id;
        if (field) setFocus((prev) => ({ id, field, n: (prev?.n ?? 0) + 1 }));
        else setFocus(null);
        go({ view: route.view, id });
      },
      closeRecord() {
        const id = route.id ?? opener.current;
        go({ view: route.view });
        // Give focus back to the row that opened the overlay, when it is still on screen.
        setTimeout(() => {
          if (!id) return;
          const rowButton = Array.from(document.querySelectorAll<HTMLElement>('[data-record]')).find((el) => el.dataset.record === id);
          rowButton?.focus();
        }, 0);
      },
    }),
    [version, go, route],
  );

  const view: View = route.view;

  return (
    <DashboardContext.Provider value={api}>
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash is the dashboard's address (#view=, #id=): move focus without touching it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="dash-header">
        <h1>Baskets</h1>
        <nav aria-label="Dashboard views">
          <ul class="dash-nav">
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={formatHash({ view: v })}
                  aria-current={v === view ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    go({ view: v, ...(route.id ? { id: route.id } : {}) });
                  }}
                >
                  {VIEW_LABELS[v]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <AddApplication class="btn btn-primary dash-add" />
      </header>
      {error && (
        <Banner
          tone="danger"
          role="alert"
          class="dash-error"
          actions={
            <button type="button" class="btn" onClick={() => setError('')}>
              Dismiss
            </button>
          }
        >
          <p>{error}</p>
        </Banner>
      )}
      <div class="dash-body">
        <main id="main" tabIndex={-1} class="dash-main">
          {(view === 'applications' || view === 'board') && <ComingUpStrip />}
          {view === 'applications' && <ApplicationsView selectedId={route.id} />}
          {view === 'board' && <BoardView />}
          {view === 'planb' && <PlanBView />}
          {view === 'lessons' && <LessonsView />}
          {view === 'charts' && <ChartsView />}
          {view === 'duplicates' && <DuplicatesView />}
          {view === 'import' && <ImportExportView />}
        </main>
      </div>
      {/* Over the page, not beside the table: the table keeps its columns while a record is open. */}
      {route.id && <RecordOverlay id={route.id} focus={focus} />}
      <Toast message={toast} onDismiss={() => setToast(null)} timeoutMs={UNDO_MS} />
    </DashboardContext.Provider>
  );
}
