// Plan B in real Chromium: the popup's concentration banner and the toolbar badge follow analyzeSpread,
// and the welcome page opens once on install.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSpread, formatShare } from '../../src/core/spread';
import { chromiumPath } from './browsers.mjs';
import { launch, ROOT, until, type Harness } from './harness';
import { addApps, badgeText, inExtensionApi, makeApp, notifyChanged, seed } from './seed';

const SCREENS = join(ROOT, 'test-results/screens');

/** The banner's paragraphs (the title "Plan B" left out), as the user reads them. */
function bannerTexts(): string[] {
  return [...document.querySelectorAll('.spread-warning > p:not(.banner-title)')].map((p) => p.textContent ?? '');
}

describe('chromium: Plan B banner and badge', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('warns in the popup and on the badge while hope rests on one employer, and stops once it is spread', async () => {
    const concentrated = [
      makeApp({ company: 'Acme', title: 'Platform Engineer', status: 'interviewing' }),
      makeApp({ company: 'Acme', title: 'Site Reliability Engineer', status: 'applied' }),
      makeApp({ company: 'Beta', title: 'Backend Engineer', status: 'applied' }),
    ];
    await seed(h, concentrated);
    await notifyChanged(h);

    // The same analysis the extension runs, on the same records and the default settings.
    const spread = analyzeSpread(concentrated);
    const first = spread.warnings.find((w) => w.kind === 'top-share') ?? spread.warnings[0];
    const expected = [first, ...spread.warnings.filter((w) => w !== first)].map((w) => w!.text);
    expect(expected[0]).toContain('% of your hopes rest on Acme');
    expect(expected[0]).toContain('Applying to 7 more employers');

    expect(await until(async () => (await badgeText(h)) === '!', 'the amber "!" badge')).toBe(true);
    const title = await inExtensionApi(h, () => chrome.action.getTitle({}));
    expect(title).toBe(`Baskets — ${spread.summary}`);

    const popup = await h.openExtensionPage('popup.html', { width: 380, height: 560 });
    await popup.waitFor('.spread-warning');
    expect(await popup.evaluate(bannerTexts)).toEqual(expected);
    await mkdir(SCREENS, { recursive: true });
    await popup.screenshot(join(SCREENS, 'chromium-popup-planb-warning.png'));

    // Five more employers, one application each: Acme's 5 of 11 hope points is under the 50% warning share.
    const others = ['Cobalt', 'Dune', 'Ember', 'Fjord', 'Granite'].map((company) =>
      makeApp({ company, title: 'Software Engineer', status: 'applied' }),
    );
    const spreadOut = analyzeSpread([...concentrated, ...others]);
    expect(spreadOut.warnings).toEqual([]);
    await addApps(h, others);
    await notifyChanged(h);
    await until(async () => (await badgeText(h)) !== '!', 'the badge to drop the "!"');
    expect(await badgeText(h)).not.toBe('!');

    await popup.reload();
    await popup.waitFor('.spread-meter');
    await popup.waitFor('.app-row');
    expect(await popup.evaluate(() => document.querySelectorAll('.spread-warning').length)).toBe(0);
    expect(await popup.evaluate(() => document.querySelector('.spread-meter')?.textContent ?? '')).toContain(
      `Top share: ${formatShare(spreadOut.topShare)} on Acme`,
    );
    await popup.close();
    expect(h.consoleErrors).toEqual([]);
  });
});

describe('chromium: welcome page', () => {
  const ext = join(ROOT, 'dist', 'chrome');
  let profile = '';
  let context: BrowserContext | undefined;

  async function start(): Promise<BrowserContext> {
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    return ctx;
  }

  const welcomePages = (ctx: BrowserContext) => ctx.pages().filter((p) => p.url().endsWith('/welcome.html'));

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'baskets-welcome-'));
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  });

  it('opens once on install, with content, and not again when the background wakes for other work', async () => {
    context = await start();
    await until(async () => welcomePages(context!).length === 1, 'the welcome page after install');
    const welcome = welcomePages(context)[0]!;
    await welcome.waitForSelector('#app h1');
    expect((await welcome.textContent('h1'))?.trim()).toBeTruthy();
    await welcome.close();

    // Other background work (a data change from an extension page recomputes the badge) never reopens it.
    const u = new URL(context.serviceWorkers()[0]!.url());
    const page = await context.newPage();
    await page.goto(`${u.protocol}//${u.host}/options.html`, { waitUntil: 'load' });
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }))).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 1500));
    expect(context.pages().map((p) => p.url()).filter((x) => x.includes('welcome.html'))).toEqual([]);
    await context.close();
    context = undefined;
  });
});
