// The in-page toast after a capture (keyboard-reachable Undo) and the "Log this page" extractor, in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, until, type Harness } from './harness';
import { clearData, engage, fixtureCases, records } from './flows';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lever = (name: string) => {
  const c = fixtureCases().find((x) => x.site === 'lever' && x.name === name);
  if (!c) throw new Error(`no lever fixture ${name}`);
  return { ...c, html: readFileSync(join(ROOT, 'test/fixtures', c.file), 'utf8') };
};

describe('chromium: toast and manual capture', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('after a capture the toast says what was saved, is reachable from the keyboard, and Undo removes the record', async () => {
    await clearData(h);
    const form = lever('apply-form');
    const thanks = lever('thanks');
    h.serve(form.url, form.html);
    h.serve(thanks.url, thanks.html);
    const tab = await h.open(form.url);
    await engage(tab);
    await tab.goto(thanks.url);
    await until(async () => (await records(h)).length === 1, 'the capture');
    await tab.waitFor('baskets-toast');
    // The toast lives in a closed shadow root: the page sees only its host element.
    expect(await tab.evaluate(() => document.querySelector('baskets-toast')?.shadowRoot ?? null)).toBeNull();
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'BASKETS-TOAST'; i++) {
      await tab.press('Tab');
      focused = await tab.evaluate(() => document.activeElement?.tagName ?? '');
    }
    expect(focused, 'Tab reaches the toast').toBe('BASKETS-TOAST');
    await tab.press('Enter');
    await until(async () => (await records(h)).length === 0, 'Undo to remove the record');
    await tab.close();
  });

  it('an application made in an embedded Greenhouse form on a company site is captured from the frame', async () => {
    await clearData(h);
    const embed = fixtureCases().find((c) => c.site === 'greenhouse' && c.name === 'embed-form');
    const done = fixtureCases().find((c) => c.site === 'greenhouse' && c.name === 'confirmation');
    if (!embed || !done) throw new Error('greenhouse fixtures missing');
    const careers = 'https://careers.larkhealth.example/jobs/platform-engineer';
    const confirmationInFrame = 'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=larkhealth&token=7001234';
    h.serve(careers, `<!doctype html><title>Lark Health careers</title><h1>Platform Engineer</h1>
      <iframe id="gh" title="Application form" src="${embed.url}" width="800" height="600"></iframe>`);
    h.serve(embed.url, readFileSync(join(ROOT, 'test/fixtures', embed.file), 'utf8'));
    h.serve(confirmationInFrame, readFileSync(join(ROOT, 'test/fixtures', done.file), 'utf8'));
    const tab = await h.open(careers);
    await sleep(500);
    // The user fills and submits the form inside the frame; Greenhouse then shows its confirmation there.
    await tab.evaluate((url: string) => {
      (document.getElementById('gh') as HTMLIFrameElement).src = url;
    }, confirmationInFrame);
    await until(async () => (await records(h)).length === 1, 'the capture from the frame');
    const [record] = await records(h);
    expect(record?.source).toBe('greenhouse');
    expect(record?.company).toBe('Lark Health');
    expect(record?.title).toBe('Platform Engineer');
    await tab.close();
  });

  it('"Log this page" reads the job with the same adapters, and never a form value', async () => {
    const form = lever('apply-form');
    h.serve(form.url, form.html);
    const tab = await h.open(form.url);
    await tab.evaluate(() => {
      for (const input of document.querySelectorAll('input[type="text"], input[type="email"], input:not([type])')) {
        (input as HTMLInputElement).value = 'SECRET-VALUE';
      }
    });
    const result = await h.inExtension(async (url: string) => {
      const [target] = await chrome.tabs.query({ url });
      if (!target?.id) return { error: 'no tab' };
      await chrome.scripting.executeScript({ target: { tabId: target.id }, files: ['extract.js'] });
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: target.id },
        func: () => (globalThis as unknown as { __basketsExtract: () => unknown }).__basketsExtract(),
      });
      return res?.result as { job: { company: string; title: string; source: string }; stage: string };
    }, form.url.split('#')[0]);
    expect(result).toMatchObject({ stage: 'form', job: { company: form.company, title: form.title, source: 'lever' } });
    expect(JSON.stringify(result)).not.toContain('SECRET-VALUE');
    await tab.close();
  });
});
