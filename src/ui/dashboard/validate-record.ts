/**
 * Turns the record overlay's fields (strings typed by the user) into a store patch, or explains what is wrong,
 * field by field: the whole form at once (validateRecordForm), one field saved in place (validateField), or the
 * next step (validateNextStep). Pure, so it is easy to test; the store validates again on write.
 */
import { LIMITS, STATUSES, isStatus, type Application, type Status } from '../../core/application';
import { cleanMultiline, cleanText, cleanUrl } from '../../core/sanitize';
import { fromDateTimeInput, isTimeInput, toTimeInput } from './format';
import { fromDateInput, isDateInput, toDateInput } from '../components/format';
import type { ApplicationPatch } from '../../db/index';
import { isSiteId } from '../../core/guards';

export interface RecordForm {
  company: string;
  title: string;
  location: string;
  url: string;
  source: string;
  jobId: string;
  appliedAt: string;
  status: string;
  statusNote: string;
  notes: string;
  wentWell: string;
  couldImprove: string;
  feedback: string;
  feedbackRequestedAt: string;
  followUpAt: string;
}

/** The fields the detail panel may change: exactly what the store's updateApplication accepts. */
export type RecordPatch = ApplicationPatch;

export type FormErrors = Partial<Record<keyof RecordForm, string>>;

export function formFromRecord(a: Application): RecordForm {
  return {
    company: a.company,
    title: a.title,
    location: a.location,
    url: a.url,
    source: a.source,
    jobId: a.jobId ?? '',
    appliedAt: toDateInput(a.appliedAt),
    status: a.status,
    statusNote: '',
    notes: a.notes,
    wentWell: a.lessons.wentWell,
    couldImprove: a.lessons.couldImprove,
    feedback: a.lessons.feedback,
    feedbackRequestedAt: toDateInput(a.feedbackRequestedAt),
    followUpAt: toDateInput(a.followUpAt),
  };
}

interface Checked {
  errors: FormErrors;
  patch: RecordPatch;
  status?: Status;
  statusNote: string;
}

export type Validation = { ok: true; patch: RecordPatch; status?: Status; statusNote?: string } | { ok: false; errors: FormErrors };

/** Compare the form with the stored record: only what changed goes into the patch. */
export function validateRecordForm(form: RecordForm, record: Application, now: Date = new Date()): Validation {
  const { errors, patch, status, statusNote } = check(form, record, now);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const result: Validation = { ok: true, patch };
  if (status) {
    result.status = status;
    if (statusNote) result.statusNote = statusNote;
  }
  return result;
}

/** The store fields each form field writes. */
const PATCH_KEYS: Record<keyof RecordForm, ReadonlyArray<keyof RecordPatch>> = {
  company: ['company'],
  title: ['title'],
  location: ['location'],
  url: ['url'],
  source: ['source'],
  jobId: ['jobId'],
  appliedAt: ['appliedAt'],
  status: [],
  statusNote: [],
  notes: ['notes'],
  wentWell: ['lessons'],
  couldImprove: ['lessons'],
  feedback: ['lessons'],
  feedbackRequestedAt: ['feedbackRequestedAt'],
  followUpAt: ['followUpAt'],
};

export type FieldValidation = { ok: true; patch: RecordPatch } | { ok: false; error: string };

/**
 * One field edited in place: its error, or the patch that saves it (empty when nothing changed). Other fields
 * are judged as stored, so a record kept without its company can still get its title first.
 */
export function validateField(key: keyof RecordForm, value: string, record: Application, now: Date = new Date()): FieldValidation {
  const form = { ...formFromRecord(record), [key]: value };
  const { errors, patch } = check(form, record, now);
  const error = errors[key];
  if (error) return { ok: false, error };
  const only: RecordPatch = {};
  for (const k of PATCH_KEYS[key]) {
    if (k in patch) (only as Record<string, unknown>)[k] = patch[k];
  }
  return { ok: true, patch: only };
}

/** The next step as typed: what, the day, and an optional time of day. */
export interface NextStepForm {
  what: string;
  date: string;
  time: string;
}

export function nextStepFromRecord(a: Application): NextStepForm {
  return { what: a.nextStep ?? '', date: toDateInput(a.nextStepAt), time: toTimeInput(a.nextStepAt) };
}

export type NextStepValidation =
  { ok: true; patch: Pick<RecordPatch, 'nextStep' | 'nextStepAt'> } | { ok: false; errors: Partial<Record<keyof NextStepForm, string>> };

/**
 * The next step's patch (only what changed; `undefined` clears), or what is wrong. A day without a time is kept
 * at local noon (see fromDateInput); a time needs its day.
 */
export function validateNextStep(form: NextStepForm, record: Application): NextStepValidation {
  const errors: Partial<Record<keyof NextStepForm, string>> = {};
  const patch: Pick<RecordPatch, 'nextStep' | 'nextStepAt'> = {};
  const what = cleanText(form.what, LIMITS.nextStep);
  if (what !== (record.nextStep ?? '')) patch.nextStep = what || undefined;

  const date = form.date.trim();
  const time = form.time.trim();
  let at: string | undefined;
  if (date && !isDateInput(date)) errors.date = 'Enter a real date (year, month, day), or leave it empty.';
  else if (time && !isTimeInput(time)) errors.time = 'Enter a time such as 14:30, or leave it empty.';
  else if (time && !date) errors.date = 'Enter the day as well as the time.';
  else if (date) at = time ? fromDateTimeInput(date, time) : fromDateInput(date);
  if (!errors.date && !errors.time) {
    const same = at === record.nextStepAt || (at && record.nextStepAt && Date.parse(at) === Date.parse(record.nextStepAt));
    if (!same) patch.nextStepAt = at;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, patch };
}

function check(form: RecordForm, record: Application, now: Date): Checked {
  const errors: FormErrors = {};
  const patch: RecordPatch = {};

  const company = cleanText(form.company, LIMITS.company);
  if (!company) errors.company = 'Enter the employer’s name.';
  else if (company !== record.company) patch.company = company;

  const title = cleanText(form.title, LIMITS.title);
  if (title !== record.title) patch.title = title;

  const location = cleanText(form.location, LIMITS.location);
  if (location !== record.location) patch.location = location;

  const rawUrl = form.url.trim();
  if (rawUrl) {
    const url = cleanUrl(rawUrl, LIMITS.url);
    if (!url) errors.url = 'Enter a full web address starting with https:// or http://, or leave it empty.';
    else if (url !== record.url && rawUrl !== record.url) patch.url = url;
  } else if (record.url) patch.url = '';

  const source = cleanText(form.source, LIMITS.source).toLowerCase();
  if (!source) errors.source = 'Choose the site where you applied.';
  else if (!isSiteId(source)) errors.source = 'Choose one of the sites in the list.';
  else if (source !== record.source) patch.source = source;

  const jobId = cleanText(form.jobId, LIMITS.jobId);
  if (jobId !== (record.jobId ?? '')) patch.jobId = jobId || undefined;

  if (!form.appliedAt) errors.appliedAt = 'Enter the date you applied.';
  else if (!isDateInput(form.appliedAt)) errors.appliedAt = 'Enter a real date (year, month, day).';
  else {
    const iso = fromDateInput(form.appliedAt, record.appliedAt);
    if (iso && Date.parse(iso) > now.getTime() + 36 * 3600_000) errors.appliedAt = 'The date you applied cannot be in the future.';
    else if (iso && iso !== record.appliedAt) patch.appliedAt = iso;
  }

  let status: Status | undefined;
  if (!isStatus(form.status)) errors.status = `Choose one of: ${STATUSES.join(', ')}.`;
  else if (form.status !== record.status) status = form.status;
  const statusNote = cleanText(form.statusNote, LIMITS.note);

  const notes = cleanMultiline(form.notes, LIMITS.notes);
  if (notes !== record.notes) patch.notes = notes;

  const lessons = {
    wentWell: cleanMultiline(form.wentWell, LIMITS.lesson),
    couldImprove: cleanMultiline(form.couldImprove, LIMITS.lesson),
    feedback: cleanMultiline(form.feedback, LIMITS.lesson),
  };
  if (
    lessons.wentWell !== record.lessons.wentWell ||
    lessons.couldImprove !== record.lessons.couldImprove ||
    lessons.feedback !== record.lessons.feedback
  ) {
    patch.lessons = lessons;
  }

  for (const key of ['feedbackRequestedAt', 'followUpAt'] as const) {
    const value = form[key];
    if (!value) {
      if (record[key]) patch[key] = undefined;
      continue;
    }
    if (!isDateInput(value)) {
      errors[key] = 'Enter a real date (year, month, day), or leave it empty.';
      continue;
    }
    const iso = fromDateInput(value, record[key]);
    if (iso !== record[key]) patch[key] = iso;
  }

  const checked: Checked = { errors, patch, statusNote };
  if (status) checked.status = status;
  return checked;
}
