// The webmail adapters in real Chromium, where pages have layout: every mail fixture served at its real address,
// read by the adapters (bundled as the mail content script bundles them) in the page. Hidden text that only layout
// reveals (a zero-sized clipping box, a box pushed off the page) is left out, shown text is kept even when the user
// has scrolled past it, and everything the jsdom tests check holds here too. No extension is loaded: this is the
// adapters alone; the opt-in flow with the extension is the inbox e2e.
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './browsers.mjs';
import { fixtureCases, fixtureHtml, fixtureMeta, localIso, type Expected } from '../sites/mail/load';

const ROOT = resolve(__dirname, '../..');

interface Read {
  ids: string[];
  mail: { provider: string; messageId: string; from: string; subject: string; date: string; body: string } | null;
}

let browser: Browser;
let page: Page;
let reader: string;

beforeAll(async () => {
  reader = (
    await esbuild.build({
      stdin: {
        contents: `import { mailAdapterFor } from './src/sites/mail';
globalThis.__readMail = () => {
  const a = mailAdapterFor(location.href);
  return a ? { ids: a.openIds(document, location.href), mail: a.openedMessage(document, location.href) } : null;
};`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: ['chrome120'],
      write: false,
    })
  ).outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
});

async function serve(html: string, url: string): Promise<void> {
  await page.unrouteAll();
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.fulfill({ status: 404, body: '' }),
  );
  // Only the hash differs between the Gmail addresses: leave the page first so each load is a fresh page.
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
}

async function read(): Promise<Read> {
  await page.evaluate(reader);
  return (await page.evaluate(() => (globalThis as unknown as { __readMail(): Read }).__readMail()))!;
}

function check(got: Read, expected: Expected | null): void {
  if (!expected) {
    expect(got.mail).toBeNull();
    expect(got.ids).toEqual([]);
    return;
  }
  const mail = got.mail!;
  expect(mail).not.toBeNull();
  expect([mail.messageId, mail.from, mail.subject, mail.date]).toEqual([
    expected.messageId,
    expected.from,
    expected.subject,
    localIso(expected.dateLocal),
  ]);
  for (const s of expected.bodyIncludes) expect(mail.body).toContain(s);
  for (const s of expected.bodyExcludes) expect(mail.body).not.toContain(s);
  if (expected.bodyLength !== undefined) expect(mail.body.length).toBe(expected.bodyLength);
}

for (const provider of ['gmail', 'outlook']) {
  describe(`${provider} adapter in Chromium`, () => {
    for (const name of fixtureCases(provider)) {
      const meta = fixtureMeta(provider, name);
      it(`${name}: reads the opened message as the user sees it`, async () => {
        await serve(fixtureHtml(provider, name), meta.url);
        check(await read(), meta.expected);
        for (const open of meta.opens ?? []) {
          await serve(fixtureHtml(provider, name), meta.url);
          await page.evaluate((id) => (window as unknown as { __open(id: string): boolean }).__open(id), open.thread);
          check(await read(), open.expected);
        }
      });
    }
  });
}

it('keeps the text the user has scrolled past', async () => {
  const meta = fixtureMeta('gmail', 'hidden-layout');
  await serve(readFileSync(join(ROOT, 'test/fixtures/mail/gmail/hidden-layout.html'), 'utf8'), meta.url);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => document.querySelector('div.a3s p')!.getBoundingClientRect().bottom)).toBeLessThan(0);
  check(await read(), meta.expected);
});
