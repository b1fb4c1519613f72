// The dashboard's pure pieces: its address (#view=, #id=) and the detail form's validation.
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/application';
import { formatHash, parseHash } from '../../src/ui/dashboard/hash';
import { formFromRecord, validateRecordForm } from '../../src/ui/dashboard/validate-record';

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
    for (const route of [{ view: 'charts' as const }, { view: 'applications' as const, id: 'r-1' }, { view: 'import' as const, id: 'a&b' }]) {
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
    const form = { ...formFromRecord(base), title: '  Senior   Engineer ', status: 'interviewing', statusNote: 'call with Sam', followUpAt: '' };
    const r = validateRecordForm(form, base, now);
    expect(r).toEqual({ ok: true, patch: { title: 'Senior Engineer', followUpAt: undefined }, status: 'interviewing', statusNote: 'call with Sam' });
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
