import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES, type Application, type Status } from '../../src/core/application';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { analyzeSpread, describeEffectiveEmployers, employersNeeded, spreadStateKey } from '../../src/core/spread';

let seq = 0;
function app(company: string, status: Status, extra: Partial<Application> = {}): Application {
  seq++;
  const appliedAt = extra.appliedAt ?? new Date(Date.UTC(2025, 0, 1) + seq * 60_000).toISOString();
  return {
    id: `id-${seq}`,
    company,
    companyKey: company.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt,
    status,
    history: [{ status, at: appliedAt }],
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: '' },
    createdAt: appliedAt,
    updatedAt: appliedAt,
    dedupeKey: `id:id-${seq}`,
    ...extra,
  };
}

describe('analyzeSpread', () => {
  it('warns kindly and concretely when one employer holds most of the hope', () => {
    const r = analyzeSpread([app('Acme', 'interviewing'), app('Beta', 'applied'), app('Gamma', 'applied')]);
    expect(r.totalHope).toBe(6);
    expect(r.topShare).toBeCloseTo(4 / 6);
    expect(r.employers.map((e) => [e.name, e.hope, e.stage])).toEqual([
      ['Acme', 4, 'interviewing'],
      ['Beta', 1, 'applied'],
      ['Gamma', 1, 'applied'],
    ]);
    // 4/(6+4) = 40% is not under 40%, 4/(6+5) = 36% is.
    expect(r.suggestion).toEqual({ addEmployers: 5, targetShare: 0.4, capped: false });
    const top = r.warnings.find((w) => w.kind === 'top-share');
    expect(top?.text).toBe(
      '67% of your hopes rest on Acme (an interview). Applying to 5 more employers would bring it under 40%.',
    );
    expect(r.level).toBe('warn');
    expect(r.summary).toBe(top?.text);
  });

  it('gives closed applications no hope and counts only active employers', () => {
    const r = analyzeSpread([
      app('Acme', 'rejected'),
      app('Beta', 'ghosted'),
      app('Gamma', 'withdrawn'),
      app('Delta', 'accepted'),
      app('Epsilon', 'screening'),
    ]);
    expect(r.activeEmployers).toBe(1);
    expect(r.activeApplications).toBe(1);
    expect(r.totalHope).toBe(2);
    expect(r.employers.map((e) => e.name)).toEqual(['Epsilon']);
  });

  it('says nothing alarming when nothing is active', () => {
    const r = analyzeSpread([app('Acme', 'rejected')]);
    expect(r.level).toBe('none');
    expect(r.warnings).toEqual([]);
    expect(r.effectiveEmployers).toBe(0);
    expect(r.suggestion).toBeUndefined();
    expect(spreadStateKey(r)).toBe('none');
  });

  it('is calm when hope is spread over enough employers', () => {
    const r = analyzeSpread([app('A', 'screening'), app('B', 'screening'), app('C', 'applied'), app('D', 'applied')]);
    expect(r.level).toBe('ok');
    expect(r.warnings).toEqual([]);
    expect(r.effectiveEmployers).toBeCloseTo(36 / 10);
    expect(r.summary).toBe('Your hopes are spread as if over 3.6 employers. The largest share, 33%, rests on A.');
    expect(spreadStateKey(r)).toBe('ok');
  });

  it('explains the effective number of employers in plain words, one decimal', () => {
    // shares 4/5 and 1/5: 1/(0.64+0.04) = 1.47
    const r = analyzeSpread([app('Acme', 'interviewing'), app('Beta', 'applied')]);
    expect(describeEffectiveEmployers(r.effectiveEmployers)).toBe('Your hopes are spread as if over 1.5 employers.');
  });

  it('groups records by companyKey and names the employer by its most recent spelling', () => {
    const older = app('ACME Inc.', 'applied', { companyKey: 'acme', appliedAt: '2025-01-01T10:00:00.000Z' });
    const newer = app('Acme', 'screening', { companyKey: 'acme', appliedAt: '2025-03-01T10:00:00.000Z' });
    const r = analyzeSpread([newer, older, app('Beta', 'applied'), app('Gamma', 'applied'), app('Delta', 'applied')]);
    const acme = r.employers[0];
    expect(acme).toMatchObject({ key: 'acme', name: 'Acme', hope: 3, applications: 2, stage: 'screening', stageCount: 1 });
  });

  it('uses plural stage phrases when several applications share the furthest stage', () => {
    const r = analyzeSpread([
      app('Acme', 'interviewing', { companyKey: 'acme' }),
      app('Acme', 'interviewing', { companyKey: 'acme' }),
      app('Acme', 'applied', { companyKey: 'acme' }),
      app('Beta', 'applied'),
    ]);
    expect(r.warnings.find((w) => w.kind === 'top-share')?.text).toMatch(/^90% of your hopes rest on Acme \(2 interviews\)\./);
  });

  it('treats a first, single application gently: a warning, not an alert', () => {
    const r = analyzeSpread([app('Acme', 'applied')]);
    expect(r.warnings.map((w) => w.kind).sort()).toEqual(['few-employers', 'single-employer']);
    expect(r.level).toBe('warn');
    expect(r.warnings.find((w) => w.kind === 'single-employer')?.text).toBe(
      'Your only active application is with Acme (an application). Applying to 2 more employers would bring it under 40%.',
    );
    expect(r.warnings.find((w) => w.kind === 'few-employers')?.text).toBe(
      'Only 1 employer is still in play. Applying to 2 more would give you 3, so no single answer weighs too much.',
    );
  });

  it('raises an alert when every active application is at one employer', () => {
    const r = analyzeSpread([app('Acme', 'applied', { companyKey: 'acme' }), app('Acme', 'screening', { companyKey: 'acme' })]);
    expect(r.level).toBe('alert');
    expect(r.warnings.map((w) => w.kind).sort()).toEqual(['few-employers', 'single-employer', 'top-share']);
    expect(r.warnings.find((w) => w.kind === 'single-employer')?.text).toBe(
      'Both of your active applications are with Acme (a screening). Other employers in play would give you a Plan B if this one says no.',
    );
  });

  it('does not quote a huge number of applications; it says so instead', () => {
    const offers = [1, 2, 3].map(() => app('Acme', 'offer', { companyKey: 'acme' }));
    const r = analyzeSpread([...offers, app('Beta', 'applied')]);
    expect(r.suggestion).toEqual({ addEmployers: 36, targetShare: 0.4, capped: true });
    const text = r.warnings.find((w) => w.kind === 'top-share')?.text ?? '';
    expect(text).toContain('more than 20 new employers');
    expect(text).not.toContain('36');
  });

  it('follows configured weights and thresholds', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      hopeWeights: { applied: 1, screening: 1, interviewing: 1, offer: 1 },
      topShareWarn: 0.3,
      targetShare: 0.6, // above the warning share: the warning share wins
      minActiveEmployers: 2,
    };
    const r = analyzeSpread([app('A', 'interviewing'), app('B', 'applied'), app('C', 'applied')], settings);
    expect(r.topShare).toBeCloseTo(1 / 3);
    expect(r.warnings.map((w) => w.kind)).toEqual(['top-share']);
    // 1/(3+n) < 0.3 needs n = 1 (1/4 = 25%).
    expect(r.suggestion).toEqual({ addEmployers: 1, targetShare: 0.3, capped: false });
    expect(r.warnings[0]?.text).toContain('Applying to 1 more employer would bring it under 30%.');
  });

  it('gives the same state key for the same warning state, a new one when it changes', () => {
    const a = analyzeSpread([app('Acme', 'interviewing', { companyKey: 'acme' }), app('Beta', 'applied'), app('Gamma', 'applied')]);
    const b = analyzeSpread([
      app('Acme', 'interviewing', { companyKey: 'acme' }),
      app('Acme', 'applied', { companyKey: 'acme' }),
      app('Beta', 'applied'),
      app('Gamma', 'applied'),
    ]);
    expect(a.topShare).not.toBeCloseTo(b.topShare);
    expect(spreadStateKey(a)).toBe(spreadStateKey(b));
    const c = analyzeSpread([app('Beta', 'offer'), app('Acme', 'applied'), app('Gamma', 'applied')]);
    expect(spreadStateKey(c)).not.toBe(spreadStateKey(a));
  });
});

const KEYS = ['acme', 'beta', 'gamma', 'delta', 'eps', 'zeta'];
const recordArb = fc.record({
  key: fc.constantFrom(...KEYS),
  status: fc.constantFrom(...STATUSES),
  day: fc.integer({ min: 0, max: 400 }),
});
const recordsArb = fc
  .array(recordArb, { maxLength: 30 })
  .map((rows) => rows.map((r) => app(r.key.toUpperCase(), r.status, { companyKey: r.key, appliedAt: new Date(Date.UTC(2025, 0, 1 + r.day)).toISOString() })));
const settingsArb = fc
  .record({
    w: fc.array(fc.double({ min: 0.1, max: 20, noNaN: true }), { minLength: 4, maxLength: 4 }),
    warn: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
    target: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
  })
  .map(({ w, warn, target }): Settings => {
    const [a, b, c, d] = [...w].sort((x, y) => x - y) as [number, number, number, number];
    return { ...DEFAULT_SETTINGS, hopeWeights: { applied: a, screening: b, interviewing: c, offer: d }, topShareWarn: warn, targetShare: Math.min(target, warn) };
  });

describe('analyzeSpread properties', () => {
  it('shares sum to 1 whenever there is any hope', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const r = analyzeSpread(records, settings);
        if (r.totalHope === 0) return r.employers.length === 0;
        return Math.abs(r.employers.reduce((s, e) => s + e.share, 0) - 1) < 1e-9;
      }),
    );
  });

  it('the effective number of employers lies between 1 and the number of employers', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const r = analyzeSpread(records, settings);
        if (r.totalHope === 0) return r.effectiveEmployers === 0;
        return r.effectiveEmployers >= 1 && r.effectiveEmployers <= r.activeEmployers;
      }),
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        recordsArb.chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }))),
        settingsArb,
        ([records, shuffled], settings) => {
          expect(analyzeSpread(shuffled, settings)).toEqual(analyzeSpread(records, settings));
        },
      ),
    );
  });

  it('"apply to N more" brings the top share under the target and the warning share, and N-1 would not', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const r = analyzeSpread(records, settings);
        if (!r.suggestion) return;
        const n = r.suggestion.addEmployers;
        const fresh = (count: number) => Array.from({ length: count }, (_, i) => app(`New${i}`, 'applied', { companyKey: `new-${i}` }));
        const after = analyzeSpread([...records, ...fresh(n)], settings);
        expect(after.topShare).toBeLessThan(r.suggestion.targetShare);
        expect(after.topShare).toBeLessThan(settings.topShareWarn);
        const before = analyzeSpread([...records, ...fresh(n - 1)], settings);
        expect(before.topShare).toBeGreaterThanOrEqual(r.suggestion.targetShare);
      }),
    );
  });

  it('employersNeeded agrees with the definition on plain cases', () => {
    const w = DEFAULT_SETTINGS.hopeWeights;
    // interview 4 + two applications: 4/(6+5) < 40% <= 4/(6+4)
    expect(employersNeeded(4, { applied: 2, screening: 0, interviewing: 1, offer: 0 }, w, 0.4)).toBe(5);
    expect(employersNeeded(1, { applied: 4, screening: 0, interviewing: 0, offer: 0 }, w, 0.4)).toBe(0);
    // a lone offer: 8/(8+13) = 38%, 8/(8+12) = 40%
    expect(employersNeeded(8, { applied: 0, screening: 0, interviewing: 0, offer: 1 }, w, 0.4)).toBe(13);
  });
});

describe('sentences about employers', () => {
  it('never doubles the full stop of a name that ends with one', async () => {
    const { endSentence } = await import('../../src/core/spread');
    expect(endSentence('Dune & Co.')).toBe('Dune & Co.');
    expect(endSentence('Acme')).toBe('Acme.');
  });
});
