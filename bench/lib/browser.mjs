// Launches Debian Chromium the way test/e2e/harness.ts does (launchPersistentContext, --load-extension, same args),
// on a TEMPORARY copy of dist/chrome that also holds bench.html + bench.js (the bench entry bundled with the real
// src/db and src/core). The shipped build is never touched. A second connection over CDP to the same browser
// gives an off-the-record context, where extensions do not run: the "extension off" side of every paired run.
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../test/e2e/browsers.mjs';
import { sleep } from './stats.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist', 'chrome');

const BENCH_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baskets bench</title></head>
<body><p id="ready">bench</p><script src="bench.js"></script></body></html>
`;

/** Copies dist/chrome to a temp folder and adds bench.html + bench.js. Returns { dir, tmp }. */
export async function prepareExtension() {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST} is missing: run \`npm run build\` first.`);
  const tmp = await mkdtemp(join(tmpdir(), 'baskets-bench-'));
  const dir = join(tmp, 'ext');
  await cp(DIST, dir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'in-page.mjs')],
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    minify: true,
    outfile: join(dir, 'bench.js'),
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await writeFile(join(dir, 'bench.html'), BENCH_HTML);
  return { dir, tmp };
}

/** Same args as test/e2e/harness.ts, plus a debugging port so a second CDP client can open an off-the-record context. */
export async function launchBrowser(extDir, tmp) {
  const profile = join(tmp, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs(extDir), '--remote-debugging-port=0'],
    viewport: { width: 1280, height: 800 },
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;

  let port = '';
  for (let i = 0; i < 50 && !port; i++) {
    try {
      port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0].trim();
    } catch {
      await sleep(100);
    }
  }
  if (!port) throw new Error('Chromium did not report its debugging port.');
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const offContext = await cdpBrowser.newContext({ viewport: { width: 1280, height: 800 } });

  // The welcome page opens on install: close it so nothing else runs while we measure.
  await sleep(500);
  for (const p of context.pages()) if (p.url().startsWith(extensionOrigin)) await p.close();

  const routes = new Map();
  const handler = async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const u = new URL(url);
    const hit = routes.get(`${u.origin}${u.pathname}`.replace(/\/$/, ''));
    if (hit && request.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: hit.headers, body: hit.body });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  };
  await context.route('**/*', handler);
  await offContext.route('**/*', handler);

  return {
    context,
    offContext,
    extensionOrigin,
    port,
    /** Serve `body` at `url` (query and fragment ignored) with optional extra headers. */
    serve(url, body, headers = {}) {
      const u = new URL(url);
      routes.set(`${u.origin}${u.pathname}`.replace(/\/$/, ''), { body, headers });
    },
    /** The extension's service worker (Playwright Worker). */
    serviceWorker: () => context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin)),
    /** An extension page of the temp build, e.g. 'bench.html'. */
    async openExtensionPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await cdpBrowser.close().catch(() => undefined);
      await context.close().catch(() => undefined);
    },
  };
}

export async function removeTemp(tmp) {
  await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
}

/** Performance.getMetrics as an object, thread CPU time (timeDomain threadTicks must be set on enable). */
export async function metrics(session) {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits until ScriptDuration has not moved for `stablePolls` polls `everyMs` apart; returns the last metrics. */
export async function quiet(session, { everyMs = 200, stablePolls = 3, maxMs = 15_000 } = {}) {
  const end = Date.now() + maxMs;
  let last = await metrics(session);
  let stable = 0;
  while (stable < stablePolls && Date.now() < end) {
    await sleep(everyMs);
    const m = await metrics(session);
    if (m.ScriptDuration === last.ScriptDuration) stable++;
    else stable = 0;
    last = m;
  }
  return last;
}
