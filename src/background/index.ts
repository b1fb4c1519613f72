// Background entry (service worker in Chrome, event page in Firefox): wiring only. Every listener is
// registered synchronously at start so a restarted worker receives the event that woke it.
import browser from 'webextension-polyfill';
import { analyzeSpread, isPlanBSnoozed, readPlanBSnooze } from '../core/spread';
import { isSiteEnabled, normalizeSettings, type Settings } from '../core/settings';
import { remindersDue, nextReminderAt } from '../core/followups';
import { adapterFor } from '../sites/index';
import {
  activeApplications,
  addApplication,
  addPending,
  allApplications,
  deleteApplications,
  listAliases,
  listPending,
  openDb,
} from '../db/index';
import { readEmail } from '../core/inbox/index';
import { MAIL_ORIGINS } from '../core/inbox/types';
import {
  CAPTURE_ERROR_KEY,
  INBOX_SUGGESTIONS_KEY,
  LAST_CAPTURE_KEY,
  LAST_CAPTURE_SEEN_KEY,
  OUTBOX_PREFIX,
  PLANB_SNOOZE_KEY,
  SETTINGS_KEY,
  dashboardPath,
} from '../messages';
import { announceCapture, unseenCapture } from './announce';
import { CAPTURE_BADGE_MS, badgeFor, captureBadgeShows, planBNotice } from './badge';
import { createHandlers, type OutboxStore, type SessionStore } from './handlers';
import { createInbox, liveSuggestions } from './inbox';
import type { SenderInfo } from './sender';

const ANY_SITE_SCRIPT = 'baskets-any-site';
const MAIL_SCRIPT = 'baskets-mail';
const REMINDER_ALARM = 'reminders';
const OUTBOX_ALARM = 'outbox';
const PENDING_ALARM = 'pending:';
const NOTICE_KEY = 'lastSpreadNotice';

async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

const session: SessionStore = {
  async get<T>(key: string) {
    return (await browser.storage.session.get(key))[key] as T | undefined;
  },
  set: (key, value) => browser.storage.session.set({ [key]: value }),
  remove: (key) => browser.storage.session.remove(key),
};

/** The content scripts' outbox: one storage.local key per capture not yet acknowledged. */
const outbox: OutboxStore = {
  async entries() {
    const all = await browser.storage.local.get(null);
    return Object.entries(all).filter(([key]) => key.startsWith(OUTBOX_PREFIX));
  },
  remove: (keys) => browser.storage.local.remove(keys),
};

async function anySiteGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ['<all_urls>'] });
  } catch {
    return false;
  }
}

/** The inbox opt-in's host permissions (all four webmails). */
async function mailGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...MAIL_ORIGINS] });
  } catch {
    return false;
  }
}

async function openDashboard(id?: string, view?: string): Promise<void> {
  const url = browser.runtime.getURL(dashboardPath(id, view));
  await browser.tabs.create({ url });
}

/** Badge, reminder alarm and, when opted in, one notification per new Plan-B warning state. */
async function refresh(reason: 'capture' | 'status' | 'edit' | 'wake'): Promise<void> {
  const [active, pending, settings, all] = await Promise.all([activeApplications(), listPending(), loadSettings(), allApplications()]);
  const now = new Date();
  const spread = analyzeSpread(active, settings);
  const due = remindersDue(active, settings, now);
  const {
    [CAPTURE_ERROR_KEY]: captureError,
    [PLANB_SNOOZE_KEY]: snooze,
    [INBOX_SUGGESTIONS_KEY]: storedSuggestions,
  } = await browser.storage.local.get([CAPTURE_ERROR_KEY, PLANB_SNOOZE_KEY, INBOX_SUGGESTIONS_KEY]);
  // Inbox suggestions whose applications are gone (or already moved on) do not count. Only the inbox handler
  // rewrites the list (one message at a time), so a refresh never races a new suggestion.
  const suggestions = liveSuggestions(storedSuggestions, new Map(all.map((a) => [a.id, a.status])));
  const snoozed = isPlanBSnoozed(spread, snooze, now.getTime());
  // The "+1" for a capture the popup has not shown yet, for two minutes.
  const got = await browser.storage.session.get([LAST_CAPTURE_KEY, LAST_CAPTURE_SEEN_KEY]).catch(() => ({}) as Record<string, unknown>);
  const capture = unseenCapture(got[LAST_CAPTURE_KEY], got[LAST_CAPTURE_SEEN_KEY]);
  const badge = captureError
    ? { text: '!', color: '#b91c1c', title: 'Baskets — an application could not be saved. Open Baskets to see why.' }
    : badgeFor(spread, pending.length + due.length + suggestions.length, capture, now.getTime(), snoozed, suggestions[0] ?? null);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
  // One alarm refreshes the badge: at the next reminder, or sooner when the "+1" is due to go.
  const next = nextReminderAt(active, settings, now)?.getTime();
  const plusOneEnds = captureBadgeShows(capture, now.getTime()) ? capture.at + CAPTURE_BADGE_MS : undefined;
  // The Plan-B "!" comes back when its snooze ends.
  const snoozeEnds = snoozed ? readPlanBSnooze(snooze)?.until : undefined;
  const wake = Math.min(next ?? Infinity, plusOneEnds ?? Infinity, snoozeEnds ?? Infinity);
  if (Number.isFinite(wake)) {
    browser.alarms.create(REMINDER_ALARM, { when: Math.max(wake, Date.now() + (wake === plusOneEnds ? 30_000 : 60_000)) });
  }

  if (reason === 'capture' || reason === 'status') {
    const { [NOTICE_KEY]: last } = await browser.storage.local.get(NOTICE_KEY);
    const { key, show } = planBNotice(spread, last, settings.notifications, snoozed);
    if (show && browser.notifications) {
      await browser.notifications
        .create('baskets-plan-b', {
          type: 'basic',
          iconUrl: browser.runtime.getURL('icons/icon-128.png'),
          title: 'Keep a Plan B',
          message: spread.summary,
        })
        .catch(() => undefined);
    }
    if (key !== last) await browser.storage.local.set({ [NOTICE_KEY]: key });
  }
}

function safeRefresh(reason: Parameters<typeof refresh>[0]): Promise<void> {
  return refresh(reason).catch((err) => console.warn('Baskets: badge refresh failed', err));
}

/**
 * The opt-in "Detect applications on any site": a dynamic content script, present only while granted and on. It
 * never runs on the webmails: mail is read only through the inbox opt-in, whatever else is switched on.
 */
async function syncAnySiteScript(): Promise<void> {
  const [granted, settings] = await Promise.all([anySiteGranted(), loadSettings()]);
  const want = granted && settings.anySite;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ANY_SITE_SCRIPT] }).catch(() => []);
  // Registered by an older version, without the webmails excluded: replaced.
  const stale = existing.length > 0 && !MAIL_ORIGINS.every((o) => existing[0]?.excludeMatches?.includes(o));
  if ((!want || stale) && existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ANY_SITE_SCRIPT] });
  }
  if (want && (existing.length === 0 || stale)) {
    const manifest = browser.runtime.getManifest();
    await browser.scripting.registerContentScripts([
      {
        id: ANY_SITE_SCRIPT,
        matches: ['https://*/*', 'http://*/*'],
        excludeMatches: [...(manifest.host_permissions ?? []), ...MAIL_ORIGINS],
        js: ['content-generic.js'],
        runAt: 'document_idle',
        allFrames: true,
      },
    ]);
  }
}

/**
 * The inbox opt-in: the mail content script is registered exactly while the setting is on AND its host
 * permissions are granted, and unregistered otherwise. (Switching the option off also clears the suggestions:
 * handlers.inboxSettingsChanged.)
 */
async function syncMailScript(): Promise<void> {
  const [granted, settings] = await Promise.all([mailGranted(), loadSettings()]);
  const want = granted && settings.inbox;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [MAIL_SCRIPT] }).catch(() => []);
  if (want && existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: MAIL_SCRIPT, matches: [...MAIL_ORIGINS], js: ['content-mail.js'], runAt: 'document_idle', allFrames: false },
    ]);
  } else if (!want && existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [MAIL_SCRIPT] });
  }
}

/** Both opt-in content scripts, each on its own (one failing does not keep the other from syncing). */
function syncScripts(): Promise<void> {
  return Promise.all([
    syncAnySiteScript().catch((err) => console.warn('Baskets: any-site script sync failed', err)),
    syncMailScript().catch((err) => console.warn('Baskets: mail script sync failed', err)),
  ]).then(() => undefined);
}

const inbox = createInbox({
  inboxSettings: loadSettings,
  local: {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
  },
  applications: allApplications,
  aliases: async () => new Map((await listAliases()).map((a) => [a.key, a.canonicalKey])),
  readEmail,
  addPending,
  now: () => Date.now(),
});

const handlers = createHandlers({
  trust: async () => {
    const settings = await loadSettings();
    return {
      runtimeId: browser.runtime.id,
      extensionBase: browser.runtime.getURL(''),
      isSupportedUrl: (url) => adapterFor(url) !== undefined,
      anySiteGranted: settings.anySite && (await anySiteGranted()),
      // Asked of the browser only while the option is on.
      inboxEnabled: settings.inbox && (await mailGranted()),
    };
  },
  inbox,
  session,
  outbox,
  db: { addApplication, addPending, deleteApplications },
  toastEnabled: async () => (await loadSettings()).toast,
  announce: (capture) => announceCapture(browser, capture),
  siteEnabled: async (source) => isSiteEnabled(await loadSettings(), source),
  changed: (reason) => safeRefresh(reason),
  openDashboard,
  schedulePendingCheck: (tabId, delayMs) => {
    browser.alarms.create(`${PENDING_ALARM}${tabId}`, { when: Date.now() + delayMs });
  },
  writeFailed: async (message) => {
    await browser.storage.local.set({ [CAPTURE_ERROR_KEY]: { message, at: new Date().toISOString() } });
    await safeRefresh('edit');
  },
  now: () => Date.now(),
});

// A worker that starts (after idling, a crash or a browser restart) first handles what content
// scripts could not deliver while it was away.
// An alarm drains it again every minute while the browser runs: an entry never waits for the next start.
void handlers.drainOutbox().catch(() => undefined);
browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 });

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handlers.onMessage(message, sender as SenderInfo),
);

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  // Opening the database runs any schema upgrade now, not on the next capture.
  await openDb().catch((err) => console.warn('Baskets: database upgrade failed', err));
  // Once per profile: unpacked and command-line builds report "install" at every browser start.
  if (reason === 'install') {
    const { welcomeShown } = await browser.storage.local.get('welcomeShown');
    if (!welcomeShown) {
      await browser.storage.local.set({ welcomeShown: true });
      await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
    }
  }
  await syncScripts();
  await safeRefresh('wake');
});

browser.runtime.onStartup.addListener(() => {
  void syncScripts();
  void safeRefresh('wake');
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name.startsWith(PENDING_ALARM)) {
    void handlers.pendingCheck(Number(alarm.name.slice(PENDING_ALARM.length))).catch(() => undefined);
  } else if (alarm.name === OUTBOX_ALARM) {
    void handlers.drainOutbox().catch(() => undefined);
  } else if (alarm.name === REMINDER_ALARM) {
    void safeRefresh('wake');
  }
});

browser.tabs.onRemoved.addListener((tabId) => void handlers.forgetTab(tabId).catch(() => undefined));
browser.permissions.onAdded.addListener(() => void syncScripts());
browser.permissions.onRemoved.addListener(() => void syncScripts());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes[CAPTURE_ERROR_KEY] || changes[PLANB_SNOOZE_KEY] || changes[INBOX_SUGGESTIONS_KEY])) {
    void safeRefresh('edit');
  }
  if (area === 'local' && changes[SETTINGS_KEY]) {
    void syncScripts();
    void handlers.inboxSettingsChanged().catch(() => undefined);
    void safeRefresh('edit');
  }
});

// storage.session holds every tab's journey and the recent capture replies: only the background and the
// extension's pages may read it (the default, set again here in case an older version opened it).
const sessionArea = (globalThis as { chrome?: { storage?: { session?: { setAccessLevel?: (o: object) => Promise<void> } } } }).chrome
  ?.storage?.session;
void sessionArea?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch?.(() => undefined);
