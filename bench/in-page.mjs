// Runs inside an extension page of a TEMPORARY copy of dist/chrome (bench.html), never in the shipped build.
// esbuild bundles this file with the real src/db and src/core, so import, export and the Plan-B / stats numbers
// are measured on the production code in Chromium's own IndexedDB and V8. Exposed as `globalThis.bench`.
import {
  openDb,
  closeDb,
  exportCsv,
  previewImport,
  commitImport,
  allApplications,
  activeApplications,
  listApplications,
  listPending,
  summaryCounts,
  DB_NAME,
} from '../src/db/index.ts';
import { analyzeSpread } from '../src/core/spread.ts';
import { computeStats } from '../src/core/stats.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { companyKey } from '../src/core/company-key.ts';
import { dedupeKeyFor } from '../src/core/dedupe.ts';
import { EMPTY_LESSONS } from '../src/core/application.ts';

const DAY = 86_400_000;
const SOURCES = [
  'greenhouse',
  'lever',
  'workday',
  'linkedin',
  'indeed',
  'ashby',
  'smartrecruiters',
  'workable',
  'icims',
  'generic',
  'manual',
];
const TITLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Data Analyst',
  'Product Manager',
  'Backend Engineer',
  'Frontend Developer',
  'Business Analyst',
  'Platform Engineer',
  'Data Scientist',
  'Engineering Manager',
  'QA Engineer',
  'Site Reliability Engineer',
  'UX Designer',
  'Marketing Analyst',
  'Solutions Architect',
];
const PLACES = ['Remote', 'Berlin', 'New York, NY', 'London', 'Toronto, ON', 'Paris', 'Austin, TX', 'Amsterdam', 'Remote, EU', ''];
const WORDS = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Vandelay',
  'Wonka',
  'Gringotts',
  'Oscorp',
  'Aperture',
  'Monarch',
  'Dunder',
  'Pied',
  'Lark',
];
const SUFFIX = ['', ' Inc.', ' GmbH', ' Labs', ' Health', ' Systems', ' AI', ' Group', ' Ltd', ' Technologies'];

/** Deterministic PRNG (mulberry32) so every run seeds the same data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/**
 * `count` application records in the shape of src/core/application.ts, spread over two years, ~600 employers
 * (a few big ones get many), statuses by age: recent ones mostly still open, old ones mostly closed.
 */
export function generate(count, seed = 7) {
  const r = rng(seed);
  const now = Date.now();
  const employers = Array.from(
    { length: 600 },
    (_, i) => `${WORDS[i % WORDS.length]}${i >= WORDS.length ? ` ${Math.floor(i / WORDS.length)}` : ''}${SUFFIX[i % SUFFIX.length]}`,
  );
  const out = [];
  for (let i = 0; i < count; i++) {
    // Skewed employer choice: r()^2 favours the first ones.
    const company = employers[Math.floor(r() * r() * employers.length)];
    const title = `${pick(r, TITLES)}${r() < 0.3 ? ` ${['I', 'II', 'III'][i % 3]}` : ''}`;
    const ageDays = Math.floor(r() * r() * 730);
    const applied = new Date(now - ageDays * DAY - Math.floor(r() * DAY));
    const recent = ageDays < 45;
    const x = r();
    const status = recent
      ? x < 0.6
        ? 'applied'
        : x < 0.8
          ? 'screening'
          : x < 0.92
            ? 'interviewing'
            : x < 0.95
              ? 'offer'
              : 'rejected'
      : x < 0.08
        ? 'applied'
        : x < 0.5
          ? 'rejected'
          : x < 0.9
            ? 'ghosted'
            : x < 0.96
              ? 'withdrawn'
              : x < 0.98
                ? 'interviewing'
                : 'accepted';
    const source = pick(r, SOURCES);
    const id = `bench-${seed}-${i.toString(36).padStart(5, '0')}`;
    const jobId = source === 'manual' ? undefined : `${100000 + i}`;
    const url =
      source === 'manual' ? '' : `https://jobs.example.com/${encodeURIComponent(company.toLowerCase().replace(/\W+/g, '-'))}/${100000 + i}`;
    const appliedAt = applied.toISOString();
    const history = [{ status: 'applied', at: appliedAt }];
    if (status !== 'applied') history.push({ status, at: new Date(applied.getTime() + (3 + Math.floor(r() * 30)) * DAY).toISOString() });
    const updatedAt = history[history.length - 1].at;
    const rec = {
      id,
      company,
      companyKey: companyKey(company),
      title,
      location: pick(r, PLACES),
      url,
      source,
      appliedAt,
      status,
      history,
      notes: r() < 0.2 ? 'Referred by a former colleague; follow up after the second round.' : '',
      lessons:
        status === 'rejected' && r() < 0.3
          ? { wentWell: 'Clear answers on the project', couldImprove: 'System design depth', feedback: '' }
          : { ...EMPTY_LESSONS },
      capture: { method: source === 'manual' ? 'manual' : 'auto', signal: source === 'manual' ? 'manual' : 'confirmation' },
      createdAt: appliedAt,
      updatedAt,
      dedupeKey: dedupeKeyFor({ source, jobId, url, id }),
    };
    if (jobId) rec.jobId = jobId;
    out.push(rec);
  }
  return out;
}

function req(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Empties the applications and pending stores (schema created by the extension's own upgrade code). */
export async function clear() {
  const db = await openDb();
  const tx = db.transaction(['applications', 'pending'], 'readwrite');
  await Promise.all([tx.objectStore('applications').clear(), tx.objectStore('pending').clear(), tx.done]);
}

/** Seeds `count` records with raw IndexedDB puts in one transaction (not timed: setup only). */
export async function seed(count) {
  await clear();
  closeDb();
  const db = await req(indexedDB.open(DB_NAME));
  try {
    const records = generate(count);
    const t0 = performance.now();
    const tx = db.transaction('applications', 'readwrite');
    const store = tx.objectStore('applications');
    for (const rec of records) store.put(rec);
    await done(tx);
    const ms = performance.now() - t0;
    return { count: await req(db.transaction('applications').objectStore('applications').count()), ms };
  } finally {
    db.close();
  }
}

export function exportText(count) {
  return JSON.stringify(
    { format: 'baskets', version: 1, exportedAt: new Date().toISOString(), applications: generate(count, 11) },
    null,
    2,
  );
}

/** One timed import of `count` records from a Baskets JSON backup into an empty store: preview + commit. */
export async function importRun(count) {
  await clear();
  const text = exportText(count);
  const t0 = performance.now();
  const preview = await previewImport(text, 'baskets-backup.json');
  const t1 = performance.now();
  if (!preview.ok) throw new Error(`import preview failed: ${preview.message}`);
  const result = await commitImport(preview);
  const t2 = performance.now();
  if (result.added !== count) throw new Error(`import added ${result.added}, expected ${count}`);
  return { total: t2 - t0, preview: t1 - t0, commit: t2 - t1, bytes: text.length };
}

export async function exportRun() {
  const t0 = performance.now();
  const csv = await exportCsv();
  const ms = performance.now() - t0;
  return { ms, bytes: csv.length, lines: csv.split('\n').length };
}

/** Plan-B spread and stats over every record, as the popup / dashboard call them; medians of `runs` after warm-up. */
export async function computeRuns(runs) {
  const records = await allApplications();
  const now = new Date();
  const spread = [];
  const stats = [];
  const both = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const s = analyzeSpread(records, DEFAULT_SETTINGS);
    const t1 = performance.now();
    const st = computeStats(records, now, { weeks: 8, weeklyGoal: 10 });
    const t2 = performance.now();
    if (!s || !st) throw new Error('no result');
    if (i >= 3) {
      spread.push(t1 - t0);
      stats.push(t2 - t1);
      both.push(t2 - t0);
    }
  }
  return { records: records.length, spread, stats, both };
}

/** What the popup reads when it opens, each timed alone (diagnostics for the popup figure). */
export async function popupReads() {
  const time = async (fn) => {
    const t0 = performance.now();
    const value = await fn();
    return { ms: performance.now() - t0, value };
  };
  await openDb();
  const counts = await time(() => summaryCounts());
  const active = await time(() => activeApplications());
  const pending = await time(() => listPending());
  const recent = await time(() => listApplications({ sort: 'appliedAt', direction: 'prev', limit: 30 }));
  const spread = await time(async () => analyzeSpread(active.value, DEFAULT_SETTINGS));
  return {
    summaryCounts: counts.ms,
    activeApplications: active.ms,
    activeRecords: active.value.length,
    listPending: pending.ms,
    recent30: recent.ms,
    spreadOverActive: spread.ms,
  };
}

export async function count() {
  const db = await openDb();
  return db.count('applications');
}

globalThis.bench = { generate, seed, clear, importRun, exportRun, firstPageRuns, computeRuns, popupReads, count };

/** The first page of the list (the 50 newest, through the appliedAt index), as the dashboard asks for it. */
export async function firstPageRuns(runs) {
  await openDb();
  const ms = [];
  let rows = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const page = await listApplications({ sort: 'appliedAt', direction: 'prev', limit: 50 });
    if (i > 0) ms.push(performance.now() - t0);
    rows = page.items.length;
  }
  return { ms, rows };
}
