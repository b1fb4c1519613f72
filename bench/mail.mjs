// What the mail content script (content-mail.js) costs on the project's own Gmail fixtures, served at their real
// address in the bench's Chromium. Opted in: the temp copy of the build registers content-mail.js on the webmail
// hosts in its manifest (addMailScript; the shipped extension registers it at run time, with the same defaults:
// top frame, document_idle), and the bench page sets settings.inbox and listens for the `mail-opened` messages.
// Each figure is the extension's main-thread script CPU time (ScriptDuration, thread ticks) minus the same page in
// the off-the-record context, where no extension runs: the median of paired runs, as in page-cost.mjs.
//   1. load:  a page whose thread is open at load (message.html, the page's own script off by CSP), from navigation
//             until quiet: the script's whole work from injection to `mail-opened` sent.
//   2. open:  the list (inbox.html, its stand-in script on), then window.__open(<thread>) as Gmail's script would:
//             the script's time to notice, read and send the message; and the wall time from the open to the
//             message arriving in the bench page (its look waits MAIL_LOOK_DELAY_MS = 300 ms after a change).
//   3. rest:  with that message open and sent, the page rewritten 500 times at 100/s through CDP (DOM.setOuterHTML,
//             no script time of its own): what the watcher costs per mutation batch when there is nothing new to read;
//   4. looks: the open message's body re-rendered 10 times, 350 ms apart, so each change costs one whole look.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, metrics, quiet } from './lib/browser.mjs';
import { median, pairedMedian, round, sleep } from './lib/stats.mjs';

const MAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
const REWRITES = 500;
const INTERVAL_MS = 10;
const LOOKS = 10;
const LOOK_GAP_MS = 350;
const LOAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBsKxGlobexRej1';
const LIST_URL = 'https://mail.google.com/mail/u/1/#inbox';
const THREAD = 'FMfcgzQbfBsKxGlobexRej1';

const fixture = (file) => readFile(join(ROOT, 'test/fixtures/mail', file), 'utf8');

/** In the temp copy of dist/chrome only: content-mail.js registered on the webmail hosts, as the opt-in does. */
export async function addMailScript(extDir) {
  const file = join(extDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...MAIL_MATCHES])];
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []),
    { matches: MAIL_MATCHES, js: ['content-mail.js'], run_at: 'document_idle' },
  ];
  await writeFile(file, JSON.stringify(manifest, null, 2));
}

async function setInbox(benchPage, on) {
  await benchPage.evaluate(async (value) => {
    const settings = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...settings, inbox: value } });
  }, on);
}

/** The bench page notes every `mail-opened` a content script sends (extension pages receive them too). */
async function listen(benchPage) {
  await benchPage.evaluate(() => {
    globalThis.__mail = [];
    chrome.runtime.onMessage.addListener((m) => {
      if (m && m.type === 'mail-opened') globalThis.__mail.push({ at: performance.timeOrigin + performance.now(), id: m.email.messageId });
    });
  });
}

const received = (benchPage) => benchPage.evaluate(() => globalThis.__mail.length);

async function waitReceived(benchPage, count, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const got = await benchPage.evaluate((n) => (globalThis.__mail.length >= n ? globalThis.__mail[n - 1] : null), count);
    if (got) return got;
    await sleep(5);
  }
  return null;
}

async function rewrite(session, count, interval) {
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const t0 = performance.now();
  for (let n = 0; n < count; n++) {
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#thread-view span.g3' });
    if (!nodeId) throw new Error('The open message is gone from the page.');
    await session.send('DOM.setOuterHTML', {
      nodeId,
      // DOM.setOuterHTML applies only the difference: a text-only change would be a characterData mutation, which
      // the watcher does not observe (it would cost nothing at all). Alternating the markup makes every rewrite a
      // childList mutation the watcher does see.
      outerHTML:
        n % 2
          ? `<span class="g3" title="Thu, Dec 3, 2026, 10:12 AM">10:12 AM (${n + 3} minutes ago)</span>`
          : `<span class="g3" title="Thu, Dec 3, 2026, 10:12 AM">10:12 AM <span class="rel">(${n + 3} minutes ago)</span></span>`,
    });
    const wait = t0 + (n + 1) * interval - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

async function one(browser, benchPage, condition) {
  const on = condition === 'on';
  const ctx = on ? browser.context : browser.offContext;
  const out = {};
  // 1. A thread open at load.
  let tab = await ctx.newPage();
  try {
    const session = await ctx.newCDPSession(tab);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = on ? await received(benchPage) : 0;
    const m0 = await metrics(session);
    await tab.goto(LOAD_URL, { waitUntil: 'load' });
    if (on && !(await waitReceived(benchPage, before + 1))) throw new Error('No mail-opened for the thread open at load.');
    const m1 = await quiet(session);
    out.load = (m1.ScriptDuration - m0.ScriptDuration) * 1000;
    await session.detach().catch(() => undefined);
  } finally {
    await tab.close();
  }
  // 2. The list, then a thread opened in the page; 3. the page rewritten with that message open.
  tab = await ctx.newPage();
  try {
    const session = await ctx.newCDPSession(tab);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(LIST_URL, { waitUntil: 'load' });
    await quiet(session);
    const before = on ? await received(benchPage) : 0;
    const m1 = await metrics(session);
    const t0 = await tab.evaluate((id) => {
      const t = performance.timeOrigin + performance.now();
      window.__open(id);
      return t;
    }, THREAD);
    if (on) {
      const got = await waitReceived(benchPage, before + 1);
      if (!got) throw new Error('No mail-opened for the thread opened in the page.');
      out.latency = got.at - t0;
    } else await sleep(400);
    const m2 = await quiet(session);
    out.open = (m2.ScriptDuration - m1.ScriptDuration) * 1000;

    await session.send('HeapProfiler.collectGarbage');
    const m3 = await quiet(session, { everyMs: 250, stablePolls: 2 });
    const t1 = performance.now();
    await rewrite(session, REWRITES, INTERVAL_MS);
    out.churnWallMs = performance.now() - t1;
    const m4 = await quiet(session, { everyMs: 250, stablePolls: 3 });
    out.rest = (m4.ScriptDuration - m3.ScriptDuration) * 1000;
    // 4. Looks: the open message's body re-rendered LOOKS times, each past the watcher's wait, so each change is
    //    one look (the ids of the open messages read again, nothing new to send).
    const { root } = await session.send('DOM.getDocument', { depth: -1 });
    const m5 = await metrics(session);
    for (let n = 0; n < LOOKS; n++) {
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#thread-view div.a3s' });
      if (!nodeId) throw new Error('The open message has no body.');
      await session.send('DOM.setOuterHTML', { nodeId, outerHTML: `<div class="a3s aiL"><p>Hi Alex, (${n})</p></div>` });
      await sleep(LOOK_GAP_MS);
    }
    const m6 = await quiet(session, { everyMs: 250, stablePolls: 2 });
    out.looks = (m6.ScriptDuration - m5.ScriptDuration) * 1000;
    if (on && (await received(benchPage)) !== before + 1) throw new Error('The rewrites made the script send again.');
    await session.detach().catch(() => undefined);
  } finally {
    await tab.close();
  }
  return out;
}

export async function measureMail(browser, benchPage, { runs, log }) {
  const message = await fixture('gmail/message.html');
  // The thread open at load is shown by the page's markup: its own script is off, so the page alone costs ~0 ms.
  browser.serve(LOAD_URL, message, { 'content-security-policy': "script-src 'none'" });
  browser.serve(LIST_URL, await fixture('gmail/inbox.html'));
  await setInbox(benchPage, true);
  await listen(benchPage);
  const runsOf = { on: [], off: [] };
  try {
    for (const c of ['on', 'off']) await one(browser, benchPage, c); // warm-up
    for (let i = 0; i < runs; i++) {
      for (const c of i % 2 ? ['off', 'on'] : ['on', 'off']) runsOf[c].push(await one(browser, benchPage, c));
      const on = runsOf.on.at(-1);
      const off = runsOf.off.at(-1);
      log(
        `  mail run ${i + 1}/${runs}: load ${on.load.toFixed(2)} / ${off.load.toFixed(2)} ms; open ${on.open.toFixed(2)} / ${off.open.toFixed(2)} ms ` +
          `(arrived after ${on.latency.toFixed(0)} ms); rest ${on.rest.toFixed(2)} / ${off.rest.toFixed(2)} ms; ${LOOKS} looks ${on.looks.toFixed(2)} / ${off.looks.toFixed(2)} ms (on / off)`,
      );
    }
  } finally {
    await setInbox(benchPage, false);
  }
  const pick = (c, k) => runsOf[c].map((r) => r[k]);
  const load = pairedMedian(pick('on', 'load'), pick('off', 'load'));
  const open = pairedMedian(pick('on', 'open'), pick('off', 'open'));
  const rest = pairedMedian(pick('on', 'rest'), pick('off', 'rest'));
  const looks = pairedMedian(pick('on', 'looks'), pick('off', 'looks'));
  return {
    figures: [
      {
        name: 'Mail script: a thread open at load, injection → mail-opened sent (CPU)',
        value: round(load.median, 2),
        unit: 'ms',
        budget: null,
      },
      { name: 'Mail script: a thread opened in the page, read and sent (CPU)', value: round(open.median, 2), unit: 'ms', budget: null },
      {
        name: 'Mail script: thread opened → mail-opened received (wall, incl. 300 ms wait)',
        value: round(median(pick('on', 'latency')), 0),
        unit: 'ms',
        budget: null,
      },
      { name: `Mail script at rest, message sent, ${REWRITES} rewrites (CPU)`, value: round(rest.median, 2), unit: 'ms', budget: null },
      { name: 'Mail script at rest, per mutation batch (CPU)', value: round(rest.median / REWRITES, 4), unit: 'ms', budget: null },
      {
        name: 'Mail script: one look at a changed reading area, nothing new (CPU)',
        value: round(looks.median / LOOKS, 3),
        unit: 'ms',
        budget: null,
      },
    ],
    details: { runs: runsOf, load: load.diffs, open: open.diffs, rest: rest.diffs, looks: looks.diffs },
  };
}

// `node bench/mail.mjs [--quick]` (after node build.mjs): these figures alone, in the same setup as run.mjs.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchBrowser, prepareExtension, removeTemp } = await import('./lib/browser.mjs');
  const started = Date.now();
  const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
  const { dir, tmp } = await prepareExtension();
  await addMailScript(dir);
  let browser;
  try {
    browser = await launchBrowser(dir, tmp);
    const bench = await browser.openExtensionPage('bench.html');
    await bench.waitForFunction(() => !!globalThis.bench);
    const { figures } = await measureMail(browser, bench, { runs: process.argv.includes('--quick') ? 2 : 5, log });
    for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}`);
  } finally {
    await browser?.close();
    await removeTemp(tmp);
  }
}
