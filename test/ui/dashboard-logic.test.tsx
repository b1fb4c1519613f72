// The dashboard's pure pieces: its address (#view=, #id=) and the detail form's validation.
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/application';
import { formatHash, parseHash } from '../../src/ui/dashboard/hash';
import { siteChoices, siteLabel, toTimeInput } from '../../src/ui/dashboard/format';
import { fromDateInput } from '../../src/ui/components/format';
import {
  formFromRecord,
  nextStepFromRecord,
  validateField,
  validateNextStep,
  validateRecordForm,
} from '../../src/ui/dashboard/validate-record';

const base: Application = {
  id: 'a1',
  company: 'Acme',
  companyKey: 'acme',
  title: 'Engineer',
  location: 'Berlin',
  url: 'https://jobs.lever.co/acme/1',
  source: 'lever',
  jobId: '1',
  appliedAt: '2025-03-10T09:30:00.000Z',
  status: 'applied',
  history: [{ status: 'applied', at: '2025-03-10T09:30:00.000Z' }],
  notes: '',
  lessons: { wentWell: '', couldImprove: '', feedback: '' },
  followUpAt: '2025-03-20T08:00:00.000Z',
  capture: { method: 'auto', signal: 'confirmation page' },
  createdAt: '2025-03-10T09:30:00.000Z',
  updatedAt: '2025-03-10T09:30:00.000Z',
  dedupeKey: 'lever:1',
};
const now = new Date('2025-04-01T12:00:00.000Z');

describe('dashboard address', () => {
  it('reads views and records from the hash, ignoring unknown views', () => {
    expect(parseHash('#view=planb')).toEqual({ view: 'planb' });
    expect(parseHash('#id=abc')).toEqual({ view: 'applications', id: 'abc' });
    expect(parseHash('#view=lessons&id=x%20y')).toEqual({ view: 'lessons', id: 'x y' });
    expect(parseHash('#view=<script>')).toEqual({ view: 'applications' });
    expect(parseHash('')).toEqual({ view: 'applications' });
  });

  it('writes addresses that read back the same', () => {
    for (const route of [
      { view: 'charts' as const },
      { view: 'applications' as const, id: 'r-1' },
      { view: 'import' as const, id: 'a&b' },
    ]) {
      expect(parseHash(formatHash(route))).toEqual(route);
    }
    expect(formatHash({ view: 'applications', id: 'r-1' })).toBe('#id=r-1');
  });
});

describe('detail form validation', () => {
  it('an untouched form changes nothing (timestamps are not moved by saving)', () => {
    const r = validateRecordForm(formFromRecord(base), base, now);
    expect(r).toEqual({ ok: true, patch: {} });
  });

  it('sends only the fields that changed, cleaned, and a status change separately', () => {
    const form = {
      ...formFromRecord(base),
      title: '  Senior   Engineer ',
      status: 'interviewing',
      statusNote: 'call with Sam',
      followUpAt: '',
    };
    const r = validateRecordForm(form, base, now);
    expect(r).toEqual({
      ok: true,
      patch: { title: 'Senior Engineer', followUpAt: undefined },
      status: 'interviewing',
      statusNote: 'call with Sam',
    });
    if (r.ok) expect('followUpAt' in r.patch).toBe(true); // present, to clear it
  });

  it('explains every wrong field at once', () => {
    const form = {
      ...formFromRecord(base),
      company: ' ',
      url: 'javascript:alert(1)',
      source: 'Lever Jobs!',
      appliedAt: '2025-02-30',
      feedbackRequestedAt: 'yesterday',
    };
    const r = validateRecordForm(form, base, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['appliedAt', 'company', 'feedbackRequestedAt', 'source', 'url']);
  });

  it('refuses an applied date in the future and accepts a new past day', () => {
    expect(validateRecordForm({ ...formFromRecord(base), appliedAt: '2025-05-01' }, base, now).ok).toBe(false);
    const r = validateRecordForm({ ...formFromRecord(base), appliedAt: '2025-03-01' }, base, now);
    expect(r.ok && r.patch.appliedAt && new Date(r.patch.appliedAt).getDate()).toBe(1);
  });
});

describe('one field saved in place', () => {
  it('patches only that field, even when another stored field would not pass', () => {
    const unnamed = { ...base, company: '', needsDetails: true as const };
    expect(validateField('title', '  Data   Analyst ', unnamed, now)).toEqual({ ok: true, patch: { title: 'Data Analyst' } });
    expect(validateField('company', ' ', base, now)).toEqual({ ok: false, error: 'Enter the employer’s name.' });
    expect(validateField('title', 'Engineer', base, now)).toEqual({ ok: true, patch: {} });
  });

  it('saves a lesson with the other two as stored, and clears a date left empty', () => {
    const withLessons = { ...base, lessons: { wentWell: 'Clear CV', couldImprove: '', feedback: 'Too junior' } };
    expect(validateField('couldImprove', 'Ask about the team', withLessons, now)).toEqual({
      ok: true,
      patch: { lessons: { wentWell: 'Clear CV', couldImprove: 'Ask about the team', feedback: 'Too junior' } },
    });
    const r = validateField('followUpAt', '', base, now);
    expect(r.ok && 'followUpAt' in r.patch && r.patch.followUpAt === undefined).toBe(true);
  });
});

describe('next step', () => {
  it('stores a day with a time as that local time, a day alone at local noon, and reads both back', () => {
    const r = validateNextStep({ what: ' Second  interview ', date: '2025-04-10', time: '14:30' }, base);
    expect(r).toEqual({ ok: true, patch: { nextStep: 'Second interview', nextStepAt: new Date(2025, 3, 10, 14, 30).toISOString() } });
    const withStep = { ...base, nextStep: 'Second interview', nextStepAt: new Date(2025, 3, 10, 14, 30).toISOString() };
    expect(nextStepFromRecord(withStep)).toEqual({ what: 'Second interview', date: '2025-04-10', time: '14:30' });
    expect(validateNextStep(nextStepFromRecord(withStep), withStep)).toEqual({ ok: true, patch: {} });

    const dayOnly = validateNextStep({ what: 'Second interview', date: '2025-04-10', time: '' }, withStep);
    expect(dayOnly).toEqual({ ok: true, patch: { nextStepAt: fromDateInput('2025-04-10') } });
    expect(toTimeInput(fromDateInput('2025-04-10'))).toBe('');
  });

  it('clears with empty fields and refuses a time without its day', () => {
    const withStep = { ...base, nextStep: 'Decide', nextStepAt: '2025-04-10T10:00:00.000Z' };
    const cleared = validateNextStep({ what: '', date: '', time: '' }, withStep);
    expect(cleared.ok && 'nextStep' in cleared.patch && 'nextStepAt' in cleared.patch).toBe(true);
    expect(cleared.ok && cleared.patch.nextStep === undefined && cleared.patch.nextStepAt === undefined).toBe(true);
    expect(validateNextStep({ what: '', date: '', time: '09:00' }, base)).toEqual({
      ok: false,
      errors: { date: 'Enter the day as well as the time.' },
    });
    expect(validateNextStep({ what: '', date: '2025-02-30', time: '' }, base).ok).toBe(false);
    expect(validateNextStep({ what: '', date: '2025-04-10', time: '25:00' }, base).ok).toBe(false);
  });
});

describe('site names', () => {
  it('names every choice, keeps the three non-sites readable, and keeps a source Baskets no longer knows', () => {
    const choices = siteChoices('oldboard');
    expect(choices.find((c) => c.id === 'smartrecruiters')?.label).toBe('SmartRecruiters');
    expect(choices.filter((c) => ['generic', 'manual', 'import'].includes(c.id)).map((c) => c.label)).toEqual([
      'Other site',
      'Added by hand',
      'Imported',
    ]);
    expect(choices.at(-1)).toEqual({ id: 'oldboard', label: 'oldboard' });
    expect(siteChoices('lever').filter((c) => c.id === 'lever')).toHaveLength(1);
    expect(siteLabel('generic', 'https://www.careers.example.org/jobs/1')).toBe('careers.example.org');
  });
});
