/**
 * Export (Baskets JSON, Baskets CSV) and import (Baskets JSON, Baskets CSV, CSV from other trackers).
 *
 * Import is two steps: `previewImport` reads and validates the whole file and plans every write without writing
 * anything; `commitImport` applies the plan in ONE transaction, all or nothing. Importing the same file twice adds
 * nothing the second time (records are matched by id, dedupe key, or company + title + day; employer links by name).
 */
import { isFurtherAlong, LIMITS, type Application } from '../core/application';
import { companyKey } from '../core/company-key';
import { CsvError, parseCsv, restoreCell, toCsv, type DecodedText } from '../core/csv';
import { daysInMonth, MONTH_NAMES, readIsoDate } from '../core/dates';
import { dedupeKeyFor, titleKey } from '../core/dedupe';
import { foldHeader, mapHeaders, readTrackerRow, type TrackerRow } from '../core/import-map';
import { cleanText } from '../core/sanitize';
import { linkKeys, parseAlias } from './aliases';
import { withTx } from './connection';
import { ValidationError } from './errors';
import { allApplications } from './list';
import { newApplication, nowIso, parseApplication } from './records';
import type { CompanyAlias } from './schema';

export const EXPORT_FORMAT = 'baskets';
/** Version of the export file format (not of the database). */
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
const MAX_LISTED_ERRORS = 200;
const CHANGED_SINCE_PREVIEW = 'Your applications changed since this preview. Preview the file again. Nothing was changed.';

/**
 * The backup: every record and every employer link. `aliases` was added to version 1 as an optional field (files
 * without it import as before, and importers ignore top-level fields they do not know), so no version bump.
 */
export async function exportJson(): Promise<string> {
  // One read transaction: the links and the records they re-keyed are one snapshot.
  const [applications, aliases] = await withTx(['applications', 'aliases'], 'readonly', (tx) =>
    Promise.all([tx.objectStore('applications').index('appliedAt').getAll(), tx.objectStore('aliases').getAll()]),
  );
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: nowIso(), applications, aliases }, null, 2);
}

/** Columns of a Baskets CSV, in order. Nested fields are flattened; `history` is a JSON list. */
export const CSV_COLUMNS = [
  'id',
  'company',
  'companyKey',
  'title',
  'location',
  'url',
  'source',
  'jobId',
  'appliedAt',
  'status',
  'notes',
  'lessonsWentWell',
  'lessonsCouldImprove',
  'lessonsFeedback',
  'feedbackRequestedAt',
  'followUpAt',
  'nextStep',
  'nextStepAt',
  'captureMethod',
  'captureSignal',
  'captureFields',
  'needsDetails',
  'createdAt',
  'updatedAt',
  'dedupeKey',
  'history',
] as const;

function toRow(r: Application): string[] {
  return [
    r.id,
    r.company,
    r.companyKey,
    r.title,
    r.location,
    r.url,
    r.source,
    r.jobId ?? '',
    r.appliedAt,
    r.status,
    r.notes,
    r.lessons.wentWell,
    r.lessons.couldImprove,
    r.lessons.feedback,
    r.feedbackRequestedAt ?? '',
    r.followUpAt ?? '',
    r.nextStep ?? '',
    r.nextStepAt ?? '',
    r.capture.method,
    r.capture.signal,
    r.capture.fields ? JSON.stringify(r.capture.fields) : '',
    r.needsDetails ? 'true' : '',
    r.createdAt,
    r.updatedAt,
    r.dedupeKey,
    JSON.stringify(r.history),
  ];
}

export async function exportCsv(): Promise<string> {
  const applications = await allApplications();
  return toCsv([[...CSV_COLUMNS], ...applications.map(toRow)]);
}

export type ImportFormat = 'baskets-json' | 'baskets-csv' | 'tracker-csv';

export interface ImportPreview {
  format: ImportFormat;
  fileName?: string;
  toAdd: number;
  toUpdate: number;
  skipped: number;
  /** Employer links of a Baskets backup that this device does not have yet. */
  linksToAdd: number;
  /** Line numbers are 1-based lines of the file (0 = the file as a whole). */
  errors: Array<{ line: number; message: string }>;
  /** True when committing will do what the counts say. False for a file that cannot be imported at all. */
  ok: boolean;
  /** One sentence for the user summarising the preview or saying why the file cannot be imported. */
  message: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252: the first line that was not, as now read. */
  encoding?: { name: 'windows-1252'; line: number; text: string };
  /** The planned writes (internal to commitImport). */
  plan: {
    add: Application[];
    /** Each update with the stored record it was planned against (the commit refuses if that changed). */
    update: Array<{ record: Application; before: Application }>;
    /** Employer links to make, in file order, and the links stored when they were planned (the commit refuses if those changed). */
    links: CompanyAlias[];
    aliasesBefore: CompanyAlias[];
  };
}

interface Incoming {
  line: number;
  /** A full record (Baskets formats) … */
  record?: Application;
  /** … or a row from another tracker. */
  row?: TrackerRow;
}

function failed(format: ImportFormat, message: string, line = 0, fileName?: string): ImportPreview {
  const p: ImportPreview = {
    format,
    toAdd: 0,
    toUpdate: 0,
    skipped: 0,
    linksToAdd: 0,
    errors: [{ line, message }],
    ok: false,
    message,
    plan: { add: [], update: [], links: [], aliasesBefore: [] },
  };
  if (fileName) p.fileName = fileName;
  return p;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isBasketsCsvHeader(header: readonly string[]): boolean {
  const folded = new Set(header.map(foldHeader));
  return ['id', 'dedupekey', 'history', 'capturemethod', 'createdat'].every((h) => folded.has(h));
}

/** A JSON cell (captureFields): the value, undefined when empty, the text itself when it is not JSON. */
function jsonCell(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function csvRecord(header: readonly string[], cells: readonly string[]): unknown {
  const at = new Map(header.map((h, i) => [h.trim(), i]));
  const get = (k: string): string => restoreCell(cells[at.get(k) ?? -1] ?? '');
  let history: unknown;
  try {
    history = JSON.parse(get('history') || '[]');
  } catch {
    history = 'invalid';
  }
  const optional = (k: string): string | undefined => get(k) || undefined;
  return {
    id: get('id'),
    company: get('company'),
    companyKey: get('companyKey'),
    title: get('title'),
    location: get('location'),
    url: get('url'),
    source: get('source'),
    jobId: optional('jobId'),
    appliedAt: get('appliedAt'),
    status: get('status'),
    notes: get('notes'),
    lessons: { wentWell: get('lessonsWentWell'), couldImprove: get('lessonsCouldImprove'), feedback: get('lessonsFeedback') },
    feedbackRequestedAt: optional('feedbackRequestedAt'),
    followUpAt: optional('followUpAt'),
    nextStep: optional('nextStep'),
    nextStepAt: optional('nextStepAt'),
    capture: { method: get('captureMethod'), signal: get('captureSignal'), fields: jsonCell(get('captureFields')) },
    // 'true', or '' (also for files written before the column existed); anything else is reported by parseApplication.
    needsDetails: get('needsDetails') === 'true' ? true : get('needsDetails') || undefined,
    createdAt: get('createdAt'),
    updatedAt: get('updatedAt'),
    dedupeKey: get('dedupeKey'),
    history,
  };
}

/** Every date a backup record holds (history entries aside). */
const RECORD_DATES = ['appliedAt', 'createdAt', 'updatedAt', 'feedbackRequestedAt', 'followUpAt', 'nextStepAt'] as const;

/** Why a backup's date is not the ISO 8601 moment it claims to be, or undefined when it is one. */
function backupDateProblem(raw: string): string | undefined {
  const read = readIsoDate(raw);
  if (read.ok) return undefined;
  const shown = `"${cleanText(raw, 40)}"`;
  if (read.reason === 'no-such-day') {
    const year = Number(raw.slice(0, 4));
    const month = Number(raw.slice(5, 7));
    return month >= 1 && month <= 12
      ? `${shown} names no real day (${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days)`
      : `${shown} names no real month`;
  }
  if (read.reason === 'no-such-time') return `${shown} names no real time of day`;
  return `${shown} is not an ISO 8601 date (such as 2025-03-12 or 2025-03-12T10:00:00.000Z)`;
}

/**
 * A backup record (JSON or Baskets CSV), validated by parseApplication and, on top of it, held to its dates as
 * written: Date.parse (which parseApplication uses) turns 2026-02-30 into 2 March in Chromium, and a backup must
 * restore what it says or nothing.
 */
function readRecord(value: unknown): { record: Application } | { error: string } {
  // Dates first, so that the same file gets the same message in every browser (Firefox's Date.parse refuses what
  // Chromium's rolls over). Types are parseApplication's to check.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return parseApplication(value);
  const v = value as Record<string, unknown>;
  for (const key of RECORD_DATES) {
    const raw = v[key];
    const problem = typeof raw === 'string' && raw !== '' ? backupDateProblem(raw) : undefined;
    if (problem) return { error: `"${key}" ${problem}` };
  }
  const history = Array.isArray(v.history) ? (v.history as Array<{ at?: unknown }>) : [];
  for (let i = 0; i < history.length; i++) {
    const at = history[i]?.at;
    const problem = typeof at === 'string' ? backupDateProblem(at) : undefined;
    if (problem) return { error: `history entry ${i + 1}: "at" ${problem}` };
  }
  return parseApplication(value);
}

interface FileContents {
  format: ImportFormat;
  items: Incoming[];
  errors: ImportPreview['errors'];
  /** Valid employer links of a Baskets backup, and the problems with the others (they never stop the records). */
  links?: CompanyAlias[];
  linkErrors?: ImportPreview['errors'];
}

/** Parse the file into incoming items, or a file-level failure. */
function readFile(text: string, fileName: string | undefined): FileContents | ImportPreview {
  const body = text.replace(/^\ufeff/, '');
  const trimmed = body.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[') || /\.json$/i.test(fileName ?? '');
  const errors: ImportPreview['errors'] = [];
  const items: Incoming[] = [];
  if (looksJson) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return failed('baskets-json', 'This file is not valid JSON, so it cannot be imported. Nothing was changed.', 0, fileName);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
      return failed('baskets-json', 'This JSON file is not a Baskets export. Nothing was changed.', 0, fileName);
    }
    const { version, applications, aliases } = data as { version?: unknown; applications?: unknown; aliases?: unknown };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return failed('baskets-json', 'This Baskets export has no valid version number. Nothing was changed.', 0, fileName);
    }
    if (version > EXPORT_VERSION) {
      return failed('baskets-json', 'This file was made by a newer version of Baskets. Update Baskets, then import it again.', 0, fileName);
    }
    if (!Array.isArray(applications)) {
      return failed('baskets-json', 'This Baskets export has no list of applications. Nothing was changed.', 0, fileName);
    }
    if (applications.length > MAX_IMPORT_ROWS) {
      return failed(
        'baskets-json',
        `This file holds more than ${MAX_IMPORT_ROWS.toLocaleString('en')} applications, more than Baskets imports at once. Nothing was changed.`,
        0,
        fileName,
      );
    }
    // Line numbers of a JSON export: the line where each record starts, when the file is pretty-printed.
    const starts = elementLines(body, 'applications', applications.length);
    applications.forEach((value, i) => {
      const parsed = readRecord(value);
      const line = starts[i] ?? 0;
      if ('error' in parsed) errors.push({ line, message: `Application ${i + 1}: ${parsed.error}.` });
      else items.push({ line, record: parsed.record });
    });
    // Employer links (optional: older backups have none). A bad link is left out and listed; the records still import.
    const links: CompanyAlias[] = [];
    const linkErrors: ImportPreview['errors'] = [];
    if (aliases !== undefined && aliases !== null) {
      if (!Array.isArray(aliases)) {
        linkErrors.push({
          line: 0,
          message: 'The employer links of this file ("aliases") are not a list, so none of them will be imported.',
        });
      } else if (aliases.length > MAX_IMPORT_ROWS) {
        linkErrors.push({
          line: 0,
          message: `This file holds more than ${MAX_IMPORT_ROWS.toLocaleString('en')} employer links, more than Baskets imports at once, so none of them will be imported.`,
        });
      } else {
        const linkStarts = elementLines(body, 'aliases', aliases.length);
        aliases.forEach((value, i) => {
          const parsed = parseAlias(value);
          const line = linkStarts[i] ?? 0;
          if ('error' in parsed) linkErrors.push({ line, message: `Employer link ${i + 1}: ${parsed.error}.` });
          else links.push(parsed.alias);
        });
      }
    }
    return { format: 'baskets-json', items, errors, links, linkErrors };
  }
  let csv;
  try {
    csv = parseCsv(body, { maxRows: MAX_IMPORT_ROWS + 1 });
  } catch (error) {
    if (error instanceof CsvError) {
      return failed(
        'tracker-csv',
        `This file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, more than Baskets imports at once. Nothing was changed.`,
        0,
        fileName,
      );
    }
    throw error;
  }
  const [header, ...rows] = csv.rows;
  const firstError = csv.errors[0];
  if (firstError && (!header || firstError.line < (csv.lines[0] ?? Infinity))) {
    // Without a readable first line there are no columns to read the other lines by.
    return failed(
      'tracker-csv',
      `The first line of this file cannot be read: ${firstError.message}. Nothing was changed.`,
      firstError.line,
      fileName,
    );
  }
  if (!header) return failed('tracker-csv', 'This file is empty. Nothing was changed.', 0, fileName);
  // Rows that break RFC 4180 are left out and listed; the other rows are read as usual.
  for (const e of csv.errors) errors.push({ line: e.line, message: `${lineLabel(e.line, e.endLine)}: ${e.message}.` });
  if (isBasketsCsvHeader(header)) {
    rows.forEach((cells, i) => {
      const line = csv.lines[i + 1] ?? 0;
      const parsed = readRecord(csvRecord(header, cells));
      if ('error' in parsed) errors.push({ line, message: `Line ${line}: ${parsed.error}.` });
      else items.push({ line, record: parsed.record });
    });
    return { format: 'baskets-csv', items, errors };
  }
  const map = mapHeaders(header);
  if (map.company === undefined && map.title === undefined) {
    return failed(
      'tracker-csv',
      'No "Company" or "Job Title" column was found in the first line, so this file cannot be imported. Nothing was changed.',
      csv.lines[0] ?? 1,
      fileName,
    );
  }
  rows.forEach((cells, i) => {
    const line = csv.lines[i + 1] ?? 0;
    const read = readTrackerRow(cells, map);
    if ('error' in read) errors.push({ line, message: `Line ${line}: ${read.error}.` });
    else items.push({ line, row: read.row });
  });
  return { format: 'tracker-csv', items, errors };
}

function lineLabel(line: number, endLine: number): string {
  return endLine > line ? `Lines ${line}–${endLine}` : `Line ${line}`;
}

/** The 1-based line on which each object in the top-level array `key` ("applications", "aliases") starts (best effort). */
function elementLines(body: string, key: string, count: number): number[] {
  const out: number[] = [];
  // The key itself, not the same word as a value: only a key is followed by a colon.
  const startKey = body.search(new RegExp(`"${key}"\\s*:`));
  if (startKey < 0) return out;
  let line = 1;
  for (let i = 0; i < startKey; i++) if (body.charCodeAt(i) === 10) line++;
  let depth = 0;
  let inString = false;
  for (let i = startKey; i < body.length && out.length < count; i++) {
    const c = body[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth === 1 && c === '{') out.push(line);
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  return out;
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** JSON with object keys sorted at every level and undefined properties dropped, for equality checks. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameRecord(a: Application, b: Application): boolean {
  return stable(a) === stable(b);
}

/**
 * Read and validate a whole file and plan every write, writing nothing. `decoded` says how the file's bytes became
 * `text` (see decodeText): a file that was not UTF-8 gets a note in the preview with the first line that was not.
 */
export async function previewImport(text: string, fileName?: string, decoded?: Omit<DecodedText, 'text'>): Promise<ImportPreview> {
  const preview = await planImport(text, fileName);
  if (decoded?.encoding === 'windows-1252' && decoded.firstLine) {
    preview.encoding = { name: 'windows-1252', line: decoded.firstLine.line, text: cleanText(decoded.firstLine.text, 160) };
  }
  return preview;
}

async function planImport(text: string, fileName?: string): Promise<ImportPreview> {
  if (typeof text !== 'string') return failed('tracker-csv', 'The file could not be read. Nothing was changed.', 0, fileName);
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) {
    return failed('tracker-csv', 'This file is larger than 20 MB, more than Baskets imports at once. Nothing was changed.', 0, fileName);
  }
  const name = fileName ? cleanText(fileName, 200) : undefined;
  const read = readFile(text, name);
  if ('ok' in read) return read;
  const { format, items } = read;
  const errors = read.errors;
  const fileLinks = read.links ?? [];

  const [existing, aliasList] = await Promise.all([
    allApplications(),
    withTx(['aliases'], 'readonly', (tx) => tx.objectStore('aliases').getAll()),
  ]);
  const aliases = new Map(aliasList.map((a) => [a.key, a.canonicalKey]));
  const byId = new Map(existing.map((r) => [r.id, r]));
  const byDedupe = new Map(existing.map((r) => [r.dedupeKey, r]));
  const byTitleDay = new Map<string, Application>();
  const byTitle = new Map<string, Application>();
  for (const r of existing) {
    const t = `${r.companyKey}\u0000${titleKey(r.title)}`;
    byTitleDay.set(`${t}\u0000${dayOf(r.appliedAt)}`, r);
    byTitle.set(t, r);
  }

  const add: Application[] = [];
  const update: ImportPreview['plan']['update'] = [];
  let skipped = errors.length;
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const now = nowIso();
  const signal = `import: ${name ?? 'file'}`.slice(0, LIMITS.signal);

  for (const item of items) {
    if (item.record) {
      const r = item.record;
      if (seenIds.has(r.id) || seenKeys.has(r.dedupeKey)) {
        skipped++;
        continue;
      }
      seenIds.add(r.id);
      seenKeys.add(r.dedupeKey);
      const match = byId.get(r.id) ?? byDedupe.get(r.dedupeKey);
      if (!match) {
        add.push(r);
        continue;
      }
      const clash = byDedupe.get(r.dedupeKey);
      if (clash && clash.id !== match.id) {
        errors.push({ line: item.line, message: `Line ${item.line}: this job is already stored as another record.` });
        skipped++;
        continue;
      }
      const next = { ...r, id: match.id };
      if (sameRecord(next, match)) skipped++;
      else update.push({ record: next, before: match });
      continue;
    }
    const row = item.row as TrackerRow;
    const raw = companyKey(row.company);
    const key = aliases.get(raw) ?? raw;
    const t = `${key}\u0000${titleKey(row.title)}`;
    const urlKey = row.jobId || row.url ? dedupeKeyFor({ ...row, id: '' }) : '';
    const fileKey = urlKey || (row.appliedAt ? `${t}\u0000${dayOf(row.appliedAt)}` : t);
    if (seenKeys.has(fileKey)) {
      skipped++;
      continue;
    }
    seenKeys.add(fileKey);
    const match =
      (urlKey ? byDedupe.get(urlKey) : undefined) ?? (row.appliedAt ? byTitleDay.get(`${t}\u0000${dayOf(row.appliedAt)}`) : byTitle.get(t));
    if (!match) {
      const job = { company: row.company, title: row.title, location: row.location, url: row.url, source: row.source };
      const record = newApplication(row.jobId ? { ...job, jobId: row.jobId } : job, {
        companyKey: key,
        appliedAt: row.appliedAt ?? now,
        status: row.status,
        notes: row.notes,
        method: 'import',
        signal,
        now,
        historyNote: 'imported',
      });
      if (byDedupe.has(record.dedupeKey)) {
        skipped++;
        continue;
      }
      add.push(record);
      continue;
    }
    // Known application: take what the file adds (a status further along, a missing location, new notes). An old
    // copy of the tracker never moves a status back, and a closed application stays closed.
    const next: Application = { ...match, history: [...match.history] };
    let changed = false;
    if (isFurtherAlong(row.status, match.status)) {
      next.status = row.status;
      next.history.push({ status: row.status, at: now, note: 'imported' });
      changed = true;
    }
    if (!next.location && row.location) {
      next.location = row.location;
      changed = true;
    }
    if (row.notes && !next.notes.includes(row.notes)) {
      next.notes = (next.notes ? `${next.notes}\n\n${row.notes}` : row.notes).slice(0, LIMITS.notes);
      changed = true;
    }
    if (changed) {
      next.updatedAt = now;
      update.push({ record: next, before: match });
    } else skipped++;
  }

  // Employer links, planned as linkKeys will make them one after another in the commit: a link already stored
  // here wins over the file's, the first of the file's links for a name wins over later ones, a link to a name
  // that is itself linked goes to where that one points (chains stay flat), and a link that would loop is left out.
  const linkTo = new Map(aliases);
  const links: CompanyAlias[] = [];
  for (const link of fileLinks) {
    if (linkTo.has(link.key)) continue;
    const target = resolveLink(linkTo, link.canonicalKey);
    if (target === link.key) continue;
    linkTo.set(link.key, target);
    links.push(link);
  }

  // A Baskets backup is all or nothing: a damaged record means a damaged file. Its employer links are not records:
  // a damaged link is listed and left out.
  const recordErrors = errors.length;
  errors.push(...(read.linkErrors ?? []));
  errors.sort((a, b) => a.line - b.line);
  const listed = errors.length > MAX_LISTED_ERRORS ? errors.slice(0, MAX_LISTED_ERRORS) : errors;
  if (errors.length > MAX_LISTED_ERRORS) {
    listed.push({ line: 0, message: `… and ${errors.length - MAX_LISTED_ERRORS} more lines with problems.` });
  }
  const strict = format !== 'tracker-csv';
  const nothingUsable = items.length === 0 && fileLinks.length === 0 && errors.length > 0;
  const ok = !(strict && recordErrors > 0) && !nothingUsable;
  const linksClause = links.length ? `, ${links.length} employer link${links.length === 1 ? '' : 's'} to add` : '';
  const message = ok
    ? `${add.length} new, ${update.length} updated, ${skipped} skipped${linksClause}${errors.length ? ` (${errors.length} with problems, listed below)` : ''}.`
    : strict && recordErrors > 0
      ? `This Baskets file is damaged (${recordErrors} invalid record${recordErrors === 1 ? '' : 's'}), so nothing will be imported.`
      : 'No line of this file could be imported. Nothing was changed.';
  const preview: ImportPreview = {
    format,
    toAdd: add.length,
    toUpdate: update.length,
    skipped,
    linksToAdd: links.length,
    errors: listed,
    ok,
    message,
    plan: { add, update, links, aliasesBefore: aliasList },
  };
  if (name) preview.fileName = name;
  return preview;
}

/** Where names with key `key` file, following the planned links (compressing the path, so long chains stay cheap). */
function resolveLink(linkTo: Map<string, string>, key: string): string {
  let target = key;
  for (let next = linkTo.get(target); next !== undefined; next = linkTo.get(target)) target = next;
  for (let k = key, next = linkTo.get(k); next !== undefined && next !== target; k = next, next = linkTo.get(k)) linkTo.set(k, target);
  return target;
}

/** Apply a preview in ONE transaction: everything is written, or (on any error) nothing is. */
export async function commitImport(preview: ImportPreview): Promise<{ added: number; updated: number; linked: number }> {
  if (!preview || !preview.ok || !preview.plan) {
    throw new ValidationError(preview?.message || 'This import cannot be committed. Nothing was changed.');
  }
  const { add, update, links, aliasesBefore } = preview.plan;
  let linked = 0;
  try {
    await withTx(['applications', 'aliases'], 'readwrite', async (tx) => {
      if (links.length && stable(await tx.objectStore('aliases').getAll()) !== stable(aliasesBefore)) {
        throw new ValidationError(CHANGED_SINCE_PREVIEW);
      }
      const store = tx.objectStore('applications');
      const writes: Array<Promise<unknown>> = [];
      // If a later write throws, the earlier ones reject with AbortError: they are awaited below or deliberately ignored.
      const queue = (p: Promise<unknown>): void => {
        p.catch(() => undefined);
        writes.push(p);
      };
      for (const { record, before } of update) {
        const current = await store.get(record.id);
        if (!current || !sameRecord(current, before)) throw new ValidationError(CHANGED_SINCE_PREVIEW);
        queue(store.put(record));
      }
      // Requests are queued without awaiting each one: one transaction, as fast as IndexedDB allows.
      for (const record of add) queue(store.add(record));
      await Promise.all(writes);
      // After the records, so the records just imported are re-keyed like the stored ones.
      for (const link of links) if (await linkKeys(tx, link)) linked++;
    });
  } catch (error) {
    if (error instanceof ValidationError && (error.cause as { name?: string } | undefined)?.name === 'ConstraintError') {
      throw new ValidationError(CHANGED_SINCE_PREVIEW, { cause: error.cause });
    }
    throw error;
  }
  return { added: add.length, updated: update.length, linked };
}
