// Issue #13's hardening in real Chromium: hostile pages and strings, forged messages, reloads during a
// capture and the in-page note (hardening-cases.ts, also run in Firefox by hardening-firefox.e2e.ts);
// 100 applications back to back in one tab with nothing dropped; no network, and data that survives a restart.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, until, type Harness } from './harness';
import { clickSubmit, engage, records } from './flows';
import { hardeningSuite } from './hardening-cases';
import { burstJobs, expectNoneDropped, jobKeyOf, keyOfJob, runBurst, type BurstResult } from './hardening-burst';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

hardeningSuite('chromium');

describe('chromium: no capture is ever dropped', () => {
  const jobs = burstJobs(100);
  let h: Harness;
  let result: BurstResult | undefined;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('100 applications submitted back to back in one tab: records + pending questions are the 100 jobs, each once', async () => {
    result = await runBurst(h, jobs);
    expectNoneDropped(result, jobs.length);
  }, 240_000);

  it('each of those records is the job whose form was submitted, with that form’s company and title', () => {
    if (!result) throw new Error('the burst above did not finish');
    const byKey = new Map(jobs.map((j) => [keyOfJob(j), j]));
    expect(result.records.length).toBeGreaterThan(0);
    const wrong = result.records
      .map((r) => ({ key: jobKeyOf(r), got: { company: r.company, title: r.title }, job: byKey.get(jobKeyOf(r)) }))
      .filter(({ got, job }) => !job || got.company !== job.company || got.title !== job.title)
      .map(({ key, got, job }) => `${key}: ${got.title} at ${got.company} (form: ${job?.title} at ${job?.company})`);
    expect(wrong).toEqual([]);
  });
});

describe('chromium: no network, and data that survives a restart', () => {
  let profile: string;
  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'baskets-restart-'));
  });
  afterAll(async () => {
    await rm(profile, { recursive: true, force: true });
  });

  it('full capture and UI flows make zero network requests, and the records are there after a restart', async () => {
    let h = await launch('chromium', { profileDir: profile });
    try {
      for (const c of ['lever/posting', 'lever/apply-form', 'lever/thanks']) {
        const label = JSON.parse(await readFile(join(import.meta.dirname, `../fixtures/${c}.json`), 'utf8'));
        h.serve(label.url, await fixture(`${c}.html`));
      }
      const posting = JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/lever/posting.json'), 'utf8'));
      const form = JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/lever/apply-form.json'), 'utf8'));
      const thanks = JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/lever/thanks.json'), 'utf8'));
      const tab = await h.open(posting.url);
      await engage(tab);
      await tab.goto(form.url);
      await engage(tab);
      // The user's own click on "Submit application": a record needs it.
      await clickSubmit(tab, 'lever');
      await tab.goto(thanks.url);
      await until(async () => (await records(h)).length === 1, 'the Lever capture');
      await tab.close();
      for (const page of ['popup.html', 'dashboard.html', 'options.html', 'welcome.html']) {
        const ui = await h.openExtensionPage(page);
        await ui.waitFor('#app > *');
        await sleep(300);
        await ui.close();
      }
      expect(h.extensionRequests).toEqual([]);
      expect(h.consoleErrors).toEqual([]);
      // An extension update (runtime.reload fires onInstalled with reason "update") keeps every record.
      await h
        .inExtension(() => {
          setTimeout(() => chrome.runtime.reload(), 50);
        })
        .catch(() => undefined);
      await sleep(1500);
      await until(async () => (await records(h).catch(() => [])).length === 1, 'the record after an extension update');
    } finally {
      await h.close();
    }
    h = await launch('chromium', { profileDir: profile });
    try {
      const after = await records(h);
      expect(after).toHaveLength(1);
      expect(after[0]?.source).toBe('lever');
    } finally {
      await h.close();
    }
  });
});
