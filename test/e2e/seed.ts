/**
 * Seeding helpers for the real-browser UI tests: Application-shaped records and pending candidates written
 * straight into the extension's IndexedDB (`baskets`, opened without a version so the extension's own schema
 * is used), plus settings in storage.local. Records follow src/core/application.ts exactly.
 */
import type { Application, HistoryEntry, Status } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import type { PendingCandidate } from '../../src/db/schema';
import type { Harness } from './harness';

const DAY = 86_400_000;
/** A fixed "now" for seeded dates is not possible (the pages use the real clock), so dates are relative to it. */
export function daysAgo(n: number, base = Date.now()): string {
  return new Date(base - n * DAY).toISOString();
}

let counter = 0;

export interface AppSeed {
  company: string;
  title: string;
  status?: Status;
  location?: string;
  source?: string;
  jobId?: string;
  /** Days before now the application was sent. */
  appliedDaysAgo?: number;
  notes?: string;
  id?: string;
}

/** A complete Application record, as the store writes it (history starts with `applied`; a later status adds an entry). */
export function makeApp(seed: AppSeed): Application {
  counter += 1;
  const id = seed.id ?? `seed-${counter}-${Math.random().toString(36).slice(2, 10)}`;
  const status = seed.status ?? 'applied';
  const source = seed.source ?? 'greenhouse';
  const jobId = seed.jobId ?? `job-${counter}-${id.slice(-6)}`;
  const appliedDays = seed.appliedDaysAgo ?? 3;
  const appliedAt = daysAgo(appliedDays);
  const history: HistoryEntry[] = [{ status: 'applied', at: appliedAt }];
  if (status !== 'applied') history.push({ status, at: daysAgo(Math.max(0, appliedDays - 1)) });
  const updatedAt = history[history.length - 1]!.at;
  return {
    id,
    company: seed.company,
    companyKey: companyKey(seed.company),
    title: seed.title,
    location: seed.location ?? 'Remote',
    url: `https://boards.greenhouse.io/${companyKey(seed.company) || 'x'}/jobs/${encodeURIComponent(jobId)}`,
    source,
    jobId,
    appliedAt,
    status,
    history,
    notes: seed.notes ?? '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: 'seeded by test' },
    createdAt: appliedAt,
    updatedAt,
    dedupeKey: `${source}:${jobId}`,
  };
}

export function makePending(seed: { company: string; title: string; jobId?: string; source?: string }): PendingCandidate {
  counter += 1;
  const source = seed.source ?? 'lever';
  const jobId = seed.jobId ?? `pending-${counter}`;
  const now = new Date().toISOString();
  return {
    id: `pending-${counter}-${Math.random().toString(36).slice(2, 10)}`,
    company: seed.company,
    title: seed.title,
    location: 'Remote',
    url: `https://jobs.lever.co/${companyKey(seed.company) || 'x'}/${jobId}`,
    source,
    jobId,
    signal: 'submit-click',
    dedupeKey: `${source}:${jobId}`,
    createdAt: now,
    updatedAt: now,
  };
}

type WriteResult = { ok: true } | { ok: false; missing: true } | { ok: false; error: string };

/** Runs in an extension page: clears and/or puts records into stores of the existing `baskets` database. */
function writeInPage(arg: { clear: string[]; put: Record<string, unknown[]> }): Promise<WriteResult> {
  return new Promise((resolve) => {
    const req = indexedDB.open('baskets');
    // Never create the database here: the extension's upgrade steps must run first (open one of its pages).
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve(req.error?.name === 'AbortError' ? { ok: false, missing: true } : { ok: false, error: String(req.error) });
    req.onsuccess = () => {
      const db = req.result;
      const stores = [...new Set([...arg.clear, ...Object.keys(arg.put)])];
      if (stores.some((s) => !db.objectStoreNames.contains(s))) {
        db.close();
        return resolve({ ok: false, missing: true });
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const s of arg.clear) tx.objectStore(s).clear();
      for (const [s, rows] of Object.entries(arg.put)) for (const row of rows) tx.objectStore(s).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve({ ok: true });
      };
      tx.onerror = () => {
        db.close();
        resolve({ ok: false, error: String(tx.error) });
      };
    };
  });
}

async function write(h: Harness, arg: { clear: string[]; put: Record<string, unknown[]> }): Promise<void> {
  let result = await retrying(h, () => h.inExtension(writeInPage, arg));
  if (!result.ok && 'missing' in result) {
    // The database does not exist yet: an extension page opens it with the extension's schema.
    const page = await h.openExtensionPage('popup.html', { width: 380, height: 560 });
    await page.waitFor('#app > *');
    await page.close();
    result = await retrying(h, () => h.inExtension(writeInPage, arg));
  }
  if (!result.ok) throw new Error(`Seeding failed: ${'error' in result ? result.error : 'the baskets database has no such store'}`);
}

/** Replaces every application and pending candidate with these. */
export async function seed(h: Harness, apps: Application[], pending: PendingCandidate[] = []): Promise<void> {
  await write(h, { clear: ['applications', 'pending'], put: { applications: apps, pending } });
}

/** Adds (or overwrites by id) applications, keeping what is there. */
export async function addApps(h: Harness, apps: Application[]): Promise<void> {
  await write(h, { clear: [], put: { applications: apps } });
}

/**
 * Runs `fn` in a real extension HTML page (extension APIs are bound there; the harness's inExtension uses an
 * image document, which is enough for IndexedDB but not for browser.* / chrome.*).
 */
export async function inExtensionApi<T, A = undefined>(h: Harness, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const tab = await retrying(h, () => h.openExtensionPage('options.html'));
  try {
    return await tab.evaluate(fn, arg);
  } finally {
    await tab.close();
  }
}

/**
 * Firefox's WebDriver BiDi sometimes throws once ("right-hand side of 'in' should be an object, got null") when
 * the harness evaluates in a page that is still switching from about:blank to moz-extension://. Try once more.
 */
export async function retrying<T>(h: Harness, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (h.name !== 'firefox') throw err;
    return fn();
  }
}

/** readStore, tolerant of that one Firefox hiccup. */
export function readStore<T = Record<string, unknown>>(h: Harness, store: string): Promise<T[]> {
  return retrying(h, () => h.readStore<T>(store));
}

/** Reads a key of the extension's storage.local (chrome.* in Chromium, browser.* in Firefox). */
export async function readLocal(h: Harness, key: string): Promise<unknown> {
  return inExtensionApi(
    h,
    async (k: string) => {
      const g = globalThis as unknown as {
        browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        chrome?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      };
      const area = (g.browser ?? g.chrome)!.storage.local;
      return (await area.get(k))[k];
    },
    key,
  );
}

/** Tells the background that data changed (as the UI does), so it recomputes the badge. */
export async function notifyChanged(h: Harness): Promise<void> {
  await inExtensionApi(h, async () => {
    const g = globalThis as unknown as {
      browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'data-changed' });
  });
}

/** The toolbar badge text (Chromium: chrome.action.getBadgeText from an extension page). */
export async function badgeText(h: Harness): Promise<string> {
  return inExtensionApi(h, async () => {
    const g = globalThis as unknown as {
      browser?: { action: { getBadgeText(d: object): Promise<string> } };
      chrome?: { action: { getBadgeText(d: object): Promise<string> } };
    };
    return (g.browser ?? g.chrome)!.action.getBadgeText({});
  });
}

/** About thirty applications over a dozen employers and every status, plus one hostile name and a bidi title. */
export const HOSTILE_COMPANY = '<img src=x onerror=alert(1)>';
export const BIDI_TITLE = 'Engineer \u202Egnp.exe\u202C \u2067مهندس\u2069';

export function sampleApps(): Application[] {
  const employers = [
    'Acme',
    'Beta Labs',
    'Cobalt GmbH',
    'Dune & Co.',
    'Ember',
    'Fjord AS',
    'Granite',
    'Helix Bio',
    'Iris',
    'Juniper',
    'Kite',
    'Lumen',
  ];
  const statuses: Status[] = ['applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted', 'withdrawn'];
  const apps: Application[] = [];
  for (let i = 0; i < 29; i++) {
    apps.push(
      makeApp({
        company: employers[i % employers.length]!,
        title: `Role ${String(i + 1).padStart(2, '0')}`,
        status: statuses[i % statuses.length]!,
        appliedDaysAgo: 2 + i,
        source: i % 3 === 0 ? 'lever' : 'greenhouse',
      }),
    );
  }
  apps.push(makeApp({ company: HOSTILE_COMPANY, title: BIDI_TITLE, status: 'applied', appliedDaysAgo: 1 }));
  return apps;
}
