/**
 * The part of a content script that runs on every page of a site at load. It decides whether the page
 * needs watching now or only once the user acts on it (src/sites/rest.ts); in the latter case it adds
 * six listeners to the window and does nothing else: no element is read, nothing is observed, and the
 * rest of the bundle (watcher, adapter, messaging) is neither compiled nor run. `boot` gets the event
 * that woke it, which the watcher then handles as its own.
 */
import { restsUntilEngaged } from '../sites/rest';

/** What a user applying does first; a history change (back, forward) also wakes the page. */
const WAKE_EVENTS = ['pointerdown', 'keydown', 'click', 'submit', 'popstate', 'hashchange'] as const;

export function wake(win: Window, siteId: string, boot: (wokenBy: Event | null) => void): void {
  let rests = false;
  try {
    // window.origin, not location: reading the origin string creates none of the page's objects.
    rests = restsUntilEngaged(siteId, win.origin);
  } catch {
    // Unsure: watch now.
  }
  if (!rests) {
    boot(null);
    return;
  }
  // Capture listeners, with a plain boolean: an options object costs a measurable conversion per call.
  const go = (event: Event) => {
    for (const type of WAKE_EVENTS) win.removeEventListener(type, go, true);
    boot(event);
  };
  for (const type of WAKE_EVENTS) win.addEventListener(type, go, true);
}
