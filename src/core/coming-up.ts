/**
 * "Coming up": what needs the user's attention soon, picked from the records still in play. Offers with a
 * decision date, interviews (screening or interviewing) with a date, and follow-ups whose time has come.
 * Pure: callers pass `now`; calendar days are the user's local days.
 */
import { isActive, type Application } from './application';
import { DAY_MS, parseTime } from './dates';
import { dueFollowUps } from './followups';

export type ComingUpKind = 'offer' | 'interview' | 'follow-up';

export interface ComingUpItem {
  kind: ComingUpKind;
  id: string;
  company: string;
  title: string;
  /** The user's own words for the step ("Second interview with the team"), when given. */
  nextStep?: string;
  /** ISO time of the decision, the interview or the follow-up. */
  at: string;
  /** Local calendar days from today to `at`: 0 today, 1 tomorrow, -2 two days ago. */
  days: number;
}

export interface ComingUp {
  /** At most `limit` items, the earliest first. */
  items: ComingUpItem[];
  /** How many more there are beyond `limit`. */
  more: number;
}

function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole local calendar days from the day of `now` to the day of `at` (negative in the past); NaN if `at` is not a date. */
export function calendarDaysFrom(now: Date, at: string): number {
  const t = parseTime(at);
  if (!Number.isFinite(t)) return Number.NaN;
  // Math.round absorbs the hour a daylight-saving change adds or removes.
  return Math.round((startOfLocalDay(t) - startOfLocalDay(now.getTime())) / DAY_MS);
}

/**
 * The items of "Coming up", earliest first:
 * - an offer with a decision date (`nextStepAt`), even when the date has passed: the offer is still open;
 * - a screening or interview with a date today or later (one in an earlier day has happened);
 * - a follow-up that is due or overdue (see `dueFollowUps`).
 * Closed applications never appear. An application can show twice (its interview and its follow-up).
 */
export function comingUp(apps: readonly Application[], now: Date, limit = 5): ComingUp {
  const all: ComingUpItem[] = [];
  for (const app of apps) {
    if (!isActive(app.status) || !app.nextStepAt) continue;
    const days = calendarDaysFrom(now, app.nextStepAt);
    if (!Number.isFinite(days)) continue;
    let kind: ComingUpKind | undefined;
    if (app.status === 'offer') kind = 'offer';
    else if ((app.status === 'screening' || app.status === 'interviewing') && days >= 0) kind = 'interview';
    if (!kind) continue;
    const item: ComingUpItem = {
      kind,
      id: app.id,
      company: app.company,
      title: app.title,
      at: new Date(parseTime(app.nextStepAt)).toISOString(),
      days,
    };
    if (app.nextStep) item.nextStep = app.nextStep;
    all.push(item);
  }
  for (const f of dueFollowUps(apps, now)) {
    all.push({ kind: 'follow-up', id: f.id, company: f.company, title: f.title, at: f.followUpAt, days: -f.daysOverdue });
  }
  all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : a.kind < b.kind ? -1 : 1));
  const max = Math.max(0, Math.floor(limit));
  return { items: all.slice(0, max), more: Math.max(0, all.length - max) };
}
