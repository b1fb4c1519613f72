/**
 * Small date helpers for the pure core. Calendar arithmetic uses the local time zone, because a week
 * or a day means the user's week or day. Pure: callers pass `now`.
 */

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for an ISO 8601 string, or NaN when it does not parse. */
export function parseTime(value: string | undefined | null): number {
  if (typeof value !== 'string' || value === '') return Number.NaN;
  return Date.parse(value);
}

/** Midnight (local) at the start of the ISO week (Monday) that contains `date`. */
export function startOfIsoWeek(date: Date): Date {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const dayFromMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - dayFromMonday);
  return d;
}

/** ISO 8601 week of a date in local time, e.g. `{ year: 2025, week: 1 }` for 2024-12-30. */
export function isoWeek(date: Date): { year: number; week: number } {
  // The Thursday of this week decides the ISO year.
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  thursday.setDate(thursday.getDate() + 3 - ((thursday.getDay() + 6) % 7));
  const year = thursday.getFullYear();
  const jan1 = new Date(year, 0, 1);
  // Day-of-year difference, rounded to absorb a daylight-saving hour.
  const dayOfYear = Math.round((thursday.getTime() - jan1.getTime()) / DAY_MS);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** `2025-W03` */
export function isoWeekKey(date: Date): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of a date in local time. */
export function localDateKey(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}
