// Page cost of the content script on the largest real pages of the shared corpus, at rest and under DOM churn.
// Three conditions per run, taken side by side in one browser and in a rotating order:
//   off   — an off-the-record context: no extension runs there;
//   on    — the persistent context with Baskets loaded (its content script for that site matches the real URL);
//           at rest it has only listened (those sites rest until the user acts); under churn it is awake;
//   naive — the off context plus a detector that reads document.body.innerText on every mutation.
// Cost = main-thread ScriptDuration (CDP Performance.getMetrics, timeDomain threadTicks = thread CPU time) of the
// condition minus that of `off` in the same run; the figure is the median of those paired differences.
// The page's own scripts are disabled with a `script-src 'none'` CSP header (content scripts and CDP-evaluated
// code are not subject to the page's CSP): the corpus pages cannot reach their servers anyway, and without them the
// "off" side is ~0 ms, so the difference is the extension's own time rather than noise in the page's scripts.
// Under churn the page's DOM is rewritten through CDP (see `churn`), so the "off" side stays ~0 ms there too.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { metrics, quiet } from './lib/browser.mjs';
import { pairedMedian, median, round, sleep } from './lib/stats.mjs';

export const PAGES = [
  { name: 'Indeed SERP 900 KB', file: 'indeed/serp-frontend-egypt-with-viewjob-pane-aceone-php-dev.TRIMMED-CSS.html' },
  { name: 'LinkedIn listing', file: 'linkedin/guest-jobs-search-amazon-india-listing-with-topcard.html' },
  { name: 'Workday form', file: 'workday/workday-inc-sr-services-exec-montreal-applyform-myexperience.html' },
];

export const CHURN_REWRITES = 500;
export const CHURN_INTERVAL_MS = 10;

const NAIVE = await readFile(join(import.meta.dirname, 'lib', 'naive-detector.js'), 'utf8');

/** Markup of one job card in the churning list (a results list being refreshed, as job boards do). */
const card = (n) => `<li><a href="#job-${n}">Software Engineer ${n}</a> Company ${n % 7} · Remote · ${n} minutes ago</li>`;

/**
 * The region the churn rewrites: a list of ten job cards appended to the page's <main>. Evaluated in the page's
 * main world BEFORE the measured window, so creating it is not part of the figure.
 */
export function churnSetup(cards) {
  const box = document.createElement('div');
  box.id = 'bench-churn';
  box.innerHTML = `<ul>${cards.join('')}</ul>`;
  (document.querySelector('main') ?? document.body).append(box);
}

/** Puts the churn region into the page (main world, through CDP); call before the measured window opens. */
export async function prepareChurn(tab) {
  await tab.evaluate(
    churnSetup,
    Array.from({ length: 10 }, (_, i) => card(i)),
  );
}

/**
 * The churn itself: `count` rewrites, one every `interval` ms, each replacing one of the ten cards with fresh markup.
 * It is driven from outside the page, through CDP's DOM domain (DOM.setOuterHTML), not by a script in the page: the
 * DOM changes and every MutationObserver in the page sees them exactly as if the page's own script had made them,
 * but the driver adds no script time of its own. An in-page driver (setInterval + replaceWith) cost 53–93 ms of
 * script time per 500 rewrites and varied by ±15 ms between identical runs, which hid a cost of a few ms; with
 * this driver the page alone reads 0.00 ms and what remains is the observers' own time.
 * Resolves with the wall time it took.
 */
export async function churn(session, { count, interval }) {
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const t0 = performance.now();
  try {
    for (let n = 0; n < count; n++) {
      const { nodeId } = await session.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: `#bench-churn li:nth-child(${(n % 10) + 1})`,
      });
      if (!nodeId) throw new Error('The churn region is gone from the page.');
      await session.send('DOM.setOuterHTML', { nodeId, outerHTML: card(n + 10) });
      const wait = t0 + (n + 1) * interval - performance.now();
      if (wait > 0) await sleep(wait);
    }
  } finally {
    await session.send('DOM.disable').catch(() => undefined);
  }
  return performance.now() - t0;
}

async function one(browser, page, condition, withChurn) {
  const ctx = condition === 'on' ? browser.context : browser.offContext;
  const tab = await ctx.newPage();
  try {
    if (condition === 'naive') await tab.addInitScript({ content: NAIVE });
    const session = await ctx.newCDPSession(tab);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metrics(session);
    await tab.goto(page.url, { waitUntil: 'load' });
    const m1 = await quiet(session);
    const out = { rest: (m1.ScriptDuration - m0.ScriptDuration) * 1000 };
    if (withChurn) {
      // Churn is measured with the watcher awake: a key press first (on LinkedIn, Workday and Indeed the
      // content script does nothing but listen until the user acts, so a page merely opened would cost
      // nothing under churn either). The key press and what it starts are settled before the churn begins.
      await tab.keyboard.press('Tab');
      await prepareChurn(tab);
      await quiet(session, { everyMs: 250, stablePolls: 3 });
      // A garbage collection left over from loading the 900 KB page would otherwise land in the middle of the
      // churn on one side of a pair and not the other.
      await session.send('HeapProfiler.collectGarbage');
      const m1b = await quiet(session, { everyMs: 250, stablePolls: 2 });
      out.churnWallMs = await churn(session, { count: CHURN_REWRITES, interval: CHURN_INTERVAL_MS });
      // Baskets evaluates at most every 250 ms after a mutation: wait well past that.
      const m2 = await quiet(session, { everyMs: 250, stablePolls: 3 });
      out.churn = (m2.ScriptDuration - m1b.ScriptDuration) * 1000;
    }
    await session.detach().catch(() => undefined);
    return out;
  } finally {
    await tab.close();
  }
}

const ORDERS = [
  ['off', 'on', 'naive'],
  ['on', 'naive', 'off'],
  ['naive', 'off', 'on'],
];

/**
 * Returns figures for every page. `restRuns` paired runs at rest; the first `churnRuns` of them also churn.
 */
export async function measurePageCost(browser, corpusDir, { restRuns, churnRuns, naiveChurnRuns, churnPages, log }) {
  const figures = [];
  const details = {};
  if (!existsSync(join(corpusDir, 'labels.json'))) {
    log(`SKIP page cost: the corpus folder ${corpusDir} is absent (expected ../shared/corpus from the repository root).`);
    return { figures, details, skipped: true };
  }
  const labels = JSON.parse(await readFile(join(corpusDir, 'labels.json'), 'utf8'));
  for (const p of PAGES) {
    const label = labels.find((l) => l.file === p.file);
    const path = join(corpusDir, p.file);
    if (!label || !existsSync(path)) {
      log(`SKIP ${p.name}: ${p.file} is not in the corpus.`);
      continue;
    }
    const html = await readFile(path, 'utf8');
    const page = { ...p, url: label.url, churn: !churnPages || churnPages.includes(p.name) };
    browser.serve(page.url, html, { 'content-security-policy': "script-src 'none'" });
    // Warm-up: first compile, first disk-cache use of the extension's files, first route.
    for (const c of ['on', 'off']) await one(browser, page, c, false);

    const runs = {
      off: { rest: [], churn: [], churnWallMs: [] },
      on: { rest: [], churn: [], churnWallMs: [] },
      naive: { rest: [], churn: [], churnWallMs: [] },
    };
    const churnPairs = page.churn === false ? 0 : churnRuns;
    for (let i = 0; i < restRuns; i++) {
      for (const c of ORDERS[i % ORDERS.length]) {
        // Churn on the first runs (the naive detector on as many of them as `naiveChurnRuns` asks: one in --quick).
        const withChurn = i < churnPairs && (c !== 'naive' || i < naiveChurnRuns);
        const r = await one(browser, page, c, withChurn);
        runs[c].rest.push(r.rest);
        if (withChurn) {
          runs[c].churn.push(r.churn);
          runs[c].churnWallMs.push(Math.round(r.churnWallMs));
        }
      }
      const churned = i < churnPairs;
      log(
        `  ${p.name} run ${i + 1}/${restRuns}: rest on ${runs.on.rest.at(-1).toFixed(2)} / off ${runs.off.rest.at(-1).toFixed(2)} / naive ${runs.naive.rest.at(-1).toFixed(2)} ms` +
          (churned
            ? `; churn on ${runs.on.churn.at(-1).toFixed(1)} / off ${runs.off.churn.at(-1).toFixed(1)}${i < naiveChurnRuns ? ` / naive ${runs.naive.churn.at(-1).toFixed(1)}` : ''} ms`
            : ''),
      );
      await sleep(50);
    }
    const rest = pairedMedian(runs.on.rest, runs.off.rest);
    const restNaive = pairedMedian(runs.naive.rest, runs.off.rest);
    const churnCost = pairedMedian(runs.on.churn, runs.off.churn);
    const churnNaive = pairedMedian(runs.naive.churn, runs.off.churn);
    figures.push({ name: `Page cost at rest: ${p.name}`, value: round(rest.median, 3), unit: 'ms', budget: 0.5 });
    if (churnPairs > 0) {
      figures.push(
        {
          name: `Page cost under churn, awake: ${p.name} (${CHURN_REWRITES} rewrites)`,
          value: round(churnCost.median, 2),
          unit: 'ms',
          budget: 20,
        },
        { name: `Page cost per rewrite, awake: ${p.name}`, value: round(churnCost.median / CHURN_REWRITES, 4), unit: 'ms', budget: 0.04 },
      );
    }
    figures.push({ name: `Naive baseline at rest: ${p.name}`, value: round(restNaive.median, 2), unit: 'ms', budget: null });
    if (churnPairs > 0)
      figures.push({ name: `Naive baseline under churn: ${p.name}`, value: round(churnNaive.median, 1), unit: 'ms', budget: null });
    // A ratio needs a cost to divide by: at or below zero (within noise of the page alone) there is none to state.
    const ratio = (naive, ours) => (ours > 0.01 ? round(naive / ours, 1) : Number.NaN);
    figures.push({ name: `Naive / Baskets at rest: ${p.name}`, value: ratio(restNaive.median, rest.median), unit: '×', budget: null });
    if (churnPairs > 0)
      figures.push({
        name: `Naive / Baskets under churn: ${p.name}`,
        value: ratio(churnNaive.median, churnCost.median),
        unit: '×',
        budget: null,
      });
    details[p.name] = {
      url: page.url,
      bytes: html.length,
      runs,
      pairedDiffs: { rest: rest.diffs, restNaive: restNaive.diffs, churn: churnCost.diffs, churnNaive: churnNaive.diffs },
      offMedian: { rest: median(runs.off.rest), churn: median(runs.off.churn) },
    };
  }
  return { figures, details, skipped: false };
}
