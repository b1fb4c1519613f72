// Hostile pages, no network, and data that survives a restart — in real Chromium.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, until, type Harness } from './harness';
import { clearData, engage, records } from './flows';

const CONFIRM_URL = 'https://job-boards.greenhouse.io/larkhealth/jobs/7001234/confirmation';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The Greenhouse confirmation fixture with something hostile added to its <head> or <body>. */
async function confirmationWith(head: string, body = ''): Promise<string> {
  const html = await fixture('greenhouse/confirmation.html');
  return html.replace('</head>', `${head}</head>`).replace('</body>', `${body}</body>`);
}

async function expectOneCapture(h: Harness, html: string): Promise<void> {
  await clearData(h);
  h.serve(CONFIRM_URL, html);
  const tab = await h.open(CONFIRM_URL);
  try {
    await until(async () => (await records(h)).length > 0, 'the capture');
    await sleep(500);
    const got = await records(h);
    expect(got).toHaveLength(1);
    expect(got[0]?.company).toBe('Lark Health');
    expect(got[0]?.title).toBe('Platform Engineer');
  } finally {
    await tab.close();
  }
}

describe('chromium: hostile pages never break capture or the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a page whose own scripts throw', async () => {
    await expectOneCapture(h, await confirmationWith('<script>throw new Error("page bug")</script>', '<script>undefinedFn()</script>'));
  });

  it('a page that overrides history.pushState and Element.prototype methods', async () => {
    const evil = `<script>
      history.pushState = () => { throw new Error('no'); };
      Element.prototype.querySelector = () => { throw new Error('no'); };
      Element.prototype.querySelectorAll = () => { throw new Error('no'); };
      Document.prototype.querySelector = () => null;
      Node.prototype.appendChild = function () { throw new Error('no'); };
      window.MutationObserver = function () { throw new Error('no'); };
      JSON.parse = () => { throw new Error('no'); };
    </script>`;
    await expectOneCapture(h, await confirmationWith(evil));
  });

  it('a page of 50,000 nodes', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `<li><span>row ${i}</span></li>`).join('');
    await expectOneCapture(h, await confirmationWith('', `<ul>${rows}</ul>`));
  });

  it('a page whose JSON-LD is malformed, or enormous', async () => {
    const malformed = '<script type="application/ld+json">{"@type": "JobPosting", "title": "Broken", </script>';
    await expectOneCapture(h, await confirmationWith(malformed));
    const huge = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Platform Engineer',
      description: 'x'.repeat(5_000_000),
      hiringOrganization: { name: 'Lark Health' },
    })}</script>`;
    await expectOneCapture(h, await confirmationWith(huge));
  });

  it('the page keeps working: its own scripts still run next to Baskets', async () => {
    await clearData(h);
    h.serve(CONFIRM_URL, await confirmationWith('', '<script>document.body.dataset.pageOk = "yes";</script>'));
    const tab = await h.open(CONFIRM_URL);
    await until(async () => (await records(h)).length > 0, 'the capture');
    expect(await tab.evaluate(() => document.body.dataset.pageOk)).toBe('yes');
    await tab.close();
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
      await h.inExtension(() => {
        setTimeout(() => chrome.runtime.reload(), 50);
      }).catch(() => undefined);
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
