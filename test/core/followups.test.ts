import { describe, expect, it } from 'vitest';
import type { Application, HistoryEntry, Status } from '../../src/core/application';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { defaultFollowUpAt, dueFollowUps, ghostSuggestions, nextAlarmTime, nextReminderAt, remindersDue } from '../../src/core/followups';

const DAY = 86_400_000;
// Wednesday 2025-03-12, 10:00 local time.
const NOW = new Date(2025, 2, 12, 10);
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY).toISOString();

let seq = 0;
function app(company: string, steps: [Status, number][], extra: Partial<Application> = {}): Application {
  seq++;
  const history: HistoryEntry[] = steps.map(([status, ago]) => ({ status, at: daysAgo(ago) }));
  return {
    id: `id-${seq}`,
    company,
    companyKey: company.toLowerCase(),
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt: history[0]?.at ?? daysAgo(0),
    status: steps[steps.length - 1]?.[0] ?? 'applied',
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: '' },
    createdAt: history[0]?.at ?? daysAgo(0),
    updatedAt: history[0]?.at ?? daysAgo(0),
    dedupeKey: `id:${seq}`,
    ...extra,
  };
}

describe('ghostSuggestions', () => {
  it('suggests applications silent for 21 days at applied or screening, and changes nothing', () => {
    const quiet = app('Acme', [['applied', 23]]);
    const quietScreen = app('Beta', [
      ['applied', 40],
      ['screening', 30],
    ]);
    const recent = app('Gamma', [
      ['applied', 40],
      ['screening', 20],
    ]);
    const interviewing = app('Delta', [
      ['applied', 60],
      ['interviewing', 50],
    ]);
    const closed = app('Eps', [
      ['applied', 60],
      ['rejected', 50],
    ]);
    const apps = [quiet, quietScreen, recent, interviewing, closed];
    const snapshot = JSON.stringify(apps);
    const s = ghostSuggestions(apps, NOW);
    expect(s.map((x) => [x.company, x.daysSilent])).toEqual([
      ['Beta', 30],
      ['Acme', 23],
    ]);
    expect(s[1]?.text).toBe('No news from Acme for 23 days since you applied. Mark it as ghosted?');
    expect(s[0]?.text).toBe('No news from Beta for 30 days since the screening. Mark it as ghosted?');
    expect(JSON.stringify(apps)).toBe(snapshot);
  });

  it('follows the ghostDays setting, exactly at the threshold', () => {
    const a = app('Acme', [['applied', 10]]);
    expect(ghostSuggestions([a], NOW, { ghostDays: 10 })).toHaveLength(1);
    expect(ghostSuggestions([a], NOW, { ghostDays: 11 })).toHaveLength(0);
  });
});

describe('dueFollowUps', () => {
  it('lists reminders set for now or earlier, due today or overdue, oldest first', () => {
    const today = app('Acme', [['applied', 5]], { followUpAt: new Date(2025, 2, 12, 9).toISOString() });
    const later = app('Beta', [['applied', 5]], { followUpAt: new Date(2025, 2, 12, 15).toISOString() });
    const old = app('Gamma', [['applied', 9]], { followUpAt: new Date(2025, 2, 9, 9).toISOString() });
    const closed = app(
      'Delta',
      [
        ['applied', 9],
        ['rejected', 2],
      ],
      { followUpAt: new Date(2025, 2, 9, 9).toISOString() },
    );
    const due = dueFollowUps([today, later, old, closed], NOW);
    expect(due.map((d) => [d.company, d.state, d.daysOverdue])).toEqual([
      ['Gamma', 'overdue', 3],
      ['Acme', 'due', 0],
    ]);
  });
});

describe('remindersDue', () => {
  it('puts follow-ups first, then ghost suggestions, in plain sentences', () => {
    const a = app('Acme', [['applied', 5]], { followUpAt: new Date(2025, 2, 11, 9).toISOString() });
    const b = app('Beta', [['applied', 25]]);
    const c = app('Gamma', [['screening', 2]], { followUpAt: new Date(2025, 2, 12, 8).toISOString() });
    expect(remindersDue([a, b, c], DEFAULT_SETTINGS, NOW).map((r) => [r.kind, r.text])).toEqual([
      ['follow-up', 'Follow-up with Acme was due yesterday.'],
      ['follow-up', 'Follow up with Gamma today.'],
      ['ghost', 'No news from Beta for 25 days since you applied. Mark it as ghosted?'],
    ]);
  });
});

describe('nextAlarmTime', () => {
  it('is the earliest future follow-up or ghost threshold crossing', () => {
    const followUp = new Date(2025, 2, 20, 9).getTime();
    const a = app('Acme', [['applied', 1]], { followUpAt: new Date(followUp).toISOString() });
    // applied 15 days ago: crosses 21 days in 6 days
    const b = app('Beta', [['applied', 15]]);
    expect(nextAlarmTime([a], NOW)).toBe(followUp);
    expect(nextAlarmTime([a, b], NOW)).toBe(NOW.getTime() + 6 * DAY);
    expect(nextReminderAt([a, b], DEFAULT_SETTINGS, NOW)?.getTime()).toBe(NOW.getTime() + 6 * DAY);
  });

  it('ignores the past, closed applications and stages that cannot be ghosted', () => {
    const past = app('Acme', [['applied', 30]], { followUpAt: daysAgo(1) });
    const closed = app(
      'Beta',
      [
        ['applied', 3],
        ['withdrawn', 1],
      ],
      { followUpAt: new Date(2025, 3, 1).toISOString() },
    );
    const interviewing = app('Gamma', [
      ['applied', 3],
      ['interviewing', 1],
    ]);
    expect(nextAlarmTime([past, closed, interviewing], NOW)).toBeNull();
    expect(nextReminderAt([], DEFAULT_SETTINGS, NOW)).toBeNull();
  });
});

describe('defaultFollowUpAt', () => {
  it('is followUpDays later, at 9:00 local time', () => {
    const at = new Date(defaultFollowUpAt(NOW, { followUpDays: 7 }));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours()]).toEqual([2025, 2, 19, 9]);
  });
});
