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

/**
 * The page's own churn: a live region of the page replaced `count` times, every `interval` ms (a results list being
 * refreshed, as job boards do). Evaluated through CDP in the page's main world; resolves when the last rewrite is done.
 */
export function churn({ count, interval }) {
  return new Promise((resolve) => {
    const box = document.createElement('div');
    box.id = 'bench-churn';
    (document.querySelector('main') ?? document.body).append(box);
    const card = (n) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#job-${n}`;
      a.textContent = `Software Engineer ${n}`;
      li.append(a, ` Company ${n % 7} · Remote · ${n} minutes ago`);
      return li;
    };
    const list = document.createElement('ul');
    for (let i = 0; i < 10; i++) list.append(card(i));
    box.append(list);
    // Each rewrite replaces one of the 10 job cards with a fresh one (a live results list being refreshed).
    let n = 0;
    const timer = setInterval(() => {
      list.children[n % 10].replaceWith(card(n + 10));
      if (++n >= count) {
        clearInterval(timer);
        resolve(n);
      }
    }, interval);
  });
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
      await quiet(session, { everyMs: 250, stablePolls: 3 });
      // A garbage collection left over from loading the 900 KB page would otherwise land in the middle of the
      // churn on one side of a pair and not the other (the same churn read 66 to 101 ms with Baskets off).
      await session.send('HeapProfiler.collectGarbage');
      const m1b = await quiet(session, { everyMs: 250, stablePolls: 2 });
      await tab.evaluate(churn, { count: CHURN_REWRITES, interval: CHURN_INTERVAL_MS });
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

    const runs = { off: { rest: [], churn: [] }, on: { rest: [], churn: [] }, naive: { rest: [], churn: [] } };
    const churnPairs = page.churn === false ? 0 : churnRuns;
    for (let i = 0; i < restRuns; i++) {
      for (const c of ORDERS[i % ORDERS.length]) {
        // Churn on the first runs; the naive detector's churn cost is ~10× larger than the noise, so fewer runs.
        const withChurn = i < churnPairs && (c !== 'naive' || i < naiveChurnRuns);
        const r = await one(browser, page, c, withChurn);
        runs[c].rest.push(r.rest);
        if (withChurn) runs[c].churn.push(r.churn);
      }
      const churned = i < churnPairs;
      log(
        `  ${p.name} run ${i + 1}/${restRuns}: rest on ${runs.on.rest.at(-1).toFixed(2)} / off ${runs.off.rest.at(-1).toFixed(2)} / naive ${runs.naive.rest.at(-1).toFixed(2)} ms` +
          (churned ? `; churn on ${runs.on.churn.at(-1).toFixed(1)} / off ${runs.off.churn.at(-1).toFixed(1)}${i < naiveChurnRuns ? ` / naive ${runs.naive.churn.at(-1).toFixed(1)}` : ''} ms` : ''),
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
        { name: `Page cost under churn, awake: ${p.name} (${CHURN_REWRITES} rewrites)`, value: round(churnCost.median, 2), unit: 'ms', budget: 20 },
        { name: `Page cost per rewrite, awake: ${p.name}`, value: round(churnCost.median / CHURN_REWRITES, 4), unit: 'ms', budget: 0.04 },
      );
    }
    figures.push({ name: `Naive baseline at rest: ${p.name}`, value: round(restNaive.median, 2), unit: 'ms', budget: null });
    if (churnPairs > 0) figures.push({ name: `Naive baseline under churn: ${p.name}`, value: round(churnNaive.median, 1), unit: 'ms', budget: null });
    // A ratio needs a cost to divide by: at or below zero (within noise of the page alone) there is none to state.
    const ratio = (naive, ours) => (ours > 0.01 ? round(naive / ours, 1) : Number.NaN);
    figures.push({ name: `Naive / Baskets at rest: ${p.name}`, value: ratio(restNaive.median, rest.median), unit: '×', budget: null });
    if (churnPairs > 0) figures.push({ name: `Naive / Baskets under churn: ${p.name}`, value: ratio(churnNaive.median, churnCost.median), unit: '×', budget: null });
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
