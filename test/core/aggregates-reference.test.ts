// analyzeSpread, computeStats and parseTime were made cheaper per record; these properties hold them to exactly
// what the straightforward versions before that change computed (kept verbatim in ./reference), for any records:
// odd dates, unknown statuses, ties and blank employer keys included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES, type Application, type HistoryEntry, type Status } from '../../src/core/application';
import { parseTime } from '../../src/core/dates';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { analyzeSpread } from '../../src/core/spread';
import { computeStats } from '../../src/core/stats';
import { referenceAnalyzeSpread } from './reference/spread';
import { referenceComputeStats, referenceParseTime } from './reference/stats';

const T0 = Date.UTC(2024, 0, 1);
const SPAN = 500 * 86_400_000;

/** Mostly stored ISO dates; sometimes another form Date.parse reads, an impossible date or no date at all. */
const dateArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: SPAN }).map((t) => new Date(T0 + t).toISOString()) },
  { weight: 2, arbitrary: fc.constantFrom('2024-06-01T00:00:00.000Z', '2024-06-01T00:00:00.001Z') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: SPAN }).map((t) => new Date(T0 + t).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2024-03-12T10:00:00+01:00', '2025-02-30T10:00:00.000Z', 'not a date', '') },
);
const statusArb = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...STATUSES) }, { weight: 1, arbitrary: fc.constant('archived') });
/** `crowded`: few ids, keys and dates, so records tie on recency and the name tie-break decides. */
const recordArb = (crowded = false) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: crowded ? 2 : 30 }),
      key: crowded
        ? fc.constantFrom('acme', ' acme ', '')
        : fc.constantFrom('acme', 'acme', 'globex', 'initech', 'hooli', ' acme ', '', 'umbrella'),
      company: fc.constantFrom('Acme', 'ACME Inc.', 'Globex', ' Globex ', '', 'Initech', 'Hooli'),
      source: fc.constantFrom('greenhouse', 'lever', 'linkedin', '', 'manual'),
      status: statusArb,
      appliedAt: crowded ? fc.constantFrom('2024-06-01T00:00:00.000Z', '2024-06-01T00:00:00.001Z') : dateArb,
      createdAt: fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z'),
      history: fc.array(fc.record({ status: statusArb, at: dateArb }), { maxLength: 4 }),
    })
    .map((r): Application => ({
      id: `id-${r.n}`,
      company: r.company,
      companyKey: r.key,
      title: 'Engineer',
      location: '',
      url: '',
      source: r.source,
      appliedAt: r.appliedAt,
      status: r.status as Status,
      history: r.history as HistoryEntry[],
      notes: '',
      lessons: { wentWell: '', couldImprove: '', feedback: '' },
      capture: { method: 'auto', signal: '' },
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
      dedupeKey: `id:${r.n}`,
    }));
const settingsArb = fc
  .record({
    w: fc.array(fc.double({ min: 0.1, max: 20, noNaN: true }), { minLength: 4, maxLength: 4 }),
    warn: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
    target: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
  })
  .map(({ w, warn, target }): Settings => {
    const [a, b, c, d] = w as [number, number, number, number];
    return {
      ...DEFAULT_SETTINGS,
      hopeWeights: { applied: a, screening: b, interviewing: c, offer: d },
      topShareWarn: warn,
      targetShare: Math.min(target, warn),
    };
  });

/** A long search like the bench's: two years, a few hundred employers, statuses by age. */
function longSearch(count: number): Application[] {
  let seed = 7;
  const r = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const now = Date.UTC(2025, 5, 1);
  return Array.from({ length: count }, (_, i): Application => {
    const employer = Math.floor(r() * r() * 300);
    const applied = now - Math.floor(r() * r() * 730 * 86_400_000);
    const status = STATUSES[Math.floor(r() * STATUSES.length)] as Status;
    const appliedAt = new Date(applied).toISOString();
    const history: HistoryEntry[] = [{ status: 'applied', at: appliedAt }];
    if (status !== 'applied') history.push({ status, at: new Date(applied + Math.floor(r() * 30 * 86_400_000)).toISOString() });
    return {
      id: `bench-${i}`,
      company: `Employer ${employer}`,
      companyKey: `employer${employer}`,
      title: 'Engineer',
      location: '',
      url: '',
      source: ['greenhouse', 'lever', 'workday', 'linkedin', 'manual'][i % 5] as string,
      appliedAt,
      status,
      history,
      notes: '',
      lessons: { wentWell: '', couldImprove: '', feedback: '' },
      capture: { method: 'auto', signal: '' },
      createdAt: appliedAt,
      updatedAt: appliedAt,
      dedupeKey: `id:bench-${i}`,
    };
  });
}

describe('the faster aggregates compute exactly what the plain ones did', () => {
  it('analyzeSpread: the same result for any records and settings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(recordArb(), { maxLength: 40 }), fc.array(recordArb(true), { maxLength: 12 })),
        settingsArb,
        (records, settings) => {
          expect(analyzeSpread(records, settings)).toEqual(referenceAnalyzeSpread(records, settings));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('computeStats: the same numbers for any records, weeks and goal', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb(), { maxLength: 40 }),
        fc.integer({ min: 0, max: SPAN }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (records, at, weeks, weeklyGoal) => {
          const now = new Date(T0 + at);
          expect(computeStats(records, now, { weeks, weeklyGoal })).toEqual(referenceComputeStats(records, now, { weeks, weeklyGoal }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('both agree on a long search of 5,000 applications', () => {
    const records = longSearch(5000);
    const now = new Date(Date.UTC(2025, 5, 1, 12));
    expect(analyzeSpread(records, DEFAULT_SETTINGS)).toEqual(referenceAnalyzeSpread(records, DEFAULT_SETTINGS));
    expect(computeStats(records, now, { weeks: 8, weeklyGoal: 10 })).toEqual(
      referenceComputeStats(records, now, { weeks: 8, weeklyGoal: 10 }),
    );
  });

  it('parseTime: the same instant, or NaN, for any string shaped like a stored date', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 999 }),
        ),
        ([y, mo, d, h, mi, s, ms]) => {
          const iso = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`;
          expect(parseTime(iso)).toBe(referenceParseTime(iso));
        },
      ),
      { numRuns: 2000 },
    );
    for (const y of [100, 1600, 1700, 1900, 1969, 1970, 2000, 2024, 2100, 2400, 9999]) {
      for (const md of ['01-01', '02-28', '02-29', '03-01', '12-31']) {
        const iso = `${pad(y, 4)}-${md}T23:59:59.999Z`;
        expect(parseTime(iso)).toBe(referenceParseTime(iso));
      }
    }
    for (const odd of ['2024-0a-01T00:00:00.000Z', '2024-01-01 00:00:00.000Z', '0099-12-31T23:59:59.999Z', '2024-01-01T00:00:00.00aZ']) {
      expect(parseTime(odd)).toBe(referenceParseTime(odd));
    }
  });
});
