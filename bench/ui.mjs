// Popup and dashboard: first meaningful render, the dashboard's scroll to the bottom, and memory.
// First meaningful content is detected in the page by a MutationObserver installed before any script runs
// (addInitScript): the first moment a selector matches, then the next animation frame (the frame that paints it).
// The figure is that frame's time since navigation start (performance.now(), origin = navigation start).
import { median, round } from './lib/stats.mjs';

/** Popup: the first application row, or the empty state when there is nothing yet. */
export const POPUP_MEANINGFUL = '.popup-main .app-row, .popup-main .empty-state';
/** Dashboard: the first row of the applications table. */
export const DASHBOARD_MEANINGFUL = '.app-table tbody tr';

function firstRenderProbe(selector) {
  const state = { seen: null, frame: null };
  globalThis.__benchFirstRender = state;
  const check = () => {
    if (state.seen !== null || !document.querySelector(selector)) return false;
    state.seen = performance.now();
    requestAnimationFrame(() => {
      state.frame = performance.now();
    });
    return true;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
}

async function firstRender(browser, path, selector, viewport) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(firstRenderProbe, selector);
  await page.goto(`${browser.extensionOrigin}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => globalThis.__benchFirstRender?.frame != null, null, { timeout: 30_000 });
  const r = await page.evaluate(() => globalThis.__benchFirstRender);
  return { page, seen: r.seen, frame: r.frame };
}

export async function measurePopup(browser, runs, count) {
  const frames = [];
  for (let i = 0; i < runs + 1; i++) {
    const { page, frame } = await firstRender(browser, 'popup.html', POPUP_MEANINGFUL, { width: 380, height: 560 });
    if (i > 0) frames.push(frame);
    await page.close();
  }
  return {
    figure: {
      name: `Popup first render, ${count.toLocaleString('en')} applications`,
      value: round(median(frames), 0),
      unit: 'ms',
      budget: count === 10_000 ? 100 : null,
    },
    runs: frames,
  };
}

export async function measurePopupMemory(browser) {
  const { page } = await firstRender(browser, 'popup.html', POPUP_MEANINGFUL, { width: 380, height: 560 });
  await page.waitForTimeout(500);
  const session = await browser.context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await page.close();
  return used / 1024 / 1024;
}

export async function measureDashboard(browser, runs) {
  const frames = [];
  for (let i = 0; i < runs + 1; i++) {
    const { page, frame } = await firstRender(browser, 'dashboard.html', DASHBOARD_MEANINGFUL, { width: 1280, height: 800 });
    if (i > 0) frames.push(frame);
    await page.close();
  }
  return {
    figure: { name: 'Dashboard first render, 10,000 applications', value: round(median(frames), 0), unit: 'ms', budget: 300 },
    runs: frames,
  };
}

/**
 * In the dashboard: scroll the window to the bottom until every page is loaded; frame gaps recorded by rAF.
 * Rows are counted over all of the table's row groups (the table may hold one <tbody> per loaded page).
 */
function scrollToBottom({ expected, timeoutMs }) {
  return new Promise((resolve) => {
    const table = document.querySelector('.app-table');
    const rowCount = () => {
      let n = 0;
      for (const body of table.tBodies) n += body.rows.length;
      return n;
    };
    const t0 = performance.now();
    let last = t0;
    let longest = 0;
    const gaps = [];
    let running = true;
    const loads = []; // [rows, ms since start] each time rows arrive
    let lastRows = rowCount();
    const frame = (t) => {
      gaps.push(t - last);
      longest = Math.max(longest, t - last);
      last = t;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const finish = (reason) => {
      running = false;
      const sorted = [...gaps].sort((a, b) => a - b);
      const per = loads.map((l, i) => l[1] - (i ? loads[i - 1][1] : 0));
      const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
      resolve({
        ms: performance.now() - t0,
        rows: rowCount(),
        reason,
        longestFrame: longest,
        p95Frame: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        frames: gaps.length,
        pages: loads.length,
        firstPagesMs: mean(per.slice(0, 10)),
        lastPagesMs: mean(per.slice(-10)),
      });
    };
    const step = () => {
      if (rowCount() !== lastRows) {
        lastRows = rowCount();
        loads.push([lastRows, performance.now() - t0]);
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
      if (rowCount() >= expected) return finish('all rows');
      if (!document.querySelector('.load-more') && !document.querySelector('.app-table[aria-busy="true"]')) return finish('no more pages');
      if (performance.now() - t0 > timeoutMs) return finish('timeout');
      const mo = new MutationObserver(() => {
        mo.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(step);
      });
      mo.observe(table, { childList: true, subtree: true });
      const timer = setTimeout(() => {
        mo.disconnect();
        step();
      }, 1000);
    };
    step();
  });
}

export async function measureDashboardScroll(browser, expected, timeoutMs) {
  const { page } = await firstRender(browser, 'dashboard.html', DASHBOARD_MEANINGFUL, { width: 1280, height: 800 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(scrollToBottom, { expected, timeoutMs });
  await page.close();
  return r;
}

/** Service-worker heap (after a forced GC), read with puppeteer-core over the same debugging port. */
export async function measureServiceWorkerMemory(browser) {
  const puppeteer = (await import('puppeteer-core')).default;
  const pp = await puppeteer.connect({ browserURL: `http://127.0.0.1:${browser.port}`, defaultViewport: null });
  try {
    const target = await pp
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(browser.extensionOrigin), { timeout: 10_000 })
      .catch(() => null);
    if (!target) return Number.NaN;
    const session = await target.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach().catch(() => undefined);
    return usedSize / 1024 / 1024;
  } finally {
    await pp.disconnect();
  }
}
