// Where the content script spends its time on one corpus page: a sampling CPU profile of an UNMINIFIED build of that
// site's content-<site>.js (working tree), loaded into a temp copy of dist/chrome. Diagnostics, not a figure.
//   node bench/profile.mjs [corpus file, default the Indeed page] [--churn] [--runs N]
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ROOT, launchBrowser, metrics, prepareExtension, quiet, removeTemp } from './lib/browser.mjs';
import { churn, prepareChurn, CHURN_INTERVAL_MS, CHURN_REWRITES, PAGES } from './page-cost.mjs';

const args = process.argv.slice(2);
const withChurn = args.includes('--churn');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const file = args.find((a) => a.endsWith('.html')) ?? PAGES[0].file;
const corpus = resolve(ROOT, '..', 'shared', 'corpus');

const labels = JSON.parse(await readFile(join(corpus, 'labels.json'), 'utf8'));
const label = labels.find((l) => l.file === file);
if (!label) throw new Error(`${file} is not in ${corpus}/labels.json`);
const site = label.site;
const { dir, tmp } = await prepareExtension();
// The same start as build.mjs's content-<site>.js (wake, then the watcher), unminified and not lazily wrapped.
await esbuild.build({
  stdin: {
    contents: `import { wake } from './src/content/wake';\nimport { startCapture } from './src/content/start';\nimport { ${site} } from './src/sites/${site}';\nwake(window, '${site}', (wokenBy) => startCapture([${site}], wokenBy));\n`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  target: ['chrome120'],
  outfile: join(dir, `content-${site}.js`),
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const browser = await launchBrowser(dir, tmp);
try {
  const url = label.url;
  browser.serve(url, await readFile(join(corpus, file), 'utf8'), { 'content-security-policy': "script-src 'none'" });
  const self = new Map();
  const inclusive = new Map();
  const script = [];
  for (let i = 0; i < runs; i++) {
    const tab = await browser.context.newPage();
    const s = await browser.context.newCDPSession(tab);
    await s.send('Performance.enable', { timeDomain: 'threadTicks' });
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 50 });
    let m0 = await metrics(s);
    if (!withChurn) await s.send('Profiler.start');
    await tab.goto(url, { waitUntil: 'load' });
    if (withChurn) {
      // Awake, as in the bench: a key press first (resting sites do nothing before one).
      await tab.keyboard.press('Tab');
      await prepareChurn(tab);
      m0 = await quiet(s);
      await s.send('Profiler.start');
    }
    if (withChurn) await churn(s, { count: CHURN_REWRITES, interval: CHURN_INTERVAL_MS });
    const m1 = await quiet(s, { everyMs: 250 });
    const { profile } = await s.send('Profiler.stop');
    script.push((m1.ScriptDuration - m0.ScriptDuration) * 1000);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => `${n.callFrame.functionName || '(anonymous)'} :${n.callFrame.lineNumber + 1}`;
    profile.samples.forEach((id, k) => {
      const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const node = byId.get(id);
      if (node.callFrame.url.endsWith(`content-${site}.js`)) self.set(label(node), (self.get(label(node)) ?? 0) + ms);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (!n.callFrame.url.endsWith(`content-${site}.js`) || seen.has(label(n))) continue;
        seen.add(label(n));
        inclusive.set(label(n), (inclusive.get(label(n)) ?? 0) + ms);
      }
    });
    await tab.close();
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, v]) => `  ${(v / runs).toFixed(2).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(
    `${file}${withChurn ? ` under churn (${CHURN_REWRITES} rewrites)` : ' at rest'}: main-thread script ${script.map((x) => x.toFixed(1)).join(', ')} ms (profiler on, unminified: reads high)`,
  );
  console.log(`Self time per run, content-${site}.js:\n${top(self)}\nInclusive time per run, content-${site}.js:\n${top(inclusive)}`);
  console.log(`Line numbers refer to the unminified content-${site}.js (same entry as build.mjs, not minified).`);
} finally {
  await browser.close();
  await removeTemp(tmp);
}
