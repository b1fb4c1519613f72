import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dashboardPath, parseJob, parseMessage, readLastCapture } from '../src/messages';
import { parseHash } from '../src/ui/dashboard/hash';

const job = { company: 'Acme', title: 'Engineer', location: 'Berlin', url: 'https://jobs.lever.co/acme/1', source: 'lever' };

describe('message validation', () => {
  it('accepts a well-formed capture and cleans its strings', () => {
    const m = parseMessage({
      type: 'capture',
      kind: 'submitted',
      attemptId: 'abc123',
      signal: 'url:/thanks',
      job: { ...job, company: '  Acme\u202e  Corp\u0000 ' },
    });
    expect(m).toEqual({
      type: 'capture',
      kind: 'submitted',
      attemptId: 'abc123',
      signal: 'url:/thanks',
      job: { ...job, company: 'Acme Corp' },
    });
  });

  it('refuses strings over the caps: company 200, title 300, location 200, URL 2048', () => {
    expect(parseJob({ ...job, company: 'x'.repeat(201) })).toBeNull();
    expect(parseJob({ ...job, title: 'x'.repeat(301) })).toBeNull();
    expect(parseJob({ ...job, location: 'x'.repeat(201) })).toBeNull();
    expect(parseJob({ ...job, url: 'https://a.example/' + 'x'.repeat(2048) })).toBeNull();
    expect(parseJob({ ...job, company: 'x'.repeat(200), title: 'y'.repeat(300) })).not.toBeNull();
  });

  it('accepts only http(s) job URLs', () => {
    expect(parseJob({ ...job, url: 'javascript:alert(1)' })).toBeNull();
    expect(parseJob({ ...job, url: 'data:text/html,x' })).toBeNull();
    expect(parseJob({ ...job, url: 'http://example.com/job' })?.url).toBe('http://example.com/job');
  });

  it('refuses wrong types, unknown kinds and missing fields', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage({ type: 'capture', kind: 'maybe', attemptId: 'a', signal: '', job })).toBeNull();
    expect(parseMessage({ type: 'capture', kind: 'submitted', attemptId: 'a b', signal: '', job })).toBeNull();
    expect(parseMessage({ type: 'capture', kind: 'submitted', attemptId: 'a', signal: 1, job })).toBeNull();
    expect(parseMessage({ type: 'context', job: { ...job, company: 5 } })).toBeNull();
    expect(parseMessage({ type: 'context', job: { ...job, source: 'Not An Id' } })).toBeNull();
    expect(parseMessage({ type: 'data-changed', status: 'hired' })).toBeNull();
    expect(parseMessage({ type: 'delete-everything' })).toBeNull();
  });

  it('never throws and never lets an over-long string through, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const m = parseMessage(value);
        if (m && 'job' in m && m.job) {
          expect(m.job.company.length).toBeLessThanOrEqual(200);
          expect(m.job.title.length).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            type: fc.constantFrom('capture', 'context', 'attempt'),
            kind: fc.constantFrom('submitted', 'pending', 'x'),
            state: fc.constantFrom('started', 'cancelled'),
            attemptId: fc.string(),
            signal: fc.string(),
            job: fc.record(
              { company: fc.string({ maxLength: 400 }), title: fc.string({ maxLength: 400 }), source: fc.string(), url: fc.webUrl() },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['type'] },
        ),
        (value) => {
          const m = parseMessage(value);
          if (m && 'job' in m && m.job) {
            expect(m.job.company.length).toBeLessThanOrEqual(200);
            expect(m.job.title.length).toBeLessThanOrEqual(300);
            expect(m.job.url === '' || /^https?:/.test(m.job.url)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('shared addresses and stored values', () => {
  it('opens the dashboard on the record the hash router reads back, whatever the id holds', () => {
    expect(dashboardPath()).toBe('dashboard.html');
    for (const id of ['abc', 'a-b_c', '0f9e8d7c-1111-4aaa-8bbb-222233334444', 'id with space&view=planb']) {
      const hash = dashboardPath(id).slice('dashboard.html'.length);
      expect(parseHash(hash)).toEqual({ view: 'applications', id });
    }
  });

  it('reads back a stored last capture, and nothing from anything else', () => {
    const ok = { id: 'r1', at: 1, company: 'Acme', title: 'Analyst', source: 'lever' };
    expect(readLastCapture(ok)).toEqual(ok);
    for (const bad of [null, 'r1', [], { ...ok, id: '' }, { ...ok, at: Number.NaN }, { ...ok, company: 3 }])
      expect(readLastCapture(bad)).toBeNull();
  });

  it('opens a dashboard view, alone or with a record, and refuses an odd view name', () => {
    expect(parseHash(dashboardPath(undefined, 'planb').slice('dashboard.html'.length))).toEqual({ view: 'planb' });
    expect(parseHash(dashboardPath('r1', 'charts').slice('dashboard.html'.length))).toEqual({ view: 'charts', id: 'r1' });
    expect(parseMessage({ type: 'open-dashboard', view: 'planb' })).toEqual({ type: 'open-dashboard', view: 'planb' });
    expect(parseMessage({ type: 'open-dashboard', view: 'plan b"><' })).toBeNull();
    expect(parseMessage({ type: 'open-dashboard', view: 3 })).toBeNull();
  });

  it('no longer accepts the get-context message nothing sent', () => {
    expect(parseMessage({ type: 'get-context' })).toBeNull();
  });
});
