import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/application';
import { dedupeKeyFor, mergeRecords, possibleDuplicateReason, titleKey } from '../../src/core/dedupe';

function app(over: Partial<Application>): Application {
  return {
    id: 'a',
    company: 'Acme',
    companyKey: 'acme',
    title: 'Frontend Engineer',
    location: '',
    url: '',
    source: 'greenhouse',
    appliedAt: '2024-03-01T10:00:00.000Z',
    status: 'applied',
    history: [{ status: 'applied', at: '2024-03-01T10:00:00.000Z' }],
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'auto', signal: '' },
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    dedupeKey: 'greenhouse:1',
    ...over,
  };
}

describe('dedupeKeyFor', () => {
  it('prefers source:jobId, then the canonical url, then the id', () => {
    expect(dedupeKeyFor({ source: 'lever', jobId: 'x1', url: 'https://a/b', id: 'i' })).toBe('lever:x1');
    expect(dedupeKeyFor({ source: 'lever', url: 'https://a/b', id: 'i' })).toBe('url:https://a/b');
    expect(dedupeKeyFor({ source: 'manual', url: '', id: 'i' })).toBe('id:i');
  });
});

describe('possibleDuplicateReason', () => {
  const a = app({});
  it('flags same employer and title on another site within 30 days', () => {
    const b = app({
      id: 'b',
      source: 'linkedin',
      dedupeKey: 'linkedin:9',
      title: 'frontend  engineer!',
      appliedAt: '2024-03-20T10:00:00.000Z',
    });
    expect(possibleDuplicateReason(a, b)).toBe('Same company and title on greenhouse and linkedin, 19 days apart');
    expect(titleKey('Frontend Engineer')).toBe(titleKey('frontend  engineer!'));
  });
  it('does not flag other titles, the same site, or more than 30 days apart', () => {
    expect(possibleDuplicateReason(a, app({ id: 'b', source: 'linkedin', dedupeKey: 'x', title: 'Backend Engineer' }))).toBeUndefined();
    expect(possibleDuplicateReason(a, app({ id: 'b', dedupeKey: 'greenhouse:2' }))).toBeUndefined();
    expect(
      possibleDuplicateReason(a, app({ id: 'b', source: 'linkedin', dedupeKey: 'x', appliedAt: '2024-04-15T10:00:00.000Z' })),
    ).toBeUndefined();
  });
});

describe('mergeRecords', () => {
  it('keeps both histories in time order, the earliest appliedAt, both notes and lessons', () => {
    const keep = app({
      appliedAt: '2024-03-05T10:00:00.000Z',
      history: [
        { status: 'applied', at: '2024-03-05T10:00:00.000Z' },
        { status: 'interviewing', at: '2024-03-12T10:00:00.000Z' },
      ],
      status: 'interviewing',
      notes: 'Keep notes',
      lessons: { wentWell: 'demo', couldImprove: '', feedback: '' },
    });
    const other = app({
      id: 'b',
      appliedAt: '2024-03-01T10:00:00.000Z',
      history: [
        { status: 'applied', at: '2024-03-01T10:00:00.000Z' },
        { status: 'screening', at: '2024-03-08T10:00:00.000Z', note: 'recruiter' },
      ],
      notes: 'Other notes',
      location: 'Remote',
      lessons: { wentWell: 'rapport', couldImprove: 'system design', feedback: '' },
    });
    const m = mergeRecords(keep, other, '2024-04-01T00:00:00.000Z');
    expect(m.id).toBe('a');
    expect(m.appliedAt).toBe('2024-03-01T10:00:00.000Z');
    expect(m.history.map((h) => h.at.slice(5, 10))).toEqual(['03-01', '03-05', '03-08', '03-12']);
    expect(m.status).toBe('interviewing');
    expect(m.notes).toBe('Keep notes\n\nOther notes');
    expect(m.lessons).toEqual({ wentWell: 'demo\n\nrapport', couldImprove: 'system design', feedback: '' });
    expect(m.location).toBe('Remote');
    expect(m.updatedAt).toBe('2024-04-01T00:00:00.000Z');
  });
});
