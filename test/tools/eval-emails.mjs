#!/usr/bin/env node
/**
 * Measure the inbox classifier and matcher on a folder of emails described by `<dir>/labels.json`.
 *
 *   npm run eval:emails -- <dir> [--json out.json] [--require rejection.precision=0.98,matches.wrong_rate=0.01]
 *
 * The folder holds:
 * - `labels.json`: `[{file, kind, application: <id> | null, note?}]`, one entry per email file (paths relative to
 *   the folder). `kind` is one of MAIL_KINDS; `application` is the id (from applications.json) the email is about,
 *   null when it is about none, an employer the user has no application at, or when even a human could not tell
 *   which of several.
 * - `applications.json` (optional when no label names an application): `[{id, company, title, status, appliedAt}]`.
 *   The companyKey of each is computed here with `src/core/company-key.ts`, as the extension does.
 * - `aliases.json` (optional): `[{key, canonicalKey}]`, both companyKeys (alias → canonical).
 * - the emails: `.eml` (real MIME, read with postal-mime: the sender as `Name <address>`, the subject, the date as
 *   ISO 8601, the text/plain body, or the text/html body turned into text when there is no plain part) or `.json`
 *   (`{from, subject, date, body}`). Bodies are capped at MAIL_BODY_MAX (20 000) characters, as the webmail
 *   adapters cap them.
 *
 * `src/core/inbox/index.ts` (`readEmail(email, applications, aliases)`) and `companyKey` are bundled with esbuild
 * into a temporary ESM file and imported, as eval-pages.mjs does with the site adapters.
 *
 * Definitions (per kind k among rejection, interview, offer, assessment, confirmation, none):
 * - precision(k) = emails labelled k and predicted k / emails predicted k. When nothing is predicted k it is 1 in
 *   the JSON, and the table prints "—".
 * - recall(k) = emails labelled k and predicted k / emails labelled k (n). When n is 0 it is 1 in the JSON, "—"
 *   in the table.
 * - accuracy = emails whose predicted kind equals the label / all emails.
 * - confusion: rows = labelled kind, columns = predicted kind.
 * - matches, over the emails whose label names an application or whose prediction is an exact match:
 *   right = the exact match equals the label's application;
 *   wrong = the exact match differs from the label's application (including a label of null);
 *   none  = the label names an application but the prediction has no exact match (ambiguous counts as none).
 *   wrong_rate = wrong / (right + wrong), the share of exact matches that are wrong (0 when there is none).
 *
 * --require takes `<kind>.precision`, `<kind>.recall`, `overall.accuracy` (floors: exit 1 when under) and
 * `matches.wrong_rate` (a ceiling: exit 1 when over). Exit 2, with a one-line reason and no stack trace, on a
 * broken folder (no labels.json, a label for a missing file, an unknown application id, an unreadable .eml …),
 * on bad arguments, or when the classifier cannot be bundled.
 */
import PostalMime from 'postal-mime';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Same order as MAIL_KINDS in src/core/inbox/types.ts. */
export const KINDS = ['rejection', 'interview', 'offer', 'assessment', 'confirmation', 'none'];
export const BODY_MAX = 20_000;
const FOLDER_FILES = new Set(['labels.json', 'applications.json', 'aliases.json']);

/** A folder or argument problem: reported on one line, exit code 2. */
export class EvalInputError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Arguments

/**
 * @param {string | undefined} spec
 * @returns {Record<string, number>}
 */
export function parseRequire(spec) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const pair of String(spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z_]+)\.([a-z_]+)=([0-9]*\.?[0-9]+)$/.exec(pair);
    if (!m) throw new EvalInputError(`--require: cannot read "${pair}" (expected e.g. rejection.precision=0.98)`);
    const [, group, metric, value] = m;
    const key = `${group}.${metric}`;
    const known =
      (KINDS.includes(group) && (metric === 'precision' || metric === 'recall')) ||
      key === 'overall.accuracy' ||
      key === 'matches.wrong_rate';
    if (!known) {
      throw new EvalInputError(
        `--require: unknown metric "${key}" (use <kind>.precision, <kind>.recall, overall.accuracy, matches.wrong_rate)`,
      );
    }
    out[key] = Number(value);
  }
  return out;
}

export function parseArgs(argv) {
  const args = { dir: '', json: '', require: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') {
      args.json = argv[++i] ?? '';
      if (!args.json) throw new EvalInputError('--json needs a file name');
    } else if (a === '--require') args.require = { ...args.require, ...parseRequire(argv[++i]) };
    else if (a.startsWith('--')) throw new EvalInputError(`unknown option ${a}`);
    else if (!args.dir) args.dir = a;
    else throw new EvalInputError(`unexpected argument ${a}`);
  }
  if (!args.dir) throw new EvalInputError('usage: npm run eval:emails -- <dir> [--json out.json] [--require k=v,…]');
  return args;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading emails

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ent) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

/** HTML → readable text: no head/style/script, line breaks at block ends, entities decoded, spaces folded. */
export function htmlToText(html) {
  const text = String(html)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Line breaks in the source are plain spaces in HTML; only tags break lines.
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h[1-6]|table|blockquote|ul|ol)\s*>/gi, '\n')
    .replace(/<(p|div|tr|li|h[1-6]|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Windows-1252's 0x80–0x9F, as the WHATWG Encoding Standard (and every browser, so Gmail and Outlook) decodes
 * them, also for text labelled ISO-8859-1. Node 20's TextDecoder, which postal-mime uses, returns the C1 control
 * characters U+0080–U+009F instead (nodejs/node#60888), so a "–" or "€" in a Windows-1252 mail would vanish.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function repairWindows1252(s) {
  return String(s).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function isoDate(value) {
  if (!value) return '';
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : '';
}

function capBody(body) {
  // Line ends as a page's text has them, without the trailing newline a MIME part ends with.
  const s = String(body ?? '')
    .replace(/\r\n?/g, '\n')
    .trimEnd();
  return s.length > BODY_MAX ? s.slice(0, BODY_MAX) : s;
}

/** One .eml (bytes) → EmailInput. Throws EvalInputError when it is not a readable message. */
export async function readEml(bytes, name = 'email') {
  let parsed;
  try {
    parsed = await PostalMime.parse(bytes);
  } catch (err) {
    throw new EvalInputError(`${name}: unreadable .eml (${err?.message ?? err})`);
  }
  const headerCount = parsed?.headers?.length ?? 0;
  if (!headerCount || (!parsed.from && !parsed.subject)) throw new EvalInputError(`${name}: unreadable .eml (no From or Subject header)`);
  const f = parsed.from;
  const address = f?.address ?? '';
  const fromName = (f?.name ?? '').trim();
  const from = repairWindows1252(fromName && address ? `${fromName} <${address}>` : address || fromName);
  const body = parsed.text && parsed.text.trim() ? parsed.text : parsed.html ? htmlToText(parsed.html) : '';
  return {
    from,
    subject: repairWindows1252((parsed.subject ?? '').trim()),
    date: isoDate(parsed.date),
    body: capBody(repairWindows1252(body)),
  };
}

/** One .json email → EmailInput. Throws EvalInputError when a field is missing or not a string. */
export function readJsonEmail(text, name = 'email') {
  let v;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`${name}: not valid JSON (${err.message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new EvalInputError(`${name}: expected an object {from, subject, date, body}`);
  for (const field of ['from', 'subject', 'date', 'body']) {
    if (typeof v[field] !== 'string') throw new EvalInputError(`${name}: "${field}" must be a string`);
  }
  return { from: v.from, subject: v.subject, date: isoDate(v.date), body: capBody(v.body) };
}

// ---------------------------------------------------------------------------------------------------------------
// The folder

function readJsonFile(path, what) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new EvalInputError(`${what}: cannot read ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`${what}: not valid JSON (${err.message})`);
  }
}

function listEmailFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listEmailFiles(path, base));
    else if (/\.(eml|json)$/i.test(name)) {
      const rel = relative(base, path).split(sep).join('/');
      if (!FOLDER_FILES.has(rel)) out.push(rel);
    }
  }
  return out.sort();
}

/**
 * Check the folder's labels, applications and aliases, without reading the emails.
 * Returns {labels, applications, aliases: [[key, canonicalKey]], unlisted: files in the folder no label names}.
 */
export function checkFolder(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new EvalInputError(`${dir}: no such folder`);
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) throw new EvalInputError(`${dir}: no labels.json`);
  const labels = readJsonFile(labelsPath, 'labels.json');
  if (!Array.isArray(labels)) throw new EvalInputError('labels.json: expected an array of {file, kind, application}');

  const appsPath = join(dir, 'applications.json');
  const applications = existsSync(appsPath) ? readJsonFile(appsPath, 'applications.json') : [];
  if (!Array.isArray(applications)) throw new EvalInputError('applications.json: expected an array');
  const ids = new Set();
  applications.forEach((a, i) => {
    for (const field of ['id', 'company', 'title', 'status', 'appliedAt']) {
      if (typeof a?.[field] !== 'string') throw new EvalInputError(`applications.json[${i}]: "${field}" must be a string`);
    }
    if (ids.has(a.id)) throw new EvalInputError(`applications.json: id "${a.id}" appears twice`);
    ids.add(a.id);
  });

  const aliasesPath = join(dir, 'aliases.json');
  const aliasRows = existsSync(aliasesPath) ? readJsonFile(aliasesPath, 'aliases.json') : [];
  if (!Array.isArray(aliasRows)) throw new EvalInputError('aliases.json: expected an array of {key, canonicalKey}');
  const aliases = aliasRows.map((r, i) => {
    if (typeof r?.key !== 'string' || typeof r?.canonicalKey !== 'string' || !r.key || !r.canonicalKey) {
      throw new EvalInputError(`aliases.json[${i}]: expected {key, canonicalKey} (non-empty strings)`);
    }
    return [r.key, r.canonicalKey];
  });

  const seen = new Set();
  labels.forEach((l, i) => {
    const where = `labels.json[${i}]`;
    if (typeof l?.file !== 'string' || !l.file) throw new EvalInputError(`${where}: "file" must be a file name`);
    if (!/\.(eml|json)$/i.test(l.file)) throw new EvalInputError(`${where}: ${l.file} is neither .eml nor .json`);
    if (seen.has(l.file)) throw new EvalInputError(`${where}: ${l.file} is labelled twice`);
    seen.add(l.file);
    if (!KINDS.includes(l.kind)) throw new EvalInputError(`${where}: kind "${l.kind}" is not one of ${KINDS.join(', ')}`);
    if (l.application !== null && typeof l.application !== 'string') {
      throw new EvalInputError(`${where}: "application" must be an application id or null`);
    }
    if (typeof l.application === 'string' && !ids.has(l.application)) {
      throw new EvalInputError(`${where}: application "${l.application}" is not in applications.json`);
    }
    const path = resolve(dir, l.file);
    if (!path.startsWith(resolve(dir) + sep)) throw new EvalInputError(`${where}: ${l.file} is outside the folder`);
    if (!existsSync(path)) throw new EvalInputError(`${where}: ${l.file} does not exist`);
  });
  const unlisted = listEmailFiles(dir).filter((f) => !seen.has(f));
  return { labels, applications, aliases, unlisted };
}

/** Read every labelled email: [{file, label, email}]. */
export async function readEmails(dir, labels) {
  const out = [];
  for (const label of labels) {
    const path = join(dir, label.file);
    const email = label.file.toLowerCase().endsWith('.eml')
      ? await readEml(readFileSync(path), label.file)
      : readJsonEmail(readFileSync(path, 'utf8'), label.file);
    out.push({ file: label.file, label, email });
  }
  return out;
}

/** applications.json rows → KnownApplication[] with the extension's companyKey. */
export function toKnownApplications(applications, companyKey) {
  return applications.map((a) => ({
    id: a.id,
    company: a.company,
    companyKey: companyKey(a.company),
    title: a.title,
    status: a.status,
    appliedAt: a.appliedAt,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring (pure)

/** @typedef {'rejection' | 'interview' | 'offer' | 'assessment' | 'confirmation' | 'none'} Kind */
/** @typedef {{precision: number, recall: number, n: number, predicted: number}} KindScore */
/**
 * @typedef {{
 *   overall: {emails: number, accuracy: number},
 *   kinds: Record<Kind, KindScore>,
 *   confusion: Record<Kind, Record<Kind, number>>,
 *   matches: {right: number, wrong: number, none: number, wrong_rate: number},
 *   misclassified: {file: string, labelled: string, predicted: string, quote: string}[],
 *   wrongMatches: {file: string, expected: string | null, matched: string, reason: string}[],
 * }} Score
 */

/**
 * rows: [{file, label: {kind, application}, verdict: MailVerdict}] → the full score.
 * @param {{file: string, label: {kind: string, application: string | null}, verdict: any}[]} rows
 * @returns {Score}
 */
export function score(rows) {
  const confusion = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((p) => [p, 0]))]));
  const matches = { right: 0, wrong: 0, none: 0 };
  const misclassified = [];
  const wrongMatches = [];
  let correct = 0;
  for (const { file, label, verdict } of rows) {
    const predicted = KINDS.includes(verdict?.kind) ? verdict.kind : 'none';
    confusion[label.kind][predicted]++;
    if (predicted === label.kind) correct++;
    else misclassified.push({ file, labelled: label.kind, predicted, quote: verdict?.quote ?? '' });
    const exact = verdict?.match?.strength === 'exact' ? verdict.match.applicationId : null;
    const expected = label.application ?? null;
    if (exact !== null) {
      if (exact === expected) matches.right++;
      else {
        matches.wrong++;
        wrongMatches.push({ file, expected, matched: exact, reason: verdict.match.reason ?? '' });
      }
    } else if (expected !== null) matches.none++;
  }
  const kinds = {};
  for (const k of KINDS) {
    const n = KINDS.reduce((sum, p) => sum + confusion[k][p], 0);
    const predictedK = KINDS.reduce((sum, l) => sum + confusion[l][k], 0);
    const hit = confusion[k][k];
    kinds[k] = { precision: predictedK ? hit / predictedK : 1, recall: n ? hit / n : 1, n, predicted: predictedK };
  }
  const emails = rows.length;
  const exactCount = matches.right + matches.wrong;
  return {
    overall: { emails, accuracy: emails ? correct / emails : 1 },
    kinds,
    confusion,
    matches: { ...matches, wrong_rate: exactCount ? matches.wrong / exactCount : 0 },
    misclassified,
    wrongMatches,
  };
}

/** The --json document: exactly {overall: {emails, accuracy}, kinds: {<kind>: {precision, recall, n}}, matches}. */
/**
 * @param {Score} s
 * @returns {{overall: {emails: number, accuracy: number}, kinds: Record<Kind, {precision: number, recall: number, n: number}>, matches: {right: number, wrong: number, none: number}}}
 */
export function toJson(s) {
  return {
    overall: { emails: s.overall.emails, accuracy: s.overall.accuracy },
    kinds: Object.fromEntries(KINDS.map((k) => [k, { precision: s.kinds[k].precision, recall: s.kinds[k].recall, n: s.kinds[k].n }])),
    matches: { right: s.matches.right, wrong: s.matches.wrong, none: s.matches.none },
  };
}

/** The value a --require key names. */
export function metric(s, key) {
  const [group, name] = key.split('.');
  if (group === 'overall') return s.overall.accuracy;
  if (group === 'matches') return s.matches.wrong_rate;
  return s.kinds[group][name];
}

/**
 * The --require entries the score misses.
 * @param {Score} s
 * @param {Record<string, number>} require
 * @returns {{key: string, value: number, bound: number, ceiling: boolean}[]}
 */
export function missedRequirements(s, require) {
  const missed = [];
  for (const [key, bound] of Object.entries(require)) {
    const value = metric(s, key);
    const ceiling = key === 'matches.wrong_rate';
    if (ceiling ? value > bound : value < bound) missed.push({ key, value, bound, ceiling });
  }
  return missed;
}

const fmt = (x) => x.toFixed(3);

/**
 * The printed report, as lines.
 * @param {Score} s
 * @returns {string[]}
 */
export function report(s) {
  const lines = [];
  lines.push(`${'kind'.padEnd(13)} precision  recall      n  predicted`);
  for (const k of KINDS) {
    const { precision, recall, n, predicted } = s.kinds[k];
    const p = predicted ? fmt(precision) : '—';
    const r = n ? fmt(recall) : '—';
    lines.push(`${k.padEnd(13)} ${p.padStart(9)} ${r.padStart(7)} ${String(n).padStart(6)} ${String(predicted).padStart(10)}`);
  }
  lines.push(`\naccuracy ${fmt(s.overall.accuracy)} over ${s.overall.emails} emails`);
  const short = { rejection: 'rej', interview: 'int', offer: 'off', assessment: 'ass', confirmation: 'conf', none: 'none' };
  lines.push('\nconfusion (rows = labelled, columns = predicted)');
  lines.push(`${''.padEnd(13)}${KINDS.map((k) => short[k].padStart(6)).join('')}`);
  for (const k of KINDS) lines.push(`${k.padEnd(13)}${KINDS.map((p) => String(s.confusion[k][p]).padStart(6)).join('')}`);
  const m = s.matches;
  lines.push(`\nmatches: right ${m.right}, wrong ${m.wrong}, none ${m.none} (wrong among exact matches: ${fmt(m.wrong_rate)})`);
  if (s.misclassified.length) {
    lines.push('\nmisclassified:');
    for (const x of s.misclassified) lines.push(`  ${x.file}: ${x.labelled} → ${x.predicted}${x.quote ? `  “${x.quote}”` : ''}`);
  }
  if (s.wrongMatches.length) {
    lines.push('\nwrong matches:');
    for (const x of s.wrongMatches)
      lines.push(`  ${x.file}: expected ${x.expected ?? 'none'}, matched ${x.matched}${x.reason ? ` (${x.reason})` : ''}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// The command

async function loadClassifier() {
  const index = join(root, 'src/core/inbox/index.ts');
  if (!existsSync(index)) throw new EvalInputError('src/core/inbox/index.ts does not exist yet: there is no classifier to measure');
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'baskets-eval-emails-'));
  const outfile = join(dir, 'inbox.mjs');
  try {
    await build({
      stdin: {
        contents: `export { readEmail } from './src/core/inbox/index.ts';\nexport { companyKey } from './src/core/company-key.ts';\n`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } catch (err) {
    throw new EvalInputError(`cannot bundle the classifier: ${String(err?.message ?? err).split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(argv) {
  const args = parseArgs(argv);
  const dir = resolve(process.cwd(), args.dir);
  const folder = checkFolder(dir);
  for (const f of folder.unlisted) console.error(`warning: ${f} is not in labels.json (not measured)`);
  const emails = await readEmails(dir, folder.labels);
  const { readEmail, companyKey } = await loadClassifier();
  const apps = toKnownApplications(folder.applications, companyKey);
  const aliases = new Map(folder.aliases);
  const rows = emails.map(({ file, label, email }) => {
    try {
      return { file, label, verdict: readEmail(email, apps, aliases) };
    } catch (err) {
      throw new Error(`readEmail threw on ${file}: ${err?.message ?? err}`);
    }
  });
  const s = score(rows);
  for (const line of report(s)) console.log(line);
  if (args.json) writeFileSync(resolve(process.cwd(), args.json), JSON.stringify(toJson(s), null, 2) + '\n');
  const missed = missedRequirements(s, args.require);
  for (const x of missed)
    console.error(`FAIL: ${x.key} is ${fmt(x.value)}, ${x.ceiling ? 'over the allowed' : 'under the required'} ${x.bound}`);
  return missed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof EvalInputError) {
        console.error(`eval:emails: ${err.message}`);
        process.exit(2);
      }
      console.error(`eval:emails: ${err?.message ?? err}`);
      process.exit(2);
    },
  );
}
