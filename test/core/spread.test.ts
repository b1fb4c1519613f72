import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES, type Application, type Status } from '../../src/core/application';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import {
  PLANB_SNOOZE_MS,
  SUGGESTION_CAP,
  analyzeSpread,
  describeEffectiveEmployers,
  employersNeeded,
  isPlanBSnoozed,
  readPlanBSnooze,
  snoozePlanB,
  spreadStateKey,
} from '../../src/core/spread';

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
  it('tells progress at one employer as good news, with one number to act on', () => {
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
    expect(r.note).toEqual({
      tone: 'good-news',
      headline: 'Nice, an interview at Acme.',
      suggestion: "Keeping 5 more employers in play means one answer won't decide everything.",
      action: 'employers',
      addEmployers: 5,
      capped: false,
    });
    expect(r.warnings).toEqual([{ kind: 'top-share', text: '67% of your hopes rest on Acme (an interview).' }]);
    expect(r.level).toBe('warn');
    expect(r.summary).toBe("Nice, an interview at Acme. Keeping 5 more employers in play means one answer won't decide everything.");
  });

  it('reads like the example in the issue: two interviews at one employer', () => {
    const airtable = [
      app('Airtable', 'interviewing', { companyKey: 'airtable' }),
      app('Airtable', 'interviewing', { companyKey: 'airtable' }),
    ];
    const spread = analyzeSpread([...airtable, ...['Beta', 'Gamma', 'Delta', 'Eps', 'Zeta', 'Eta'].map((c) => app(c, 'screening'))]);
    // 8 of 20 hope points (40%) is under the warning share, with 7 employers in play: no note.
    expect(spread.note).toBeUndefined();
    const r = analyzeSpread([...airtable, ...['Beta', 'Gamma', 'Delta', 'Eps'].map((c) => app(c, 'screening'))]);
    // 8/16 = 50%; 8/(16+n) < 40% needs n = 5.
    expect(r.note?.headline).toBe('Nice, 2 interviews at Airtable.');
    expect(r.note?.suggestion).toBe("Keeping 5 more employers in play means one answer won't decide everything.");
    expect(r.note?.action).toBe('employers');
  });

  it('congratulates on an offer', () => {
    const r = analyzeSpread([app('Dune & Co.', 'offer'), app('Beta', 'applied')]);
    expect(r.note?.headline).toBe('Congratulations on an offer from Dune & Co.');
    expect(r.note?.tone).toBe('good-news');
  });

  it('nudges calmly, with one number, when there are applications only', () => {
    const r = analyzeSpread([
      app('Acme', 'applied', { companyKey: 'acme' }),
      app('Acme', 'applied', { companyKey: 'acme' }),
      app('Beta', 'applied'),
    ]);
    // 2/3 rests on Acme; 2/(3+n) < 40% needs n = 3, which also gives 5 employers.
    expect(r.note).toEqual({
      tone: 'nudge',
      headline: 'Much of your hope rests on Acme for now.',
      suggestion: "Applying to 3 more employers means one answer won't decide everything.",
      action: 'log',
      addEmployers: 3,
      capped: false,
    });
  });

  it('asks for enough employers to reach the minimum, not a second number', () => {
    // Two employers with equal hope: 50% each, at the warning share; 3 employers are wanted.
    const settings: Settings = { ...DEFAULT_SETTINGS, topShareWarn: 0.6, targetShare: 0.6 };
    const r = analyzeSpread([app('Acme', 'applied'), app('Beta', 'applied')], settings);
    expect(r.warnings.map((w) => w.kind)).toEqual(['few-employers']);
    expect(r.suggestion).toBeUndefined();
    expect(r.note?.headline).toBe('Your applications are with few employers for now.');
    expect(r.note?.suggestion).toBe("Applying to 1 more employer means one answer won't decide everything.");
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
    expect(r.note).toBeUndefined();
    expect(r.effectiveEmployers).toBe(0);
    expect(r.suggestion).toBeUndefined();
    expect(r.explanation).not.toContain('as if over');
    expect(spreadStateKey(r)).toBe('none');
  });

  it('is calm when hope is spread over enough employers, and keeps the jargon for the explanation', () => {
    const r = analyzeSpread([app('A', 'screening'), app('B', 'screening'), app('C', 'applied'), app('D', 'applied')]);
    expect(r.level).toBe('ok');
    expect(r.warnings).toEqual([]);
    expect(r.note).toBeUndefined();
    expect(r.effectiveEmployers).toBeCloseTo(36 / 10);
    expect(r.summary).toBe('Your hopes are spread over 4 employers. The largest share, 33%, rests on A.');
    expect(r.summary).not.toContain('as if');
    expect(r.explanation).toBe(
      'Each active application counts by how far it has got: an application 1, a screening 2, an interview 4, an offer 8. ' +
        "An employer's share is its part of that total. " +
        'Your hopes are spread as if over 3.6 employers. That is one divided by the sum of the squared shares: the more evenly your hopes are spread, the higher it is. ' +
        'Baskets suggests a Plan B when one employer holds 50% or more of your hopes, or fewer than 3 employers are in play.',
    );
    expect(spreadStateKey(r)).toBe('ok');
  });

  it('explains the effective number of employers in plain words, one decimal', () => {
    // shares 4/5 and 1/5: 1/(0.64+0.04) = 1.47
    const r = analyzeSpread([app('Acme', 'interviewing'), app('Beta', 'applied')]);
    expect(describeEffectiveEmployers(r.effectiveEmployers)).toBe('Your hopes are spread as if over 1.5 employers.');
    expect(r.explanation).toContain('Your hopes are spread as if over 1.5 employers.');
    expect(r.summary).not.toContain('as if');
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
    expect(r.warnings.find((w) => w.kind === 'top-share')?.text).toBe('90% of your hopes rest on Acme (2 interviews).');
    expect(r.note?.headline).toBe('Nice, 2 interviews at Acme.');
  });

  it('treats a first, single application gently: one nudge, one number, a warning and not an alert', () => {
    const r = analyzeSpread([app('Acme', 'applied')]);
    expect(r.warnings.map((w) => w.kind).sort()).toEqual(['few-employers', 'single-employer']);
    expect(r.level).toBe('warn');
    expect(r.note).toEqual({
      tone: 'nudge',
      headline: 'Your one active application is with Acme.',
      suggestion: "Applying to 2 more employers means one answer won't decide everything.",
      action: 'log',
      addEmployers: 2,
      capped: false,
    });
    expect(r.warnings.find((w) => w.kind === 'few-employers')?.text).toBe('Only 1 employer is still in play.');
  });

  it('raises an alert when every active application is at one employer, still with one suggestion', () => {
    const r = analyzeSpread([app('Acme', 'applied', { companyKey: 'acme' }), app('Acme', 'screening', { companyKey: 'acme' })]);
    expect(r.level).toBe('alert');
    expect(r.warnings.map((w) => w.kind).sort()).toEqual(['few-employers', 'single-employer', 'top-share']);
    expect(r.warnings.find((w) => w.kind === 'single-employer')?.text).toBe(
      'Both of your active applications are with Acme (a screening).',
    );
    // 3/(3+n) < 40% needs n = 5.
    expect(r.note?.headline).toBe('Nice, a screening at Acme.');
    expect(r.note?.suggestion).toBe("Keeping 5 more employers in play means one answer won't decide everything.");
    expect(r.note?.action).toBe('log');
  });

  it('does not quote a huge number of employers', () => {
    const offers = [1, 2, 3].map(() => app('Acme', 'offer', { companyKey: 'acme' }));
    const r = analyzeSpread([...offers, app('Beta', 'applied')]);
    expect(r.suggestion).toEqual({ addEmployers: 36, targetShare: 0.4, capped: true });
    expect(r.note?.capped).toBe(true);
    expect(r.note?.headline).toBe('Congratulations on 3 offers from Acme.');
    expect(r.note?.suggestion).toBe(
      "Keeping a few other employers in play, with an application or two each week, means one answer won't decide everything.",
    );
    expect(r.summary).not.toMatch(/\d{2}/);
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
    expect(r.note?.suggestion).toBe("Keeping 1 more employer in play means one answer won't decide everything.");
    expect(r.explanation).toContain('an application 1, a screening 1, an interview 1, an offer 1.');
    expect(r.explanation).toContain('holds 30% or more of your hopes, or fewer than 2 employers are in play.');
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

describe('Plan-B snooze', () => {
  const now = Date.UTC(2026, 11, 7, 9);
  const warn = analyzeSpread([app('Acme', 'interviewing', { companyKey: 'acme' }), app('Beta', 'applied'), app('Gamma', 'applied')]);
  const worse = analyzeSpread([
    app('Acme', 'interviewing', { companyKey: 'acme' }),
    app('Acme', 'offer', { companyKey: 'acme' }),
    app('Beta', 'applied'),
  ]);

  it('hides the note for three days in the same state', () => {
    const snooze = snoozePlanB(warn, now);
    expect(snooze).toEqual({ stateKey: spreadStateKey(warn), until: now + PLANB_SNOOZE_MS });
    expect(PLANB_SNOOZE_MS).toBe(3 * 24 * 3600 * 1000);
    expect(isPlanBSnoozed(warn, snooze, now)).toBe(true);
    expect(isPlanBSnoozed(warn, snooze, now + PLANB_SNOOZE_MS - 1)).toBe(true);
    expect(isPlanBSnoozed(warn, snooze, now + PLANB_SNOOZE_MS)).toBe(false);
  });

  it('shows the note again at once when the situation gets worse', () => {
    expect(worse.level).toBe('alert');
    expect(isPlanBSnoozed(worse, snoozePlanB(warn, now), now + 1000)).toBe(false);
  });

  it('ignores anything that is not a snooze, and a snooze from a clock set back', () => {
    for (const junk of [undefined, null, 'x', 3, {}, { stateKey: '', until: now + 1 }, { stateKey: 'k', until: 'later' }]) {
      expect(isPlanBSnoozed(warn, junk, now)).toBe(false);
      expect(readPlanBSnooze(junk)).toBeNull();
    }
    expect(isPlanBSnoozed(warn, { stateKey: spreadStateKey(warn), until: now + 10 * PLANB_SNOOZE_MS }, now)).toBe(false);
  });

  it('is never snoozed when there is no note', () => {
    const calm = analyzeSpread([app('A', 'screening'), app('B', 'screening'), app('C', 'applied'), app('D', 'applied')]);
    expect(isPlanBSnoozed(calm, snoozePlanB(calm, now), now)).toBe(false);
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
  .map((rows) =>
    rows.map((r) =>
      app(r.key.toUpperCase(), r.status, { companyKey: r.key, appliedAt: new Date(Date.UTC(2025, 0, 1 + r.day)).toISOString() }),
    ),
  );
const settingsArb = fc
  .record({
    w: fc.array(fc.double({ min: 0.1, max: 20, noNaN: true }), { minLength: 4, maxLength: 4 }),
    warn: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
    target: fc.double({ min: 0.1, max: 0.95, noNaN: true }),
  })
  .map(({ w, warn, target }): Settings => {
    const [a, b, c, d] = [...w].sort((x, y) => x - y) as [number, number, number, number];
    return {
      ...DEFAULT_SETTINGS,
      hopeWeights: { applied: a, screening: b, interviewing: c, offer: d },
      topShareWarn: warn,
      targetShare: Math.min(target, warn),
    };
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
        recordsArb.chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
        ),
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

  it('there is a note exactly when a warning applies, and its number leaves no warning, one fewer falls short', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const r = analyzeSpread(records, settings);
        expect(!!r.note).toBe(r.warnings.length > 0);
        expect(!!r.note).toBe(r.level === 'warn' || r.level === 'alert');
        if (!r.note) return;
        const n = r.note.addEmployers;
        const fresh = (count: number) => Array.from({ length: count }, (_, i) => app(`New${i}`, 'applied', { companyKey: `new-${i}` }));
        const after = analyzeSpread([...records, ...fresh(n)], settings);
        expect(after.level).toBe('ok');
        expect(after.topShare).toBeLessThan(Math.min(settings.targetShare, settings.topShareWarn));
        // One fewer misses the target share or the minimum number of employers (the target may sit below the
        // warning share, so the warning itself may already be gone).
        const short = analyzeSpread([...records, ...fresh(n - 1)], settings);
        expect(
          short.topShare >= Math.min(settings.targetShare, settings.topShareWarn) || short.activeEmployers < settings.minActiveEmployers,
        ).toBe(true);
      }),
    );
  });

  it('the note quotes one suggestion number at most, the same in the summary, and tone follows the stage', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const r = analyzeSpread(records, settings);
        if (!r.note) return;
        const numbers = (t: string) => (t.match(/\d+/g) ?? []).map(Number);
        // The suggestion quotes exactly its number, or none when capped.
        expect(numbers(r.note.suggestion)).toEqual(r.note.capped ? [] : [r.note.addEmployers]);
        expect(r.note.capped).toBe(r.note.addEmployers > SUGGESTION_CAP);
        // The headline quotes no other number than how many screenings, interviews or offers there are.
        const top = r.employers[0]!;
        expect(numbers(r.note.headline)).toEqual(top.stage !== 'applied' && top.stageCount > 1 ? [top.stageCount] : []);
        expect(r.note.tone).toBe(top.stage === 'applied' ? 'nudge' : 'good-news');
        expect(r.summary).toBe(`${r.note.headline} ${r.note.suggestion}`);
        expect(r.summary).not.toContain('as if');
        expect(r.summary).not.toContain('%');
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
