/**
 * Pure duplicate logic: the dedupe key of a job, whether two records look like the same job applied to twice,
 * and how two records are merged. No browser API; the store (src/db) applies these inside transactions.
 */
import { LIMITS, type Application, type HistoryEntry, type Lessons } from './application';

/** Two applications to the same company and title within this many days (from different sites) are flagged. */
export const POSSIBLE_DUPLICATE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `<source>:<jobId>` when the job id is known, else `url:<canonical url>`, else `id:<id>`. */
export function dedupeKeyFor(fields: { source: string; jobId?: string | undefined; url: string; id: string }): string {
  if (fields.jobId) return `${fields.source}:${fields.jobId}`;
  if (fields.url) return `url:${fields.url}`;
  return `id:${fields.id}`;
}

/** A title folded for comparison: case, diacritics, punctuation and spacing ignored. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function dayDistance(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Infinity;
  return Math.abs(ta - tb) / DAY_MS;
}

/**
 * Why `a` and `b` may be one job applied to twice, or undefined when they are not:
 * same employer key and title, captured from different sites, within 30 days of each other.
 */
export function possibleDuplicateReason(a: Application, b: Application): string | undefined {
  if (a.id === b.id || a.dedupeKey === b.dedupeKey) return undefined;
  if (!a.companyKey || a.companyKey !== b.companyKey) return undefined;
  if (a.source === b.source) return undefined;
  const ta = titleKey(a.title);
  if (!ta || ta !== titleKey(b.title)) return undefined;
  const days = dayDistance(a.appliedAt, b.appliedAt);
  if (days > POSSIBLE_DUPLICATE_DAYS) return undefined;
  const whole = Math.round(days);
  const when = whole === 0 ? 'on the same day' : `${whole} day${whole === 1 ? '' : 's'} apart`;
  return `Same company and title on ${a.source} and ${b.source}, ${when}`;
}

function joinText(a: string, b: string, max: number): string {
  const x = a.trim();
  const y = b.trim();
  if (!x) return y.slice(0, max);
  if (!y || x === y || x.includes(y)) return x.slice(0, max);
  if (y.includes(x)) return y.slice(0, max);
  return `${x}\n\n${y}`.slice(0, max);
}

/** History entries of both, sorted by time (stable), exact repeats dropped. */
export function mergeHistory(a: HistoryEntry[], b: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  const all: HistoryEntry[] = [];
  for (const e of [...a, ...b]) {
    const k = `${e.at}\u0000${e.status}\u0000${e.note ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    all.push({ ...e });
  }
  return all
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.at < y.e.at ? -1 : x.e.at > y.e.at ? 1 : x.i - y.i))
    .map((x) => x.e);
}

function earliest(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(tb)) return a;
  if (Number.isNaN(ta)) return b;
  return tb < ta ? b : a;
}

/**
 * `keep` absorbs `other`: both histories (sorted by time), the earliest appliedAt, notes concatenated,
 * lessons kept from both, empty fields filled from `other`. The status is the latest one in the merged history.
 */
export function mergeRecords(keep: Application, other: Application, now: string): Application {
  const history = mergeHistory(keep.history, other.history);
  const latest = history[history.length - 1];
  const lessons: Lessons = {
    wentWell: joinText(keep.lessons.wentWell, other.lessons.wentWell, LIMITS.lesson),
    couldImprove: joinText(keep.lessons.couldImprove, other.lessons.couldImprove, LIMITS.lesson),
    feedback: joinText(keep.lessons.feedback, other.lessons.feedback, LIMITS.lesson),
  };
  const merged: Application = {
    ...keep,
    location: keep.location || other.location,
    url: keep.url || other.url,
    appliedAt: earliest(keep.appliedAt, other.appliedAt),
    status: latest ? latest.status : keep.status,
    history,
    notes: joinText(keep.notes, other.notes, LIMITS.notes),
    lessons,
    createdAt: earliest(keep.createdAt, other.createdAt),
    updatedAt: now,
  };
  const feedbackRequestedAt = keep.feedbackRequestedAt ?? other.feedbackRequestedAt;
  if (feedbackRequestedAt) merged.feedbackRequestedAt = feedbackRequestedAt;
  const followUpAt = keep.followUpAt ?? other.followUpAt;
  if (followUpAt) merged.followUpAt = followUpAt;
  return merged;
}
