// `npm start`: opens Chromium with the built extension on a demo job posting served at a real
// Greenhouse address from test/demo/ (request interception; nothing goes to the network).
// `npm start -- --headless`: applies to the demo job, prints the stored record and writes
// dist/demo/popup.png.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../e2e/browsers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const headless = process.argv.includes('--headless');
const POSTING = 'https://boards.greenhouse.io/baskets-demo/jobs/1';
const CONFIRMATION = 'https://boards.greenhouse.io/baskets-demo/jobs/1/confirmation';
const ext = join(root, 'dist/chrome');
if (!existsSync(join(ext, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(1);
}
const pages = {
  [POSTING]: await readFile(join(root, 'test/demo/posting.html'), 'utf8'),
  [CONFIRMATION]: await readFile(join(root, 'test/demo/confirmation.html'), 'utf8'),
};

const profile = await mkdtemp(join(tmpdir(), 'baskets-demo-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    args: chromiumArgs(ext),
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
} catch (err) {
  console.error(`Could not open Chromium${headless ? '' : ' with a window'}: ${err.message.split('\n')[0]}`);
  if (!headless) console.error('No display here? Try `npm start -- --headless`.');
  await rm(profile, { recursive: true, force: true });
  process.exit(1);
}

await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
  const key = url.split(/[?#]/)[0].replace(/\/$/, '');
  const html = pages[key];
  return html
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Baskets demo: only the demo job is served.' });
});

const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
await new Promise((r) => setTimeout(r, 500));
const page = await context.newPage();
for (const p of context.pages()) if (p !== page && p.url().startsWith(extensionOrigin) && headless) await p.close();
await page.goto(POSTING);

if (!headless) {
  console.log(`Demo posting open at ${POSTING}. Fill in the form and submit to watch Baskets capture it.`);
  console.log('Close the browser window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
  await rm(profile, { recursive: true, force: true });
  process.exit(0);
}

// Headless: apply as a user would.
await page.fill('#first_name', 'Ada');
await page.fill('#last_name', 'Lovelace');
await page.fill('#email', 'ada@example.org');
await Promise.all([page.waitForURL(CONFIRMATION), page.click('#submit_app')]);

const readRecords = () =>
  sw.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('baskets');
        req.onupgradeneeded = () => req.transaction.abort();
        req.onerror = () => resolve([]);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('applications')) return resolve([]);
          const all = db.transaction('applications').objectStore('applications').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );

let records = [];
for (let i = 0; i < 50 && records.length === 0; i++) {
  await new Promise((r) => setTimeout(r, 100));
  records = await readRecords();
}
if (records.length === 0) {
  console.error('No application was captured.');
  await context.close();
  await rm(profile, { recursive: true, force: true });
  process.exit(1);
}
console.log('Baskets stored this record:');
console.log(JSON.stringify(records[0], null, 2));

const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 560 });
await popup.goto(`${extensionOrigin}/popup.html`);
await popup.waitForSelector('#app > *');
await new Promise((r) => setTimeout(r, 500));
await mkdir(join(root, 'dist/demo'), { recursive: true });
await popup.screenshot({ path: join(root, 'dist/demo/popup.png') });
console.log('Popup screenshot: dist/demo/popup.png');
await context.close();
await rm(profile, { recursive: true, force: true });
