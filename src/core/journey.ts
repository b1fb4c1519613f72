/**
 * A tab's journey: the jobs the user saw on postings and forms in one tab, with how each value was
 * found, and the submit attempts they made. When a confirmation arrives, each field of the record is
 * chosen on its own from the confirmation and the journey's entry for the same job: the strongest
 * evidence wins, and on a tie the form the submit came from wins. A different job id never merges.
 * Pure: the background keeps the entries (in session storage) and passes them in.
 */
import { CAPTURED_FIELDS, provenanceRank, type FieldProvenance, type JobDetails } from './application';

export interface JourneyEntry {
  job: JobDetails;
  /** epoch ms when a page last showed this job */
  seenAt: number;
  /** epoch ms of the user's last submit attempt on this job's form, in this tab */
  attemptAt?: number;
  /** epoch ms when a record was stored for this job from this tab (a reload then finds it again) */
  capturedAt?: number;
}

/** How long a tab's journey stays useful: a long application form, then the confirmation. */
export const JOURNEY_TTL_MS = 6 * 60 * 60 * 1000;
/** Most jobs a tab remembers (the oldest go first). */
export const JOURNEY_MAX_ENTRIES = 30;

/** Site + job id when the job id is known, else site + canonical URL; '' when neither. */
export function journeyKey(job: Pick<JobDetails, 'source' | 'jobId' | 'url'>): string {
  if (job.jobId) return `${job.source}:id:${job.jobId}`;
  if (job.url) return `${job.source}:url:${job.url}`;
  return '';
}

interface Candidate {
  job: JobDetails;
  /** Higher wins a tie of provenance. */
  priority: number;
}

/**
 * Each captured field from the strongest candidate that has a value; on equal strength the candidate
 * with the higher priority wins. Job id and URL: the first candidate (by priority) that has one.
 */
function pickFields(candidates: readonly Candidate[]): JobDetails {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  const first = ordered[0]!.job;
  const out: JobDetails = { ...first, fields: {} };
  const fields: FieldProvenance = {};
  for (const field of CAPTURED_FIELDS) {
    let best: { value: string; rank: number; priority: number; from?: FieldProvenance[typeof field] } | undefined;
    for (const c of ordered) {
      const value = c.job[field];
      if (!value) continue;
      const from = c.job.fields?.[field];
      const rank = provenanceRank(from);
      if (!best || rank > best.rank) best = { value, rank, priority: c.priority, from };
    }
    out[field] = best?.value ?? '';
    if (best?.from) fields[field] = best.from;
  }
  out.fields = fields;
  const withId = ordered.find((c) => c.job.jobId);
  if (withId?.job.jobId) out.jobId = withId.job.jobId;
  else delete out.jobId;
  out.url = ordered.find((c) => c.job.url)?.job.url ?? '';
  return out;
}

function live(entries: readonly JourneyEntry[], now: number): JourneyEntry[] {
  return entries.filter((e) => now - Math.max(e.seenAt, e.attemptAt ?? 0) <= JOURNEY_TTL_MS);
}

/**
 * Remembers a job seen on a posting or form (or, with `attempt`, the job of a submit attempt). The same
 * job seen again keeps the strongest value of each field, the newer page winning a tie.
 */
export function rememberJob(entries: readonly JourneyEntry[], job: JobDetails, now: number, attempt = false): JourneyEntry[] {
  const kept = live(entries, now);
  const hop = hopFrom(kept, job, now);
  if (hop) job = { ...job, jobId: hop.job.jobId!, url: hop.job.url || job.url };
  const key = journeyKey(job);
  const index = key ? kept.findIndex((e) => journeyKey(e.job) === key) : -1;
  const old = index >= 0 ? kept[index] : undefined;
  const merged: JourneyEntry = {
    job: old
      ? pickFields([
          { job: old.job, priority: 1 },
          { job, priority: 2 },
        ])
      : job,
    seenAt: now,
    ...(attempt ? { attemptAt: now } : old?.attemptAt ? { attemptAt: old.attemptAt } : {}),
    ...(old?.capturedAt ? { capturedAt: old.capturedAt } : {}),
  };
  const rest = kept.filter((_, i) => i !== index);
  return [...rest, merged].slice(-JOURNEY_MAX_ENTRIES);
}

/** How long after a job's page a page with no job id on the same site may still be its next step. */
export const HOP_MS = 30 * 60 * 1000;

/**
 * A board's job page, then its apply host (indeed.com `viewjob` → smartapply, a search pane → Easy
 * Apply): the apply page often names no job id. It is the same job when it is the next page of the
 * same site in this tab, soon after, and it names no other title.
 */
function hopFrom(entries: readonly JourneyEntry[], job: JobDetails, now: number): JourneyEntry | undefined {
  if (job.jobId) return undefined;
  const last = entries.reduce<JourneyEntry | undefined>((a, e) => (!a || e.seenAt >= a.seenAt ? e : a), undefined);
  if (!last || last.job.source !== job.source || !last.job.jobId || now - last.seenAt > HOP_MS) return undefined;
  const norm = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');
  if (job.title && last.job.title && norm(job.title) !== norm(last.job.title)) return undefined;
  return last;
}

/**
 * The journey entry a confirmation belongs to, or undefined.
 * - A confirmation that names a job id matches only an entry with the same id (same site), or an entry of
 *   the same site that has no id but the same address.
 * - One that names none matches an entry of the same site with its address, else the site's most recent
 *   submit attempt.
 * A different job id never matches.
 */
export function matchJourney(entries: readonly JourneyEntry[], confirmation: JobDetails, now: number): JourneyEntry | undefined {
  const sameSite = live(entries, now).filter((e) => e.job.source === confirmation.source);
  const latest = (list: JourneyEntry[], by: (e: JourneyEntry) => number) =>
    list.reduce<JourneyEntry | undefined>((best, e) => (!best || by(e) >= by(best) ? e : best), undefined);
  if (confirmation.jobId) {
    const exact = latest(
      sameSite.filter((e) => e.job.jobId === confirmation.jobId),
      (e) => e.attemptAt ?? e.seenAt,
    );
    if (exact) return exact;
    const withoutId = sameSite.filter((e) => !e.job.jobId);
    return (
      latest(
        withoutId.filter((e) => !!confirmation.url && e.job.url === confirmation.url),
        (e) => e.seenAt,
      ) ?? lastAttemptIfCurrent(withoutId, sameSite)
    );
  }
  return (
    latest(
      sameSite.filter((e) => !!confirmation.url && e.job.url === confirmation.url),
      (e) => e.attemptAt ?? e.seenAt,
    ) ?? lastAttemptIfCurrent(sameSite, sameSite)
  );
}

/**
 * The most recent submit attempt among `candidates`, but only while it is still the last thing the user
 * did on the site: once another job was opened after it, a confirmation that names no job is ambiguous.
 */
function lastAttemptIfCurrent(candidates: readonly JourneyEntry[], sameSite: readonly JourneyEntry[]): JourneyEntry | undefined {
  let best: JourneyEntry | undefined;
  for (const e of candidates) if (e.attemptAt !== undefined && (!best || e.attemptAt >= (best.attemptAt ?? 0))) best = e;
  if (!best) return undefined;
  const at = best.attemptAt ?? 0;
  const movedOn = sameSite.some((e) => e !== best && journeyKey(e.job) !== journeyKey(best!.job) && e.seenAt > at);
  return movedOn ? undefined : best;
}

export interface Resolution {
  /** The job to record: each field chosen on its own. */
  job: JobDetails;
  /** The journey entry it was merged with, if any. */
  entry?: JourneyEntry;
  /** The user tried to submit this job's form in this tab within the TTL (or a record was already made from it). */
  attempted: boolean;
}

/**
 * What a confirmation records, given the tab's journey: the confirmation's own values, raised field by
 * field to the strongest seen for the same job. The confirmation page never overrides a stronger value,
 * and a weaker one only fills a gap.
 */
export function resolveConfirmation(entries: readonly JourneyEntry[], found: JobDetails, now: number): Resolution {
  const entry = matchJourney(entries, found, now);
  // A confirmation page's document title or address names the employer or the board far more often than
  // the job ("Harborview Hotels & Resorts", "Thank you"): never a job title on its own. Without a
  // stronger one from the journey, the record asks which job it was.
  const weakTitle = found.fields?.title === 'title' || found.fields?.title === 'slug';
  const confirmation: JobDetails = weakTitle ? withoutTitle(found) : found;
  if (!entry) return { job: pickFields([{ job: confirmation, priority: 1 }]), attempted: false };
  // The form the submit came from wins a tie; a page merely seen loses a tie to the confirmation.
  const priority = entry.attemptAt !== undefined ? 2 : 0;
  const job = pickFields([
    { job: confirmation, priority: 1 },
    { job: { ...entry.job, source: confirmation.source }, priority },
  ]);
  return { job, entry, attempted: entry.attemptAt !== undefined || entry.capturedAt !== undefined };
}

function withoutTitle(job: JobDetails): JobDetails {
  const fields = { ...job.fields };
  delete fields.title;
  return { ...job, title: '', fields };
}

/** Marks the entry of `job` as recorded (a reload of the confirmation then finds the same record). */
export function markCaptured(entries: readonly JourneyEntry[], job: JobDetails, now: number): JourneyEntry[] {
  const key = journeyKey(job);
  const has = entries.some((e) => journeyKey(e.job) === key);
  const list = has ? [...entries] : rememberJob(entries, job, now);
  return list.map((e) => (journeyKey(e.job) === key ? { ...e, capturedAt: now } : e));
}
