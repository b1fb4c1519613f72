/**
 * The message protocol between contexts (content script, background, extension pages), typed and
 * validated at runtime in one place. Anything that does not validate is dropped by the receiver.
 * Pure: no browser API here, so it is tested in Node.
 */
import { CAPTURED_FIELDS, LIMITS, isProvenance, isStatus, type FieldProvenance, type JobDetails, type Status } from './core/application';
import { isRecord, isSiteId } from './core/guards';
import { cleanMultiline, cleanText, cleanUrl } from './core/sanitize';
import type { Stage } from './sites/types';
import {
  MAIL_BODY_MAX,
  MAIL_PROVIDERS,
  MAIL_QUOTE_MAX,
  OUTCOME_KINDS,
  type EmailInput,
  type InboxSuggestion,
  type MailProvider,
} from './core/inbox/types';

/** A job as the content script saw it. Strings are cleaned and capped on arrival. */
export type JobPayload = JobDetails;

/** Content → background: the user is on a posting or form; remember the job for this tab. */
export interface ContextMessage {
  type: 'context';
  job: JobPayload;
  frame?: FrameView;
}

/**
 * The frame a content script runs in, as it sees itself: a frame smaller than 200×200, hidden, or
 * sandboxed is one the user cannot be seen to use, and nothing it reports counts.
 */
export interface FrameView {
  /** At least 200×200 CSS pixels and rendered (not display:none). Always true in a tab's top frame. */
  visible: boolean;
  /** An opaque origin: a sandboxed frame. */
  sandboxed: boolean;
}

/** Content → background: evidence of submission (`submitted`) or a submit click without it yet (`pending`). */
export interface CaptureMessage {
  type: 'capture';
  kind: 'submitted' | 'pending';
  /** Unique per attempt, so that retried deliveries are idempotent. */
  attemptId: string;
  job: JobPayload;
  signal: string;
  frame?: FrameView;
  /**
   * The tab the content script was told it runs in (from an earlier reply). Used only for a capture the
   * background reads back from the outbox, where no sender tells the tab.
   */
  tabId?: number;
}

/** Content → background: a submit click on a form ('started'), or the form came back with errors ('cancelled'). */
export interface AttemptMessage {
  type: 'attempt';
  state: 'started' | 'cancelled';
  job: JobPayload | null;
  frame?: FrameView;
}

/** Content toast → background: undo the capture just made. */
export interface UndoCaptureMessage {
  type: 'undo-capture';
  id: string;
}

/** Content toast or extension page → background: open the dashboard, on one record or one view. */
export interface OpenDashboardMessage {
  type: 'open-dashboard';
  id?: string;
  /** A dashboard view (`planb`, `board`, …); the dashboard shows Applications for one it does not know. */
  view?: string;
}

/** Extension page → background: the data changed; refresh the badge and check thresholds. */
export interface DataChangedMessage {
  type: 'data-changed';
  /** Set when the change was a status change, so the background can offer the notification once. */
  status?: Status;
}

/** The message the user opened in a webmail, as the mail content script read it (and nothing else). */
export interface OpenedEmail extends EmailInput {
  provider: MailProvider;
  /** The webmail's own id of the message (never shown, only hashed into the suggestion's key). */
  messageId: string;
}

/** Mail content script → background: the user opened this message. Classified, then dropped. */
export interface MailOpenedMessage {
  type: 'mail-opened';
  email: OpenedEmail;
}

/** Extension page → background: the user recorded or dismissed an inbox suggestion; it never comes back. */
export interface InboxResolveMessage {
  type: 'inbox-resolve';
  key: string;
  outcome: 'recorded' | 'dismissed';
}

export type Message =
  | ContextMessage
  | CaptureMessage
  | AttemptMessage
  | UndoCaptureMessage
  | OpenDashboardMessage
  | DataChangedMessage
  | MailOpenedMessage
  | InboxResolveMessage;

export type MessageType = Message['type'];

/**
 * storage.local key prefix of the outbox: each capture a content script has not yet seen acknowledged
 * is kept under its own key, `outbox:<attemptId>`, holding only that capture, so no tab ever rewrites
 * another's entry. The background removes an entry once it has handled it.
 */
export const OUTBOX_PREFIX = 'outbox:';
/** storage.local key of the user's settings (read by the content scripts, the background and the pages). */
export const SETTINGS_KEY = 'settings';
/**
 * storage.local key of the Plan-B snooze (a PlanBSnooze from core/spread): written by the popup and the
 * dashboard, read by the background so the badge and the notification keep quiet too.
 */
export const PLANB_SNOOZE_KEY = 'planBSnooze';
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

/** storage.session key: the id of the last capture the popup has shown (the badge then drops the "+1"). */
export const LAST_CAPTURE_SEEN_KEY = 'lastCaptureSeen';

/** storage.local key of the inbox suggestions waiting for the user (InboxSuggestion[], newest first). */
export const INBOX_SUGGESTIONS_KEY = 'inboxSuggestions';
/** storage.local key of the suggestion keys the user recorded or dismissed (string[], newest last, capped). */
export const INBOX_HANDLED_KEY = 'inboxHandled';

const SUGGESTION_KEY = /^[a-f0-9]{16,64}$/;

/** Stored inbox suggestions, each checked; anything malformed is left out. */
export function readInboxSuggestions(value: unknown): InboxSuggestion[] {
  if (!Array.isArray(value)) return [];
  const out: InboxSuggestion[] = [];
  for (const v of value) {
    if (!isRecord(v)) continue;
    const { key, kind, applicationIds, company, title, emailDate, senderDomain, quote, createdAt } = v;
    if (typeof key !== 'string' || !SUGGESTION_KEY.test(key)) continue;
    if (typeof kind !== 'string' || !(OUTCOME_KINDS as readonly string[]).includes(kind)) continue;
    if (
      !Array.isArray(applicationIds) ||
      applicationIds.length === 0 ||
      !applicationIds.every((id) => typeof id === 'string' && ID.test(id))
    )
      continue;
    if (typeof company !== 'string' || typeof title !== 'string' || typeof senderDomain !== 'string') continue;
    if (typeof emailDate !== 'string' || typeof createdAt !== 'string') continue;
    if (quote !== undefined && (typeof quote !== 'string' || quote.length > MAIL_QUOTE_MAX)) continue;
    const s: InboxSuggestion = {
      key,
      kind: kind as InboxSuggestion['kind'],
      applicationIds: [...applicationIds] as string[],
      company,
      title,
      emailDate,
      senderDomain,
      createdAt,
    };
    if (quote) s.quote = quote;
    out.push(s);
  }
  return out;
}

/** A stored last capture, or null when the value is anything else. */
export function readLastCapture(value: unknown): LastCapture | null {
  if (!isRecord(value)) return null;
  const { id, at, company, title, source } = value;
  if (typeof id !== 'string' || !id || typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (typeof company !== 'string' || typeof title !== 'string' || typeof source !== 'string') return null;
  return { id, at, company, title, source };
}

/** What the page reader (extract.js, run by "Log this page" in the active tab) hands back to the popup. */
export interface PageExtraction {
  job: JobDetails;
  stage: Stage;
  signal: string;
}

/**
 * The dashboard's address inside the extension, opened on one record when `id` is given. Its hash is the
 * dashboard's own route (`#id=<id>`, see ui/dashboard/hash.ts; a test keeps the two in step).
 */
export function dashboardPath(id?: string, view?: string): string {
  const params = new URLSearchParams();
  if (view) params.set('view', view);
  if (id) params.set('id', id);
  const hash = params.toString();
  return hash ? `dashboard.html#${hash}` : 'dashboard.html';
}

const VIEW = /^[a-z][a-z-]{0,29}$/;

/** What the background answers to a capture. */
export interface CaptureAck {
  ok: true;
  /** The stored application's id (submitted), the pending candidate's id, or '' when ignored. */
  id: string;
  created: boolean;
  /**
   * `submitted`: a record; `pending`: a question for the user (no submit seen in this tab, or the rate
   * limit); `ignored`: a frame the user cannot see reported it, so nothing was kept.
   */
  kind: 'submitted' | 'pending' | 'ignored';
  company: string;
  title: string;
  /** Whether the in-page toast should show (a user setting). */
  toast: boolean;
}

export interface ErrorReply {
  ok: false;
  error: string;
}

/** The background's answer to a message about a tab's page: which tab it is (the content script keeps it for its outbox). */
export interface TabReply {
  ok: true;
  tab: number;
}

export interface OkReply {
  ok: true;
}

/**
 * What the background answers to each message: the compiler holds the handlers to it and the senders read
 * it, so no reply is `unknown` narrowed by a cast. Any handler may also answer an error.
 */
export interface Replies {
  context: TabReply;
  attempt: TabReply;
  capture: CaptureAck;
  'undo-capture': OkReply;
  'open-dashboard': OkReply;
  'data-changed': OkReply;
  'mail-opened': OkReply;
  'inbox-resolve': OkReply;
}

export type ReplyTo<T extends MessageType> = Replies[T] | ErrorReply;

/** The message of one type. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function parseFields(value: unknown): FieldProvenance | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const out: FieldProvenance = {};
  for (const [key, from] of Object.entries(value)) {
    if (!(CAPTURED_FIELDS as readonly string[]).includes(key) || !isProvenance(from)) return null;
    out[key as keyof FieldProvenance] = from;
  }
  return out;
}

function parseFrame(value: unknown): FrameView | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.visible !== 'boolean' || typeof value.sandboxed !== 'boolean') return null;
  return { visible: value.visible, sandboxed: value.sandboxed };
}

/**
 * Validates and cleans a job payload; returns null when it is unusable. With `allowEmpty`, a job with
 * neither company nor title passes (a confirmed submission whose job the page did not show).
 */
export function parseJob(value: unknown, allowEmpty = false): JobPayload | null {
  if (!isRecord(value)) return null;
  const { company, title, location, url, jobId, source } = value;
  const fields = parseFields(value.fields);
  if (!fields) return null;
  if (typeof company !== 'string' || typeof title !== 'string') return null;
  if (location !== undefined && typeof location !== 'string') return null;
  if (url !== undefined && typeof url !== 'string') return null;
  if (jobId !== undefined && typeof jobId !== 'string') return null;
  if (!isSiteId(source)) return null;
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
  // Provenance only for the values that are there.
  const kept: FieldProvenance = {};
  for (const f of CAPTURED_FIELDS) if (job[f] && fields[f]) kept[f] = fields[f];
  if (Object.keys(kept).length) job.fields = kept;
  if (!job.company && !job.title && !allowEmpty) return null;
  if (url && !job.url) return null;
  return job;
}

/** Caps on an opened email's parts: beyond them the message is refused (the content script caps before sending). */
export const MAIL_LIMITS = { messageId: 300, from: 500, subject: 1000, date: 64, body: MAIL_BODY_MAX } as const;

function parseOpenedEmail(value: unknown): OpenedEmail | null {
  if (!isRecord(value)) return null;
  const { provider, messageId, from, subject, body, date } = value;
  if (typeof provider !== 'string' || !(MAIL_PROVIDERS as readonly string[]).includes(provider)) return null;
  if (typeof messageId !== 'string' || !messageId.trim() || messageId.length > MAIL_LIMITS.messageId) return null;
  if (typeof from !== 'string' || from.length > MAIL_LIMITS.from) return null;
  if (typeof subject !== 'string' || subject.length > MAIL_LIMITS.subject) return null;
  if (typeof body !== 'string' || body.length > MAIL_LIMITS.body) return null;
  if (typeof date !== 'string' || date.length > MAIL_LIMITS.date || (date && !Number.isFinite(Date.parse(date)))) return null;
  return {
    provider: provider as MailProvider,
    messageId: messageId.trim(),
    from: cleanText(from, MAIL_LIMITS.from),
    subject: cleanText(subject, MAIL_LIMITS.subject),
    body: cleanMultiline(body, MAIL_LIMITS.body),
    date,
  };
}

/** Validates any message arriving from another context. Returns null for anything malformed. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'context': {
      const job = parseJob(value.job);
      const frame = parseFrame(value.frame);
      if (!job || frame === null) return null;
      return frame ? { type: 'context', job, frame } : { type: 'context', job };
    }
    case 'capture': {
      const { kind, attemptId, signal, tabId } = value;
      // A confirmed submission is kept even when the page showed no job at all.
      const job = parseJob(value.job, kind === 'submitted');
      const frame = parseFrame(value.frame);
      if (!job || (kind !== 'submitted' && kind !== 'pending') || frame === null) return null;
      if (typeof attemptId !== 'string' || !ID.test(attemptId)) return null;
      if (typeof signal !== 'string' || signal.length > LIMITS.signal) return null;
      if (tabId !== undefined && (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0)) return null;
      const message: CaptureMessage = { type: 'capture', kind, attemptId, job, signal: cleanText(signal, LIMITS.signal) };
      if (frame) message.frame = frame;
      if (tabId !== undefined) message.tabId = tabId;
      return message;
    }
    case 'attempt': {
      if (value.state !== 'started' && value.state !== 'cancelled') return null;
      const frame = parseFrame(value.frame);
      if (frame === null) return null;
      // The user's submit counts even where the form's job could not be read (the confirmation may say it).
      const job = value.job === null ? null : parseJob(value.job, true);
      if (value.job !== null && !job) return null;
      const message: AttemptMessage = { type: 'attempt', state: value.state, job };
      if (frame) message.frame = frame;
      return message;
    }
    case 'undo-capture':
      return typeof value.id === 'string' && ID.test(value.id) ? { type: 'undo-capture', id: value.id } : null;
    case 'open-dashboard': {
      const message: OpenDashboardMessage = { type: 'open-dashboard' };
      if (value.id !== undefined) {
        if (typeof value.id !== 'string' || !ID.test(value.id)) return null;
        message.id = value.id;
      }
      if (value.view !== undefined) {
        if (typeof value.view !== 'string' || !VIEW.test(value.view)) return null;
        message.view = value.view;
      }
      return message;
    }
    case 'data-changed':
      if (value.status === undefined) return { type: 'data-changed' };
      return isStatus(value.status) ? { type: 'data-changed', status: value.status } : null;
    case 'mail-opened': {
      const email = parseOpenedEmail(value.email);
      return email ? { type: 'mail-opened', email } : null;
    }
    case 'inbox-resolve': {
      const { key, outcome } = value;
      if (typeof key !== 'string' || !SUGGESTION_KEY.test(key)) return null;
      if (outcome !== 'recorded' && outcome !== 'dismissed') return null;
      return { type: 'inbox-resolve', key, outcome };
    }
    default:
      return null;
  }
}
