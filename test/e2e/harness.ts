/**
 * The real-browser harness: loads the built extension into Debian Chromium (playwright-core) or
 * Debian firefox-esr (puppeteer-core), serves pages at real job-site URLs from local files, opens
 * extension pages, reads the extension's IndexedDB and records console errors and network requests.
 * Both browsers are driven through one small interface so a flow is written once.
 */
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from './browsers.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const ROOT = resolve(import.meta.dirname, '../..');
export const GECKO_ID = '{edecf286-e817-4cda-9862-e727de91d33d}';
const FIREFOX_UUID = '6b1f4bd0-6d1e-4f59-9a55-7c1e0f3c2b11';

export interface TabHandle {
  /** The underlying Playwright or Puppeteer page, for anything the wrapper does not cover. */
  readonly raw: PwPage | PpPage;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types into a field (the extension never reads values; the page's own form does). */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface Harness {
  readonly name: BrowserName;
  /** moz-extension:// or chrome-extension:// origin, no trailing slash. */
  readonly extensionOrigin: string;
  /** Serve `html` at this URL (query string and hash ignored unless `exact`). */
  serve(url: string, html: string | (() => string)): void;
  /** Serve a fixture file from test/fixtures at its URL. */
  serveFile(url: string, file: string): Promise<void>;
  open(url: string): Promise<TabHandle>;
  openExtensionPage(path: string, opts?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<TabHandle>;
  /** All records of an IndexedDB store of the extension's `baskets` database. */
  readStore<T = Record<string, unknown>>(store: string): Promise<T[]>;
  /** Runs a function in an extension page (same origin as the extension's IndexedDB and APIs). */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Console errors and uncaught exceptions seen in extension pages. */
  readonly consoleErrors: string[];
  /** Requests made by the extension itself (its pages, worker or content scripts) to anything but itself. */
  readonly extensionRequests: string[];
  /** Requests to job-site URLs that nothing was set up to serve (answered 404). */
  readonly unserved: string[];
  close(): Promise<void>;
}

function keyOf(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`.replace(/\/$/, '');
}

class Routes {
  private exact = new Map<string, string | (() => string)>();
  set(url: string, html: string | (() => string)) {
    this.exact.set(keyOf(url), html);
  }
  get(url: string): string | undefined {
    let key: string;
    try {
      key = keyOf(url);
    } catch {
      return undefined;
    }
    const hit = this.exact.get(key);
    return typeof hit === 'function' ? hit() : hit;
  }
}

export function fixture(file: string): Promise<string> {
  return readFile(join(ROOT, 'test/fixtures', file), 'utf8');
}

/**
 * The build under test: this checkout's dist/, or the one $BASKETS_DIST names (a folder holding chrome/
 * and firefox/), to run the same tests against another build, e.g. the old one.
 */
function distDir(browser: BrowserName): string {
  const base = process.env.BASKETS_DIST ? resolve(process.env.BASKETS_DIST) : join(ROOT, 'dist');
  const dir = join(base, browser === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  }
  return dir;
}

export interface LaunchOptions {
  /** Reuse this Chromium profile folder (kept on close), to test that data survives a browser restart. */
  profileDir?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Harness> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox();
}

// ---------------------------------------------------------------- Chromium (playwright-core)

function pwTab(page: PwPage): TabHandle {
  return {
    raw: page,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    click: (s) => page.click(s),
    type: (s, t) => page.fill(s, t),
    press: (k) => page.keyboard.press(k),
    waitFor: async (s, timeout = 10_000) => {
      await page.waitForSelector(s, { timeout, state: 'attached' });
    },
    text: async (s) => (await page.textContent(s)) ?? '',
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    url: () => page.url(),
    close: () => page.close(),
  };
}

async function launchChromium({ profileDir }: LaunchOptions): Promise<Harness> {
  const ext = distDir('chromium');
  const profile = profileDir ?? (await mkdtemp(join(tmpdir(), 'baskets-chromium-')));
  const routes = new Routes();
  const consoleErrors: string[] = [];
  const extensionRequests: string[] = [];
  const unserved: string[] = [];
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(ext),
    viewport: { width: 1280, height: 800 },
  });
  let sw: Worker | undefined = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const swUrl = new URL(sw.url());
  const extensionOrigin = `${swUrl.protocol}//${swUrl.host}`;

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    let frameUrl = '';
    try {
      frameUrl = req.frame?.()?.url() ?? '';
    } catch {
      // Service-worker requests have no frame, nor has a window.open navigation yet.
    }
    if (frameUrl.startsWith('chrome-extension:') || req.serviceWorker()) extensionRequests.push(url);
    const html = routes.get(url);
    if (html !== undefined && req.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (req.resourceType() === 'document') unserved.push(url);
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
  const watch = (page: PwPage) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' && page.url().startsWith(extensionOrigin)) consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      if (page.url().startsWith(extensionOrigin)) consoleErrors.push(`${page.url()}: ${err.message}`);
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  // The welcome page opens once on install; close it so tests start from a known state.
  await new Promise((r) => setTimeout(r, 300));
  for (const p of context.pages()) if (p.url().startsWith(extensionOrigin)) await p.close();

  const harness: Harness = {
    name: 'chromium',
    extensionOrigin,
    consoleErrors,
    extensionRequests,
    unserved,
    serve: (url, html) => routes.set(url, html),
    serveFile: async (url, file) => routes.set(url, await fixture(file)),
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return pwTab(page);
    },
    openExtensionPage: async (path, opts = {}) => {
      const page = await context.newPage();
      if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
      if (opts.width && opts.height) await page.setViewportSize({ width: opts.width, height: opts.height });
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return pwTab(page);
    },
    readStore: (store) => harness.inExtension(readStoreInPage, store) as never,
    inExtension: async (fn, arg) => {
      const page = await context.newPage();
      try {
        await page.goto(`${extensionOrigin}/icons/icon-16.png`);
        return (await page.evaluate(fn as never, arg)) as never;
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await context.close().catch(() => undefined);
      if (!profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

// ---------------------------------------------------------------- Firefox (puppeteer-core, WebDriver BiDi)

function ppTab(page: PpPage): TabHandle {
  return {
    raw: page,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    click: (s) => page.click(s),
    type: async (s, t) => {
      await page.$eval(s, (el) => {
        (el as HTMLInputElement).value = '';
      });
      await page.type(s, t);
    },
    press: (k) => page.keyboard.press(k as never),
    waitFor: async (s, timeout = 10_000) => {
      await page.waitForSelector(s, { timeout });
    },
    text: async (s) => page.$eval(s, (el) => el.textContent ?? ''),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    url: () => page.url(),
    close: () => page.close(),
  };
}

async function launchFirefox(): Promise<Harness> {
  const ext = distDir('firefox');
  const routes = new Routes();
  const consoleErrors: string[] = [];
  const extensionRequests: string[] = [];
  const unserved: string[] = [];
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      // Grant optional permissions without a prompt (Firefox's own test pref): lets the any-site opt-in run headless.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(ext);

  const attach = async (page: PpPage) => {
    // Pages may call alert() (the hostile fixtures do): dismiss it, as Playwright does in Chromium.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) {
        return void req.continue().catch(() => undefined);
      }
      if (page.url().startsWith('moz-extension:')) extensionRequests.push(url);
      const html = routes.get(url);
      if (html !== undefined && req.isNavigationRequest()) {
        return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
      }
      if (req.isNavigationRequest()) unserved.push(url);
      return void req.respond({ status: 404, contentType: 'text/plain', body: '' }).catch(() => undefined);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && page.url().startsWith('moz-extension:')) consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      if (page.url().startsWith('moz-extension:')) consoleErrors.push(`${page.url()}: ${(err as Error).message}`);
    });
  };

  const openExt = async (path: string, opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}) => {
    const page = await browser.newPage();
    if (opts.colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: opts.colorScheme }]);
    if (opts.width && opts.height) await page.setViewport({ width: opts.width, height: opts.height });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${(err as Error).message}`));
    // goto() to moz-extension:// never resolves under BiDi: start it, then wait for the document.
    void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
    // Polled by hand: while the document is being replaced, BiDi fails evaluations ("right-hand side
    // of 'in' should be an object"), and waitForFunction gives up on the first such failure.
    const end = Date.now() + 15_000;
    for (;;) {
      const state = await page.evaluate(() => `${location.protocol}|${document.readyState}`).catch(() => 'navigating');
      if (state === 'moz-extension:|complete') return page;
      if (Date.now() > end) throw new Error(`${path} did not load in Firefox (last state: ${state})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const harness: Harness = {
    name: 'firefox',
    extensionOrigin,
    consoleErrors,
    extensionRequests,
    unserved,
    serve: (url, html) => routes.set(url, html),
    serveFile: async (url, file) => routes.set(url, await fixture(file)),
    open: async (url) => {
      const page = await browser.newPage();
      await attach(page);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return ppTab(page);
    },
    openExtensionPage: async (path, opts) => ppTab(await openExt(path, opts)),
    readStore: (store) => harness.inExtension(readStoreInPage, store) as never,
    inExtension: async (fn, arg) => {
      // An HTML page, not the icon: BiDi sometimes cannot evaluate in Firefox's image documents.
      const page = await openExt('options.html');
      try {
        return (await page.evaluate(fn as never, arg)) as never;
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
  // Close the welcome tab opened on install.
  await new Promise((r) => setTimeout(r, 500));
  for (const p of await browser.pages()) if (p.url().startsWith('moz-extension:')) await p.close().catch(() => undefined);
  return harness;
}

/** Runs in an extension page: every record of one store of the `baskets` database (empty when it does not exist yet). */
function readStoreInPage(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('baskets');
    // Never create the database from a test: an empty v1 would skip the extension's own upgrade steps.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        return resolve([]);
      }
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** Waits until `check` returns a truthy value, polling; throws with `what` after the timeout. */
export async function until<T>(check: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}
