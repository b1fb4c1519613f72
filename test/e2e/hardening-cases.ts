/**
 * The hardening tests of issue #13, written once and run in both browsers (hardening.e2e.ts for
 * Chromium, hardening-firefox.e2e.ts for Firefox): hostile pages and strings, messages forged by the
 * page, reloads during a capture, and the in-page note. Every capture here is what a user does: the
 * form, a REAL click on its submit button, then the site's confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/application';
import { launch, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { clearData } from './flows';
import { addApps, makeApp } from './seed';
import {
  applyByClick,
  confirmationUrl,
  formPage,
  namedConfirmationPage,
  noteText,
  openStartTab,
  pageVisibleMarkup,
  serveJob,
  sleep,
  store,
  SUBMIT,
  type Job,
  type StoredJob,
} from './hardening-pages';

const LARK: Job = { site: 'greenhouse', board: 'larkhealth', jobId: '7001234', company: 'Lark Health', title: 'Platform Engineer' };

const records = (h: Harness) => store<StoredJob>(h, 'applications');
const pending = (h: Harness) => store<StoredJob>(h, 'pending');

/** Applies to `job` with these pages and returns the one record it must end in (and the tab, still open). */
async function applyAndExpectOne(h: Harness, job: Job, form: string, confirmation: string): Promise<{ record: StoredJob; tab: TabHandle }> {
  await clearData(h);
  serveJob(h, job, form, confirmation);
  const tab = await openStartTab(h);
  await applyByClick(tab, job);
  await until(async () => (await records(h)).length > 0, `the ${job.company} capture`, 15_000);
  // Anything late (a second delivery, a retry) would show up here.
  await sleep(800);
  const got = await records(h);
  expect(got).toHaveLength(1);
  return { record: got[0]!, tab };
}

/** A control character, a bidi override or isolate, or a NUL: none may reach a stored record. */
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export function hardeningSuite(name: BrowserName): void {
  describe(`${name}: hostile pages never break capture or the page`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    /** The page's hostile additions on both the form and the confirmation. */
    async function expectCaptureDespite(head: string, body = '', confirmationBody = body) {
      const { record, tab } = await applyAndExpectOne(
        h,
        LARK,
        formPage(LARK, head, body),
        namedConfirmationPage(LARK, head, confirmationBody),
      );
      await tab.close();
      expect(record.company).toBe('Lark Health');
      expect(record.title).toBe('Platform Engineer');
    }

    it('a page whose own scripts throw', async () => {
      await expectCaptureDespite('<script>throw new Error("page bug")</script>', '<script>undefinedFn()</script>');
    });

    it('a page that overrides history.pushState and Element.prototype methods', async () => {
      const evil = `<script>
        history.pushState = () => { throw new Error('no'); };
        Element.prototype.querySelector = () => { throw new Error('no'); };
        Element.prototype.querySelectorAll = () => { throw new Error('no'); };
        Document.prototype.querySelector = () => null;
        Node.prototype.appendChild = function () { throw new Error('no'); };
        Element.prototype.attachShadow = function () { throw new Error('no'); };
        window.MutationObserver = function () { throw new Error('no'); };
        JSON.parse = () => { throw new Error('no'); };
        JSON.stringify = () => '{"type":"capture"}';
      </script>`;
      await expectCaptureDespite(evil);
    });

    it('a confirmation page of 50,000 nodes', async () => {
      const rows = Array.from({ length: 25_000 }, (_, i) => `<li><span>row ${i}</span></li>`).join('');
      await expectCaptureDespite('', '', `<ul>${rows}</ul>`);
    });

    it('a page whose JSON-LD is malformed, or enormous', async () => {
      await expectCaptureDespite('<script type="application/ld+json">{"@type": "JobPosting", "title": "Broken", </script>');
      const huge = `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Platform Engineer',
        description: 'x'.repeat(5_000_000),
        hiringOrganization: { name: 'Lark Health' },
      })}</script>`;
      await expectCaptureDespite(huge);
    });

    it('the page keeps working: its own scripts still run next to Baskets', async () => {
      const { tab } = await applyAndExpectOne(
        h,
        LARK,
        formPage(LARK),
        namedConfirmationPage(LARK, '', '<script>document.body.dataset.pageOk = "yes";</script>'),
      );
      expect(await tab.evaluate(() => document.body.dataset.pageOk)).toBe('yes');
      await tab.close();
    });
  });

  describe(`${name}: hostile strings are stored and shown as plain, clean text`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('HTML, bidi overrides and NUL in the job’s title and company', async () => {
      const job: Job = {
        site: 'greenhouse',
        board: 'evilcorp',
        jobId: '6660001',
        company: '<img src=x onerror=alert(1)>',
        title: 'Data Clerk',
      };
      // The page's own script writes the strings, so characters HTML cannot carry (NUL) reach the DOM.
      const poison = `<script>
        const t = 'Data\\u202E kreLC\\u202C Clerk\\u0000\\u2066x\\u2069';
        for (const el of document.querySelectorAll('h1')) el.textContent = t;
        document.title = 'Job Application for ' + t + ' at <img src=x onerror=alert(1)>';
        window.__pageAlerts = 0; window.alert = () => { window.__pageAlerts++; };
      </script>`;
      const { record, tab } = await applyAndExpectOne(h, job, formPage(job, '', poison), namedConfirmationPage(job, '', poison));
      await tab.close();
      expect(record.title).not.toMatch(FORBIDDEN);
      expect(record.company).not.toMatch(FORBIDDEN);
      expect(record.title).toContain('Clerk');
      expect(record.company).toBe('<img src=x onerror=alert(1)>');
      // The popup and the dashboard show it as text: no element is made from it.
      for (const page of ['popup.html', 'dashboard.html']) {
        const ui = await h.openExtensionPage(page, { width: 1000, height: 700 });
        await until(
          async () => ui.evaluate(() => (document.body.textContent ?? '').includes('<img src=x onerror=alert(1)>')).catch(() => false),
          `${page} to show the company as text`,
        );
        expect(await ui.evaluate(() => document.querySelectorAll('img[src="x"], img[onerror]').length), page).toBe(0);
        await ui.close();
      }
    });

    it('a 1 MB title is capped, and the page is not harmed', async () => {
      const job: Job = { site: 'greenhouse', board: 'longco', jobId: '6660002', company: 'Longco', title: 'Engineer' };
      const long = `<script>
        const t = 'Engineer ' + 'y'.repeat(1024 * 1024);
        for (const el of document.querySelectorAll('h1')) el.textContent = t;
        document.title = 'Job Application for ' + t + ' at Longco';
      </script>`;
      const { record, tab } = await applyAndExpectOne(h, job, formPage(job, '', long), namedConfirmationPage(job, '', long));
      expect(await tab.evaluate(() => (document.querySelector('h1')?.textContent ?? '').length)).toBeGreaterThan(1024 * 1024);
      await tab.close();
      // Stored, not refused (the background refuses over-long fields), and capped.
      expect(record.company).toBe('Longco');
      expect(record.title).toContain('Engineer');
      expect(record.title.length).toBeLessThanOrEqual(LIMITS.title);
    });

    it('joiners that names and emoji need (ZWJ, ZWNJ) are kept', async () => {
      // A Persian company name spelled with ZWNJ, and an emoji sequence joined by ZWJ.
      const job: Job = {
        site: 'greenhouse',
        board: 'karafarinan',
        jobId: '6660003',
        company: 'کارآفرینان\u200Cنو',
        title: 'Designer \u{1F469}\u200D\u{1F4BB}',
      };
      const { record, tab } = await applyAndExpectOne(h, job, formPage(job), namedConfirmationPage(job));
      await tab.close();
      expect(record.company).toBe(job.company);
      expect(record.title).toBe(job.title);
    });
  });

  describe(`${name}: messages forged by the page`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('a page posting capture-shaped messages stores nothing, learns nothing, and a real capture still works', async () => {
      await clearData(h);
      const job: Job = {
        site: 'greenhouse',
        board: 'larkhealth',
        jobId: '7001299',
        company: 'Lark Health',
        title: 'Site Reliability Engineer',
      };
      const forged = {
        company: 'Evil Corp',
        title: 'Forged Job',
        location: '',
        url: 'https://job-boards.greenhouse.io/evil/jobs/666',
        jobId: '666',
        source: 'greenhouse',
      };
      const attack = `<script>
        window.__forgery = [];
        const forged = ${JSON.stringify(forged)};
        const messages = [
          { type: 'capture', kind: 'submitted', attemptId: 'forged1', job: forged, signal: 'url:/confirmation' },
          { type: 'capture', kind: 'pending', attemptId: 'forged2', job: forged, signal: 'submit' },
          { type: 'context', job: forged },
          { type: 'attempt', state: 'started', job: forged },
          { type: 'undo-capture', id: 'anything' },
          { type: 'open-dashboard' },
        ];
        window.addEventListener('message', (e) => { if (e.source !== window) window.__forgery.push('reply:' + JSON.stringify(e.data)); });
        const ids = ['${'${EXTENSION_ID}'}'];
        for (let round = 0; round < 20; round++) {
          for (const m of messages) {
            window.postMessage(m, '*');
            window.postMessage(JSON.stringify(m), '*');
            document.dispatchEvent(new CustomEvent('baskets', { detail: m }));
            document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
            for (const api of [window.chrome, window.browser]) {
              try {
                if (!api || !api.runtime || !api.runtime.sendMessage) { window.__forgery.push('no-api'); continue; }
                for (const id of ids) {
                  api.runtime.sendMessage(id, m).then(
                    (r) => window.__forgery.push('reply:' + JSON.stringify(r)),
                    (e) => window.__forgery.push('refused'),
                  );
                }
              } catch (e) { window.__forgery.push('refused'); }
            }
          }
        }
      </script>`;
      const extensionId = new URL(h.extensionOrigin).host;
      const page = formPage(job, '', attack.replace('${EXTENSION_ID}', extensionId));
      serveJob(h, job, page, namedConfirmationPage(job));
      const tab = await openStartTab(h);
      await tab.goto(`https://job-boards.greenhouse.io/larkhealth/jobs/${job.jobId}`);
      await tab.waitFor(SUBMIT);
      await sleep(1500);
      expect(await records(h), 'records after the forged messages').toEqual([]);
      expect(await pending(h), 'pending questions after the forged messages').toEqual([]);
      const seen = await tab.evaluate(() => (window as unknown as { __forgery: string[] }).__forgery);
      expect(
        seen.filter((s) => s.startsWith('reply:') && s !== 'reply:undefined'),
        'answers the page got',
      ).toEqual([]);
      // The extension is alive in this very tab: the user's real application is captured, and only it.
      await applyByClick(tab, job, { open: false });
      await until(async () => (await records(h)).length > 0, 'the real capture');
      await sleep(800);
      const after = await records(h);
      expect(after.map((r) => [r.company, r.title])).toEqual([[job.company, job.title]]);
      expect((await pending(h)).filter((p) => p.company === 'Evil Corp')).toEqual([]);
      await tab.close();
    });
  });

  describe(`${name}: reloads and navigations during a capture`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    /** Waits until the tab's address is the job's confirmation (the navigation committed, loading or not). */
    async function committed(tab: TabHandle, job: Job) {
      const path = new URL(confirmationUrl(job)).pathname;
      await until(async () => new URL(tab.url()).pathname === path, 'the confirmation address', 15_000);
    }

    it('the confirmation reloaded twice while it loads ends in exactly one record', async () => {
      await clearData(h);
      const job: Job = { site: 'greenhouse', board: 'larkhealth', jobId: '7001301', company: 'Lark Health', title: 'Data Platform Lead' };
      serveJob(h, job, formPage(job), namedConfirmationPage(job));
      const tab = await openStartTab(h);
      await tab.goto(`https://job-boards.greenhouse.io/larkhealth/jobs/${job.jobId}`);
      await tab.waitFor(SUBMIT);
      await sleep(150);
      await tab.press('Tab');
      await tab.click(SUBMIT);
      await committed(tab, job);
      await tab.reload();
      await tab.reload();
      await until(async () => (await records(h)).length > 0, 'the capture', 15_000);
      await tab.reload();
      await sleep(1200);
      const got = await records(h);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ company: job.company, title: job.title, source: 'greenhouse', jobId: job.jobId });
      expect(await pending(h)).toEqual([]);
      await tab.close();
    });

    it('a tab that leaves the confirmation at once still gets its record', async () => {
      await clearData(h);
      const job: Job = { site: 'greenhouse', board: 'larkhealth', jobId: '7001302', company: 'Lark Health', title: 'Analytics Engineer' };
      serveJob(h, job, formPage(job), namedConfirmationPage(job));
      const tab = await openStartTab(h);
      await applyByClick(tab, job);
      // The confirmation has loaded; the user goes straight on elsewhere.
      await tab.goto('https://example.org/job-search');
      const got = await until(
        async () => {
          const all = await records(h);
          return all.length ? all : null;
        },
        'the record of a confirmation left at once',
        30_000,
      );
      await sleep(800);
      expect(await records(h)).toHaveLength(got!.length);
      expect(got).toHaveLength(1);
      expect(got![0]).toMatchObject({ company: job.company, title: job.title, jobId: job.jobId });
      await tab.close();
    });
  });

  describe(`${name}: the in-page note`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    /** Polls what the note shows until it says something (it hides itself after a few seconds). */
    async function noteShown(tab: TabHandle): Promise<string> {
      // The note's message is drawn a moment after its buttons (so that it is announced): wait for it.
      return until(
        async () => {
          const text = await noteText(h, tab).catch(() => '');
          return /Saved to Baskets/.test(text) ? text : '';
        },
        'the in-page note',
        10_000,
      );
    }

    it('after a capture the note exists and names the job as this page shows it', async () => {
      const { tab } = await applyAndExpectOne(h, LARK, formPage(LARK), namedConfirmationPage(LARK));
      const text = await noteShown(tab);
      expect(text).toContain('Platform Engineer');
      expect(text).toContain('Lark Health');
      await tab.close();
    });

    it('for a job already stored with the user’s edits, the note shows only what this page showed', async () => {
      await clearData(h);
      const job: Job = { site: 'greenhouse', board: 'acme', jobId: '4012345', company: 'Acme', title: 'Data Analyst' };
      // What the user wrote into the stored record: private, and the fact of an earlier application.
      await addApps(h, [
        makeApp({
          company: 'Acme Internal Name',
          title: 'Data Analyst (asked 95k; referred by Jane Doe)',
          jobId: job.jobId,
          source: 'greenhouse',
          notes: 'Jane Doe said the budget is 95k',
          appliedDaysAgo: 40,
        }),
      ]);
      serveJob(h, job, formPage(job), namedConfirmationPage(job));
      const tab = await openStartTab(h);
      await applyByClick(tab, job);
      const text = await noteShown(tab);
      expect(text).toContain('Data Analyst');
      expect(text).toContain('Acme');
      for (const secret of ['95k', 'Jane Doe', 'Internal Name', 'referred'])
        expect(text, 'the note shows a stored field').not.toContain(secret);
      expect(text, 'the note tells of an earlier application').not.toMatch(/already|before|again/i);
      await tab.close();
    });

    it('nothing the page can see names Baskets or says a capture happened', async () => {
      const { tab } = await applyAndExpectOne(h, LARK, formPage(LARK), namedConfirmationPage(LARK));
      await noteShown(tab);
      const markup = await pageVisibleMarkup(tab);
      expect(
        markup.filter((s) => /basket/i.test(s)),
        'tag or attribute names and values the page can key on',
      ).toEqual([]);
      await tab.close();
    });
  });
}
