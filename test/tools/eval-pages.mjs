#!/usr/bin/env node
/**
 * Measure the site adapters on a folder of saved pages described by `<dir>/labels.json`
 * (a flat JSON array of {file, url, site, stage, company?, companyAlternatives?, title?, location?, jobId?}).
 *
 *   npm run eval:pages -- <dir> [--json out.json] [--require stage=1,company=1,title=1,location=0.9]
 * With --require, exits 1 when an overall accuracy is under its floor (CI uses it on the corpus).
 *
 * The adapters are bundled with esbuild into a temporary ESM file and imported; each page is parsed with
 * jsdom at its label URL (scripts never run), the adapter is picked by URL (`resolveAdapter`, generic
 * allowed), then `detectStage` and `extract` run.
 *
 * Stage rule: the adapter's stage must equal the label's, except that the labels' page kinds
 * `listing` and `other` (no job being applied to) both correspond to the adapter stage `none`.
 *
 * Field rule: compared after Unicode NFKC, lower-casing and whitespace folding. `company` may also
 * match any of `companyAlternatives`. `location` also counts as equal when one value contains the
 * other's first component (the text before the first , ; / or |), e.g. "Berlin" ~ "Berlin, Germany".
 * Each field is scored only over pages whose label gives it.
 */
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Adapter stage → label stages it stands for. */
export const STAGE_EQUIVALENTS = {
  none: ['none', 'listing', 'other'],
  posting: ['posting'],
  form: ['form'],
  submitting: ['submitting'],
  submitted: ['submitted'],
  failed: ['failed'],
};

export function norm(s) {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function firstComponent(s) {
  return (
    norm(s)
      .split(/[,;/|]/)[0]
      ?.trim() ?? ''
  );
}

export function sameLocation(a, b) {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return x === y;
  if (x === y) return true;
  const fx = firstComponent(x);
  const fy = firstComponent(y);
  return (fy.length > 1 && x.includes(fy)) || (fx.length > 1 && y.includes(fx));
}

function parseArgs(argv) {
  const args = { dir: '', json: '', require: {} };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = argv[++i] ?? '';
    else if (argv[i] === '--require') {
      for (const pair of (argv[++i] ?? '').split(',').filter(Boolean)) {
        const [field, floor] = pair.split('=');
        args.require[field] = Number(floor);
      }
    } else if (!args.dir) args.dir = argv[i];
  }
  return args;
}

async function loadAdapters() {
  const dir = mkdtempSync(join(tmpdir(), 'baskets-eval-'));
  const outfile = join(dir, 'sites.mjs');
  try {
    await build({
      entryPoints: [join(root, 'src/sites/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module is already loaded; the file is no longer needed.
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 0);
  }
}

function emptyScore() {
  return { pages: 0, site: [0, 0], stage: [0, 0], company: [0, 0], title: [0, 0], location: [0, 0] };
}

function frac([ok, n]) {
  return n ? ok / n : null;
}

function pct(pair) {
  const f = frac(pair);
  return f === null ? '   –  ' : `${(f * 100).toFixed(1).padStart(5)}%`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.dir) {
    console.error('usage: npm run eval:pages -- <dir> [--json out.json]');
    process.exit(2);
  }
  const dir = resolve(process.cwd(), args.dir);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const { resolveAdapter } = await loadAdapters();
  const virtualConsole = new VirtualConsole(); // silence CSS/parse noise from saved pages

  const overall = emptyScore();
  const sites = new Map();
  const failures = [];

  for (const label of labels) {
    const html = readFileSync(join(dir, label.file), 'utf8');
    const dom = new JSDOM(html, { url: label.url, virtualConsole });
    const doc = dom.window.document;
    const url = new URL(label.url);
    const adapter = resolveAdapter(url, { generic: true });
    const score = sites.get(label.site) ?? emptyScore();
    sites.set(label.site, score);
    const add = (key, ok) => {
      for (const s of [score, overall]) {
        s[key][1]++;
        if (ok) s[key][0]++;
      }
    };
    score.pages++;
    overall.pages++;
    add('site', adapter?.id === label.site);
    if (!adapter) {
      failures.push(`${label.file}: no adapter`);
      add('stage', false);
      for (const f of ['company', 'title', 'location']) if (label[f]) add(f, false);
      dom.window.close();
      continue;
    }
    const st = adapter.detectStage(doc, url);
    const ex = adapter.extract(doc, url);
    const stageOk = (STAGE_EQUIVALENTS[st.stage] ?? []).includes(label.stage);
    add('stage', stageOk);
    if (!stageOk) failures.push(`${label.file}: stage ${st.stage} (${st.signal ?? ''}) ≠ ${label.stage}`);
    if (label.company) {
      const ok = [label.company, ...(label.companyAlternatives ?? [])].some((c) => norm(c) === norm(ex.company));
      add('company', ok);
      if (!ok) failures.push(`${label.file}: company "${ex.company}" ≠ "${label.company}"`);
    }
    if (label.title) {
      const ok = norm(label.title) === norm(ex.title);
      add('title', ok);
      if (!ok) failures.push(`${label.file}: title "${ex.title}" ≠ "${label.title}"`);
    }
    if (label.location) {
      const ok = sameLocation(label.location, ex.location);
      add('location', ok);
      if (!ok) failures.push(`${label.file}: location "${ex.location}" ≠ "${label.location}"`);
    }
    dom.window.close();
  }

  const header = `${'site'.padEnd(12)} pages   site   stage  company  title  location`;
  console.log(header);
  const line = (name, s) =>
    `${name.padEnd(12)} ${String(s.pages).padStart(5)} ${pct(s.site)} ${pct(s.stage)} ${pct(s.company)} ${pct(s.title)} ${pct(s.location)}`;
  for (const [name, s] of [...sites.entries()].sort(([a], [b]) => a.localeCompare(b))) console.log(line(name, s));
  console.log(line('overall', overall));
  if (failures.length) {
    console.log('\nmisses:');
    for (const f of failures) console.log(`  ${f}`);
  }
  const summary = (s) => ({
    pages: s.pages,
    site: frac(s.site),
    stage: frac(s.stage),
    company: frac(s.company),
    title: frac(s.title),
    location: frac(s.location),
  });
  console.log(
    `\nSUMMARY pages=${overall.pages} stage=${pct(overall.stage).trim()} company=${pct(overall.company).trim()} title=${pct(overall.title).trim()} location=${pct(overall.location).trim()} site=${pct(overall.site).trim()}`,
  );
  if (args.json) {
    const out = { overall: summary(overall), sites: Object.fromEntries([...sites.entries()].map(([k, s]) => [k, summary(s)])) };
    writeFileSync(resolve(process.cwd(), args.json), JSON.stringify(out, null, 2) + '\n');
  }
  const below = Object.entries(args.require).filter(([field, floor]) => {
    const value = summary(overall)[field];
    return value === undefined || (value !== null && value < floor);
  });
  for (const [field, floor] of below) console.error(`FAIL: ${field} accuracy is under the required ${floor}`);
  if (below.length) process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
