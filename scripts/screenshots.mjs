// `npm run screenshots`: builds the extension, loads dist/chrome into Debian's Chromium, brings in a realistic demo
// search through the dashboard's real import (test/demo/demo-search.csv, a CSV as another tracker exports it), then
// writes PNGs of every surface in light and dark to dist/screenshots/<surface>-<view>-<light|dark>.png: the popup at
// 380×560, every dashboard view at 1280×800 (the views are read from src/ui/dashboard/hash.ts, so a new view gets
// its screenshots without a change here), the options page and the welcome page. For the review and the store
// listings. Nothing is loaded from the web: every request that is not the extension's own is answered 404.
//
// The demo CSV's dates are real dates; before the import they are all moved by the same number of days, so the
// search always ends yesterday (a search that ended months ago would show nothing "this week"). Trackers export no
// lessons column Baskets reads, so the lessons written in the CSV's last three columns are stored afterwards, on
// the imported records, straight in the extension's IndexedDB.
//
// Exits non-zero, saying what failed, when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const OUT = join(root, 'dist/screenshots');
const CSV = join(root, 'test/demo/demo-search.csv');
const POPUP = { width: 380, height: 560 };
const WIDE = { width: 1280, height: 800 };
const SCHEMES = ['light', 'dark'];
const DAY = 86_400_000;

/** The dashboard's views, from the one list the dashboard itself uses. */
async function dashboardViews() {
  const source = await readFile(join(root, 'src/ui/dashboard/hash.ts'), 'utf8');
  const list = /export const VIEWS\s*=\s*\[([^\]]*)\]/.exec(source)?.[1];
  const views = list ? [...list.matchAll(/['"]([\w-]+)['"]/g)].map((m) => m[1]) : [];
  if (views.length === 0) throw new Error('Could not read the dashboard views (export const VIEWS = [...]) from src/ui/dashboard/hash.ts.');
  return views;
}

/** Every ISO date (YYYY-MM-DD) in the CSV moved by the same number of days, so the newest application is yesterday. */
function shiftDates(csv, now = Date.now()) {
  const [header, ...rows] = csvRows(csv);
  const dateColumn = header.findIndex((h) => /^date applied$/i.test(h.trim()));
  const applied = rows.map((r) => Date.parse(`${r[dateColumn]}T00:00:00Z`)).filter(Number.isFinite);
  if (dateColumn < 0 || applied.length !== rows.length)
    throw new Error(`${relative(root, CSV)} needs a "Date Applied" column with an ISO date on every line.`);
  const newest = Math.max(...applied);
  const today = Math.floor(now / DAY) * DAY;
  const shift = Math.round((today - DAY - newest) / DAY) * DAY;
  return csv.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y, m, d) => new Date(Date.UTC(+y, +m - 1, +d) + shift).toISOString().slice(0, 10));
}

/** Minimal CSV reading for the demo file's lessons columns (quoted cells, no newlines inside cells). */
function csvRows(text) {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            cell += '"';
            i++;
          } else if (c === '"') quoted = false;
          else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      cells.push(cell);
      return cells;
    });
}

function demoLessons(csv) {
  const [header, ...rows] = csvRows(csv);
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [company, title, date, wentWell, couldImprove, feedback] = [
    'company',
    'position',
    'date applied',
    'what went well',
    'what could improve',
    'feedback',
  ].map(col);
  if ([company, title, date, wentWell, couldImprove, feedback].some((i) => i < 0))
    throw new Error(`${relative(root, CSV)}: missing a lessons column.`);
  return rows
    .filter((r) => r[wentWell] || r[couldImprove] || r[feedback])
    .map((r) => ({
      company: r[company],
      title: r[title],
      day: r[date],
      lessons: { wentWell: r[wentWell], couldImprove: r[couldImprove], feedback: r[feedback] },
    }));
}

/** In an extension page: every application record (raw IndexedDB, the extension's own database). */
function readApplications() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('baskets');
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('applications')) {
        db.close();
        return resolve([]);
      }
      const all = db.transaction('applications').objectStore('applications').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/**
 * In an extension page: writes the lessons onto the imported record with that company, title and day applied, and
 * a next step on the interviews and the offer; returns how many records got lessons.
 */
function writeLessons(items) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('baskets');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('applications', 'readwrite');
      const store = tx.objectStore('applications');
      let written = 0;
      const all = store.getAll();
      all.onsuccess = () => {
        // Trackers' CSVs carry no next step either: the interviews and the offer get one, so "Coming up" shows.
        const day = 86_400_000;
        const at = (days, hour) => {
          const d = new Date(Date.now() + days * day);
          d.setHours(hour, 0, 0, 0);
          return d.toISOString();
        };
        let interviews = 0;
        for (const record of all.result) {
          const next = { ...record };
          if (record.status === 'interviewing') {
            interviews += 1;
            next.nextStep = interviews === 1 ? 'Portfolio review with the design team' : 'Final interview with the head of design';
            next.nextStepAt = at(interviews === 1 ? 2 : 6, interviews === 1 ? 10 : 15);
          } else if (record.status === 'offer') {
            next.nextStep = 'Decide on the offer';
            next.nextStepAt = at(5, 17);
          }
          const hit = items.find((i) => i.company === record.company && i.title === record.title && record.appliedAt.startsWith(i.day));
          if (hit) {
            next.lessons = hit.lessons;
            written += 1;
          }
          if (hit || next.nextStep) store.put({ ...next, updatedAt: new Date().toISOString() });
        }
      };
      tx.oncomplete = () => {
        db.close();
        resolve(written);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The page has rendered and nothing says it is still loading. */
async function settle(page, what) {
  await page
    .waitForFunction(
      () => {
        const app = document.getElementById('app');
        if (!app || app.childElementCount === 0) return false;
        return ![...document.querySelectorAll('[role="status"], [aria-busy="true"]')].some(
          (el) => el.getAttribute('aria-busy') === 'true' || /^\s*Loading\b/i.test(el.textContent ?? ''),
        );
      },
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => {
      throw new Error(`${what} did not finish rendering within 15 s.`);
    });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

async function main() {
  console.log('Building the extension (node build.mjs)…');
  const build = spawnSync(process.execPath, [join(root, 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');
  const ext = join(root, 'dist/chrome');
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error('dist/chrome/manifest.json is missing after the build.');
  const views = await dashboardViews();
  const csv = shiftDates(await readFile(CSV, 'utf8'));
  const lessons = demoLessons(csv);
  const expected = csvRows(csv).length - 1;

  const profile = await mkdtemp(join(tmpdir(), 'baskets-screenshots-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(ext),
      viewport: WIDE,
    });
    const errors = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(chrome-extension|data|blob):/.test(url)) return route.continue();
      errors.push(`a request to the web: ${url}`);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    const watch = (page) => {
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(`${page.url()}: ${msg.text()}`));
    };
    context.on('page', watch);
    // The welcome tab opens by itself on install; close it so every shot starts from its own page.
    await new Promise((r) => setTimeout(r, 500));
    for (const p of context.pages()) if (p.url().startsWith(origin)) await p.close();

    // 1. The demo search, through the dashboard's own import: choose the file, read the preview, confirm.
    console.log(`Importing ${relative(root, CSV)} (${expected} applications) through the dashboard's Import view…`);
    const page = await context.newPage();
    await page.goto(`${origin}/dashboard.html#view=import`, { waitUntil: 'load' });
    await settle(page, 'The dashboard import view');
    await page.setInputFiles('.import-panel input[type="file"]', {
      name: 'demo-search.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const confirm = page.locator('.import-preview button.btn-primary');
    await confirm.waitFor({ timeout: 15_000 });
    const preview = (await page.locator('.import-preview').textContent()) ?? '';
    if (!(await confirm.isEnabled())) throw new Error(`The import preview does not allow importing: ${preview.replace(/\s+/g, ' ')}`);
    await confirm.click();
    await page.getByText('Import finished').waitFor({ timeout: 15_000 });
    const stored = await page.evaluate(readApplications);
    if (stored.length !== expected) throw new Error(`The import stored ${stored.length} applications, expected ${expected}.`);
    const written = await page.evaluate(writeLessons, lessons);
    if (written !== lessons.length) throw new Error(`Lessons were written on ${written} records, expected ${lessons.length}.`);
    console.log(
      `Imported ${stored.length} applications at ${new Set(stored.map((r) => r.companyKey)).size} employers; lessons on ${written}.`,
    );

    // 2. Every surface, light and dark.
    const shots = [
      { surface: 'popup', view: 'list', path: 'popup.html', size: POPUP },
      ...views.map((v) => ({ surface: 'dashboard', view: v, path: `dashboard.html#view=${v}`, size: WIDE })),
      { surface: 'options', view: 'settings', path: 'options.html', size: WIDE },
      { surface: 'welcome', view: 'start', path: 'welcome.html', size: WIDE },
    ];
    await mkdir(OUT, { recursive: true });
    const files = [];
    for (const scheme of SCHEMES) {
      for (const shot of shots) {
        await page.setViewportSize(shot.size);
        await page.emulateMedia({ colorScheme: scheme });
        // A fresh document for each shot (a hash change alone keeps the last view's scroll and state).
        await page.goto('about:blank');
        await page.goto(`${origin}/${shot.path}`, { waitUntil: 'load' });
        await settle(page, `${shot.surface} ${shot.view} (${scheme})`);
        const file = join(OUT, `${shot.surface}-${shot.view}-${scheme}.png`);
        await page.screenshot({ path: file });
        files.push(file);
        console.log(`wrote ${relative(root, file)}`);
      }
    }
    if (errors.length) throw new Error(`The pages reported errors:\n${errors.join('\n')}`);
    console.log(`${files.length} screenshots in ${relative(root, OUT)}/`);
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`npm run screenshots failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
