// `npm run bench` (after node build.mjs): measures the production bundles in Debian Chromium, the e2e setup.
//   node bench/run.mjs           full run (a few minutes)
//   node bench/run.mjs --quick   fewer runs, for CI
// Prints a table, writes bench/results.json ({ figures: [{ name, value, unit, budget, pass }] }) and exits 1 when a
// budget is missed, 2 when the bench itself broke. Figures with budget null are reported only. Not part of `npm test`.
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DIST, ROOT, launchBrowser, prepareExtension, removeTemp } from './lib/browser.mjs';
import { median, round, sleep } from './lib/stats.mjs';
import { measurePageCost } from './page-cost.mjs';
import { measureCapture } from './capture.mjs';
import { addMailScript, measureMail } from './mail.mjs';
import { measureDashboard, measureDashboardScroll, measurePopup, measurePopupMemory, measureServiceWorkerMemory } from './ui.mjs';

const QUICK = process.argv.includes('--quick');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const RUNS = QUICK
  ? {
      restPairs: 3,
      churnPairs: 2,
      naiveChurn: 1,
      churnPages: ['Indeed SERP 900 KB'],
      capture: 2,
      mail: 2,
      popup: 5,
      dashboard: 2,
      imports: 1,
      exports: 3,
      compute: 20,
      scrollMs: 20_000,
    }
  : {
      restPairs: 4,
      churnPairs: 3,
      naiveChurn: 3,
      churnPages: null,
      capture: 5,
      mail: 5,
      popup: 7,
      dashboard: 5,
      imports: 3,
      exports: 5,
      compute: 50,
      scrollMs: 20_000,
    };

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
const figures = [];
const details = { mode: QUICK ? 'quick' : 'full', runs: RUNS };

function add(figure) {
  let pass = null;
  if (figure.budget != null) pass = Number.isFinite(figure.value) && figure.value <= figure.budget;
  figures.push({ ...figure, pass });
}

/** Raw and gzip size of every bundle in dist/chrome. */
async function bundleSizes() {
  // Content scripts: content.js, or one content-<site>.js per site; each is what a job page loads.
  const budgetOf = (file) => (/^content(?:-[a-z0-9]+)?\.js$/.test(file) ? 12 : file === 'popup.js' ? 40 : null);
  const files = (await readdir(DIST)).filter((f) => f.endsWith('.js')).sort();
  details.bundles = {};
  let largestContent = 0;
  for (const file of files) {
    const code = await readFile(join(DIST, file));
    const gz = gzipSync(code, { level: 9 }).length;
    details.bundles[file] = { raw: code.length, gzip: gz };
    const perSite = /^content-[a-z0-9]+\.js$/.test(file);
    // Per-site content scripts: gzip per file (the budget), raw only for the largest, to keep the table short.
    if (perSite) largestContent = Math.max(largestContent, code.length);
    else add({ name: `Bundle ${file}, raw`, value: round(code.length / 1024, 1), unit: 'KB', budget: null });
    add({ name: `Bundle ${file}, gzip`, value: round(gz / 1024, 1), unit: 'KB', budget: budgetOf(file) });
  }
  if (largestContent) add({ name: 'Bundle content-*.js, largest raw', value: round(largestContent / 1024, 1), unit: 'KB', budget: null });
}

function printTable() {
  const rows = figures.map((f) => [
    f.name,
    `${Number.isFinite(f.value) ? f.value : 'n/a'} ${f.unit}`,
    f.budget == null ? '—' : `≤ ${f.budget} ${f.unit}`,
    f.pass === null ? 'report' : f.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['Figure', 'Value', 'Budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  details.loadBefore = loadavg()[0];
  log(`Baskets bench (${QUICK ? 'quick' : 'full'}); load average ${details.loadBefore.toFixed(1)} on ${cpus().length} cores`);
  if (details.loadBefore > cpus().length) log('WARNING: the machine is busy; wall-clock figures (render, import, scroll) will read high.');
  await bundleSizes();

  const { dir, tmp } = await prepareExtension();
  await addMailScript(dir);
  let browser;
  try {
    browser = await launchBrowser(dir, tmp);
    log(`Chromium up, extension ${browser.extensionOrigin}`);
    const bench = await browser.openExtensionPage('bench.html');
    await bench.waitForFunction(() => !!globalThis.bench);
    await bench.evaluate(() => globalThis.bench.clear());

    // 1. Page cost, at rest and under churn, against the naive baseline.
    log('Page cost on the corpus pages (paired runs: extension off / on / naive detector)…');
    const cost = await measurePageCost(browser, CORPUS, {
      restRuns: RUNS.restPairs,
      churnRuns: RUNS.churnPairs,
      naiveChurnRuns: RUNS.naiveChurn,
      churnPages: RUNS.churnPages,
      log,
    });
    cost.figures.forEach(add);
    details.pageCost = cost.details;

    // 2. Capture latency.
    log('Capture latency…');
    const capture = await measureCapture(browser, bench, { runs: RUNS.capture, log });
    capture.figures.forEach(add);
    details.capture = capture.details;

    // 2b. The mail content script on an open message (opted in), and at rest.
    log('Mail content script…');
    const mail = await measureMail(browser, bench, { runs: RUNS.mail, log });
    mail.figures.forEach(add);
    details.mail = mail.details;

    // 3. Popup at 0 and 1,000.
    details.popup = {};
    for (const count of [0, 1000]) {
      await bench.evaluate((n) => globalThis.bench.seed(n), count);
      const p = await measurePopup(browser, RUNS.popup, count);
      add(p.figure);
      details.popup[count] = p.runs;
      log(`Popup first render at ${count}: ${p.figure.value} ms`);
    }

    // 4. Import 10,000 from JSON (each run into an empty store); the last run leaves the 10,000 in place.
    const imports = [];
    for (let i = 0; i < RUNS.imports; i++) imports.push(await bench.evaluate((n) => globalThis.bench.importRun(n), 10_000));
    add({
      name: 'Import of 10,000 from JSON (preview + commit)',
      value: round(median(imports.map((r) => r.total)) / 1000, 2),
      unit: 's',
      budget: 3,
    });
    details.import = imports;
    // The floor under the commit: the same number of raw IndexedDB puts in one transaction (not a Baskets figure).
    const floor = [];
    for (let i = 0; i < RUNS.imports; i++) floor.push((await bench.evaluate((n) => globalThis.bench.seed(n), 10_000)).ms);
    add({ name: 'IndexedDB floor: raw put of 10,000 in one transaction', value: round(median(floor) / 1000, 2), unit: 's', budget: null });
    details.importFloor = floor;
    log(
      `Import: ${imports.map((r) => `${r.total.toFixed(0)} ms (preview ${r.preview.toFixed(0)}, commit ${r.commit.toFixed(0)})`).join(', ')}`,
    );

    // 5. At 10,000: popup, dashboard, export, Plan-B and stats, memory.
    const p = await measurePopup(browser, RUNS.popup, 10_000);
    add(p.figure);
    details.popup[10000] = p.runs;
    log(`Popup first render at 10,000: ${p.figure.value} ms`);

    details.popupReads = await bench.evaluate(() => globalThis.bench.popupReads());
    log(`Popup reads at 10,000: ${JSON.stringify(details.popupReads, (k, v) => (typeof v === 'number' ? round(v, 1) : v))}`);

    const d = await measureDashboard(browser, RUNS.dashboard);
    add(d.figure);
    details.dashboard = d.runs;
    log(`Dashboard first render at 10,000: ${d.figure.value} ms`);

    const scroll = await measureDashboardScroll(browser, 10_000, RUNS.scrollMs);
    details.dashboardScroll = scroll;
    const reached = scroll.rows >= 10_000;
    add({
      name: `Dashboard scroll top→bottom, 10,000: time${reached ? '' : ` (stopped at ${RUNS.scrollMs / 1000} s)`}`,
      value: round(scroll.ms / 1000, 1),
      unit: 's',
      budget: null,
    });
    add({ name: 'Dashboard scroll: rows loaded', value: scroll.rows, unit: 'rows', budget: null });
    add({ name: 'Dashboard scroll: one 50-row page, first 10 pages', value: round(scroll.firstPagesMs, 0), unit: 'ms', budget: null });
    add({ name: 'Dashboard scroll: one 50-row page, last 10 pages', value: round(scroll.lastPagesMs, 0), unit: 'ms', budget: null });
    add({ name: 'Dashboard scroll: longest frame', value: round(scroll.longestFrame, 0), unit: 'ms', budget: null });
    log(
      `Dashboard scroll: ${scroll.rows} rows in ${scroll.ms.toFixed(0)} ms (${scroll.reason}), longest frame ${scroll.longestFrame.toFixed(0)} ms`,
    );

    const exports = [];
    for (let i = 0; i < RUNS.exports + 1; i++) exports.push(await bench.evaluate(() => globalThis.bench.exportRun()));
    exports.shift();
    add({ name: 'Export of 10,000 to CSV', value: round(median(exports.map((r) => r.ms)), 0), unit: 'ms', budget: 1000 });
    details.export = exports;

    const firstPage = await bench.evaluate((n) => globalThis.bench.firstPageRuns(n), RUNS.exports);
    add({ name: 'List: first page of 50 at 10,000 (appliedAt index)', value: round(median(firstPage.ms), 1), unit: 'ms', budget: 50 });
    details.firstPage = firstPage;

    const compute = await bench.evaluate((n) => globalThis.bench.computeRuns(n), RUNS.compute);
    add({
      name: `Plan-B spread (analyzeSpread) over ${compute.records.toLocaleString('en')}`,
      value: round(median(compute.spread), 2),
      unit: 'ms',
      budget: 5,
    });
    add({
      name: `Stats (computeStats) over ${compute.records.toLocaleString('en')}`,
      value: round(median(compute.stats), 2),
      unit: 'ms',
      budget: 5,
    });
    add({ name: 'Plan-B spread + stats together', value: round(median(compute.both), 2), unit: 'ms', budget: null });
    details.compute = compute;

    // Memory: let the background see the 10,000 (data-changed recomputes its badge), then GC and read the heaps.
    await bench.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }).catch(() => undefined));
    await sleep(1000);
    add({
      name: 'Memory: service worker JS heap at 10,000 (after GC)',
      value: round(await measureServiceWorkerMemory(browser), 1),
      unit: 'MB',
      budget: null,
    });
    add({
      name: 'Memory: popup JS heap at 10,000 (after GC)',
      value: round(await measurePopupMemory(browser), 1),
      unit: 'MB',
      budget: null,
    });

    await bench.evaluate(() => globalThis.bench.clear());
    await bench.close();
    details.loadAfter = loadavg()[0];
  } finally {
    await browser?.close();
    await removeTemp(tmp);
  }
}

let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
  console.error(`\nbench stopped: ${error?.stack ?? error}`);
}
printTable();
const failed = figures.filter((f) => f.pass === false);
await writeFile(
  join(ROOT, 'bench', 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      seconds: round((Date.now() - started) / 1000, 0),
      error: crashed ? String(crashed.message ?? crashed) : undefined,
      figures,
      details,
    },
    null,
    2,
  ) + '\n',
);
console.log(
  `\n${figures.length} figures, ${failed.length} over budget${failed.length ? `: ${failed.map((f) => f.name).join('; ')}` : ''}. Wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores).`,
);
// 2 when the bench itself broke, 1 when it ran and a budget was missed (CI tells the two apart).
process.exit(crashed ? 2 : failed.length ? 1 : 0);
