import { describe, expect, it } from 'vitest';
import type { JobDetails } from '../../src/core/application';
import { JOURNEY_TTL_MS, markCaptured, matchJourney, rememberJob, resolveConfirmation, type JourneyEntry } from '../../src/core/journey';

const T0 = 1_800_000_000_000;

function job(partial: Partial<JobDetails>): JobDetails {
  return { company: '', title: '', location: '', url: '', source: 'greenhouse', ...partial };
}

const form = job({
  company: 'Harborview Hotels & Resorts',
  title: 'Quality Assurance Technician',
  location: 'Boston, MA',
  url: 'https://job-boards.greenhouse.io/harborviewhotels/jobs/4011',
  jobId: '4011',
  fields: { company: 'structured', title: 'structured', location: 'labelled' },
});

describe('field choice on a confirmation', () => {
  const cases: Array<{
    name: string;
    entries: JourneyEntry[];
    confirmation: JobDetails;
    expect: Partial<JobDetails> | null;
    attempted: boolean;
  }> = [
    {
      name: 'a slug-guessed company and a title that is the company lose to the form',
      entries: [{ job: form, seenAt: T0, attemptAt: T0 + 1000 }],
      confirmation: job({
        company: 'Harborviewhotels',
        title: 'Harborview Hotels',
        jobId: '4011',
        url: 'https://job-boards.greenhouse.io/harborviewhotels/jobs/4011/confirmation',
        fields: { company: 'slug', title: 'title' },
      }),
      expect: { company: 'Harborview Hotels & Resorts', title: 'Quality Assurance Technician', location: 'Boston, MA', jobId: '4011' },
      attempted: true,
    },
    {
      name: 'a stronger value on the confirmation wins over a weaker one from the form',
      entries: [{ job: { ...form, company: 'Harborviewhotels', fields: { ...form.fields, company: 'slug' } }, seenAt: T0, attemptAt: T0 }],
      confirmation: job({ company: 'Harborview Hotels & Resorts', jobId: '4011', fields: { company: 'structured' } }),
      expect: { company: 'Harborview Hotels & Resorts', title: 'Quality Assurance Technician' },
      attempted: true,
    },
    {
      name: 'on a tie the form the submit came from wins',
      entries: [{ job: form, seenAt: T0, attemptAt: T0 }],
      confirmation: job({
        company: 'Harborview',
        title: 'QA Technician',
        jobId: '4011',
        fields: { company: 'structured', title: 'structured' },
      }),
      expect: { company: 'Harborview Hotels & Resorts', title: 'Quality Assurance Technician' },
      attempted: true,
    },
    {
      name: 'on a tie with a page merely seen (no submit), the confirmation wins',
      entries: [{ job: form, seenAt: T0 }],
      confirmation: job({
        company: 'Harborview',
        title: 'QA Technician',
        jobId: '4011',
        fields: { company: 'structured', title: 'structured' },
      }),
      expect: { company: 'Harborview', title: 'QA Technician' },
      attempted: false,
    },
    {
      name: 'a different job id never merges',
      entries: [{ job: form, seenAt: T0, attemptAt: T0 }],
      confirmation: job({ company: 'Harborviewhotels', jobId: '9999', fields: { company: 'slug' } }),
      expect: { company: 'Harborviewhotels', title: '', jobId: '9999' },
      attempted: false,
    },
    {
      name: 'another site never merges',
      entries: [{ job: form, seenAt: T0, attemptAt: T0 }],
      confirmation: job({ source: 'lever', company: 'Harborviewhotels', fields: { company: 'slug' } }),
      expect: { company: 'Harborviewhotels', title: '' },
      attempted: false,
    },
    {
      name: 'a confirmation that names no job takes the last submit attempt on the site',
      entries: [
        { job: job({ ...form, jobId: '1', title: 'Older', url: 'https://x/1' }), seenAt: T0 - 5000 },
        { job: form, seenAt: T0, attemptAt: T0 + 10 },
      ],
      confirmation: job({ title: '', company: '', url: 'https://job-boards.greenhouse.io/embed/job_app/confirmation' }),
      expect: { company: 'Harborview Hotels & Resorts', title: 'Quality Assurance Technician', jobId: '4011' },
      attempted: true,
    },
    {
      name: 'a confirmation that names no job is ambiguous once another job was opened after the attempt',
      entries: [
        { job: form, seenAt: T0, attemptAt: T0 },
        { job: job({ ...form, jobId: '5', title: 'Night Auditor', url: 'https://x/5' }), seenAt: T0 + 60_000 },
      ],
      confirmation: job({ url: 'https://job-boards.greenhouse.io/embed/job_app/confirmation' }),
      expect: { company: '', title: '' },
      attempted: false,
    },
    {
      name: 'an attempt older than the TTL no longer counts',
      entries: [{ job: form, seenAt: T0, attemptAt: T0 }],
      confirmation: job({ jobId: '4011', company: 'Harborviewhotels', fields: { company: 'slug' } }),
      expect: null,
      attempted: false,
    },
    {
      name: 'a value with no provenance ranks below every declared one',
      entries: [{ job: { ...form, fields: {} }, seenAt: T0, attemptAt: T0 }],
      confirmation: job({ jobId: '4011', company: 'Harborviewhotels', fields: { company: 'slug' } }),
      expect: { company: 'Harborviewhotels', title: 'Quality Assurance Technician' },
      attempted: true,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const now = c.expect === null ? T0 + JOURNEY_TTL_MS + 5000 : T0 + 2000;
      const r = resolveConfirmation(c.entries, c.confirmation, now);
      expect(r.attempted).toBe(c.attempted);
      if (c.expect) expect(r.job).toMatchObject(c.expect);
      else expect(r.entry).toBeUndefined();
    });
  }

  it("a confirmation's document title is never the job title on its own: the record then asks", () => {
    const bare = job({ company: 'Harborviewhotels', title: 'Harborview Hotels & Resorts', fields: { company: 'slug', title: 'title' } });
    expect(resolveConfirmation([], bare, T0).job).toMatchObject({ company: 'Harborviewhotels', title: '' });
    // With the form's own title, the form's is kept as before.
    const r = resolveConfirmation([{ job: form, seenAt: T0, attemptAt: T0 }], { ...bare, jobId: '4011' }, T0 + 5);
    expect(r.job.title).toBe('Quality Assurance Technician');
    // A title the confirmation states in its own markup stays.
    const stated = job({ title: 'Night Auditor', fields: { title: 'labelled' } });
    expect(resolveConfirmation([], stated, T0).job.title).toBe('Night Auditor');
  });

  it('keeps the provenance of each chosen value', () => {
    const r = resolveConfirmation(
      [{ job: form, seenAt: T0, attemptAt: T0 }],
      job({
        jobId: '4011',
        company: 'Harborviewhotels',
        title: '',
        location: 'Remote',
        fields: { company: 'slug', location: 'structured' },
      }),
      T0 + 10,
    );
    expect(r.job.fields).toEqual({ company: 'structured', title: 'structured', location: 'structured' });
    expect(r.job.location).toBe('Remote');
  });
});

describe('remembering a journey', () => {
  it('the same job seen on the posting then the form keeps the strongest value of each field', () => {
    const posting = job({ ...form, title: 'Quality Assurance Technician', fields: { company: 'structured', title: 'structured' } });
    const formPage = job({
      ...form,
      company: 'Harborviewhotels',
      title: 'QA Tech - Candidate Profile',
      fields: { company: 'slug', title: 'title' },
    });
    const entries = rememberJob(rememberJob([], posting, T0), formPage, T0 + 1000, true);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.job.company).toBe('Harborview Hotels & Resorts');
    expect(entries[0]!.job.title).toBe('Quality Assurance Technician');
    expect(entries[0]!.attemptAt).toBe(T0 + 1000);
  });

  it("a board's job page then its apply host with no job id is one job (indeed viewjob → smartapply)", () => {
    const viewjob = job({
      source: 'indeed',
      company: 'Northwind Logistics',
      title: 'Forklift Operator',
      jobId: 'a1b2c3',
      url: 'https://www.indeed.com/viewjob?jk=a1b2c3',
      fields: { company: 'structured', title: 'structured' },
    });
    const smartapply = job({
      source: 'indeed',
      company: '',
      title: 'Forklift Operator',
      url: 'https://smartapply.indeed.com/beta/indeedapply/form/review',
      fields: { title: 'labelled' },
    });
    const entries = rememberJob(rememberJob([], viewjob, T0), smartapply, T0 + 60_000, true);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ attemptAt: T0 + 60_000, job: { jobId: 'a1b2c3', company: 'Northwind Logistics' } });
    const r = resolveConfirmation(
      entries,
      job({ source: 'indeed', url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply' }),
      T0 + 70_000,
    );
    expect(r).toMatchObject({ attempted: true, job: { company: 'Northwind Logistics', title: 'Forklift Operator', jobId: 'a1b2c3' } });
  });

  it('an apply page that names another title is not the previous job', () => {
    const viewjob = job({ source: 'indeed', title: 'Forklift Operator', jobId: 'a1', url: 'https://www.indeed.com/viewjob?jk=a1' });
    const other = job({ source: 'indeed', title: 'Night Picker', url: 'https://smartapply.indeed.com/form' });
    expect(rememberJob(rememberJob([], viewjob, T0), other, T0 + 1000)).toHaveLength(2);
    // Nor is a page long after it.
    expect(rememberJob(rememberJob([], viewjob, T0), { ...other, title: '' }, T0 + 31 * 60_000)).toHaveLength(2);
  });

  it('drops entries past the TTL and keeps a bounded list', () => {
    let entries = rememberJob([], form, T0);
    for (let i = 0; i < 50; i++) entries = rememberJob(entries, job({ ...form, jobId: String(i) }), T0 + JOURNEY_TTL_MS + i);
    expect(entries.length).toBeLessThanOrEqual(30);
    expect(entries.some((e) => e.job.jobId === '4011')).toBe(false);
  });

  it('a recorded job is found again by a reload of its confirmation', () => {
    const entries = markCaptured(rememberJob([], form, T0, true), form, T0 + 5);
    const again = matchJourney(entries, job({ jobId: '4011' }), T0 + 60_000);
    expect(again?.capturedAt).toBe(T0 + 5);
    expect(resolveConfirmation(entries, job({ jobId: '4011' }), T0 + 60_000).attempted).toBe(true);
  });
});
