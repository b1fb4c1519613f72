/**
 * The application record: the public data contract of Baskets (see README, "Data contract").
 * Pure types and small helpers; nothing here touches a browser API.
 */

export const STATUSES = ['applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that still carry hope: the employer has not said its last word. */
export const ACTIVE_STATUSES = ['applied', 'screening', 'interviewing', 'offer'] as const satisfies readonly Status[];
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** Statuses that end an application without a job: each opens the closing step (a short reflection). */
export const CLOSED_NEGATIVE_STATUSES = ['rejected', 'ghosted', 'withdrawn'] as const satisfies readonly Status[];
export type ClosedNegativeStatus = (typeof CLOSED_NEGATIVE_STATUSES)[number];

/** Every status that ends an application: the job taken, or one of the above. */
export const CLOSED_STATUSES = ['accepted', ...CLOSED_NEGATIVE_STATUSES] as const satisfies readonly Status[];
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

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

/**
 * How a captured value was found on the page, strongest first:
 * - `structured`: JSON-LD `JobPosting`, microdata, the site's own `data-*`, ids and `meta` tags;
 * - `labelled`: the job header or heading the site renders for the job;
 * - `title`: parsed from `document.title`;
 * - `slug`: derived from the address.
 * Adapters declare it per source; it is never inferred afterwards.
 */
export const PROVENANCES = ['structured', 'labelled', 'title', 'slug'] as const;
export type Provenance = (typeof PROVENANCES)[number];
/** The fields whose provenance a capture keeps. */
export type CapturedField = 'company' | 'title' | 'location';
export const CAPTURED_FIELDS: readonly CapturedField[] = ['company', 'title', 'location'];
export type FieldProvenance = Partial<Record<CapturedField, Provenance>>;

export function isProvenance(value: unknown): value is Provenance {
  return typeof value === 'string' && (PROVENANCES as readonly string[]).includes(value);
}

/** 4 for `structured` down to 1 for `slug`; 0 when unknown (a manual entry or an old record). */
export function provenanceRank(p: Provenance | undefined): number {
  return p ? PROVENANCES.length - PROVENANCES.indexOf(p) : 0;
}

/** A value read from the document title or the address: shown to the user as "check it". */
export function isWeakProvenance(p: Provenance | undefined): boolean {
  return p === 'title' || p === 'slug';
}

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
  /** What comes next, in the user's words: "Second interview with the team", "Decide on the offer". */
  nextStep?: string;
  /** ISO 8601: when the next step happens (an interview) or is due (an offer's decision date). */
  nextStepAt?: string;
  /** `fields`: how each captured value was found (automatic captures only). */
  capture: { method: CaptureMethod; signal: string; fields?: FieldProvenance };
  /**
   * A confirmed submission whose job could not be read (no company or no title after every source and
   * the tab's journey): kept so nothing is lost, and asked about first in the popup until filled in.
   */
  needsDetails?: true;
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
  /** How each value was found, where an adapter read it from a page. */
  fields?: FieldProvenance;
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
  nextStep: 300,
} as const;
