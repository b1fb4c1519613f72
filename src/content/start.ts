// The content script: wiring only. Each supported site gets its own small bundle (content-<id>.js,
// built from this and that site's adapter); the opt-in any-site bundle carries the generic detector.
// In a site's bundle this module runs only once wake.ts starts it: at load, or on a page that rests
// until the user acts, at the first key, pointer or click. It picks the adapter for this page, watches it, reports to the background and shows the toast.
// Every entry point catches its own errors: the host page never breaks.
import type { JobDetails } from '../core/application';
import { OUTBOX_PREFIX, SETTINGS_KEY, type CaptureAck, type CaptureMessage, type FrameView, type Message, type ReplyTo } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { ext } from './ext';
import { deliver, type Outbox, type Transport } from './deliver';
import { showToast } from './toast';
import { watchPage } from './watch';

/** Sends a message to the background; the reply is the one `Replies` promises for it (undefined when nobody listened). */
function send<M extends Message>(message: M): Promise<ReplyTo<M['type']> | undefined> {
  const api = ext();
  if (!api) return Promise.reject(new Error('No extension runtime'));
  return api.runtime.sendMessage(message) as Promise<ReplyTo<M['type']> | undefined>;
}

const transport: Transport = { send };

/**
 * The outbox: each capture waits in storage.local under its own key (`outbox:<attemptId>`), holding only
 * that capture, until the background acknowledges it. One key per entry means no read-modify-write, so
 * no tab can overwrite another's entry, and there is no cap that discards. The background reads back
 * what is left on start, on later messages and on an alarm. storage.local, not storage.session: the
 * session area stays closed to content scripts (it holds every tab's journey).
 */
function localOutbox(): Outbox | null {
  const local = ext()?.storage.local;
  if (!local) return null;
  return {
    put: (m) => local.set({ [OUTBOX_PREFIX + m.attemptId]: m }),
    remove: async (id) => {
      await local.remove?.(OUTBOX_PREFIX + id);
    },
  };
}

/**
 * Whether the top-level page shows any of this frame, from an IntersectionObserver (which, in a frame,
 * measures against the top-level viewport through every clipping ancestor): undefined until it reports.
 * A frame partly below the fold is shown; one placed off screen or clipped to nothing is not.
 */
let frameOnScreen: boolean | undefined;
function watchFrameOnScreen(): void {
  if (window.top === window.self || typeof IntersectionObserver !== 'function') return;
  try {
    new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) frameOnScreen = last.isIntersecting && last.intersectionRect.width > 0 && last.intersectionRect.height > 0;
    }).observe(document.documentElement);
  } catch {
    // Unknown: the size rule alone applies.
  }
}

/** How this frame looks to the user: a hidden, tiny or sandboxed frame reports nothing that counts. */
function frameView(): FrameView {
  if (window.top === window.self) return { visible: true, sandboxed: false };
  // A sandboxed frame (without allow-same-origin) has an opaque origin.
  const sandboxed = window.origin === 'null';
  const visible =
    window.innerWidth >= 200 && window.innerHeight >= 200 && document.visibilityState === 'visible' && frameOnScreen !== false;
  return { visible, sandboxed };
}

function attemptId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

function start(adapters: readonly SiteAdapter[], wokenBy: Event | null): void {
  if (!/^https?:$/.test(location.protocol)) return;
  const url = new URL(location.href);
  const adapter = adapters.find((a) => {
    try {
      return a.claims(url);
    } catch {
      return false;
    }
  });
  if (!adapter) return;
  // What a page that shows no job pays beyond that is the adapter's cheap stage check: the settings are
  // read only when there is something to report (a site the user switched off reports nothing), and
  // what an earlier page left undelivered is re-sent by the background when it starts.
  let enabled: Promise<boolean> | undefined;
  const siteEnabled = () =>
    (enabled ??= Promise.resolve()
      .then((): Promise<Record<string, unknown>> | Record<string, unknown> => ext()?.storage.local.get(SETTINGS_KEY) ?? {})
      .then((got) => (got[SETTINGS_KEY] as { sites?: Record<string, unknown> } | undefined)?.sites?.[adapter.id] !== false)
      .catch(() => true));
  let outbox: Outbox | null | undefined;
  // The tab this page is in, as the background's replies say: kept with an outbox entry so a capture
  // read back later is judged against the right tab's journey.
  let tabId: number | undefined;
  const noteTab = (reply: ReplyTo<'context' | 'attempt'> | undefined) => {
    if (reply?.ok && Number.isSafeInteger(reply.tab) && reply.tab >= 0) tabId = reply.tab;
  };

  const report = async (kind: 'submitted' | 'pending', job: JobDetails, signal: string) => {
    if (!(await siteEnabled())) return;
    // A question needs a job to ask about; a confirmed submission is kept even without one.
    if (kind === 'pending' && !job.company && !job.title) return;
    outbox ??= localOutbox();
    const message: CaptureMessage = {
      type: 'capture',
      kind,
      attemptId: attemptId(),
      job,
      signal: signal.slice(0, 300),
      frame: frameView(),
    };
    if (tabId !== undefined) message.tabId = tabId;
    const ack: CaptureAck | null = await deliver(message, transport, outbox);
    if (!ack || ack.kind !== 'submitted' || !ack.toast || window.top !== window.self) return;
    // The note shows what the pages of this tab showed (the background's choice among them), never a stored field.
    showToast(
      document,
      { title: ack.title, company: ack.company },
      {
        undo: async () => {
          const reply = await send({ type: 'undo-capture', id: ack.id }).catch(() => undefined);
          return reply?.ok === true;
        },
        open: () => void send({ type: 'open-dashboard', id: ack.id }).catch(() => undefined),
      },
    );
  };

  watchFrameOnScreen();
  // No stop on pagehide: a page kept in the back-forward cache comes back still watched (its timers are
  // frozen meanwhile), and a page unloaded takes its watcher with it.
  watchPage({
    doc: document,
    win: window,
    adapter,
    wokenBy,
    callbacks: {
      context: (job) =>
        void siteEnabled()
          .then(async (on) => on && noteTab(await send({ type: 'context', job, frame: frameView() })))
          .catch(() => undefined),
      // Sent at once, inside the user's click: a form that posts and navigates away must not take the
      // attempt with it. The background ignores sites the user switched off.
      attempt: (state, job) => void send({ type: 'attempt', state, job, frame: frameView() }).then(noteTab, () => undefined),
      submitted: (job, signal) => void report('submitted', job, signal).catch(() => undefined),
      pending: (job, signal) => void report('pending', job, signal).catch(() => undefined),
    },
  });
}

/** Entry point of every content bundle, at load or when wake.ts wakes it (`wokenBy`). Never throws. */
export function startCapture(adapters: readonly SiteAdapter[], wokenBy: Event | null = null): void {
  try {
    start(adapters, wokenBy);
  } catch {
    // Never let Baskets break the page.
  }
}
