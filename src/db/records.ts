/**
 * Building and validating application records. Every string that reaches the store goes through here.
 */
import {
  CAPTURED_FIELDS,
  EMPTY_LESSONS,
  LIMITS,
  isProvenance,
  isStatus,
  type Application,
  type CaptureMethod,
  type CapturedField,
  type FieldProvenance,
  type HistoryEntry,
  type JobDetails,
  type Lessons,
} from '../core/application';
import { canonicalUrl } from '../core/canonical-url';
import { companyKey } from '../core/company-key';
import { dedupeKeyFor } from '../core/dedupe';
import { isRecord } from '../core/guards';
import { cleanMultiline, cleanText } from '../core/sanitize';
import { ValidationError } from './errors';

export const CAPTURE_METHODS: readonly CaptureMethod[] = ['auto', 'manual', 'import'];

export function nowIso(): string {
  return new Date().toISOString();
}

/** A date string in any form `Date.parse` accepts, as a full ISO 8601 UTC string; undefined if it is not a date. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (y < 1970 || y > 9999) return undefined;
  return d.toISOString();
}

export function requireIso(value: unknown, field: string): string {
  const iso = toIso(value);
  if (!iso) throw new ValidationError(`The ${field} date is not a valid date.`);
  return iso;
}

export function cleanSource(value: unknown): string {
  return cleanText(value, LIMITS.source).toLowerCase();
}

export interface CleanJob {
  company: string;
  title: string;
  location: string;
  url: string;
  jobId?: string;
  source: string;
  /** How each non-empty value was found (captures only). */
  fields?: FieldProvenance;
}

/**
 * The provenance of a capture's fields, keeping only known fields with a known provenance and a value in `job`
 * (a provenance for a field the capture did not fill says nothing). Undefined when nothing is left.
 */
export function cleanFields(value: unknown, job?: Pick<CleanJob, CapturedField>): FieldProvenance | undefined {
  if (!isRecord(value)) return undefined;
  const out: FieldProvenance = {};
  for (const f of CAPTURED_FIELDS) {
    const p = value[f];
    if (isProvenance(p) && (!job || job[f])) out[f] = p;
  }
  return Object.keys(out).length ? out : undefined;
}

/** True when a record would not say which job it is: the company or the title is unknown. */
export function lacksDetails(job: Pick<CleanJob, 'company' | 'title'>): boolean {
  return !job.company || !job.title;
}

/**
 * Clean a captured job. Throws ValidationError when it names neither a company nor a title, unless `allowUnknown`
 * (an automatic capture of a confirmed submission, which is kept and asks for its details).
 */
export function cleanJob(job: JobDetails, { allowUnknown = false }: { allowUnknown?: boolean } = {}): CleanJob {
  if (!job || typeof job !== 'object') throw new ValidationError('The job details are missing.');
  const out: CleanJob = {
    company: cleanText(job.company, LIMITS.company),
    title: cleanText(job.title, LIMITS.title),
    location: cleanText(job.location, LIMITS.location),
    url: typeof job.url === 'string' ? canonicalUrl(job.url) : '',
    source: cleanSource(job.source) || 'manual',
  };
  const jobId = cleanText(job.jobId, LIMITS.jobId);
  if (jobId) out.jobId = jobId;
  const fields = cleanFields(job.fields, out);
  if (fields) out.fields = fields;
  if (!out.company && !out.title && !allowUnknown) throw new ValidationError('A job needs at least a company or a title.');
  return out;
}

export function historyNote(value: unknown): string | undefined {
  const note = cleanMultiline(value, LIMITS.note);
  return note || undefined;
}

export function newApplication(
  job: CleanJob,
  fields: {
    id?: string;
    companyKey: string;
    appliedAt: string;
    status: Application['status'];
    notes: string;
    method: CaptureMethod;
    signal: string;
    now: string;
    historyNote?: string;
  },
): Application {
  const id = fields.id ?? crypto.randomUUID();
  const entry: HistoryEntry = { status: fields.status, at: fields.appliedAt };
  if (fields.historyNote) entry.note = fields.historyNote;
  const record: Application = {
    id,
    company: job.company,
    companyKey: fields.companyKey,
    title: job.title,
    location: job.location,
    url: job.url,
    source: job.source,
    appliedAt: fields.appliedAt,
    status: fields.status,
    history: [entry],
    notes: fields.notes,
    lessons: { ...EMPTY_LESSONS },
    capture: { method: fields.method, signal: cleanText(fields.signal, LIMITS.signal) },
    createdAt: fields.now,
    updatedAt: fields.now,
    dedupeKey: dedupeKeyFor({ source: job.source, jobId: job.jobId, url: job.url, id }),
  };
  if (job.jobId) record.jobId = job.jobId;
  if (fields.method === 'auto' && job.fields) record.capture.fields = { ...job.fields };
  // Only a capture can be a job nobody named: a manual entry or an import says what the user meant.
  if (fields.method === 'auto' && lacksDetails(job)) record.needsDetails = true;
  return record;
}

/**
 * Validate a full record from a backup (JSON or CSV) or an undo. Strict about types: a field of the wrong type is
 * an error, not a guess. Strings are cleaned and capped like everything else.
 */
export function parseApplication(value: unknown): { record: Application } | { error: string } {
  if (!isRecord(value)) return { error: 'not an application record' };
  const v = value;
  const str = (k: string): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const optStr = (k: string): boolean => v[k] === undefined || v[k] === null || typeof v[k] === 'string';
  for (const k of ['id', 'company', 'title', 'appliedAt', 'status', 'createdAt', 'updatedAt']) {
    if (typeof v[k] !== 'string') return { error: `"${k}" must be text` };
  }
  for (const k of [
    'location',
    'url',
    'source',
    'jobId',
    'notes',
    'feedbackRequestedAt',
    'followUpAt',
    'nextStep',
    'nextStepAt',
    'companyKey',
    'dedupeKey',
  ]) {
    if (!optStr(k)) return { error: `"${k}" must be text` };
  }
  const id = cleanText(v.id, 100);
  if (!id) return { error: '"id" is empty' };
  const company = cleanText(v.company, LIMITS.company);
  const title = cleanText(v.title, LIMITS.title);
  if (v.needsDetails !== undefined && v.needsDetails !== null && typeof v.needsDetails !== 'boolean') {
    return { error: '"needsDetails" must be true or false' };
  }
  // A record kept for a confirmed submission whose job could not be read may name neither; it still asks for them.
  const needsDetails = v.needsDetails === true && lacksDetails({ company, title });
  if (!company && !title && !needsDetails) return { error: 'needs a company or a title' };
  const status = v.status;
  if (!isStatus(status)) return { error: `unknown status "${cleanText(status, 40)}"` };
  const appliedAt = toIso(v.appliedAt);
  if (!appliedAt) return { error: '"appliedAt" is not a date' };
  const createdAt = toIso(v.createdAt);
  const updatedAt = toIso(v.updatedAt);
  if (!createdAt || !updatedAt) return { error: '"createdAt"/"updatedAt" is not a date' };
  const rawUrl = str('url') ?? '';
  const url = rawUrl ? canonicalUrl(rawUrl) : '';
  if (rawUrl && !url) return { error: '"url" is not a web address' };
  const source = cleanSource(str('source') ?? '') || 'import';
  const jobId = cleanText(str('jobId') ?? '', LIMITS.jobId);

  if (!Array.isArray(v.history)) return { error: '"history" must be a list' };
  const history: HistoryEntry[] = [];
  for (const h of v.history) {
    if (!isRecord(h) || !isStatus(h.status) || typeof h.at !== 'string') return { error: 'a history entry is invalid' };
    const at = toIso(h.at);
    if (!at) return { error: 'a history entry has no valid date' };
    if (h.note !== undefined && h.note !== null && typeof h.note !== 'string') return { error: 'a history note must be text' };
    const entry: HistoryEntry = { status: h.status, at };
    const note = historyNote(h.note);
    if (note) entry.note = note;
    history.push(entry);
  }

  let lessons: Lessons = { ...EMPTY_LESSONS };
  if (v.lessons !== undefined && v.lessons !== null) {
    if (!isRecord(v.lessons)) return { error: '"lessons" must be an object' };
    const l = v.lessons;
    for (const k of ['wentWell', 'couldImprove', 'feedback']) {
      if (l[k] !== undefined && typeof l[k] !== 'string') return { error: `"lessons.${k}" must be text` };
    }
    lessons = {
      wentWell: cleanMultiline(l.wentWell, LIMITS.lesson),
      couldImprove: cleanMultiline(l.couldImprove, LIMITS.lesson),
      feedback: cleanMultiline(l.feedback, LIMITS.lesson),
    };
  }
  let capture: Application['capture'] = { method: 'import', signal: '' };
  if (v.capture !== undefined && v.capture !== null) {
    if (!isRecord(v.capture)) return { error: '"capture" must be an object' };
    const m = v.capture.method;
    if (typeof m !== 'string' || !(CAPTURE_METHODS as readonly string[]).includes(m)) {
      return { error: '"capture.method" must be auto, manual or import' };
    }
    if (v.capture.signal !== undefined && typeof v.capture.signal !== 'string') return { error: '"capture.signal" must be text' };
    capture = { method: m as CaptureMethod, signal: cleanText(v.capture.signal, LIMITS.signal) };
    const f = v.capture.fields;
    if (f !== undefined && f !== null) {
      if (!isRecord(f)) return { error: '"capture.fields" must be an object' };
      for (const [k, p] of Object.entries(f)) {
        if (!(CAPTURED_FIELDS as readonly string[]).includes(k))
          return { error: `"capture.fields" has an unknown field "${cleanText(k, 40)}"` };
        if (!isProvenance(p)) return { error: `"capture.fields.${k}" must be structured, labelled, title or slug` };
      }
      const fields = cleanFields(f, { company, title, location: cleanText(str('location') ?? '', LIMITS.location) });
      if (fields) capture.fields = fields;
    }
  }

  const record: Application = {
    id,
    company,
    companyKey: cleanText(str('companyKey') ?? '', LIMITS.company) || companyKey(company),
    title,
    location: cleanText(str('location') ?? '', LIMITS.location),
    url,
    source,
    appliedAt,
    status,
    history: history.length ? history : [{ status, at: appliedAt }],
    notes: cleanMultiline(str('notes') ?? '', LIMITS.notes),
    lessons,
    capture,
    createdAt,
    updatedAt,
    dedupeKey: cleanText(str('dedupeKey') ?? '', LIMITS.url + 100) || dedupeKeyFor({ source, jobId, url, id }),
  };
  if (jobId) record.jobId = jobId;
  if (needsDetails) record.needsDetails = true;
  const nextStep = cleanText(str('nextStep') ?? '', LIMITS.nextStep);
  if (nextStep) record.nextStep = nextStep;
  for (const k of ['feedbackRequestedAt', 'followUpAt', 'nextStepAt'] as const) {
    const raw = str(k);
    if (raw) {
      const iso = toIso(raw);
      if (!iso) return { error: `"${k}" is not a date` };
      record[k] = iso;
    }
  }
  return { record };
}
