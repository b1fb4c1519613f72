/**
 * The application record: the public data contract of Baskets (see README, "Data contract").
 * Pure types and small helpers; nothing here touches a browser API.
 */

export const STATUSES = [
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'ghosted',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that still carry hope: the employer has not said its last word. */
export const ACTIVE_STATUSES = ['applied', 'screening', 'interviewing', 'offer'] as const satisfies readonly Status[];
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** Statuses that end an application without a job. */
export const CLOSED_NEGATIVE_STATUSES = ['rejected', 'ghosted', 'withdrawn'] as const satisfies readonly Status[];

export const STATUS_LABELS: Record<Status, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  ghosted: 'Ghosted',
  withdrawn: 'Withdrawn',
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isActive(status: Status): status is ActiveStatus {
  return (ACTIVE_STATUSES as readonly string[]).includes(status);
}

/**
 * True when `next` is further along than `current`: applied < screening < interviewing < offer < any closed status
 * (accepted, rejected, ghosted, withdrawn). Nothing is further along than a closed status, not even another one.
 */
export function isFurtherAlong(next: Status, current: Status): boolean {
  if (!isActive(current)) return false;
  if (!isActive(next)) return true;
  return ACTIVE_STATUSES.indexOf(next) > ACTIVE_STATUSES.indexOf(current);
}

export type CaptureMethod = 'auto' | 'manual' | 'import';

export interface HistoryEntry {
  status: Status;
  /** ISO 8601 */
  at: string;
  note?: string;
}

export interface Lessons {
  wentWell: string;
  couldImprove: string;
  feedback: string;
}

export interface Application {
  id: string;
  /** As displayed by the site. */
  company: string;
  /** Normalised employer key, see `companyKey`. */
  companyKey: string;
  title: string;
  location: string;
  /** Canonical job URL, tracking parameters removed. May be empty for manual records. */
  url: string;
  /** Site id (`greenhouse`, `lever`, …, `generic`, `manual`, `import`). */
  source: string;
  jobId?: string;
  /** ISO 8601 */
  appliedAt: string;
  status: Status;
  history: HistoryEntry[];
  notes: string;
  lessons: Lessons;
  feedbackRequestedAt?: string;
  followUpAt?: string;
  capture: { method: CaptureMethod; signal: string };
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601 */
  updatedAt: string;
  /** Dedupe key: `<source>:<jobId>` when the job id is known, else `url:<canonical url>`, else `id:<id>`. */
  dedupeKey: string;
}

export const EMPTY_LESSONS: Lessons = { wentWell: '', couldImprove: '', feedback: '' };

/** What a capture (automatic or manual) knows about a job. */
export interface JobDetails {
  company: string;
  title: string;
  location: string;
  url: string;
  jobId?: string;
  source: string;
}

/** Field length caps, shared by page extraction, message validation and import. */
export const LIMITS = {
  company: 200,
  title: 300,
  location: 200,
  url: 2048,
  jobId: 200,
  source: 40,
  signal: 300,
  note: 5000,
  notes: 20000,
  lesson: 5000,
} as const;
