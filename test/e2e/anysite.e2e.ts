// "Detect applications on any site": off by default; the opt-in in Options asks for the optional
// permission at the click and registers the generic detector. Firefox, whose test preference grants
// optional permissions without the prompt (Chromium cannot answer the prompt headless).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, until, type Harness } from './harness';
import { clearData, engage, fixtureCases, records } from './flows';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cases = fixtureCases().filter((c) => c.site === 'generic');
const html = (file: string) => readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
const byName = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no generic fixture ${name}`);
  return c;
};

async function setAnySite(h: Harness, on: boolean): Promise<string> {
  const tab = await h.openExtensionPage('options.html');
  try {
    const page = tab.raw as import('puppeteer-core').Page;
    const id = await page.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Detect applications on any site'));
      return label?.htmlFor ?? '';
    });
    expect(id, 'the any-site opt-in has a label').not.toBe('');
    const checked = await page.evaluate((i) => (document.getElementById(i) as HTMLInputElement).checked, id);
    // Already as wanted (a retried test): the stored setting says so.
    if (checked === on) return on ? 'also detects applications on other sites' : 'only watches the supported sites';
    await page.click(`[id="${id}"]`);
    return await until(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[role="status"]')]
            .map((e) => e.textContent ?? '')
            .join(' ')
            .trim(),
        ),
      'the opt-in status message',
    );
  } finally {
    await tab.close();
  }
}

describe('firefox: any-site detector (opt-in)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('firefox');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is off by default: a confirmation on another site records nothing', async () => {
    const page = byName('confirmation-en');
    h.serve(page.url, html(page.file));
    const tab = await h.open(page.url);
    await sleep(1500);
    expect(await records(h)).toHaveLength(0);
    await tab.close();
  });

  it('the opt-in asks for the permission and then registers the detector', async () => {
    expect(await setAnySite(h, true)).toContain('also detects applications on other sites');
    const scripts = await h.inExtension(async () =>
      (await (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts()).map((s) => s.js),
    );
    expect(scripts).toEqual([['content-generic.js']]);
  });

  for (const lang of ['en', 'de', 'fr', 'es', 'nl', 'pt', 'it']) {
    it(`posting → form → confirmation in ${lang} = one record`, async () => {
      await clearData(h);
      const posting = byName('jsonld-posting');
      const form = byName('application-form');
      const done = byName(`confirmation-${lang}`);
      h.serve(posting.url, html(posting.file));
      h.serve(form.url, html(form.file));
      const tab = await h.open(posting.url);
      await engage(tab);
      await tab.goto(form.url);
      await engage(tab);
      // The user's own click on "Send application" (the page keeps the POST to itself): a record needs it.
      await tab.evaluate(() => document.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault()));
      await tab.click('button[type="submit"]');
      h.serve(done.url, html(done.file));
      await tab.goto(done.url);
      await until(async () => (await records(h)).length > 0, `the ${lang} capture`);
      await tab.reload();
      await sleep(1000);
      const got = await records(h);
      expect(got).toHaveLength(1);
      expect(got[0]?.source).toBe('generic');
      expect(got[0]?.company).toBe(done.company || form.company || posting.company);
      expect(got[0]?.title).toBe(done.title || form.title || posting.title);
      await tab.close();
    });
  }

  for (const name of ['newsletter-thanks', 'job-alert-thanks', 'validation-error']) {
    it(`${name} records nothing`, async () => {
      await clearData(h);
      const page = byName(name);
      h.serve(page.url, html(page.file));
      const tab = await h.open(page.url);
      await sleep(1500);
      expect(await records(h)).toHaveLength(0);
      await tab.close();
    });
  }

  it('turning the opt-in off removes the detector', async () => {
    expect(await setAnySite(h, false)).toContain('only watches the supported sites');
    const scripts = await h.inExtension(
      async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts()).length,
    );
    expect(scripts).toBe(0);
  });
});
