/**
 * The mail content script's watcher (content-mail.js, registered by the background only while the user has
 * opted in to "Suggest outcomes from the emails I open"). It reads the one message the user opens, when they open
 * it, through the webmail's adapter (src/sites/mail), and hands it to the background once per message per page.
 *
 * Defence in depth: it does nothing unless it runs in the top frame of a page a webmail adapter claims AND
 * storage.local `settings.inbox` is exactly `true` (read raw, checked again before each send; once it is off, the
 * watcher stops for good). It never writes to the page: no element, attribute, style or listener on the page's
 * nodes (its two listeners are on the window), and it keeps nothing it read after sending it.
 *
 * Both webmails are single-page apps. A message opens by an address change (Gmail's hash, Outlook's pushState,
 * which no event reports) and a re-render of the reading area, so the watcher looks after any change of the page,
 * at most once per `delay` ms (the observer pauses from a change until the look: a burst costs one callback), and
 * on hashchange / popstate. A look reads only the ids of the open messages (attributes); the message itself is read
 * only when one is newly open: the one expanded last, else, when the address changed, the last one open in the
 * thread.
 */
import { SETTINGS_KEY, type OpenedEmail } from '../messages';
import { mailAdapterFor } from '../sites/mail';
import type { ContentExtensionApi } from './ext';

/** Longest wait between a change of the page and the look at it (ms). */
export const MAIL_LOOK_DELAY_MS = 300;

export interface MailWatchOptions {
  win: Window;
  api: ContentExtensionApi | undefined;
  signal?: AbortSignal;
  delay?: number;
}

/** The raw opt-in: `settings.inbox === true` in storage.local, nothing else counts. */
export async function inboxOptedIn(api: ContentExtensionApi | undefined): Promise<boolean> {
  if (!api) return false;
  try {
    const stored = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    return typeof stored === 'object' && stored !== null && (stored as { inbox?: unknown }).inbox === true;
  } catch {
    return false;
  }
}

/** Starts watching; resolves once the watcher is set up (or has decided to do nothing). */
export async function watchMail({ win, api, signal, delay = MAIL_LOOK_DELAY_MS }: MailWatchOptions): Promise<void> {
  let top = false;
  try {
    top = win.top === win;
  } catch {
    top = false;
  }
  if (!top || !api) return;
  const adapter = mailAdapterFor(win.location.href);
  if (!adapter) return;
  if (!(await inboxOptedIn(api)) || signal?.aborted) return;

  const doc = win.document;
  /** Message ids handed to the background on this page: each goes once. */
  const sent = new Set<string>();
  /** The ids open at the last look: a message newly open is one not among them. */
  let open = new Set<string>();
  let lastUrl = '';
  let timer = 0;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer) win.clearTimeout(timer);
    win.removeEventListener('hashchange', schedule);
    win.removeEventListener('popstate', schedule);
  };

  const look = async () => {
    timer = 0;
    if (stopped) return;
    // Watch again from here: this look reads the page as it is now, changes from now on bring the next one.
    watch();
    const url = win.location.href;
    const ids = adapter.openIds(doc, url);
    const fresh = ids.filter((id) => !open.has(id));
    const target = fresh.length ? fresh[fresh.length - 1] : url !== lastUrl ? ids[ids.length - 1] : undefined;
    lastUrl = url;
    open = new Set(ids);
    if (!target || sent.has(target)) return;
    const mail = adapter.openedMessage(doc, url, target);
    if (!mail) {
      // Not rendered yet: look again at the next change.
      open.delete(target);
      return;
    }
    sent.add(target);
    if (!(await inboxOptedIn(api))) {
      stop();
      return;
    }
    const email: OpenedEmail = mail;
    try {
      await api.runtime.sendMessage({ type: 'mail-opened', email });
    } catch {
      // The extension was reloaded or updated: this page's script is orphaned and has no one to tell.
    }
  };

  function schedule(): void {
    if (!timer && !stopped) timer = win.setTimeout(() => void look(), delay);
  }

  // The page's own MutationObserver (jsdom windows in the tests have theirs). It pauses from the first change
  // until the look: a burst of changes costs one callback, not one per change.
  const Observer = (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ?? MutationObserver;
  const observer = new Observer(() => {
    observer.disconnect();
    schedule();
  });
  const root = doc.body ?? doc.documentElement;
  function watch(): void {
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'aria-expanded'] });
  }
  watch();
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  signal?.addEventListener('abort', stop, { once: true });
  // A message may be open already (a link to it, a reload).
  schedule();
}
