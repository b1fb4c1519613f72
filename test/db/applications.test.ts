import { beforeEach, describe, expect, it } from 'vitest';
import {
  addApplication,
  deleteApplications,
  deleteEverything,
  getApplication,
  listApplications,
  restoreApplications,
  setStatus,
  setStatusMany,
  updateApplication,
  ValidationError,
  countApplications,
  addPending,
  listPending,
} from '../../src/db/index';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

describe('addPending', () => {
  it('keeps the day the application was sent when a source tells it, and never a day in the future', async () => {
    const sent = await addPending(job({ jobId: '1', url: 'https://boards.greenhouse.io/acme/jobs/1' }), 'email', '2026-11-20T08:00:00Z');
    expect(sent.createdAt).toBe('2026-11-20T08:00:00.000Z');
    const future = await addPending(job({ jobId: '2', url: 'https://boards.greenhouse.io/acme/jobs/2' }), 'email', '2999-01-01T00:00:00Z');
    expect(Date.parse(future.createdAt)).toBeLessThanOrEqual(Date.now());
    const junk = await addPending(job({ jobId: '3', url: 'https://boards.greenhouse.io/acme/jobs/3' }), 'email', 'not a date');
    expect(Number.isFinite(Date.parse(junk.createdAt))).toBe(true);
  });
});

describe('addApplication', () => {
  it('answers a pending "Did you apply?" question about the same job, and only that one', async () => {
    await addPending(job({ url: 'https://boards.greenhouse.io/acme/jobs/123' }), 'submit clicked, no confirmation seen');
    await addPending(job({ jobId: '999', url: 'https://boards.greenhouse.io/acme/jobs/999', title: 'Backend Engineer' }), 'submit clicked');
    expect(await listPending()).toHaveLength(2);
    await addApplication(job(), { method: 'auto', signal: 'confirmation text' });
    const left = await listPending();
    expect(left.map((p) => p.title)).toEqual(['Backend Engineer']);
    // The same job captured again (a reload) after a new question: the question leaves too, the record stays one.
    await addPending(job(), 'submit clicked again');
    const again = await addApplication(job(), { method: 'auto', signal: 'confirmation text' });
    expect(again.created).toBe(false);
    expect((await listPending()).map((p) => p.title)).toEqual(['Backend Engineer']);
  });

  it('stores a confirmed application with a canonical url, employer key and dedupe key', async () => {
    const { record, created, possibleDuplicates } = await addApplication(job(), {
      method: 'auto',
      signal: 'confirmation text',
      appliedAt: '2024-03-05T10:00:00Z',
    });
    expect(created).toBe(true);
    expect(possibleDuplicates).toEqual([]);
    expect(record.url).toBe('https://boards.greenhouse.io/acme/jobs/123');
    expect(record.companyKey).toBe('acme');
    expect(record.dedupeKey).toBe('greenhouse:123');
    expect(record.status).toBe('applied');
    expect(record.appliedAt).toBe('2024-03-05T10:00:00.000Z');
    expect(record.history).toEqual([{ status: 'applied', at: '2024-03-05T10:00:00.000Z' }]);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getApplication(record.id)).toEqual(record);
  });

  it('uses url:<canonical url> without a job id, and id:<id> without either', async () => {
    const a = await addApplication(job({ jobId: undefined, source: 'generic', url: 'https://jobs.example.com/x/?utm_campaign=1#apply' }), {
      method: 'auto',
      signal: 's',
    });
    expect(a.record.dedupeKey).toBe('url:https://jobs.example.com/x');
    const b = await addApplication(job({ jobId: undefined, url: '', source: 'manual' }), { method: 'manual', signal: '' });
    expect(b.record.dedupeKey).toBe(`id:${b.record.id}`);
  });

  it('merges a reloaded confirmation page into the same record', async () => {
    const first = await addApplication(job(), { method: 'auto', signal: 'a' });
    const again = await addApplication(job({ location: '' }), { method: 'auto', signal: 'b' });
    expect(again.created).toBe(false);
    expect(again.record.id).toBe(first.record.id);
    expect(await countApplications()).toBe(1);
  });

  it('ends with ONE record when two tabs capture the same job at once', async () => {
    const results = await Promise.all([
      addApplication(job(), { method: 'auto', signal: 'tab 1' }),
      addApplication(job(), { method: 'auto', signal: 'tab 2' }),
      addApplication(job(), { method: 'auto', signal: 'tab 3' }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    expect(await countApplications()).toBe(1);
  });

  it('treats two URLs of one posting that canonicalise equal as one job', async () => {
    const noId = { jobId: undefined, source: 'generic' };
    await addApplication(job({ ...noId, url: 'https://careers.example.com/jobs/42?utm_source=linkedin' }), { method: 'auto', signal: '' });
    const second = await addApplication(job({ ...noId, url: 'https://CAREERS.example.com/jobs/42/?gh_src=x#top' }), {
      method: 'auto',
      signal: '',
    });
    expect(second.created).toBe(false);
    expect(await countApplications()).toBe(1);
  });

  it('flags the same company and title from another site within 30 days, without deleting anything', async () => {
    const a = await addApplication(job(), { method: 'auto', signal: '', appliedAt: '2024-03-01T09:00:00Z' });
    const b = await addApplication(
      job({ company: 'ACME Inc', source: 'linkedin', jobId: '999', url: 'https://www.linkedin.com/jobs/view/999' }),
      {
        method: 'auto',
        signal: '',
        appliedAt: '2024-03-20T09:00:00Z',
      },
    );
    expect(b.created).toBe(true);
    expect(b.possibleDuplicates.map((r) => r.id)).toEqual([a.record.id]);
    const c = await addApplication(job({ source: 'lever', jobId: 'zzz', url: 'https://jobs.lever.co/acme/zzz' }), {
      method: 'auto',
      signal: '',
      appliedAt: '2024-06-20T09:00:00Z',
    });
    expect(c.possibleDuplicates).toEqual([]);
    expect(await countApplications()).toBe(3);
  });

  it('rejects a job with neither company nor title logged by hand (a capture keeps it: see details.test.ts)', async () => {
    await expect(addApplication(job({ company: ' ', title: '' }), { method: 'manual', signal: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('edits and status changes', () => {
  it('appends status changes to the history, allows moving backwards and keeps updatedAt current', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '', appliedAt: '2024-03-01T09:00:00Z' });
    const a = await setStatus(record.id, 'interviewing', 'first call', '2024-03-10T09:00:00Z');
    const b = await setStatus(record.id, 'screening', undefined, '2024-03-11T09:00:00Z');
    expect(b.status).toBe('screening');
    expect(b.history.map((h) => h.status)).toEqual(['applied', 'interviewing', 'screening']);
    expect(b.history[1]?.note).toBe('first call');
    expect(b.updatedAt >= a.updatedAt).toBe(true);
    expect(b.updatedAt > record.updatedAt || b.updatedAt === record.updatedAt).toBe(true);
  });

  it('records edits in the history and recomputes employer and dedupe keys', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const edited = await updateApplication(record.id, { title: 'Senior Frontend Engineer', company: 'The Acme Corporation' });
    expect(edited.title).toBe('Senior Frontend Engineer');
    expect(edited.companyKey).toBe('acme');
    expect(edited.history.at(-1)?.note).toBe('edited company, title');
    const moved = await updateApplication(record.id, { jobId: '' });
    expect(moved.dedupeKey).toBe('url:https://boards.greenhouse.io/acme/jobs/123');
    const withNote = await updateApplication(record.id, { notes: 'called Bob' }, 'added notes after the call');
    expect(withNote.history.at(-1)?.note).toBe('added notes after the call');
    expect(withNote.notes).toBe('called Bob');
  });

  it('keeps a next step and its date, says so in the history, and clears them with empty values', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const set = await updateApplication(record.id, { nextStep: '  Second interview\nwith the team ', nextStepAt: '2026-12-10T14:00:00Z' });
    expect(set.nextStep).toBe('Second interview with the team');
    expect(set.nextStepAt).toBe('2026-12-10T14:00:00.000Z');
    expect(set.history.at(-1)?.note).toBe('edited next step, next step date');
    await expect(updateApplication(record.id, { nextStepAt: 'next Tuesday' })).rejects.toBeInstanceOf(ValidationError);
    const cleared = await updateApplication(record.id, { nextStep: '', nextStepAt: '' });
    expect(cleared.nextStep).toBeUndefined();
    expect(cleared.nextStepAt).toBeUndefined();
    expect((await getApplication(record.id))?.nextStep).toBeUndefined();
  });

  it('folds quick successive edits (autosaving notes) into one history entry', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    await updateApplication(record.id, { notes: 'c' });
    await updateApplication(record.id, { notes: 'ca' });
    const last = await updateApplication(record.id, { location: 'Remote' });
    expect(last.history).toHaveLength(2);
    expect(last.history[1]?.note).toBe('edited notes, location');
    const same = await updateApplication(record.id, { location: 'Remote' });
    expect(same).toEqual(last);
  });

  it('refuses an edit that would make the record collide with another job', async () => {
    const a = await addApplication(job(), { method: 'auto', signal: '' });
    await addApplication(job({ jobId: '456', url: 'https://boards.greenhouse.io/acme/jobs/456' }), { method: 'auto', signal: '' });
    await expect(updateApplication(a.record.id, { jobId: '456' })).rejects.toBeInstanceOf(ValidationError);
    expect((await getApplication(a.record.id))?.jobId).toBe('123');
  });

  it('does not lose an edit and a capture of the same job arriving at the same moment', async () => {
    const { record } = await addApplication(job({ location: '' }), { method: 'auto', signal: '' });
    const [afterStatus, capture, afterEdit] = await Promise.all([
      setStatus(record.id, 'interviewing'),
      addApplication(job({ location: 'Remote' }), { method: 'auto', signal: 'second tab', notes: 'from tab 2' }),
      updateApplication(record.id, { lessons: { wentWell: 'portfolio', couldImprove: '', feedback: '' } }),
    ]);
    expect(capture.created).toBe(false);
    expect(afterStatus.status).toBe('interviewing');
    const final = await getApplication(record.id);
    expect(final?.status).toBe('interviewing');
    expect(final?.location).toBe('Remote');
    expect(final?.notes).toBe('from tab 2');
    expect(final?.lessons.wentWell).toBe('portfolio');
    expect(afterEdit.lessons.wentWell).toBe('portfolio');
    expect(await countApplications()).toBe(1);
  });

  it('setStatusMany returns the records as they were before, and restore undoes it exactly', async () => {
    const a = (await addApplication(job(), { method: 'auto', signal: '' })).record;
    const b = (await addApplication(job({ jobId: '2', url: '' }), { method: 'auto', signal: '' })).record;
    const before = await setStatusMany([a.id, b.id, 'missing'], 'rejected');
    expect(before.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await getApplication(a.id))?.status).toBe('rejected');
    await restoreApplications(before);
    expect(await getApplication(a.id)).toEqual(a);
    expect(await getApplication(b.id)).toEqual(b);
  });
});

describe('delete', () => {
  it('returns deleted records so the UI can undo, and deleteEverything empties the store', async () => {
    const a = (await addApplication(job(), { method: 'auto', signal: '' })).record;
    const b = (await addApplication(job({ jobId: '2' }), { method: 'auto', signal: '' })).record;
    const deleted = await deleteApplications([a.id]);
    expect(deleted).toEqual([a]);
    expect(await getApplication(a.id)).toBeUndefined();
    await restoreApplications(deleted);
    expect(await getApplication(a.id)).toEqual(a);
    expect(await deleteEverything()).toBe(2);
    expect((await listApplications({})).items).toEqual([]);
    expect(await getApplication(b.id)).toBeUndefined();
  });
});
