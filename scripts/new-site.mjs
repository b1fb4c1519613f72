#!/usr/bin/env node
/**
 * Start a new site: its definition, its fixtures and its test, registered and with the generated catalog
 * and rest table brought up to date.
 *
 *   npm run new-site <id> -- --label "Name" --match "https://jobs.example.com/*" [--match …]
 *
 * Writes src/sites/<id>.ts (one `defineSite` call), test/fixtures/<id>/{posting,form,confirmation}.{html,json}
 * (hand-made pages: a posting with JSON-LD, an application form, a poor confirmation that only says thanks),
 * test/sites/<id>.test.ts, and adds the site to src/sites/index.ts. The result passes the unit suite as it
 * is; then model the fixtures on the site's real pages and the definition on its real markup.
 * `--root <dir>` works on another copy of the project (the tests use it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESERVED = new Set(['index', 'types', 'define', 'catalog', 'rest', 'lib', 'generic']);

function fail(message) {
  console.error(`new-site: ${message}`);
  console.error('usage: npm run new-site <id> -- --label "Name" --match "https://jobs.example.com/*" [--match …]');
  process.exit(2);
}

function parseArgs(argv) {
  const out = { id: '', label: '', matches: [], root: resolve(dirname(fileURLToPath(import.meta.url)), '..') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--label') out.label = value().trim();
    else if (a === '--match') out.matches.push(value().trim());
    else if (a === '--root') out.root = resolve(value());
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!out.id) out.id = a;
    else fail(`unexpected argument ${a}`);
  }
  return out;
}

/** "https://jobs.example.com/*" → { host: 'jobs.example.com', wildcard: false }; "https://*.example.com/*" → wildcard. */
function parseMatch(pattern) {
  const m = /^https:\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/\*$/.exec(pattern);
  if (!m) fail(`--match ${pattern}: give an https pattern for a whole host, like https://jobs.example.com/* or https://*.example.com/*`);
  return { host: m[2], wildcard: Boolean(m[1]) };
}

const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function definitionSource({ id, label, hosts }) {
  const exact = hosts.every((h) => !h.wildcard);
  const first = hosts[0];
  const where = exact
    ? `  hosts: [${hosts.map((h) => q(h.host)).join(', ')}],\n`
    : `  matches: [${hosts.map((h) => q(`https://${h.wildcard ? '*.' : ''}${h.host}/*`)).join(', ')}],\n` +
      `  claims: (url) => HOSTS.some((h) => (h.wildcard ? hostIs(url.hostname, h.host) : url.hostname.toLowerCase() === h.host)),\n`;
  const hostConst = exact ? '' : `const HOSTS = [${hosts.map((h) => `{ host: ${q(h.host)}, wildcard: ${h.wildcard} }`).join(', ')}];\n`;
  const origin = `https://${first.wildcard ? `careers.${first.host}` : first.host}`;
  return `/**
 * ${label}: a job at \`/jobs/<id>\`, its application form at \`/jobs/<id>/apply\`, where the form is replaced by
 * a thank-you once sent. Started by \`npm run new-site\`: model the recipe and the fields on the site's real
 * pages (save them under test/fixtures/${id}/ with their labels) and keep every fixture passing.
 */
import { defineSite } from './define';
import { fromDocTitle, fromJsonLd, fromMeta, fromText, ${exact ? '' : 'hostIs, '}mapSource, tidyCompany } from './lib';

${hostConst}const JOB = /^\\/jobs\\/([\\w-]+)(?:\\/apply)?\\/?$/i;
const jobId = (url: URL): string => JOB.exec(url.pathname)?.[1] ?? '';

/** Where the site says it received the application (and where it may ask to confirm an e-mail first). */
const CONFIRMATION = ['[role="status"]', '[role="alert"]', 'main h1', 'main h2', 'h1', 'h2'];

export const ${id} = defineSite({
  id: ${q(id)},
  label: ${q(label)},
${where}  examples: {
    claims: [${q(`${origin}/jobs/1234`)}, ${q(`${origin}/jobs/1234/apply`)}],
    rejects: [${q(`https://${first.host}.example.org/jobs/1234`)}],
  },
  spa: true,
  rest: { when: 'never' },
  stage: {
    isJobPage: (url) => jobId(url) !== '',
    pending: CONFIRMATION,
    form: ['form:has(input[type="file"])'],
    confirmation: CONFIRMATION,
    posting: ['main h1'],
  },
  fields: (url) => ({
    company: [mapSource(fromJsonLd('company'), tidyCompany), mapSource(fromMeta('og:site_name'), tidyCompany), fromDocTitle('company')],
    title: [fromJsonLd('title'), fromText('main h1'), fromDocTitle('title')],
    location: [fromJsonLd('location'), fromText('[data-field="location"]')],
    jobId: [() => jobId(url)],
    url: [() => (jobId(url) ? \`https://\${url.hostname.toLowerCase()}/jobs/\${jobId(url)}\` : '')],
  }),
});
`;
}

const COMPANY = 'Northwind Traders';
const TITLE = 'Warehouse Operations Lead';
const LOCATION = 'Leeds, United Kingdom';

function fixtures(origin) {
  const posting = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${TITLE} at ${COMPANY}</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "${TITLE}",
 "hiringOrganization": {"@type": "Organization", "name": "${COMPANY}"},
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leeds", "addressCountry": "United Kingdom"}}}
</script>
</head>
<body>
<main>
<h1>${TITLE}</h1>
<p data-field="location">${LOCATION}</p>
<p>Run the night shift of a busy warehouse.</p>
<a href="/jobs/1234/apply">Apply for this job</a>
</main>
</body>
</html>
`;
  const form = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="og:site_name" content="${COMPANY}">
<title>Apply: ${TITLE}</title>
</head>
<body>
<main>
<h1>${TITLE}</h1>
<p data-field="location">${LOCATION}</p>
<form action="/jobs/1234/apply" method="post">
<label>E-mail <input type="email" name="email"></label>
<label>Résumé <input type="file" name="resume"></label>
<p>We will confirm once your application is received.</p>
<button type="submit">Submit application</button>
</form>
</main>
</body>
</html>
`;
  const confirmation = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${TITLE} at ${COMPANY}</title>
</head>
<body>
<main>
<h1>Thank you for applying!</h1>
<p>We will be in touch.</p>
</main>
</body>
</html>
`;
  const label = (stage, fields, extra = {}) => ({
    url: `${origin}/jobs/1234${stage === 'posting' ? '' : '/apply'}`,
    site: '',
    stage,
    company: COMPANY,
    title: TITLE,
    location: LOCATION,
    jobId: '1234',
    fields,
    ...extra,
  });
  return {
    posting: [posting, label('posting', { company: 'structured', title: 'structured', location: 'structured' })],
    form: [form, label('form', { company: 'structured', title: 'labelled', location: 'labelled' })],
    confirmation: [confirmation, label('submitted', { company: 'title', title: 'title' }, { location: '' })],
  };
}

function testSource(id) {
  return `// @vitest-environment jsdom
/** ${id}: its definition reads its fixtures (test/fixtures/${id}/) and tells its job pages from the rest of the site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ${id} } from '../../src/sites/${id}';

const dir = join(__dirname, '../fixtures/${id}');
function load(name: string) {
  const expected = JSON.parse(readFileSync(join(dir, \`\${name}.json\`), 'utf8')) as { url: string; stage: string; company: string; title: string; jobId: string };
  const doc = new JSDOM(readFileSync(join(dir, \`\${name}.html\`), 'utf8'), { url: expected.url }).window.document;
  return { expected, doc, url: new URL(expected.url) };
}

describe('${id}', () => {
  it.each(['posting', 'form', 'confirmation'])('%s: the stage and job its fixture is labelled with', (name) => {
    const { expected, doc, url } = load(name);
    expect(${id}.detectStage(doc, url).stage).toBe(expected.stage);
    const got = ${id}.extract(doc, url);
    expect([got.company, got.title, got.jobId]).toEqual([expected.company, expected.title, expected.jobId]);
  });

  it('files the posting, the form and the confirmation under one job URL', () => {
    const urls = ['posting', 'form', 'confirmation'].map((name) => {
      const { doc, url } = load(name);
      return ${id}.extract(doc, url).url;
    });
    expect(new Set(urls).size).toBe(1);
    expect(urls[0]).toMatch(/\\/jobs\\/1234$/);
  });

  it('off a job address, the thank-you text is no application and only the company is read', () => {
    const { doc, url } = load('confirmation');
    const off = new URL('/about', url);
    expect(${id}.detectStage(doc, off).stage).toBe('none');
    expect(${id}.extract(doc, off).title).toBe('');
  });
});
`;
}

/** Add `import { id } from './id';` and the ADAPTERS entry to src/sites/index.ts, both kept alphabetical. */
function register(indexSource, id) {
  const importRe = /^import \{ (\w+) \} from '\.\/(\w+)';\n/gm;
  const imports = [...indexSource.matchAll(importRe)].filter((m) => m[1] === m[2]);
  if (!imports.length) throw new Error('src/sites/index.ts: no site imports found');
  const start = imports[0].index;
  const last = imports[imports.length - 1];
  const end = last.index + last[0].length;
  const names = [...new Set([...imports.map((m) => m[1]), id])].sort();
  let out = indexSource.slice(0, start) + names.map((n) => `import { ${n} } from './${n}';\n`).join('') + indexSource.slice(end);
  const list = /(export const ADAPTERS: readonly SiteAdapter\[\] = \[\n)([\s\S]*?)(\];)/.exec(out);
  if (!list) throw new Error('src/sites/index.ts: no ADAPTERS list found');
  const entries = list[2]
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''))
    .filter(Boolean);
  const sorted = [...new Set([...entries, id])].sort();
  out = out.slice(0, list.index) + list[1] + sorted.map((e) => `  ${e},\n`).join('') + list[3] + out.slice(list.index + list[0].length);
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { id, label, root } = args;
  if (!/^[a-z0-9]+$/.test(id)) fail('give the site id: lower-case letters and digits, e.g. "acmejobs"');
  if (RESERVED.has(id)) fail(`"${id}" is a reserved name in src/sites`);
  if (!label) fail('give --label "Name as users know it"');
  if (!args.matches.length) fail('give at least one --match pattern');
  const hosts = args.matches.map(parseMatch);
  const siteFile = join(root, 'src/sites', `${id}.ts`);
  const fixtureDir = join(root, 'test/fixtures', id);
  const testFile = join(root, 'test/sites', `${id}.test.ts`);
  for (const f of [siteFile, fixtureDir, testFile]) if (existsSync(f)) fail(`${f} already exists`);

  const first = hosts[0];
  const origin = `https://${first.wildcard ? `careers.${first.host}` : first.host}`;
  writeFileSync(siteFile, definitionSource({ id, label, hosts }));
  mkdirSync(fixtureDir, { recursive: true });
  for (const [name, [html, expected]] of Object.entries(fixtures(origin))) {
    writeFileSync(join(fixtureDir, `${name}.html`), html);
    writeFileSync(join(fixtureDir, `${name}.json`), JSON.stringify({ ...expected, site: id }, null, 2) + '\n');
  }
  writeFileSync(testFile, testSource(id));
  const index = join(root, 'src/sites/index.ts');
  writeFileSync(index, register(readFileSync(index, 'utf8'), id));
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--sites'], { cwd: root, stdio: 'inherit' });
  // In the project's own style, so `npm run lint` (prettier --check) passes on what was written.
  const prettier = join(root, 'node_modules/prettier/bin/prettier.cjs');
  if (existsSync(prettier))
    execFileSync(process.execPath, [prettier, '--write', siteFile, testFile, index], { cwd: root, stdio: 'ignore' });
  console.log(`new-site: wrote src/sites/${id}.ts, test/fixtures/${id}/ and test/sites/${id}.test.ts, and registered ${id}.`);
  console.log('Next: save real pages of the site as fixtures, adjust the recipe and fields, then run');
  console.log(`  npx vitest run --project unit test/sites test/manifest.test.ts`);
}

main();
