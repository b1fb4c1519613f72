/** Small display helpers shared by the pages. Pure. */
import { DAY_MS, localDateKey, parseTime } from '../../core/dates';

/** Whole calendar days (local time) between an ISO date and now; 0 for today, negative for the future. */
export function calendarDaysSince(iso: string, now: Date = new Date()): number {
  const t = parseTime(iso);
  if (!Number.isFinite(t)) return Number.NaN;
  const then = new Date(t);
  const a = Date.UTC(then.getFullYear(), then.getMonth(), then.getDate());
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((b - a) / DAY_MS);
}

function shortDays(d: number): string {
  if (!Number.isFinite(d)) return '';
  if (d <= 0) return 'today';
  return `${d} d`;
}

function longDays(d: number): string {
  if (!Number.isFinite(d)) return 'date unknown';
  if (d <= 0) return 'today';
  if (d === 1) return 'yesterday';
  return `${d} days ago`;
}

/** "today", "1 d", "23 d" — short, for list rows. */
export function daysAgoShort(iso: string, now: Date = new Date()): string {
  return shortDays(calendarDaysSince(iso, now));
}

/** "today", "yesterday", "3 days ago" — for screen readers and titles. */
export function daysAgoLong(iso: string, now: Date = new Date()): string {
  return longDays(calendarDaysSince(iso, now));
}

/**
 * Both wordings from one reading of the date: a list row shows the short one and gives the long one to its
 * title and to screen readers (a popup row otherwise read and converted the same date three times).
 */
export function daysAgo(iso: string, now: Date = new Date()): { short: string; long: string } {
  const d = calendarDaysSince(iso, now);
  return { short: shortDays(d), long: longDays(d) };
}

/** A readable local date, e.g. "3 Mar 2025". */
export function formatDate(iso: string | undefined): string {
  const t = parseTime(iso);
  if (!Number.isFinite(t)) return '';
  return new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** `YYYY-MM-DD` for an <input type="date"> from an ISO timestamp ('' when unset). */
export function toDateInput(iso: string | undefined): string {
  const t = parseTime(iso);
  return Number.isFinite(t) ? localDateKey(new Date(t)) : '';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDateInput(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

/**
 * The one day-to-timestamp rule of every page (popup, closing step, dashboard): the ISO timestamp for a
 * `YYYY-MM-DD` day the user chose, or undefined when it is no real day. When the day is `previous`'s own,
 * `previous` is kept (saving an unchanged form never moves a timestamp); otherwise local noon of that day,
 * which stays on the same calendar day in every time zone the user is likely to travel to.
 */
export function fromDateInput(value: string, previous?: string): string | undefined {
  if (!isDateInput(value)) return undefined;
  if (previous && toDateInput(previous) === value) return previous;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0, 0).toISOString();
}

/** The date `days` days from `now`, as a `YYYY-MM-DD` input value. */
export function dateInputInDays(days: number, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return localDateKey(d);
}

/** 0.42 → "42%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 application", "3 applications" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A sentence for any thrown value: our own errors carry readable messages; others get a generic one. */
export function errorMessage(err: unknown, fallback = 'Something went wrong.'): string {
  if (err instanceof Error) {
    if (err.name === 'StorageFullError' || err.name === 'ValidationError') return err.message;
    if (err.name === 'QuotaExceededError') {
      return 'Your browser has no room left for Baskets data. Free some disk space, or export and delete old records.';
    }
    if (err.name === 'InvalidStateError' || err.name === 'UnknownError' || err.name === 'VersionError') {
      return `The Baskets database could not be opened (${err.name}). Close other Baskets tabs and try again.`;
    }
    if (err.message) return `${fallback} ${err.message}`;
  }
  return fallback;
}
