// The content script: wiring only. Each supported site gets its own small bundle (content-<id>.js,
// built from this and that site's adapter); the opt-in any-site bundle carries the generic detector.
// In a site's bundle this module runs only once wake.ts starts it: at load, or on a page that rests
// until the user acts, at the first key, pointer or click. It picks the adapter for this page, watches it, reports to the background and shows the toast.
// Every entry point catches its own errors: the host page never breaks.
import type { JobDetails } from '../core/application';
import { OUTBOX_KEY, SETTINGS_KEY, type CaptureAck, type CaptureMessage, type Message } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { ext } from './ext';
import { deliver, type Outbox, type Transport } from './deliver';
import { showToast } from './toast';
import { watchPage } from './watch';

function send(message: Message): Promise<unknown> {
  const api = ext();
  if (!api) return Promise.reject(new Error('No extension runtime'));
  return api.runtime.sendMessage(message);
}

const transport: Transport = { send };

/** storage.session when the background has opened it to content scripts (Chrome); else none (memory only). */
function sessionOutbox(): Outbox | null {
  const session = ext()?.storage.session;
  if (!session) return null;
  const read = async (): Promise<CaptureMessage[]> => {
    const got = await session.get(OUTBOX_KEY);
    const list = got[OUTBOX_KEY];
    return Array.isArray(list) ? (list as CaptureMessage[]) : [];
  };
  return {
    put: async (m) => session.set({ [OUTBOX_KEY]: [...(await read()).filter((x) => x.attemptId !== m.attemptId), m].slice(-20) }),
    remove: async (id) => session.set({ [OUTBOX_KEY]: (await read()).filter((x) => x.attemptId !== id) }),
  };
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

  const report = async (kind: 'submitted' | 'pending', job: JobDetails, signal: string) => {
    if (!(await siteEnabled())) return;
    outbox ??= sessionOutbox();
    const message: CaptureMessage = { type: 'capture', kind, attemptId: attemptId(), job, signal: signal.slice(0, 300) };
    const ack: CaptureAck | null = await deliver(message, transport, outbox);
    if (!ack || kind !== 'submitted' || !ack.toast || window.top !== window.self) return;
    const what = [ack.title, ack.company].filter(Boolean).join(' at ');
    showToast(document, ack.created ? `Saved: ${what}` : `Already in Baskets: ${what}`, {
      undo: async () => {
        const reply = (await send({ type: 'undo-capture', id: ack.id }).catch(() => null)) as { ok?: boolean } | null;
        return reply?.ok === true;
      },
      open: () => void send({ type: 'open-dashboard', id: ack.id }).catch(() => undefined),
    });
  };

  // No stop on pagehide: a page kept in the back-forward cache comes back still watched (its timers are
  // frozen meanwhile), and a page unloaded takes its watcher with it.
  watchPage({
    doc: document,
    win: window,
    adapter,
    wokenBy,
    callbacks: {
      context: (job) => void siteEnabled().then((on) => on && send({ type: 'context', job })).catch(() => undefined),
      attempt: (state, job) => void siteEnabled().then((on) => on && send({ type: 'attempt', state, job })).catch(() => undefined),
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
