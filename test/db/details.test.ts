import { beforeEach, describe, expect, it } from 'vitest';
import {
  addApplication,
  addPending,
  confirmPending,
  countApplications,
  fillDetails,
  getApplication,
  linkCompanies,
  listApplications,
  restoreApplications,
  summaryCounts,
  updateApplication,
  ValidationError,
} from '../../src/db/index';
import { parseApplication } from '../../src/db/records';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

const unnamed = (overrides = {}) =>
  job({
    company: '',
    title: '',
    location: '',
    url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply?jk=abc123',
    jobId: 'abc123',
    source: 'indeed',
    ...overrides,
  });

describe('capture provenance', () => {
  it('keeps how each captured value was found, and only for known fields and provenances', async () => {
    const { record } = await addApplication(
      job({ fields: { company: 'structured', title: 'slug', location: 'title', url: 'labelled', salary: 'structured' } as never }),
      { method: 'auto', signal: 'confirmation' },
    );
    expect(record.capture.fields).toEqual({ company: 'structured', title: 'slug', location: 'title' });
    expect((await getApplication(record.id))?.capture.fields).toEqual({ company: 'structured', title: 'slug', location: 'title' });
  });

  it('drops a provenance that is not one of the four, or for a field the capture left empty', async () => {
    const { record } = await addApplication(
      job({ location: '', fields: { company: 'guess' as never, title: 'labelled', location: 'slug' } }),
      {
        method: 'auto',
        signal: '',
      },
    );
    expect(record.capture.fields).toEqual({ title: 'labelled' });
  });

  it('stores no provenance for a manual entry', async () => {
    const { record } = await addApplication(job({ fields: { company: 'slug' } }), { method: 'manual', signal: '' });
    expect(record.capture.fields).toBeUndefined();
    expect(record.needsDetails).toBeUndefined();
  });

  it('an edit of a field drops that field’s provenance, and only that one', async () => {
    const { record } = await addApplication(job({ fields: { company: 'slug', title: 'title', location: 'labelled' } }), {
      method: 'auto',
      signal: '',
    });
    const edited = await updateApplication(record.id, { company: 'Acme Hotels & Resorts' });
    expect(edited.capture.fields).toEqual({ title: 'title', location: 'labelled' });
    const notes = await updateApplication(record.id, { notes: 'called' });
    expect(notes.capture.fields).toEqual({ title: 'title', location: 'labelled' });
    const all = await updateApplication(record.id, { title: 'QA Technician', location: 'Remote' });
    expect(all.capture.fields).toBeUndefined();
    expect(all.capture.method).toBe('auto');
  });
});

describe('needsDetails', () => {
  it('a capture with no company and no title becomes one needsDetails record', async () => {
    const first = await addApplication(unnamed(), { method: 'auto', signal: 'Your application has been submitted!' });
    expect(first.created).toBe(true);
    expect(first.record.needsDetails).toBe(true);
    expect(first.record.company).toBe('');
    expect(first.record.title).toBe('');
    expect(first.record.source).toBe('indeed');
    expect(first.record.jobId).toBe('abc123');
    expect(first.record.url).toBe('https://smartapply.indeed.com/beta/indeedapply/form/post-apply?jk=abc123');
    expect(first.record.dedupeKey).toBe('indeed:abc123');
    // Seen again (a reload of the confirmation): the same record, not a second one.
    const again = await addApplication(unnamed(), { method: 'auto', signal: 'reload' });
    expect(again.created).toBe(false);
    expect(again.record.id).toBe(first.record.id);
    expect(await countApplications()).toBe(1);
  });

  it('dedupes by address when there is no job id', async () => {
    const noId = { jobId: undefined, source: 'generic', url: 'https://careers.example.com/thanks?utm_source=x' };
    const a = await addApplication(unnamed(noId), { method: 'auto', signal: '' });
    const b = await addApplication(unnamed({ ...noId, url: 'https://careers.example.com/thanks/' }), { method: 'auto', signal: '' });
    expect(a.record.dedupeKey).toBe('url:https://careers.example.com/thanks');
    expect(b.record.id).toBe(a.record.id);
    expect(await countApplications()).toBe(1);
  });

  it('a capture missing only the title also asks for details', async () => {
    const { record } = await addApplication(job({ title: '' }), { method: 'auto', signal: '' });
    expect(record.needsDetails).toBe(true);
    expect(record.companyKey).toBe('acme');
  });

  it('a manual entry still needs a company or a title', async () => {
    await expect(addApplication(unnamed({ source: 'manual' }), { method: 'manual', signal: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(addApplication(unnamed(), { method: 'import', signal: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await countApplications()).toBe(0);
  });

  it('fillDetails clears it, keeps the site, address and date, and notes it in the history', async () => {
    const { record } = await addApplication(unnamed({ fields: { location: 'slug' } }), {
      method: 'auto',
      signal: '',
      appliedAt: '2024-05-02T09:00:00Z',
    });
    const filled = await fillDetails(record.id, { company: 'Harborview Hotels & Resorts', title: 'Night Auditor' });
    expect(filled.needsDetails).toBeUndefined();
    expect(filled.company).toBe('Harborview Hotels & Resorts');
    expect(filled.title).toBe('Night Auditor');
    expect(filled.companyKey).not.toBe('');
    expect(filled.source).toBe('indeed');
    expect(filled.dedupeKey).toBe(record.dedupeKey);
    expect(filled.appliedAt).toBe('2024-05-02T09:00:00.000Z');
    expect(filled.history.at(-1)?.note).toBe('added details: company, title');
    expect(await getApplication(record.id)).toEqual(filled);
  });

  it('fillDetails with only the title keeps asking for the company, and the user’s word drops the guess', async () => {
    const { record } = await addApplication(job({ title: '', fields: { company: 'slug' } }), { method: 'auto', signal: '' });
    const withTitle = await fillDetails(record.id, { title: 'Frontend Engineer' });
    expect(withTitle.needsDetails).toBeUndefined();
    expect(withTitle.capture.fields).toEqual({ company: 'slug' });

    const bare = (await addApplication(unnamed({ jobId: 'zzz' }), { method: 'auto', signal: '' })).record;
    const half = await fillDetails(bare.id, { title: 'Cook', company: '   ' });
    expect(half.needsDetails).toBe(true);
    expect(half.title).toBe('Cook');
    const done = await fillDetails(bare.id, { company: 'Acme' });
    expect(done.needsDetails).toBeUndefined();
    expect(done.companyKey).toBe('acme');
  });

  it('fillDetails refuses empty details and an unknown record, and changes nothing', async () => {
    const { record } = await addApplication(unnamed(), { method: 'auto', signal: '' });
    await expect(fillDetails(record.id, { company: ' ', title: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(fillDetails('missing', { title: 'x' })).rejects.toBeInstanceOf(ValidationError);
    expect(await getApplication(record.id)).toEqual(record);
  });

  it('fillDetails files the company under an employer the user linked', async () => {
    await linkCompanies('Initech Labs', 'Initech');
    const { record } = await addApplication(unnamed(), { method: 'auto', signal: '' });
    const filled = await fillDetails(record.id, { company: 'Initech Labs', title: 'Analyst' });
    expect(filled.company).toBe('Initech Labs');
    expect(filled.companyKey).toBe('initech');
  });

  it('an edit that names the job clears it too, and a needsDetails record can be edited before that', async () => {
    const { record } = await addApplication(unnamed(), { method: 'auto', signal: '' });
    const noted = await updateApplication(record.id, { notes: 'the night job' });
    expect(noted.needsDetails).toBe(true);
    const named = await updateApplication(record.id, { company: 'Acme', title: 'Night Auditor' });
    expect(named.needsDetails).toBeUndefined();
  });

  it('a later capture that reads the job fills it in and clears the flag, with its provenance', async () => {
    const { record } = await addApplication(unnamed(), { method: 'auto', signal: '' });
    const again = await addApplication(unnamed({ company: 'Acme', title: 'Cook', fields: { company: 'structured', title: 'labelled' } }), {
      method: 'auto',
      signal: '',
    });
    expect(again.record.id).toBe(record.id);
    expect(again.record.needsDetails).toBeUndefined();
    expect(again.record.capture.fields).toEqual({ company: 'structured', title: 'labelled' });
    expect(again.record.companyKey).toBe('acme');
  });

  it('a confirmed pending candidate without a title becomes a needsDetails record with its provenance', async () => {
    const p = await addPending(job({ title: '', fields: { company: 'labelled' } }), 'submit clicked on greenhouse, no confirmation seen');
    const record = await confirmPending(p.id);
    expect(record.needsDetails).toBe(true);
    expect(record.capture.fields).toEqual({ company: 'labelled' });
  });

  it('counts like any application and can be listed on its own', async () => {
    await addApplication(job(), { method: 'auto', signal: '' });
    const { record } = await addApplication(unnamed(), { method: 'auto', signal: '' });
    expect((await summaryCounts()).total).toBe(2);
    expect((await summaryCounts()).awaitingOutcome).toBe(2);
    expect((await listApplications({ needsDetails: true })).items.map((r) => r.id)).toEqual([record.id]);
    expect(await countApplications({ needsDetails: true })).toBe(1);
    expect(await countApplications({ needsDetails: true, source: 'greenhouse' })).toBe(0);
    expect(await countApplications({ needsDetails: true, status: 'applied' })).toBe(1);
    await fillDetails(record.id, { company: 'Acme', title: 'Cook' });
    expect(await countApplications({ needsDetails: true })).toBe(0);
  });

  it('an undo puts a needsDetails record back as it was', async () => {
    const { record } = await addApplication(unnamed({ fields: { location: 'slug' } }), { method: 'auto', signal: '' });
    await fillDetails(record.id, { company: 'Acme', title: 'Cook' });
    await restoreApplications([record]);
    expect(await getApplication(record.id)).toEqual(record);
  });
});

describe('parseApplication with the new fields', () => {
  const base = {
    id: 'r1',
    company: 'Acme',
    title: 'Cook',
    appliedAt: '2024-01-01T00:00:00Z',
    status: 'applied',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    history: [],
  };

  it('keeps valid capture.fields and needsDetails', () => {
    const a = parseApplication({
      ...base,
      title: '',
      needsDetails: true,
      capture: { method: 'auto', signal: 's', fields: { company: 'slug' } },
    });
    expect('record' in a && a.record.needsDetails).toBe(true);
    expect('record' in a && a.record.capture.fields).toEqual({ company: 'slug' });
    const b = parseApplication({ ...base, company: '', title: '', needsDetails: true });
    expect('record' in b && b.record.needsDetails).toBe(true);
  });

  it('refuses a wrong type, an unknown field or an unknown provenance', () => {
    expect(parseApplication({ ...base, needsDetails: 'yes' })).toEqual({ error: '"needsDetails" must be true or false' });
    expect(parseApplication({ ...base, capture: { method: 'auto', signal: '', fields: 'slug' } })).toEqual({
      error: '"capture.fields" must be an object',
    });
    expect(parseApplication({ ...base, capture: { method: 'auto', signal: '', fields: { salary: 'slug' } } })).toEqual({
      error: '"capture.fields" has an unknown field "salary"',
    });
    expect(parseApplication({ ...base, capture: { method: 'auto', signal: '', fields: { title: 'guess' } } })).toEqual({
      error: '"capture.fields.title" must be structured, labelled, title or slug',
    });
  });

  it('needs a company or a title unless the record asks for them, and drops a flag the record no longer needs', () => {
    expect(parseApplication({ ...base, company: '', title: '' })).toEqual({ error: 'needs a company or a title' });
    expect(parseApplication({ ...base, company: '', title: '', needsDetails: false })).toEqual({ error: 'needs a company or a title' });
    const named = parseApplication({ ...base, needsDetails: true });
    expect('record' in named && named.record.needsDetails).toBeUndefined();
  });
});
