import { describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { calendarDaysFrom, comingUp } from '../../src/core/coming-up';

// Wednesday 2025-03-12, 10:00 local time.
const NOW = new Date(2025, 2, 12, 10);
/** Local time `days` calendar days from NOW's day, at `hour`. */
const onDay = (days: number, hour = 14) => new Date(2025, 2, 12 + days, hour).toISOString();

let seq = 0;
function app(company: string, status: Status, extra: Partial<Application> = {}): Application {
  seq++;
  const at = onDay(-20);
  return {
    id: `id-${String(seq).padStart(3, '0')}`,
    company,
    companyKey: company.toLowerCase(),
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt: at,
    status,
    history: [{ status, at }],
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: '' },
    createdAt: at,
    updatedAt: at,
    dedupeKey: `id:${seq}`,
    ...extra,
  };
}

describe('calendarDaysFrom', () => {
  it('counts local calendar days, not 24-hour spans', () => {
    expect(calendarDaysFrom(NOW, onDay(0, 23))).toBe(0);
    expect(calendarDaysFrom(NOW, onDay(1, 0))).toBe(1);
    expect(calendarDaysFrom(NOW, onDay(-2, 23))).toBe(-2);
    expect(calendarDaysFrom(NOW, 'not a date')).toBeNaN();
  });
});

describe('comingUp', () => {
  it('lists offers with a decision date, dated interviews and due follow-ups, earliest first', () => {
    const offer = app('Offerly', 'offer', { nextStepAt: onDay(3), nextStep: 'Decide on the offer' });
    const interview = app('Interviewco', 'interviewing', { nextStepAt: onDay(1, 9), nextStep: 'Panel interview' });
    const screening = app('Screenr', 'screening', { nextStepAt: onDay(0, 16) });
    const followUp = app('Quiet', 'applied', { followUpAt: onDay(-2, 9) });
    const { items, more } = comingUp([offer, interview, screening, followUp], NOW);
    expect(more).toBe(0);
    expect(items.map((i) => [i.company, i.kind, i.days])).toEqual([
      ['Quiet', 'follow-up', -2],
      ['Screenr', 'interview', 0],
      ['Interviewco', 'interview', 1],
      ['Offerly', 'offer', 3],
    ]);
    expect(items[2]?.nextStep).toBe('Panel interview');
    expect(items[1]?.nextStep).toBeUndefined();
  });

  it('keeps an offer whose decision date has passed, but not an interview of an earlier day', () => {
    const lateOffer = app('Late offer', 'offer', { nextStepAt: onDay(-1) });
    const pastInterview = app('Past interview', 'interviewing', { nextStepAt: onDay(-1) });
    const todayEarlier = app('This morning', 'interviewing', { nextStepAt: onDay(0, 8) });
    const names = comingUp([lateOffer, pastInterview, todayEarlier], NOW).items.map((i) => i.company);
    expect(names).toEqual(['Late offer', 'This morning']);
  });

  it('leaves out closed applications, undated steps, an applied record with a step date and future follow-ups', () => {
    const apps = [
      app('Rejected', 'rejected', { nextStepAt: onDay(1), followUpAt: onDay(-1) }),
      app('Accepted', 'accepted', { nextStepAt: onDay(1) }),
      app('No date', 'interviewing', { nextStep: 'Call back' }),
      app('Applied with date', 'applied', { nextStepAt: onDay(2) }),
      app('Later follow-up', 'applied', { followUpAt: onDay(4) }),
      app('Broken date', 'offer', { nextStepAt: 'soon' }),
    ];
    expect(comingUp(apps, NOW)).toEqual({ items: [], more: 0 });
  });

  it('shows at most `limit` items and counts the rest', () => {
    const apps = Array.from({ length: 8 }, (_, i) => app(`Employer ${i}`, 'interviewing', { nextStepAt: onDay(8 - i) }));
    const { items, more } = comingUp(apps, NOW, 5);
    expect(items).toHaveLength(5);
    expect(more).toBe(3);
    expect(items.map((i) => i.days)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists an interview and a due follow-up of the same application as two items', () => {
    const both = app('Twice', 'interviewing', { nextStepAt: onDay(2), followUpAt: onDay(0, 9) });
    expect(comingUp([both], NOW).items.map((i) => i.kind)).toEqual(['follow-up', 'interview']);
  });
});
