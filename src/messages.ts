/**
 * The message protocol between contexts (content script, background, extension pages), typed and
 * validated at runtime in one place. Anything that does not validate is dropped by the receiver.
 * Pure: no browser API here, so it is tested in Node.
 */
import { LIMITS, isStatus, type JobDetails, type Status } from './core/application';
import { cleanText, cleanUrl } from './core/sanitize';

/** A job as the content script saw it. Strings are cleaned and capped on arrival. */
export interface JobPayload extends JobDetails {}

/** Content → background: the user is on a posting or form; remember the job for this tab. */
export interface ContextMessage {
  type: 'context';
  job: JobPayload;
}

/** Content → background: evidence of submission (`submitted`) or a submit click without it yet (`pending`). */
export interface CaptureMessage {
  type: 'capture';
  kind: 'submitted' | 'pending';
  /** Unique per attempt, so that retried deliveries are idempotent. */
  attemptId: string;
  job: JobPayload;
  signal: string;
}

/** Content → background: a submit click on a form ('started'), or the form came back with errors ('cancelled'). */
export interface AttemptMessage {
  type: 'attempt';
  state: 'started' | 'cancelled';
  job: JobPayload | null;
}

/** Content toast → background: undo the capture just made. */
export interface UndoCaptureMessage {
  type: 'undo-capture';
  id: string;
}

/** Content toast → background: open the dashboard on one record. */
export interface OpenDashboardMessage {
  type: 'open-dashboard';
  id?: string;
}

/** Extension page → background: the data changed; refresh the badge and check thresholds. */
export interface DataChangedMessage {
  type: 'data-changed';
  /** Set when the change was a status change, so the background can offer the notification once. */
  status?: Status;
}

/** Content → background: what is known about the job in this tab (context survives navigation). */
export interface GetContextMessage {
  type: 'get-context';
}

export type Message =
  | ContextMessage
  | CaptureMessage
  | AttemptMessage
  | UndoCaptureMessage
  | OpenDashboardMessage
  | DataChangedMessage
  | GetContextMessage;

export type MessageType = Message['type'];

/** storage.session key where content scripts keep captures until the background acknowledges them. */
export const OUTBOX_KEY = 'outbox';
/** storage.local key of the user's settings (read by the content scripts, the background and the pages). */
export const SETTINGS_KEY = 'settings';
/** storage.local key of a capture the background could not store (a full disk), shown by the popup. */
export const CAPTURE_ERROR_KEY = 'captureError';

/**
 * storage.session key (extension pages and the background only) of the capture the background stored
 * last: the toolbar badge flashes "+1" for it and the popup offers its Undo at the top, so a page that
 * hides the in-page note takes nothing from the user.
 */
export const LAST_CAPTURE_KEY = 'lastCapture';
export interface LastCapture {
  id: string;
  /** epoch ms */
  at: number;
  company: string;
  title: string;
  source: string;
}

/** What the background answers to a capture. */
export interface CaptureAck {
  ok: true;
  /** The stored application's id (submitted) or the pending candidate's id. */
  id: string;
  created: boolean;
  kind: 'submitted' | 'pending';
  company: string;
  title: string;
  /** Whether the in-page toast should show (a user setting). */
  toast: boolean;
}

export interface ErrorReply {
  ok: false;
  error: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const SOURCE = /^[a-z][a-z0-9-]{0,39}$/;

/** Validates and cleans a job payload; returns null when it is unusable. */
export function parseJob(value: unknown): JobPayload | null {
  if (!isRecord(value)) return null;
  const { company, title, location, url, jobId, source } = value;
  if (typeof company !== 'string' || typeof title !== 'string') return null;
  if (location !== undefined && typeof location !== 'string') return null;
  if (url !== undefined && typeof url !== 'string') return null;
  if (jobId !== undefined && typeof jobId !== 'string') return null;
  if (typeof source !== 'string' || !SOURCE.test(source)) return null;
  // Lengths beyond the caps are refused, not truncated: an honest page never sends them.
  if (company.length > LIMITS.company || title.length > LIMITS.title) return null;
  if ((location ?? '').length > LIMITS.location || (url ?? '').length > LIMITS.url) return null;
  if ((jobId ?? '').length > LIMITS.jobId) return null;
  const job: JobPayload = {
    company: cleanText(company, LIMITS.company),
    title: cleanText(title, LIMITS.title),
    location: cleanText(location ?? '', LIMITS.location),
    url: url ? cleanUrl(url, LIMITS.url) : '',
    source,
  };
  const id = cleanText(jobId ?? '', LIMITS.jobId);
  if (id) job.jobId = id;
  if (!job.company && !job.title) return null;
  if (url && !job.url) return null;
  return job;
}

/** Validates any message arriving from another context. Returns null for anything malformed. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'context': {
      const job = parseJob(value.job);
      return job ? { type: 'context', job } : null;
    }
    case 'capture': {
      const job = parseJob(value.job);
      const { kind, attemptId, signal } = value;
      if (!job || (kind !== 'submitted' && kind !== 'pending')) return null;
      if (typeof attemptId !== 'string' || !ID.test(attemptId)) return null;
      if (typeof signal !== 'string' || signal.length > LIMITS.signal) return null;
      return { type: 'capture', kind, attemptId, job, signal: cleanText(signal, LIMITS.signal) };
    }
    case 'attempt': {
      if (value.state !== 'started' && value.state !== 'cancelled') return null;
      if (value.job === null) return { type: 'attempt', state: value.state, job: null };
      const job = parseJob(value.job);
      return job ? { type: 'attempt', state: value.state, job } : null;
    }
    case 'undo-capture':
      return typeof value.id === 'string' && ID.test(value.id) ? { type: 'undo-capture', id: value.id } : null;
    case 'open-dashboard':
      if (value.id === undefined) return { type: 'open-dashboard' };
      return typeof value.id === 'string' && ID.test(value.id) ? { type: 'open-dashboard', id: value.id } : null;
    case 'data-changed':
      if (value.status === undefined) return { type: 'data-changed' };
      return isStatus(value.status) ? { type: 'data-changed', status: value.status } : null;
    case 'get-context':
      return { type: 'get-context' };
    default:
      return null;
  }
}
