import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES, type Application, type HistoryEntry, type Status } from '../../src/core/application';
import { stageReached } from '../../src/core/lessons';
import { parseTime } from '../../src/core/dates';
import { computeStats, firstResponseTime, gotResponse } from '../../src/core/stats';

let seq = 0;
/** An application applied at `applied` (local date), then moved through `steps` ([status, days after applying]). */
function app(source: string, applied: Date, steps: [Status, number][] = []): Application {
  seq++;
  const at = (days: number) => new Date(applied.getTime() + days * 86_400_000).toISOString();
  const history: HistoryEntry[] = [{ status: 'applied', at: at(0) }, ...steps.map(([status, d]) => ({ status, at: at(d) }))];
  return {
    id: `id-${seq}`,
    company: `C${seq}`,
    companyKey: `c${seq}`,
    title: 'Engineer',
    location: '',
    url: '',
    source,
    appliedAt: at(0),
    status: history[history.length - 1]!.status,
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'auto', signal: '' },
    createdAt: at(0),
    updatedAt: at(0),
    dedupeKey: `id:${seq}`,
  };
}

// Wednesday 2025-03-12, noon local time.
const NOW = new Date(2025, 2, 12, 12);
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('response definition', () => {
  it('counts any answer, a rejection included, but not silence or withdrawing', () => {
    expect(gotResponse(app('x', NOW, [['rejected', 3]]))).toBe(true);
    expect(
      gotResponse(
        app('x', NOW, [
          ['screening', 3],
          ['ghosted', 30],
        ]),
      ),
    ).toBe(true);
    expect(gotResponse(app('x', NOW, [['ghosted', 30]]))).toBe(false);
    expect(gotResponse(app('x', NOW, [['withdrawn', 2]]))).toBe(false);
    expect(gotResponse(app('x', NOW))).toBe(false);
    const a = app('x', NOW, [
      ['screening', 4],
      ['rejected', 9],
    ]);
    expect(firstResponseTime(a)).toBe(NOW.getTime() + 4 * 86_400_000);
  });
});

describe('computeStats', () => {
  const records = [
    app('linkedin', day(2025, 3, 10), [
      ['screening', 2],
      ['interviewing', 6],
      ['rejected', 10],
    ]),
    app('linkedin', day(2025, 3, 10), [['rejected', 4]]),
    app('linkedin', day(2025, 3, 3), [['ghosted', 30]]),
    app('linkedin', day(2025, 3, 3)),
    app('greenhouse', day(2025, 3, 4), [
      ['interviewing', 8],
      ['offer', 20],
      ['accepted', 22],
    ]),
    app('greenhouse', day(2025, 2, 1), [['withdrawn', 1]]),
  ];
  const s = computeStats(records, NOW, { weeks: 3, weeklyGoal: 2 });

  it('gives response, interview and offer rates overall', () => {
    expect(s.overall).toMatchObject({ total: 6, responded: 3, interviews: 2, offers: 1, active: 1 });
    expect(s.overall.responseRate).toBeCloseTo(3 / 6);
    expect(s.overall.interviewRate).toBeCloseTo(2 / 6);
    expect(s.overall.offerRate).toBeCloseTo(1 / 6);
  });

  it('gives the same numbers and the outcomes per source site', () => {
    expect(s.bySource.map((x) => x.source)).toEqual(['linkedin', 'greenhouse']);
    const li = s.bySource[0]!;
    expect(li).toMatchObject({ total: 4, responded: 2, interviews: 1, offers: 0, active: 1 });
    expect(li.byStatus).toMatchObject({ rejected: 2, ghosted: 1, applied: 1 });
    const gh = s.bySource[1]!;
    expect(gh.offerRate).toBeCloseTo(1 / 2);
    expect(gh.byStatus).toMatchObject({ accepted: 1, withdrawn: 1 });
  });

  it('takes the median days to a first response over applications that got one', () => {
    // first responses after 2, 4 and 8 days
    expect(s.medianDaysToFirstResponse).toBeCloseTo(4);
    expect(computeStats([app('x', NOW)], NOW).medianDaysToFirstResponse).toBeNull();
  });

  it('counts applications per ISO week, current week last, against the goal', () => {
    expect(s.weeks).toEqual([
      { week: '2025-W09', start: '2025-02-24', count: 0, metGoal: false },
      { week: '2025-W10', start: '2025-03-03', count: 3, metGoal: true },
      { week: '2025-W11', start: '2025-03-10', count: 2, metGoal: true },
    ]);
    expect(s.weeklyGoal).toBe(2);
  });

  it('puts Sunday night in the old week and Monday morning in the new one', () => {
    const sunday = app('x', new Date(2025, 2, 9, 23, 59));
    const monday = app('x', new Date(2025, 2, 10, 0, 1));
    const weeks = computeStats([sunday, monday], NOW, { weeks: 2 }).weeks;
    expect(weeks.map((w) => w.count)).toEqual([1, 1]);
  });

  it('handles ISO weeks across a new year', () => {
    const weeks = computeStats([app('x', day(2024, 12, 31))], day(2025, 1, 2), { weeks: 2, weeklyGoal: 0 }).weeks;
    expect(weeks.map((w) => [w.week, w.count, w.metGoal])).toEqual([
      ['2024-W52', 0, false],
      ['2025-W01', 1, false],
    ]);
  });

  it('builds the funnel from the stage reached, with conversion rates', () => {
    expect(s.funnel).toEqual([
      { stage: 'applied', count: 6, conversion: null },
      { stage: 'screening', count: 2, conversion: 2 / 6 },
      { stage: 'interviewing', count: 2, conversion: 1 },
      { stage: 'offer', count: 1, conversion: 1 / 2 },
    ]);
  });

  it('is all zeros, not NaN, with no records', () => {
    const empty = computeStats([], NOW);
    expect(empty.overall.responseRate).toBe(0);
    expect(empty.funnel.every((f) => f.count === 0)).toBe(true);
    expect(empty.weeks).toHaveLength(8);
  });

  it('agrees with stageReached for any history', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...STATUSES), { maxLength: 5 }), { maxLength: 20 }), (paths) => {
        const apps = paths.map((p) =>
          app(
            'x',
            NOW,
            p.map((st, i) => [st, i + 1] as [Status, number]),
          ),
        );
        const funnel = computeStats(apps, NOW).funnel;
        const expected = ['applied', 'screening', 'interviewing', 'offer'].map(
          (_, i) => apps.filter((a) => ['applied', 'screening', 'interviewing', 'offer'].indexOf(stageReached(a)) >= i).length,
        );
        expect(funnel.map((f) => f.count)).toEqual(expected);
      }),
    );
  });
});

describe('parseTime (stored dates)', () => {
  it('reads stored ISO dates exactly as Date.parse does, and rejects impossible ones', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        expect(parseTime(d.toISOString())).toBe(d.getTime());
      }),
    );
    expect(parseTime('2025-02-30T10:00:00.000Z')).toBeNaN();
    expect(parseTime('2024-02-29T10:00:00.000Z')).toBe(Date.UTC(2024, 1, 29, 10));
    expect(parseTime('2025-03-12T10:00:00+01:00')).toBe(Date.UTC(2025, 2, 12, 9));
    expect(parseTime('not a date')).toBeNaN();
    expect(parseTime(undefined)).toBeNaN();
  });
});
