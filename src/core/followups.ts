/**
 * Follow-ups: applications gone quiet (suggested as ghosted, never changed here), follow-up reminders
 * that are due, and the next moment the background should wake up (`alarms`). Pure: callers pass `now`.
 */
import { isActive, type Application } from './application';
import { DAY_MS, parseTime } from './dates';
import { DEFAULT_SETTINGS, type Settings } from './settings';

type FollowUpSettings = Pick<Settings, 'ghostDays'>;

/** The time of the last status change (latest history entry, else appliedAt, else createdAt); NaN if none parses. */
export function lastStatusChange(app: Pick<Application, 'history' | 'appliedAt' | 'createdAt'>): number {
  let last = Number.NaN;
  for (const entry of app.history ?? []) {
    const t = parseTime(entry.at);
    if (Number.isFinite(t) && !(t <= last)) last = t;
  }
  if (Number.isFinite(last)) return last;
  const applied = parseTime(app.appliedAt);
  return Number.isFinite(applied) ? applied : parseTime(app.createdAt);
}

/** Only an application still waiting for the employer's first move can go quiet. */
function canGhost(app: Application): boolean {
  return app.status === 'applied' || app.status === 'screening';
}

export interface GhostSuggestion {
  id: string;
  company: string;
  title: string;
  status: 'applied' | 'screening';
  /** ISO time of the last status change. */
  lastChangeAt: string;
  /** Whole days since then. */
  daysSilent: number;
  /** "No news from Acme for 23 days since you applied. Mark it as ghosted?" */
  text: string;
}

/**
 * Applications at applied or screening with no status change for at least `ghostDays` days: suggestions
 * for the user to confirm. Nothing is changed here. Longest silence first.
 */
export function ghostSuggestions(
  apps: readonly Application[],
  now: Date,
  settings: FollowUpSettings = DEFAULT_SETTINGS,
): GhostSuggestion[] {
  const limit = settings.ghostDays * DAY_MS;
  const nowMs = now.getTime();
  const out: GhostSuggestion[] = [];
  for (const app of apps) {
    if (!canGhost(app)) continue;
    const last = lastStatusChange(app);
    if (!Number.isFinite(last) || nowMs - last < limit) continue;
    const days = Math.floor((nowMs - last) / DAY_MS);
    const since = app.status === 'applied' ? 'since you applied' : 'since the screening';
    out.push({
      id: app.id,
      company: app.company,
      title: app.title,
      status: app.status as 'applied' | 'screening',
      lastChangeAt: new Date(last).toISOString(),
      daysSilent: days,
      text: `No news from ${app.company || 'this employer'} for ${days} days ${since}. Mark it as ghosted?`,
    });
  }
  return out.sort((a, b) => b.daysSilent - a.daysSilent || (a.lastChangeAt < b.lastChangeAt ? -1 : 1) || (a.id < b.id ? -1 : 1));
}

export interface DueFollowUp {
  id: string;
  company: string;
  title: string;
  followUpAt: string;
  /** due: set for today (local) and the time has come; overdue: set for an earlier day. */
  state: 'due' | 'overdue';
  /** Whole local days since the day it was set for (0 when due today). */
  daysOverdue: number;
}

function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * Follow-up reminders whose time has come, oldest first. Only applications still in play count: once an
 * application is accepted, rejected, ghosted or withdrawn its reminder has lost its purpose.
 */
export function dueFollowUps(apps: readonly Application[], now: Date): DueFollowUp[] {
  const nowMs = now.getTime();
  const today = startOfLocalDay(nowMs);
  const out: DueFollowUp[] = [];
  for (const app of apps) {
    if (!app.followUpAt || !isActive(app.status)) continue;
    const at = parseTime(app.followUpAt);
    if (!Number.isFinite(at) || at > nowMs) continue;
    const day = startOfLocalDay(at);
    const daysOverdue = Math.max(0, Math.round((today - day) / DAY_MS));
    out.push({
      id: app.id,
      company: app.company,
      title: app.title,
      followUpAt: new Date(at).toISOString(),
      state: day < today ? 'overdue' : 'due',
      daysOverdue,
    });
  }
  return out.sort((a, b) => (a.followUpAt < b.followUpAt ? -1 : a.followUpAt > b.followUpAt ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * When the background should next wake up, in ms since the epoch: the earliest future follow-up of an
 * application in play, or the earliest moment an applied/screening application crosses the ghost threshold.
 * null when nothing is ahead. Pass it to `alarms.create({ when })`.
 */
export function nextAlarmTime(apps: readonly Application[], now: Date, settings: FollowUpSettings = DEFAULT_SETTINGS): number | null {
  const nowMs = now.getTime();
  const limit = settings.ghostDays * DAY_MS;
  let next = Number.POSITIVE_INFINITY;
  for (const app of apps) {
    if (!isActive(app.status)) continue;
    if (app.followUpAt) {
      const at = parseTime(app.followUpAt);
      if (at > nowMs && at < next) next = at;
    }
    if (canGhost(app)) {
      const crossing = lastStatusChange(app) + limit;
      if (crossing > nowMs && crossing < next) next = crossing;
    }
  }
  return Number.isFinite(next) ? next : null;
}

/** The default follow-up time: `followUpDays` after `from`, at 9:00 local time. ISO string. */
export function defaultFollowUpAt(from: Date, settings: Pick<Settings, 'followUpDays'> = DEFAULT_SETTINGS): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + settings.followUpDays, 9);
  return d.toISOString();
}

export interface Reminder {
  kind: 'follow-up' | 'ghost';
  id: string;
  company: string;
  title: string;
  /** One sentence for a list, a badge tooltip or a notification. */
  text: string;
}

/**
 * Everything waiting for the user's answer: due or overdue follow-ups first (oldest first), then
 * applications suggested as ghosted (longest silence first). For the badge count and the popup.
 */
export function remindersDue(apps: readonly Application[], settings: FollowUpSettings = DEFAULT_SETTINGS, now: Date): Reminder[] {
  const out: Reminder[] = [];
  for (const f of dueFollowUps(apps, now)) {
    const who = f.company || 'this employer';
    const when = f.daysOverdue <= 1 ? 'yesterday' : `${f.daysOverdue} days ago`;
    out.push({
      kind: 'follow-up',
      id: f.id,
      company: f.company,
      title: f.title,
      text: f.state === 'due' ? `Follow up with ${who} today.` : `Follow-up with ${who} was due ${when}.`,
    });
  }
  for (const g of ghostSuggestions(apps, now, settings)) {
    out.push({ kind: 'ghost', id: g.id, company: g.company, title: g.title, text: g.text });
  }
  return out;
}

/** nextAlarmTime as a Date (argument order of remindersDue), or null when nothing is ahead. */
export function nextReminderAt(apps: readonly Application[], settings: FollowUpSettings = DEFAULT_SETTINGS, now: Date): Date | null {
  const t = nextAlarmTime(apps, now, settings);
  return t === null ? null : new Date(t);
}
