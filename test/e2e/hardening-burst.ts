/**
 * "No capture is ever dropped" (issue #13, item 2): one tab submits 100 applications back to back, no
 * pause between them, each a form followed by a REAL click on its submit button and the site's
 * confirmation. Chromium only: it drives the Playwright page directly to be as fast as a user cannot be.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';
import {
  confirmationUrl,
  formUrl,
  inExtensionPage,
  openStartTab,
  serveJob,
  sleep,
  store,
  SUBMIT,
  type Job,
  type StoredJob,
} from './hardening-pages';

/** 100 distinct jobs, alternating Greenhouse and Lever, each at its own employer. */
export function burstJobs(count = 100): Job[] {
  return Array.from({ length: count }, (_, i): Job => {
    const n = String(i + 1).padStart(3, '0');
    return i % 2 === 0
      ? {
          site: 'greenhouse',
          board: `harbor${n}`,
          jobId: String(8_100_000 + i),
          company: `Harbor ${n} Systems`,
          title: `Platform Engineer ${n}`,
        }
      : {
          site: 'lever',
          board: `quill${n}`,
          jobId: `0b5e6f5a-1c2d-4e3f-8a9b-${(0xc1d2e3f4a000 + i).toString(16).padStart(12, '0')}`,
          company: `Quill ${n} Labs`,
          title: `Data Engineer ${n}`,
        };
  });
}

/** The job a stored record or pending question is about: `<site>:<job id>`, from its address if need be. */
export function jobKeyOf(row: StoredJob): string {
  if (row.jobId) return `${row.source}:${row.jobId}`.toLowerCase();
  const url = String(row.url ?? '');
  const gh = /greenhouse\.io\/[^/]+\/jobs\/(\d+)/.exec(url);
  if (gh) return `greenhouse:${gh[1]}`;
  const lv = /lever\.co\/[^/]+\/([0-9a-f-]{36})/i.exec(url);
  if (lv) return `lever:${lv[1]!.toLowerCase()}`;
  return `unknown:${row.id}`;
}

export const keyOfJob = (job: Job) => `${job.site}:${job.jobId}`.toLowerCase();

/** Counts of each job among the records and the pending questions. */
async function tally(h: Harness): Promise<{ records: StoredJob[]; pending: StoredJob[]; keys: Map<string, number> }> {
  const [records, pending] = await Promise.all([store<StoredJob>(h, 'applications'), store<StoredJob>(h, 'pending')]);
  const keys = new Map<string, number>();
  for (const row of [...records, ...pending]) keys.set(jobKeyOf(row), (keys.get(jobKeyOf(row)) ?? 0) + 1);
  return { records, pending, keys };
}

export async function runBurst(h: Harness, jobs: Job[]) {
  for (const job of jobs) serveJob(h, job);
  const tab = await openStartTab(h);
  const page = tab.raw as Page;
  const started = Date.now();
  try {
    for (const job of jobs) {
      await page.goto(formUrl(job), { waitUntil: 'load' });
      await page.click(SUBMIT);
      const confirmPath = new URL(confirmationUrl(job)).pathname;
      // The confirmation is loaded (content scripts run at document_idle, by the load event at the latest),
      // then the next form opens at once.
      await page.waitForURL((u) => u.pathname === confirmPath, { waitUntil: 'load' });
    }
  } finally {
    await tab.close();
  }
  const drivenMs = Date.now() - started;

  // Let the background drain what the pages left behind: until every job is accounted for, or a minute.
  const want = new Set(jobs.map(keyOfJob));
  const end = Date.now() + 60_000;
  let last = await tally(h);
  while (Date.now() < end && [...want].some((k) => !last.keys.has(k))) {
    await sleep(500);
    last = await tally(h);
  }
  // A submit click with no confirmation seen becomes a pending question by alarm a minute later: wait
  // until no such alarm is left, so a late duplicate would show up below.
  await inExtensionPage(h, async () => {
    const api = (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string }>> } } }).chrome;
    const until = Date.now() + 100_000;
    while (Date.now() < until) {
      const alarms = await api.alarms.getAll();
      if (!alarms.some((a) => a.name.startsWith('pending'))) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }).catch(() => undefined);
  last = await tally(h);

  // Everything acknowledged leaves the outbox (wherever the build keeps it): give a drain a moment too.
  let waiting = await undelivered(h);
  const drainEnd = Date.now() + 20_000;
  while (waiting.length > 0 && Date.now() < drainEnd) {
    await sleep(500);
    waiting = await undelivered(h);
  }
  return {
    drivenMs,
    records: last.records,
    pending: last.pending,
    missing: [...want].filter((k) => !last.keys.has(k)),
    twice: [...last.keys].filter(([, n]) => n > 1).map(([k]) => k),
    strangers: [...last.keys.keys()].filter((k) => !want.has(k)),
    outbox: waiting,
  };
}

/**
 * Capture messages still kept by the extension for later delivery: anything shaped like a capture
 * (`type: "capture"` with an `attemptId`) under any key of storage.session or storage.local, so the
 * check holds wherever the outbox lives.
 */
export async function undelivered(h: Harness): Promise<unknown[]> {
  return inExtensionPage(h, async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { session: Area; local: Area } } }).chrome;
    const found: unknown[] = [];
    const walk = (v: unknown, depth: number) => {
      if (depth > 4 || typeof v !== 'object' || v === null) return;
      const o = v as Record<string, unknown>;
      if (o.type === 'capture' && typeof o.attemptId === 'string') {
        found.push(o);
        return;
      }
      for (const x of Array.isArray(v) ? v : Object.values(o)) walk(x, depth + 1);
    };
    for (const area of [api.storage.session, api.storage.local]) {
      const all = await area.get(null);
      // The background's replies to captures (keyed by attempt) are not captures waiting.
      for (const [key, value] of Object.entries(all)) if (!/^acks?$/.test(key)) walk(value, 0);
    }
    return found;
  });
}

export type BurstResult = Awaited<ReturnType<typeof runBurst>>;

/** The rule: records + pending questions are the submitted jobs, each exactly once. */
export function expectNoneDropped(r: BurstResult, total: number): void {
  expect(r.missing, `jobs with neither a record nor a pending question (${r.records.length} records, ${r.pending.length} pending)`).toEqual(
    [],
  );
  expect(r.twice, 'jobs stored twice (as two records, or as a record and a pending question)').toEqual([]);
  expect(r.strangers, 'records or questions about no job that was submitted').toEqual([]);
  expect(r.records.length + r.pending.length).toBe(total);
  // Everything was acknowledged: nothing is left waiting in the content scripts' outbox.
  expect(r.outbox, 'captures still waiting in the outbox').toEqual([]);
}
