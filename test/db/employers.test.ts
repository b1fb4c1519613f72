import { beforeEach, describe, expect, it } from 'vitest';
import {
  addApplication,
  addPending,
  confirmPending,
  countApplications,
  dismissPending,
  getApplication,
  linkCompanies,
  listAliases,
  listPending,
  mergeApplications,
  possibleDuplicates,
  setStatus,
  unlinkCompany,
  updateApplication,
  ValidationError,
} from '../../src/db/index';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

describe('aliases', () => {
  it('links two names as one employer, re-keys records, and later captures follow the link', async () => {
    const fb = await addApplication(job({ company: 'Facebook', jobId: '1' }), { method: 'auto', signal: '' });
    const meta = await addApplication(job({ company: 'Meta Platforms, Inc.', jobId: '2' }), { method: 'auto', signal: '' });
    expect(fb.record.companyKey).not.toBe(meta.record.companyKey);
    await linkCompanies('Facebook', 'Meta Platforms');
    expect(await listAliases()).toEqual([{ key: 'facebook', canonicalKey: 'metaplatforms', name: 'Facebook' }]);
    expect((await getApplication(fb.record.id))?.companyKey).toBe('metaplatforms');
    const later = await addApplication(job({ company: 'Facebook, Inc.', jobId: '3' }), { method: 'auto', signal: '' });
    expect(later.record.companyKey).toBe('metaplatforms');
    const renamed = await updateApplication(meta.record.id, { company: 'FACEBOOK' });
    expect(renamed.companyKey).toBe('metaplatforms');
    expect(await countApplications({ companyKey: 'metaplatforms' })).toBe(3);

    await unlinkCompany('Facebook');
    expect(await listAliases()).toEqual([]);
    expect((await getApplication(fb.record.id))?.companyKey).toBe('facebook');
    expect(await countApplications({ companyKey: 'facebook' })).toBe(3);
  });

  it('keeps link chains flat', async () => {
    await addApplication(job({ company: 'Twitter', jobId: '1' }), { method: 'auto', signal: '' });
    await linkCompanies('Twitter', 'X Corp');
    await linkCompanies('X', 'xAI');
    const aliases = (await listAliases()).sort((a, b) => a.key.localeCompare(b.key));
    expect(aliases.map((a) => [a.key, a.canonicalKey])).toEqual([
      ['twitter', 'xai'],
      ['x', 'xai'],
    ]);
    expect(await countApplications({ companyKey: 'xai' })).toBe(1);
  });

  it('moves records when a name is re-linked to another employer', async () => {
    const a = await addApplication(job({ company: 'Instagram', jobId: '1' }), { method: 'auto', signal: '' });
    const other = await addApplication(job({ company: 'Facebook', jobId: '2' }), { method: 'auto', signal: '' });
    await linkCompanies('Instagram', 'Facebook');
    expect((await getApplication(a.record.id))?.companyKey).toBe('facebook');
    await linkCompanies('Instagram', 'Meta');
    expect((await getApplication(a.record.id))?.companyKey).toBe('meta');
    expect((await getApplication(other.record.id))?.companyKey).toBe('facebook');
  });

  it('refuses names without letters or digits', async () => {
    await expect(linkCompanies('---', 'Acme')).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('possible duplicates and merging', () => {
  it('lists the same job applied to via two sites, and merges them keeping both histories', async () => {
    const a = await addApplication(job(), { method: 'auto', signal: '', appliedAt: '2024-03-10T09:00:00Z', notes: 'via Greenhouse' });
    await setStatus(a.record.id, 'screening', 'recruiter called', '2024-03-12T09:00:00Z');
    const b = await addApplication(
      job({ source: 'linkedin', jobId: '77', url: 'https://www.linkedin.com/jobs/view/77', company: 'ACME' }),
      {
        method: 'auto',
        signal: '',
        appliedAt: '2024-03-01T09:00:00Z',
        notes: 'easy apply',
      },
    );
    await addApplication(job({ source: 'lever', jobId: 'q', url: '', title: 'Backend Engineer' }), { method: 'auto', signal: '' });
    const pairs = await possibleDuplicates();
    expect(pairs).toHaveLength(1);
    expect(new Set([pairs[0]?.a.id, pairs[0]?.b.id])).toEqual(new Set([a.record.id, b.record.id]));
    expect(pairs[0]?.reason).toMatch(/Same company and title/);
    // Flagging never deletes.
    expect(await countApplications()).toBe(3);

    const merged = await mergeApplications(a.record.id, b.record.id);
    expect(merged.appliedAt).toBe('2024-03-01T09:00:00.000Z');
    expect(merged.history.map((h) => [h.status, h.at.slice(0, 10)])).toEqual([
      ['applied', '2024-03-01'],
      ['applied', '2024-03-10'],
      ['screening', '2024-03-12'],
    ]);
    expect(merged.status).toBe('screening');
    expect(merged.notes).toBe('via Greenhouse\n\neasy apply');
    expect(await getApplication(b.record.id)).toBeUndefined();
    expect(await possibleDuplicates()).toEqual([]);
    // Reloading the LinkedIn confirmation later does not bring the merged record back.
    const recapture = await addApplication(
      job({ source: 'linkedin', jobId: '77', url: 'https://www.linkedin.com/jobs/view/77', company: 'ACME' }),
      { method: 'auto', signal: '' },
    );
    expect(recapture.created).toBe(false);
    expect(recapture.record.id).toBe(a.record.id);
    expect(await countApplications()).toBe(2);
    await expect(mergeApplications(a.record.id, a.record.id)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('pending candidates', () => {
  it('keeps one candidate per job, apart from applications, until confirmed or dismissed', async () => {
    const p1 = await addPending(job(), 'submit-click');
    const p2 = await addPending(job({ location: 'Remote' }), 'submit-click');
    expect(p2.id).toBe(p1.id);
    const other = await addPending(job({ jobId: '999', url: '' }), 'submit-click');
    expect((await listPending()).map((p) => p.id).sort()).toEqual([p1.id, other.id].sort());
    expect(await countApplications()).toBe(0);

    const app = await confirmPending(p1.id);
    expect(app.capture).toEqual({ method: 'auto', signal: 'user-confirmed: submit-click' });
    expect(app.dedupeKey).toBe('greenhouse:123');
    expect(await countApplications()).toBe(1);
    await dismissPending(other.id);
    expect(await listPending()).toEqual([]);
    await expect(confirmPending(p1.id)).rejects.toBeInstanceOf(ValidationError);
  });

  it('a job captured meanwhile answers its question: the question leaves, and a late "Yes" adds nothing', async () => {
    const p = await addPending(job(), 'submit-click');
    await addApplication(job(), { method: 'auto', signal: 'confirmation' });
    expect(await listPending()).toEqual([]);
    await expect(confirmPending(p.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await countApplications()).toBe(1);
  });
});
