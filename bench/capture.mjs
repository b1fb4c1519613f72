// Capture latency: from the confirmation appearing in the page to the record being committed in IndexedDB.
// Two real flows with the project's own fixtures, served at their real URLs, each after the user's real
// click on the form's submit button (a confirmation is recorded only after one):
//   - single-page app (Ashby): the form is replaced in place by the success state; t0 = the swap, in the page;
//   - page load (Greenhouse): the confirmation page loads; t0 = its DOMContentLoaded.
// An extension page polls the applications store (a read-only transaction every ~2 ms) and notes when the new record
// is visible, i.e. committed. Both ends use performance.timeOrigin + performance.now() (the same system clock).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './lib/browser.mjs';
import { median, round, sleep } from './lib/stats.mjs';

const fixture = (file) => readFile(join(ROOT, 'test/fixtures', file), 'utf8');
const meta = async (file) => JSON.parse(await fixture(file));

/** In the bench page: resolves with the epoch time (ms, fractional) at which the store first holds > `baseline` records. */
function waitForCommit({ baseline, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('baskets');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const end = performance.now() + timeoutMs;
      const poll = () => {
        const req = db.transaction('applications').objectStore('applications').count();
        req.onsuccess = () => {
          if (req.result > baseline) {
            db.close();
            resolve(performance.timeOrigin + performance.now());
          } else if (performance.now() > end) {
            db.close();
            resolve(null);
          } else setTimeout(poll, 2);
        };
        req.onerror = () => reject(req.error);
      };
      poll();
    };
  });
}

/**
 * The user's own click on the form's submit button: a confirmation becomes a record only after one in the
 * same tab. The page keeps the form to itself (its scripts would send it), so the flow stays on the form.
 */
async function clickSubmit(tab) {
  await tab.evaluate(() => {
    document.addEventListener('submit', (e) => e.preventDefault());
    for (const form of document.forms) form.noValidate = true;
  });
  await tab.click('form button[type="submit"]', { timeout: 5000 });
}

function swapIn(markup) {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  const nodes = [...parsed.body.childNodes].map((n) => document.importNode(n, true));
  const t0 = performance.timeOrigin + performance.now();
  document.title = parsed.title;
  document.body.replaceChildren(...nodes);
  return t0;
}

export async function measureCapture(browser, benchPage, { runs, log }) {
  const ashbyForm = await meta('ashby/application-form.json');
  const ashbyDone = await meta('ashby/success.json');
  const ghForm = await meta('greenhouse/form-newstyle.json');
  const ghDone = await meta('greenhouse/confirmation.json');
  const ashbySuccessHtml = await fixture('ashby/success.html');
  browser.serve(ashbyForm.url, await fixture('ashby/application-form.html'));
  browser.serve(ghForm.url, await fixture('greenhouse/form-newstyle.html'));
  browser.serve(ghDone.url, await fixture('greenhouse/confirmation.html'));
  if (ashbyForm.url !== ashbyDone.url) throw new Error('The Ashby fixtures are no longer one single-page flow.');

  const spa = [];
  const load = [];
  for (let i = 0; i < runs + 1; i++) {
    // Single-page app: the form, then its success state swapped in place.
    await benchPage.evaluate(() => globalThis.bench.clear());
    let tab = await browser.context.newPage();
    try {
      await tab.goto(ashbyForm.url, { waitUntil: 'load' });
      // A user fills the form (a key press wakes the content script of a page that rests until then).
      await tab.keyboard.press('Tab');
      await sleep(800); // the content script has started and settled on the form
      await clickSubmit(tab);
      const committed = benchPage.evaluate(waitForCommit, { baseline: 0, timeoutMs: 10_000 });
      const t0 = await tab.evaluate(swapIn, ashbySuccessHtml);
      const t1 = await committed;
      if (t1 === null) log(`  capture (single-page) run ${i}: no record within 10 s`);
      else if (i > 0) spa.push(t1 - t0);
    } finally {
      await tab.close();
    }

    // Page load: the form, then the confirmation page.
    await benchPage.evaluate(() => globalThis.bench.clear());
    tab = await browser.context.newPage();
    try {
      await tab.goto(ghForm.url, { waitUntil: 'load' });
      await sleep(800);
      await clickSubmit(tab);
      const committed = benchPage.evaluate(waitForCommit, { baseline: 0, timeoutMs: 10_000 });
      await tab.goto(ghDone.url, { waitUntil: 'domcontentloaded' });
      const t1 = await committed;
      const t0 = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return performance.timeOrigin + (nav ? nav.domContentLoadedEventStart : 0);
      });
      if (t1 === null) log(`  capture (page load) run ${i}: no record within 10 s`);
      else if (i > 0) load.push(t1 - t0);
    } finally {
      await tab.close();
    }
    if (i > 0) log(`  capture run ${i}/${runs}: single-page ${spa.at(-1)?.toFixed(0)} ms, page load ${load.at(-1)?.toFixed(0)} ms`);
  }
  await benchPage.evaluate(() => globalThis.bench.clear());
  return {
    figures: [
      { name: 'Capture latency, single-page app (Ashby success swapped in)', value: round(median(spa), 0), unit: 'ms', budget: 150 },
      { name: 'Capture latency, confirmation page load (Greenhouse)', value: round(median(load), 0), unit: 'ms', budget: 150 },
    ],
    details: { spa, load },
  };
}
