/**
 * The applications repository: capture (idempotent upsert by dedupe key), edits, status changes, delete/restore.
 * Every write is ONE readwrite transaction that reads, modifies and writes inside itself, so a capture and an edit
 * arriving at the same moment are serialised by IndexedDB and neither is lost.
 */
import {
  CAPTURED_FIELDS,
  LIMITS,
  isStatus,
  type Application,
  type CaptureMethod,
  type CapturedField,
  type JobDetails,
  type Status,
} from '../core/application';
import { canonicalUrl } from '../core/canonical-url';
import { companyKey } from '../core/company-key';
import { dedupeKeyFor, possibleDuplicateReason, POSSIBLE_DUPLICATE_DAYS } from '../core/dedupe';
import { cleanMultiline, cleanText } from '../core/sanitize';
import type { IDBPObjectStore, StoreNames } from 'idb';
import { withTx, type Tx } from './connection';
import type { BasketsSchema } from './schema';
import { ValidationError } from './errors';
import {
  cleanJob,
  cleanSource,
  historyNote,
  lacksDetails,
  newApplication,
  nowIso,
  parseApplication,
  requireIso,
  type CleanJob,
} from './records';

const DAY_MS = 24 * 60 * 60 * 1000;

type AppsStore = IDBPObjectStore<BasketsSchema, ArrayLike<StoreNames<BasketsSchema>>, 'applications', IDBTransactionMode>;
interface AppsTx {
  objectStore(name: 'applications'): AppsStore;
}

/** Records of the same employer, same title, other site, within 30 days of `record` (never `record` itself). */
export async function duplicatesOf(tx: AppsTx, record: Application): Promise<Application[]> {
  if (!record.companyKey) return [];
  const t = Date.parse(record.appliedAt);
  const lower = new Date(Math.max(0, t - POSSIBLE_DUPLICATE_DAYS * DAY_MS - DAY_MS)).toISOString();
  const upper = new Date(t + POSSIBLE_DUPLICATE_DAYS * DAY_MS + DAY_MS).toISOString();
  const near = await tx
    .objectStore('applications')
    .index('companyKey_appliedAt')
    .getAll(IDBKeyRange.bound([record.companyKey, lower], [record.companyKey, upper]));
  return near.filter((other) => possibleDuplicateReason(record, other) !== undefined);
}

export interface AddOptions {
  method: CaptureMethod;
  signal: string;
  appliedAt?: string;
  status?: Status;
  notes?: string;
}

/** `capture` with `fields` as its provenance (none when empty), as a new object. */
function withFields(capture: Application['capture'], fields: Partial<Application['capture']['fields']>): Application['capture'] {
  const next: Application['capture'] = { method: capture.method, signal: capture.signal };
  const kept = Object.fromEntries(Object.entries(fields ?? {}).filter(([, p]) => p !== undefined));
  if (Object.keys(kept).length) next.fields = kept;
  return next;
}

/** `capture` without the provenance of `fields`: values the user typed or confirmed are no longer guesses. */
function withoutProvenance(capture: Application['capture'], fields: readonly CapturedField[]): Application['capture'] {
  if (!capture.fields) return capture;
  const rest = { ...capture.fields };
  for (const f of fields) delete rest[f];
  return withFields(capture, rest);
}

/** Meta key remembering that a merged-away record's job now lives in another record. */
export function mergedKey(dedupeKey: string): string {
  return `merged:${dedupeKey}`;
}

/** Inside a transaction: insert the job, or merge it into the record that already has its dedupe key. */
export async function upsertJob(
  tx: Tx<['applications', 'aliases', 'meta', 'pending'], 'readwrite'>,
  job: CleanJob,
  opts: AddOptions,
  now: string,
): Promise<{ record: Application; created: boolean }> {
  const result = await upsertRecord(tx, job, opts, now);
  // A "Did you apply to …?" question about this very job is answered by the record: it leaves.
  const pending = tx.objectStore('pending');
  for (const key of new Set([result.record.dedupeKey, dedupeKeyFor({ ...job, id: result.record.id })])) {
    const asked = await pending.index('dedupeKey').get(key);
    if (asked) await pending.delete(asked.id);
  }
  return result;
}

async function upsertRecord(
  tx: Tx<['applications', 'aliases', 'meta', 'pending'], 'readwrite'>,
  job: CleanJob,
  opts: AddOptions,
  now: string,
): Promise<{ record: Application; created: boolean }> {
  const store = tx.objectStore('applications');
  const raw = companyKey(job.company);
  const alias = raw ? await tx.objectStore('aliases').get(raw) : undefined;
  const key = alias ? alias.canonicalKey : raw;
  const probeId = crypto.randomUUID();
  const dedupeKey = dedupeKeyFor({ ...job, id: probeId });
  let existing = await store.index('dedupeKey').get(dedupeKey);
  if (!existing) {
    // The job of a record the user merged into another one: it belongs to that one.
    const merged = await tx.objectStore('meta').get(mergedKey(dedupeKey));
    if (merged && typeof merged.value === 'string') existing = await store.get(merged.value);
  }
  const notes = cleanMultiline(opts.notes ?? '', LIMITS.notes);
  if (existing) {
    // Same job again (reload of the confirmation page, second tab, other URL of the same posting):
    // keep the record and the user's edits, only fill what was missing.
    const next: Application = { ...existing };
    let changed = false;
    const fields = { ...existing.capture.fields };
    for (const field of ['company', 'title', 'location', 'url'] as const) {
      if (!next[field] && job[field]) {
        next[field] = job[field];
        changed = true;
        // The value came with this capture: so does how it was found.
        const found = field === 'url' ? undefined : job.fields?.[field];
        if (found) fields[field as CapturedField] = found;
      }
    }
    if (changed) next.capture = withFields(existing.capture, fields);
    if (!existing.company && job.company) next.companyKey = key;
    // A job kept without its name, captured again with it (a reload that could read the header this time).
    if (next.needsDetails && !lacksDetails(next)) delete next.needsDetails;
    if (notes && !next.notes.includes(notes)) {
      next.notes = (next.notes ? `${next.notes}\n\n${notes}` : notes).slice(0, LIMITS.notes);
      changed = true;
    }
    if (changed) {
      next.updatedAt = now;
      await store.put(next);
    }
    return { record: next, created: false };
  }
  const appliedAt = opts.appliedAt ? requireIso(opts.appliedAt, 'applied') : now;
  const status = opts.status ?? 'applied';
  if (!isStatus(status)) throw new ValidationError(`Unknown status "${String(status)}".`);
  if (!['auto', 'manual', 'import'].includes(opts.method)) throw new ValidationError('Unknown capture method.');
  // Only an automatic capture may lack the job's name (it then asks for it): a person logging a job names it.
  if (opts.method !== 'auto' && !job.company && !job.title) throw new ValidationError('A job needs at least a company or a title.');
  const record = newApplication(job, {
    id: probeId,
    companyKey: key,
    appliedAt,
    status,
    notes,
    method: opts.method,
    signal: opts.signal,
    now,
  });
  await store.add(record);
  return { record, created: true };
}

export async function addApplication(
  job: JobDetails,
  opts: AddOptions,
): Promise<{ record: Application; created: boolean; possibleDuplicates: Application[] }> {
  if (!opts || typeof opts !== 'object') throw new ValidationError('Capture options are missing.');
  // A confirmed submission is never dropped: without a company or a title it becomes a needsDetails record.
  const clean = cleanJob(job, { allowUnknown: opts.method === 'auto' });
  return withTx(['applications', 'aliases', 'meta', 'pending'], 'readwrite', async (tx) => {
    const { record, created } = await upsertJob(tx, clean, opts, nowIso());
    const possibleDuplicates = await duplicatesOf(tx, record);
    return { record, created, possibleDuplicates };
  });
}

export async function getApplication(id: string): Promise<Application | undefined> {
  if (typeof id !== 'string' || !id) return undefined;
  return withTx(['applications'], 'readonly', (tx) => tx.objectStore('applications').get(id));
}

async function mustGet(tx: AppsTx, id: string): Promise<Application> {
  const record = typeof id === 'string' && id ? await tx.objectStore('applications').get(id) : undefined;
  if (!record) throw new ValidationError('This application no longer exists. It may have been deleted in another window.');
  return record;
}

export type ApplicationPatch = Partial<
  Pick<
    Application,
    | 'company'
    | 'title'
    | 'location'
    | 'url'
    | 'source'
    | 'jobId'
    | 'appliedAt'
    | 'notes'
    | 'lessons'
    | 'feedbackRequestedAt'
    | 'followUpAt'
    | 'nextStep'
    | 'nextStepAt'
  >
>;

const EDIT_LABELS: Record<keyof ApplicationPatch, string> = {
  company: 'company',
  title: 'title',
  location: 'location',
  url: 'link',
  source: 'site',
  jobId: 'job id',
  appliedAt: 'applied date',
  notes: 'notes',
  lessons: 'lessons',
  feedbackRequestedAt: 'feedback request',
  followUpAt: 'follow-up date',
  nextStep: 'next step',
  nextStepAt: 'next step date',
};
/** Automatic edit entries closer than this to the previous one are folded into it (autosaving notes). */
const EDIT_COALESCE_MS = 5 * 60 * 1000;

function optionalDate(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return requireIso(value, field);
}

export async function updateApplication(id: string, patch: ApplicationPatch, note?: string): Promise<Application> {
  if (!patch || typeof patch !== 'object') throw new ValidationError('Nothing to change.');
  return withTx(['applications', 'aliases'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    const current = await mustGet(tx, id);
    const next: Application = { ...current, lessons: { ...current.lessons }, history: [...current.history] };
    const changed: Array<keyof ApplicationPatch> = [];
    const set = <K extends keyof ApplicationPatch>(k: K, value: Application[K]): void => {
      if (JSON.stringify(next[k]) !== JSON.stringify(value)) {
        next[k] = value;
        changed.push(k);
      }
    };
    if ('company' in patch) set('company', cleanText(patch.company, LIMITS.company));
    if ('title' in patch) set('title', cleanText(patch.title, LIMITS.title));
    if ('location' in patch) set('location', cleanText(patch.location, LIMITS.location));
    if ('url' in patch) {
      const raw = typeof patch.url === 'string' ? patch.url.trim() : '';
      const url = raw ? canonicalUrl(raw) : '';
      if (raw && !url) throw new ValidationError('The link must be a web address starting with http:// or https://.');
      set('url', url);
    }
    if ('source' in patch) set('source', cleanSource(patch.source) || current.source);
    if ('jobId' in patch) {
      const jobId = cleanText(patch.jobId ?? '', LIMITS.jobId);
      if (jobId !== (current.jobId ?? '')) {
        if (jobId) next.jobId = jobId;
        else delete next.jobId;
        changed.push('jobId');
      }
    }
    if ('appliedAt' in patch) set('appliedAt', requireIso(patch.appliedAt, 'applied'));
    if ('notes' in patch) set('notes', cleanMultiline(patch.notes, LIMITS.notes));
    if ('lessons' in patch && patch.lessons) {
      const l = patch.lessons;
      set('lessons', {
        wentWell: 'wentWell' in l ? cleanMultiline(l.wentWell, LIMITS.lesson) : next.lessons.wentWell,
        couldImprove: 'couldImprove' in l ? cleanMultiline(l.couldImprove, LIMITS.lesson) : next.lessons.couldImprove,
        feedback: 'feedback' in l ? cleanMultiline(l.feedback, LIMITS.lesson) : next.lessons.feedback,
      });
    }
    if ('nextStep' in patch) {
      const step = cleanText(patch.nextStep ?? '', LIMITS.nextStep);
      if (step !== (current.nextStep ?? '')) {
        if (step) next.nextStep = step;
        else delete next.nextStep;
        changed.push('nextStep');
      }
    }
    for (const k of ['feedbackRequestedAt', 'followUpAt', 'nextStepAt'] as const) {
      if (k in patch) {
        const iso = optionalDate(patch[k], EDIT_LABELS[k]);
        if (iso !== current[k]) {
          if (iso) next[k] = iso;
          else delete next[k];
          changed.push(k);
        }
      }
    }
    // A record kept without its job's name may stay so; a named one may not lose both names.
    if (!next.company && !next.title && (current.company || current.title)) {
      throw new ValidationError('An application needs at least a company or a title.');
    }
    if (changed.length === 0) return current;
    const edited = CAPTURED_FIELDS.filter((f) => changed.includes(f));
    if (edited.length) next.capture = withoutProvenance(current.capture, edited);
    if (next.needsDetails && !lacksDetails(next)) delete next.needsDetails;

    if (changed.includes('company')) {
      const raw = companyKey(next.company);
      const alias = raw ? await tx.objectStore('aliases').get(raw) : undefined;
      next.companyKey = alias ? alias.canonicalKey : raw;
    }
    next.dedupeKey = dedupeKeyFor(next);
    if (next.dedupeKey !== current.dedupeKey) {
      const clash = await store.index('dedupeKey').get(next.dedupeKey);
      if (clash && clash.id !== next.id) {
        throw new ValidationError(`Another application (${clash.company || clash.title}) already has this job. Merge the two instead.`);
      }
    }
    const now = nowIso();
    const explicit = historyNote(note);
    const last = next.history[next.history.length - 1];
    const labels = changed.map((k) => EDIT_LABELS[k]);
    if (
      !explicit &&
      last &&
      last.status === next.status &&
      last.note?.startsWith('edited ') &&
      Date.parse(now) - Date.parse(last.at) < EDIT_COALESCE_MS
    ) {
      const before = last.note.slice('edited '.length).split(', ');
      const all = [...before, ...labels.filter((l) => !before.includes(l))];
      next.history[next.history.length - 1] = { ...last, at: now, note: `edited ${all.join(', ')}` };
    } else {
      next.history.push({ status: next.status, at: now, note: explicit ?? `edited ${labels.join(', ')}` });
    }
    next.updatedAt = now;
    await store.put(next);
    return next;
  });
}

export type DetailsPatch = Partial<Record<CapturedField, string>>;

/**
 * The user names the job of a record kept without it (the popup's "which job was it?"): sets what they typed,
 * drops the provenance of those fields (the user's word is final) and clears `needsDetails` once the company and
 * the title are both known. Empty values are ignored; at least one must be given. One transaction.
 */
export async function fillDetails(id: string, details: DetailsPatch): Promise<Application> {
  if (!details || typeof details !== 'object') throw new ValidationError('Nothing to fill in.');
  const given: DetailsPatch = {};
  for (const f of CAPTURED_FIELDS) {
    const value = cleanText(details[f], LIMITS[f]);
    if (value) given[f] = value;
  }
  const set = CAPTURED_FIELDS.filter((f) => given[f] !== undefined);
  if (set.length === 0) throw new ValidationError('Enter the job title or the company.');
  return withTx(['applications', 'aliases'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    const current = await mustGet(tx, id);
    const next: Application = { ...current, history: [...current.history] };
    const changed: CapturedField[] = [];
    for (const f of set) {
      if (next[f] !== given[f]) {
        next[f] = given[f] as string;
        changed.push(f);
      }
    }
    next.capture = withoutProvenance(current.capture, set);
    if (next.needsDetails && !lacksDetails(next)) delete next.needsDetails;
    if (changed.length === 0 && JSON.stringify(next) === JSON.stringify(current)) return current;
    if (changed.includes('company')) {
      const raw = companyKey(next.company);
      const alias = raw ? await tx.objectStore('aliases').get(raw) : undefined;
      next.companyKey = alias ? alias.canonicalKey : raw;
    }
    const now = nowIso();
    const labels = (changed.length ? changed : set).map((f) => EDIT_LABELS[f]);
    next.history.push({ status: next.status, at: now, note: `added details: ${labels.join(', ')}` });
    next.updatedAt = now;
    await store.put(next);
    return next;
  });
}

function sortHistory(history: Application['history']): Application['history'] {
  return history
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map((x) => x.e);
}

function applyStatus(record: Application, status: Status, note: string | undefined, at: string, now: string): Application {
  const entry: Application['history'][number] = { status, at };
  if (note) entry.note = note;
  return { ...record, status, history: sortHistory([...record.history, entry]), updatedAt: now };
}

/** Record a status change (forwards or backwards); it is appended to the history. */
export async function setStatus(id: string, status: Status, note?: string, at?: string): Promise<Application> {
  if (!isStatus(status)) throw new ValidationError(`Unknown status "${String(status)}".`);
  const when = at ? requireIso(at, 'status') : undefined;
  const cleanNote = historyNote(note);
  return withTx(['applications'], 'readwrite', async (tx) => {
    const current = await mustGet(tx, id);
    const now = nowIso();
    const next = applyStatus(current, status, cleanNote, when ?? now, now);
    await tx.objectStore('applications').put(next);
    return next;
  });
}

/** One status for many records at once. Returns the records as they were BEFORE, for undo. */
export async function setStatusMany(ids: string[], status: Status): Promise<Application[]> {
  if (!isStatus(status)) throw new ValidationError(`Unknown status "${String(status)}".`);
  if (!Array.isArray(ids)) throw new ValidationError('No applications selected.');
  return withTx(['applications'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    const now = nowIso();
    const before: Application[] = [];
    for (const id of new Set(ids)) {
      const current = typeof id === 'string' ? await store.get(id) : undefined;
      if (!current) continue;
      before.push(current);
      if (current.status !== status) await store.put(applyStatus(current, status, undefined, now, now));
    }
    return before;
  });
}

/** Delete the given records (only on an explicit user action). Returns them so the UI can undo. */
export async function deleteApplications(ids: string[]): Promise<Application[]> {
  if (!Array.isArray(ids)) throw new ValidationError('No applications selected.');
  return withTx(['applications'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    const deleted: Application[] = [];
    for (const id of new Set(ids)) {
      const current = typeof id === 'string' ? await store.get(id) : undefined;
      if (!current) continue;
      deleted.push(current);
      await store.delete(id);
    }
    return deleted;
  });
}

/** Undo of a delete or bulk change: puts the records back exactly as given, in one transaction. */
export async function restoreApplications(records: Application[]): Promise<void> {
  if (!Array.isArray(records)) throw new ValidationError('Nothing to restore.');
  const clean: Application[] = [];
  for (const r of records) {
    const parsed = parseApplication(r);
    if ('error' in parsed) throw new ValidationError(`Cannot restore a record: ${parsed.error}.`);
    clean.push(parsed.record);
  }
  await withTx(['applications'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    for (const r of clean) await store.put(r);
  });
}

/** Delete all applications, pending candidates and employer links. Returns how many applications there were. */
export async function deleteEverything(): Promise<number> {
  return withTx(['applications', 'pending', 'aliases', 'meta'], 'readwrite', async (tx) => {
    const count = await tx.objectStore('applications').count();
    await Promise.all([
      tx.objectStore('applications').clear(),
      tx.objectStore('pending').clear(),
      tx.objectStore('aliases').clear(),
      tx.objectStore('meta').clear(),
    ]);
    return count;
  });
}
