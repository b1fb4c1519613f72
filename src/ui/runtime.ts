/**
 * The only door from the UI to browser APIs. Components import from here, never from
 * webextension-polyfill, so component tests can mock this one module.
 */
import browser from 'webextension-polyfill';
import type { JobDetails, Status } from '../core/application';
import { normalizeSettings, type Settings } from '../core/settings';
import { SITE_CATALOG } from '../core/site-catalog';
import type { InboxSuggestion } from '../core/inbox/types';
import {
  CAPTURE_ERROR_KEY,
  INBOX_HANDLED_KEY,
  INBOX_SUGGESTIONS_KEY,
  LAST_CAPTURE_KEY,
  LAST_CAPTURE_SEEN_KEY,
  SETTINGS_KEY,
  readInboxSuggestions,
  readLastCapture,
  type InboxResolveMessage,
  type LastCapture,
  type Message,
  type OpenDashboardMessage,
  type PageExtraction,
  type ReplyTo,
} from '../messages';
import { MAIL_ORIGINS } from '../core/inbox/types';

/** Sends a message to the background; the reply is the one `Replies` promises for it, undefined when none came. */
async function send<M extends Message>(message: M): Promise<ReplyTo<M['type']> | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as ReplyTo<M['type']> | undefined;
  } catch {
    // The background may be restarting; the badge catches up on its next wake-up (alarm or message).
    return undefined;
  }
}

export async function notifyDataChanged(status?: Status): Promise<void> {
  await send(status ? { type: 'data-changed', status } : { type: 'data-changed' });
}

/** A capture the background could not store (a full disk), until the user dismisses it. */
export async function loadCaptureError(): Promise<{ message: string; at: string } | null> {
  const got = (await browser.storage.local.get(CAPTURE_ERROR_KEY))[CAPTURE_ERROR_KEY] as { message?: unknown; at?: unknown } | undefined;
  return got && typeof got.message === 'string' && typeof got.at === 'string' ? { message: got.message, at: got.at } : null;
}

export async function clearCaptureError(): Promise<void> {
  await browser.storage.local.remove(CAPTURE_ERROR_KEY);
}

/** The capture the background stored last (storage.session), and whether the popup has shown it. */
export async function loadLastCapture(): Promise<{ capture: LastCapture; seen: boolean } | null> {
  const got = await browser.storage.session.get([LAST_CAPTURE_KEY, LAST_CAPTURE_SEEN_KEY]);
  const capture = readLastCapture(got[LAST_CAPTURE_KEY]);
  return capture ? { capture, seen: got[LAST_CAPTURE_SEEN_KEY] === capture.id } : null;
}

/** The popup has shown this capture: the badge drops its "+1" on the next refresh. */
export async function markLastCaptureSeen(id: string): Promise<void> {
  await browser.storage.session.set({ [LAST_CAPTURE_SEEN_KEY]: id });
}

export async function clearLastCapture(): Promise<void> {
  await browser.storage.session.remove([LAST_CAPTURE_KEY, LAST_CAPTURE_SEEN_KEY]);
}

/** The inbox suggestions waiting for the user (the background writes them; anything malformed is left out). */
export async function loadInboxSuggestions(): Promise<InboxSuggestion[]> {
  const got = await browser.storage.local.get(INBOX_SUGGESTIONS_KEY);
  return readInboxSuggestions(got[INBOX_SUGGESTIONS_KEY]);
}

/** Calls `cb` with the whole list each time the background changes it; returns the unsubscribe. */
export function onInboxSuggestionsChanged(cb: (suggestions: InboxSuggestion[]) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[INBOX_SUGGESTIONS_KEY]) cb(readInboxSuggestions(changes[INBOX_SUGGESTIONS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The user recorded or dismissed a suggestion: the background drops it and never suggests that message again.
 * False when the background did not confirm it (the suggestion may then show again).
 */
export async function resolveInboxSuggestion(key: string, outcome: InboxResolveMessage['outcome']): Promise<boolean> {
  const reply = await send<InboxResolveMessage>({ type: 'inbox-resolve', key, outcome });
  return reply?.ok === true;
}

/** "Delete everything": the waiting inbox suggestions and the fingerprints of answered emails go too. */
export async function forgetInbox(): Promise<void> {
  await browser.storage.local.remove([INBOX_SUGGESTIONS_KEY, INBOX_HANDLED_KEY]);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) cb(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * "Log this page": with the activeTab grant from the popup click, inject the extractor into the
 * active tab (top frame only) and run the same adapters, or JSON-LD and heuristics on any page.
 */
export async function extractActiveTab(): Promise<
  { ok: true; job: JobDetails; stage: string; pageUrl: string } | { ok: false; error: string }
> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url) return { ok: false, error: 'There is no page to read in this window.' };
  if (!/^https?:/.test(tab.url)) {
    return { ok: false, error: 'Baskets can only read web pages (http or https). Fill the form in by hand.' };
  }
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['extract.js'] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => (globalThis as unknown as { __basketsExtract?: () => unknown }).__basketsExtract?.(),
    });
    const found = result?.result as PageExtraction | undefined;
    if (!found) return { ok: false, error: 'This page could not be read. Fill the form in by hand.' };
    return { ok: true, job: found.job, stage: found.stage, pageUrl: tab.url };
  } catch {
    return {
      ok: false,
      error: 'Baskets may not read this page (the browser protects it). Fill the form in by hand.',
    };
  }
}

/** The background opens it (one place that knows how); a page never opens extension tabs itself. */
export async function openDashboard(id?: string, view?: string): Promise<void> {
  const message: OpenDashboardMessage = { type: 'open-dashboard' };
  if (id) message.id = id;
  if (view) message.view = view;
  await send(message);
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

const ANY_SITE = { origins: ['<all_urls>'] };

/** Must be called from a user gesture (the click on the opt-in). */
export async function requestAnySitePermission(): Promise<boolean> {
  try {
    return await browser.permissions.request(ANY_SITE);
  } catch {
    return false;
  }
}

export async function removeAnySitePermission(): Promise<void> {
  try {
    await browser.permissions.remove(ANY_SITE);
  } catch {
    // Already gone.
  }
}

const MAIL = { origins: [...MAIL_ORIGINS] };

/** The inbox opt-in's host permissions (the four webmails). Must be called from a user gesture (the click on the switch). */
export async function requestMailPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request(MAIL);
  } catch {
    return false;
  }
}

/** Whether the four webmail origins are granted (the user may withdraw them in the browser's own settings). */
export async function mailPermissionGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains(MAIL);
  } catch {
    return false;
  }
}

/** Gives the webmail permissions back; the background then unregisters the mail content script. */
export async function removeMailPermission(): Promise<void> {
  try {
    await browser.permissions.remove(MAIL);
  } catch {
    // Already gone.
  }
}

export async function requestNotificationsPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function supportedSites(): Array<{ id: string; label: string }> {
  return SITE_CATALOG.filter((s) => s.id !== 'generic').map(({ id, label }) => ({ id, label }));
}
