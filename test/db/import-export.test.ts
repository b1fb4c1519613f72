import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, STATUSES, type Application } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import { dedupeKeyFor } from '../../src/core/dedupe';
import { cleanMultiline, cleanText } from '../../src/core/sanitize';
import {
  addApplication,
  allApplications,
  commitImport,
  countApplications,
  deleteEverything,
  exportCsv,
  exportJson,
  linkCompanies,
  listAliases,
  listApplications,
  previewImport,
  restoreApplications,
  setStatus,
  updateApplication,
  ValidationError,
} from '../../src/db/index';
import { decodeText } from '../../src/core/csv';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

const byId = (a: Application, b: Application): number => (a.id < b.id ? -1 : 1);

// ---------- arbitrary records, already in the clean form the store keeps ----------
const piece = fc.constantFrom('a', 'Z', ' ', '\n', ',', '"', '=', '-', '+', '@', "'", '\t', 'é', '😀', ';', '\r\n', 'x', '7');
const rawText = fc.string({ unit: piece, maxLength: 24 });
const line = (max: number) => rawText.map((s) => cleanText(s, max));
const multi = (max: number) => rawText.map((s) => cleanMultiline(s, max));
const iso = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
const status = fc.constantFrom(...STATUSES);

const record: fc.Arbitrary<Application> = fc
  .record({
    id: fc.uuid(),
    company: line(LIMITS.company).map((s) => `Co${s}`.trim()),
    title: line(LIMITS.title),
    location: line(LIMITS.location),
    url: fc.constantFrom('', 'https://jobs.example.com/1', 'https://boards.greenhouse.io/acme/jobs/42', 'https://x.test/a?id=3'),
    source: fc.constantFrom('greenhouse', 'lever', 'manual', 'import'),
    jobId: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), { nil: undefined }),
    appliedAt: iso,
    status,
    history: fc.array(
      fc.record({
        status,
        at: iso,
        note: fc.option(
          multi(LIMITS.note).filter((s) => s !== ''),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    notes: multi(LIMITS.notes),
    lessons: fc.record({ wentWell: multi(LIMITS.lesson), couldImprove: multi(LIMITS.lesson), feedback: multi(LIMITS.lesson) }),
    feedbackRequestedAt: fc.option(iso, { nil: undefined }),
    followUpAt: fc.option(iso, { nil: undefined }),
    nextStep: fc.option(
      line(LIMITS.nextStep).filter((t) => t !== ''),
      { nil: undefined },
    ),
    nextStepAt: fc.option(iso, { nil: undefined }),
    capture: fc.record({ method: fc.constantFrom('auto' as const, 'manual' as const, 'import' as const), signal: line(LIMITS.signal) }),
    createdAt: iso,
    updatedAt: iso,
  })
  .map((r) => {
    const out: Application = { ...r, companyKey: companyKey(r.company), dedupeKey: '' };
    for (const k of ['jobId', 'feedbackRequestedAt', 'followUpAt', 'nextStep', 'nextStepAt'] as const)
      if (out[k] === undefined) delete out[k];
    out.history = r.history.map((h) => (h.note === undefined ? { status: h.status, at: h.at } : h));
    out.dedupeKey = dedupeKeyFor(out);
    return out;
  });
const records = fc
  .uniqueArray(record, { maxLength: 8, selector: (r) => r.dedupeKey })
  .filter((rs) => new Set(rs.map((r) => r.id)).size === rs.length);

describe('export', () => {
  it('writes full-fidelity JSON', async () => {
    const { record: a } = await addApplication(job(), { method: 'auto', signal: 'thank you page' });
    const data = JSON.parse(await exportJson()) as Record<string, unknown>;
    expect(data.format).toBe('baskets');
    expect(data.version).toBe(1);
    expect(typeof data.exportedAt).toBe('string');
    expect(data.applications).toEqual([a]);
    expect(data.aliases).toEqual([]);
  });

  it('writes the employer links in the JSON backup, still as version 1', async () => {
    const { record: a } = await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
    await linkCompanies('Facebook', 'Meta Platforms');
    const data = JSON.parse(await exportJson()) as Record<string, unknown>;
    expect(data.version).toBe(1);
    expect(data.aliases).toEqual([{ key: 'facebook', canonicalKey: 'metaplatforms', name: 'Facebook' }]);
    expect(data.applications).toEqual([{ ...a, companyKey: 'metaplatforms', updatedAt: expect.any(String) }]);
  });

  it('writes CSV with a BOM and formula cells neutralised', async () => {
    await addApplication(job({ company: '=HYPERLINK("http://evil.test","x")', title: '@SUM(1)' }), { method: 'manual', signal: '' });
    const csv = await exportCsv();
    expect(csv.startsWith('\ufeffid,company,companyKey,title,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(csv).toContain(",'@SUM(1),");
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('export → import round trip (property)', () => {
  for (const kind of ['json', 'csv'] as const) {
    it(`returns exactly the same records through ${kind.toUpperCase()}`, async () => {
      await fc.assert(
        fc.asyncProperty(records, async (rs) => {
          await deleteEverything();
          await restoreApplications(rs);
          expect((await allApplications()).sort(byId)).toEqual([...rs].sort(byId));
          const file = kind === 'json' ? await exportJson() : await exportCsv();
          await deleteEverything();
          const preview = await previewImport(file, `export.${kind}`);
          expect(preview.errors).toEqual([]);
          expect(preview.format).toBe(kind === 'json' ? 'baskets-json' : 'baskets-csv');
          expect(preview.toAdd).toBe(rs.length);
          await commitImport(preview);
          expect((await allApplications()).sort(byId)).toEqual([...rs].sort(byId));
          // A second import of the same file changes nothing.
          const again = await previewImport(file, `export.${kind}`);
          expect([again.toAdd, again.toUpdate, again.skipped]).toEqual([0, 0, rs.length]);
        }),
        { numRuns: 40 },
      );
    });
  }
});

const TRACKER = [
  'Company Name,Position,Stage,Applied On,Location,Job Link,Comments,Salary',
  'Acme Inc,Frontend Engineer,Phone screen,03/05/2024,Berlin,https://jobs.acme.test/1?utm_source=x,"Referred by ""Sam""",100k',
  'Globex,Data Analyst,Rejected,5 Mar 2024,,,,',
  ',,Applied,2024-03-01,,,,',
  'Initech,QA,No response,someday,,,,',
  '"Hooli, LLC",Product Manager,Interview,2024-03-07,"Palo Alto, CA",,"line one',
  'line two",',
  'Acme Inc,Frontend Engineer,Phone screen,03/05/2024,Berlin,https://jobs.acme.test/1,again,',
].join('\r\n');

describe('re-importing a Baskets backup', () => {
  it('updates records whose nested fields changed and skips identical ones', async () => {
    const a = (await addApplication(job(), { method: 'auto', signal: '' })).record;
    const b = (await addApplication(job({ jobId: '2' }), { method: 'auto', signal: '' })).record;
    const backup = await exportJson();
    await updateApplication(a.id, { lessons: { wentWell: 'changed after the backup', couldImprove: '', feedback: '' } });
    const p = await previewImport(backup, 'backup.json');
    expect([p.toAdd, p.toUpdate, p.skipped]).toEqual([0, 1, 1]);
    await commitImport(p);
    expect((await allApplications()).sort(byId)).toEqual([a, b].sort(byId));
  });

  it('restores each record exactly as backed up, status included (only tracker rows are held to the status order)', async () => {
    const a = (await addApplication(job(), { method: 'auto', signal: '' })).record;
    const backup = await exportJson();
    await setStatus(a.id, 'rejected');
    const p = await previewImport(backup, 'backup.json');
    expect([p.toAdd, p.toUpdate, p.skipped]).toEqual([0, 1, 0]);
    await commitImport(p);
    expect(await allApplications()).toEqual([a]);
  });
});

describe('a version 1 backup', () => {
  it('imports its records the same with or without "aliases", and ignores top-level fields it does not know', async () => {
    const { record: a } = await addApplication(job(), { method: 'auto', signal: '' });
    const data = JSON.parse(await exportJson()) as Record<string, unknown>;
    const { aliases, ...withoutAliases } = data;
    expect(aliases).toEqual([]);
    for (const file of [withoutAliases, { ...data, comment: 'made by hand', settings: { theme: 'dark' } }]) {
      await deleteEverything();
      const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
      expect(p.ok).toBe(true);
      expect(p.errors).toEqual([]);
      expect([p.toAdd, p.toUpdate, p.skipped]).toEqual([1, 0, 0]);
      expect(p.message).toBe('1 new, 0 updated, 0 skipped.');
      await commitImport(p);
      expect(await allApplications()).toEqual([a]);
      expect(await listAliases()).toEqual([]);
    }
  });
});

describe('employer links in a Baskets backup', () => {
  type Backup = { applications: Array<Record<string, unknown>>; aliases: Array<Record<string, unknown>> };
  const sortedAliases = async () => (await listAliases()).sort((a, b) => (a.key < b.key ? -1 : 1));
  const link = (name: string, canonicalKey: string) => ({ key: companyKey(name), canonicalKey, name });

  it('restores the links on a new device, and later captures of a linked name follow them', async () => {
    await addApplication(job({ company: 'Meta Platforms', jobId: '1' }), { method: 'auto', signal: '' });
    await addApplication(job({ company: 'Facebook', jobId: '2' }), { method: 'auto', signal: '' });
    await linkCompanies('Facebook', 'Meta Platforms');
    await linkCompanies('Instagram', 'Meta Platforms');
    const records = (await allApplications()).sort(byId);
    const links = await sortedAliases();
    const backup = await exportJson();

    await deleteEverything();
    const p = await previewImport(backup, 'backup.json');
    expect([p.toAdd, p.toUpdate, p.skipped, p.linksToAdd]).toEqual([2, 0, 0, 2]);
    expect(p.message).toBe('2 new, 0 updated, 0 skipped, 2 employer links to add.');
    expect(await listAliases()).toEqual([]);
    expect(await commitImport(p)).toEqual({ added: 2, updated: 0, linked: 2 });
    expect((await allApplications()).sort(byId)).toEqual(records);
    expect(await sortedAliases()).toEqual(links);
    const later = await addApplication(job({ company: 'Instagram, Inc.', jobId: '3' }), { method: 'auto', signal: '' });
    expect(later.record.companyKey).toBe('metaplatforms');

    // The same file again adds nothing.
    const again = await previewImport(backup, 'backup.json');
    expect([again.toAdd, again.toUpdate, again.linksToAdd]).toEqual([0, 0, 0]);
    expect(again.message).toBe('0 new, 0 updated, 2 skipped.');
  });

  it('restores links on a device that already has the records', async () => {
    await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
    const file = JSON.parse(await exportJson()) as Backup;
    file.aliases = [link('Facebook', 'metaplatforms')];
    const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
    expect([p.toAdd, p.toUpdate, p.skipped, p.linksToAdd]).toEqual([0, 0, 1, 1]);
    expect(p.message).toBe('0 new, 0 updated, 1 skipped, 1 employer link to add.');
    expect(await commitImport(p)).toEqual({ added: 0, updated: 0, linked: 1 });
    expect((await allApplications())[0]?.companyKey).toBe('metaplatforms');
  });

  it("keeps a link already stored here over the file's, keeps chains flat, and never makes a loop", async () => {
    await linkCompanies('Facebook', 'Meta');
    await linkCompanies('Instagram', 'Meta');
    const before = await sortedAliases();
    const file = {
      format: 'baskets',
      version: 1,
      applications: [],
      aliases: [
        link('Facebook', 'alphabet'), // stored here as meta: ours wins
        link('WhatsApp', 'instagram'), // instagram is itself a link: whatsapp goes to meta
        link('Meta', 'facebook'), // facebook files under meta: a loop, left out
        link('Oculus', 'reality'), // a chain inside the file: oculus → reality → meta
        link('Reality', 'facebook'),
        link('Oculus', 'somewhere'), // the file's first link for a name wins
        link('Twitter', 'x'), // a loop inside the file: the first stays
        link('X', 'twitter'),
      ],
    };
    const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
    expect(p.errors).toEqual([]);
    expect(p.linksToAdd).toBe(4);
    expect(await commitImport(p)).toEqual({ added: 0, updated: 0, linked: 4 });
    const after = await sortedAliases();
    expect(after.filter((a) => before.some((b) => b.key === a.key))).toEqual(before);
    expect(after.map((a) => [a.key, a.canonicalKey])).toEqual([
      ['facebook', 'meta'],
      ['instagram', 'meta'],
      ['oculus', 'meta'],
      ['reality', 'meta'],
      ['twitter', 'x'],
      ['whatsapp', 'meta'],
    ]);
    for (const a of after) expect(after.some((b) => b.key === a.canonicalKey)).toBe(false);
  });

  it('re-keys stored records and records being imported that file under a newly linked name', async () => {
    const stored = await addApplication(job({ company: 'WhatsApp', jobId: '1' }), { method: 'auto', signal: '' });
    const other = await addApplication(job({ company: 'Signal', jobId: '2' }), { method: 'auto', signal: '' });
    await deleteEverything();
    const file = JSON.parse(await exportJson()) as Backup;
    await restoreApplications([stored.record]);
    file.applications = [{ ...other.record, company: 'WhatsApp LLC', companyKey: 'whatsapp' }];
    file.aliases = [link('WhatsApp', 'meta')];
    const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
    expect([p.toAdd, p.linksToAdd]).toEqual([1, 1]);
    await commitImport(p);
    const all = await allApplications();
    expect(all.map((r) => r.companyKey)).toEqual(['meta', 'meta']);
    expect(await countApplications({ companyKey: 'whatsapp' })).toBe(0);
  });

  it('lists each malformed link with its line and a clear message, and still imports the records and the good links', async () => {
    const long = 'A'.repeat(300);
    const { record: a } = await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
    await linkCompanies('Oculus', 'Meta');
    const file = JSON.parse(await exportJson()) as Backup;
    await deleteEverything();
    await linkCompanies('Oculus', 'Meta');
    file.aliases = [
      { key: 'instagram', canonicalKey: 42, name: 'Instagram' },
      link('Facebook', 'metaplatforms'),
      { key: 'acme', canonicalKey: 'acme', name: 'Acme' },
      { key: 'hooli', canonicalKey: 'Meta, Inc.', name: 'Hooli' },
      { key: 'globex', canonicalKey: 'meta', name: 'Initech' },
      { key: '', canonicalKey: 'meta', name: '---' },
      { key: 'oculus', canonicalKey: '', name: 'Oculus' },
      'facebook',
      // Long text is cut to 200 characters, as when linking by hand.
      { key: long.toLowerCase(), canonicalKey: 'x'.repeat(10_000), name: long },
    ] as Array<Record<string, unknown>>;
    const text = JSON.stringify(file, null, 2);
    const p = await previewImport(text, 'backup.json');
    expect(p.ok).toBe(true);
    expect([p.toAdd, p.toUpdate, p.skipped, p.linksToAdd]).toEqual([1, 0, 0, 2]);
    expect(p.errors.map((e) => e.message)).toEqual([
      'Employer link 1: "canonicalKey" must be text.',
      'Employer link 3: links a name to itself.',
      'Employer link 4: "canonicalKey" is not an employer key.',
      'Employer link 5: "key" does not match the name "Initech".',
      'Employer link 6: "name" has no letter or digit.',
      'Employer link 7: "canonicalKey" is not an employer key.',
      'Employer link 8: not an employer link.',
    ]);
    // Each line is the line where that link starts.
    expect(text.split('\n')[(p.errors[0]?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(text.split('\n')[p.errors[0]?.line ?? 0]?.trim()).toBe('"key": "instagram",');
    expect(p.message).toBe('1 new, 0 updated, 0 skipped, 2 employer links to add (7 with problems, listed below).');
    await commitImport(p);
    expect(await allApplications()).toEqual([{ ...a, companyKey: 'metaplatforms', updatedAt: expect.any(String) }]);
    expect((await sortedAliases()).map((x) => [x.key, x.canonicalKey, x.name])).toEqual([
      ['a'.repeat(200), 'x'.repeat(200), 'A'.repeat(200)],
      ['facebook', 'metaplatforms', 'Facebook'],
      ['oculus', 'meta', 'Oculus'],
    ]);
  });

  for (const [what, aliases, pattern] of [
    ['not a list', { facebook: 'meta' }, /"aliases"\) are not a list/],
    ['text', 'facebook=meta', /are not a list/],
    ['too many', Array.from({ length: 50_001 }, () => ({})), /more than 50,000 employer links/],
  ] as const) {
    it(`leaves the stored links as they were when "aliases" is ${what}, and still imports the records`, async () => {
      const { record: a } = await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
      const file = JSON.parse(await exportJson()) as Record<string, unknown>;
      await deleteEverything();
      await linkCompanies('Oculus', 'Meta');
      const before = await listAliases();
      const p = await previewImport(JSON.stringify({ ...file, aliases }), 'backup.json');
      expect(p.ok).toBe(true);
      expect(p.linksToAdd).toBe(0);
      expect(p.errors).toHaveLength(1);
      expect(p.errors[0]?.line).toBe(0);
      expect(p.errors[0]?.message).toMatch(pattern);
      expect(p.errors[0]?.message).toMatch(/none of them will be imported/);
      await commitImport(p);
      expect(await allApplications()).toEqual([a]);
      expect(await listAliases()).toEqual(before);
    });
  }

  it('a damaged record still refuses the whole backup, links included', async () => {
    await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
    const file = JSON.parse(await exportJson()) as Backup;
    await deleteEverything();
    file.applications.push({ id: 'x' });
    file.aliases = [link('Facebook', 'meta')];
    const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
    expect(p.ok).toBe(false);
    expect(p.message).toBe('This Baskets file is damaged (1 invalid record), so nothing will be imported.');
    await expect(commitImport(p)).rejects.toBeInstanceOf(ValidationError);
    expect(await listAliases()).toEqual([]);
    expect(await allApplications()).toEqual([]);
  });

  it('writes nothing, records or links, if the links changed since the preview', async () => {
    await addApplication(job({ company: 'Facebook' }), { method: 'auto', signal: '' });
    const file = JSON.parse(await exportJson()) as Backup;
    await deleteEverything();
    file.aliases = [link('Facebook', 'metaplatforms')];
    const p = await previewImport(JSON.stringify(file, null, 2), 'backup.json');
    expect([p.toAdd, p.linksToAdd]).toEqual([1, 1]);
    // Meanwhile the user links the same name elsewhere in another tab.
    await linkCompanies('Facebook', 'Alphabet');
    const before = await listAliases();
    await expect(commitImport(p)).rejects.toThrow(/changed since this preview/);
    expect(await listAliases()).toEqual(before);
    expect(await allApplications()).toEqual([]);
  });
});

describe('import from another tracker', () => {
  it('previews counts and line-numbered errors without writing, then commits', async () => {
    const preview = await previewImport(TRACKER, 'my-tracker.csv');
    expect(preview.format).toBe('tracker-csv');
    expect(preview.ok).toBe(true);
    expect(preview.toAdd).toBe(3);
    expect(preview.toUpdate).toBe(0);
    expect(preview.skipped).toBe(3);
    expect(preview.errors).toEqual([
      { line: 4, message: 'Line 4: no company and no job title.' },
      { line: 5, message: 'Line 5: the date "someday" is not understood.' },
    ]);
    expect(await countApplications()).toBe(0);

    expect(await commitImport(preview)).toEqual({ added: 3, updated: 0, linked: 0 });
    const all = await allApplications();
    const acme = all.find((r) => r.companyKey === 'acme');
    expect(acme).toMatchObject({
      company: 'Acme Inc',
      title: 'Frontend Engineer',
      status: 'screening',
      appliedAt: '2024-03-05T12:00:00.000Z',
      url: 'https://jobs.acme.test/1',
      notes: 'Referred by "Sam"',
      capture: { method: 'import', signal: 'import: my-tracker.csv' },
    });
    expect(all.find((r) => r.companyKey === 'hooli')?.notes).toBe('line one\nline two');
    expect(all.find((r) => r.companyKey === 'globex')?.status).toBe('rejected');
  });

  it('adds nothing when the same file is imported twice', async () => {
    await commitImport(await previewImport(TRACKER, 't.csv'));
    const before = (await allApplications()).sort(byId);
    const again = await previewImport(TRACKER, 't.csv');
    expect([again.toAdd, again.toUpdate]).toEqual([0, 0]);
    expect(await commitImport(again)).toEqual({ added: 0, updated: 0, linked: 0 });
    expect((await allApplications()).sort(byId)).toEqual(before);
  });

  it('updates a known application when the file has a newer status', async () => {
    await commitImport(await previewImport('Company,Title,Status,Date Applied\nAcme,Dev,Applied,2024-03-05', 't.csv'));
    const p = await previewImport('Company,Title,Status,Date Applied\nACME Inc.,Dev,Offer,2024-03-05', 't.csv');
    expect([p.toAdd, p.toUpdate]).toEqual([0, 1]);
    await commitImport(p);
    const [r] = await allApplications();
    expect(r?.status).toBe('offer');
    expect(r?.history.map((h) => h.status)).toEqual(['applied', 'offer']);
  });

  it('never moves a known application back to an older status from an old copy of the tracker', async () => {
    const header = 'Company,Title,Status,Date Applied';
    await commitImport(
      await previewImport(`${header}\nAcme,Dev,Applied,2024-03-05\nGlobex,QA,Applied,2024-03-05\nInitech,PM,Applied,2024-03-05`, 't.csv'),
    );
    const stored = await allApplications();
    const id = (company: string): string => stored.find((r) => r.company === company)?.id as string;
    await setStatus(id('Acme'), 'interviewing');
    await setStatus(id('Globex'), 'rejected');
    const before = (await allApplications()).sort(byId);

    // The old file: every row still says Applied; Initech's row adds a note.
    const old = `${header},Notes\nAcme,Dev,Applied,2024-03-05,\nGlobex,QA,Applied,2024-03-05,\nInitech,PM,Applied,2024-03-05,recruiter is Sam`;
    const p = await previewImport(old, 'old.csv');
    expect([p.toAdd, p.toUpdate, p.skipped]).toEqual([0, 1, 2]);
    expect(p.message).toBe('0 new, 1 updated, 2 skipped.');
    await commitImport(p);
    const after = (await allApplications()).sort(byId);
    expect(after.map((r) => [r.company, r.status])).toEqual(before.map((r) => [r.company, r.status]));
    expect(after.find((r) => r.company === 'Acme')).toEqual(before.find((r) => r.company === 'Acme'));
    expect(after.find((r) => r.company === 'Initech')?.notes).toBe('recruiter is Sam');
  });

  it('moves a known application forward, but never out of a closed status', async () => {
    const header = 'Company,Title,Status,Date Applied';
    await commitImport(
      await previewImport(`${header}\nAcme,Dev,Screening,2024-03-05\nGlobex,QA,Offer,2024-03-05\nHooli,PM,Ghosted,2024-03-05`, 't.csv'),
    );
    const newer = `${header}\nAcme,Dev,Interviewing,2024-03-05\nGlobex,QA,Rejected,2024-03-05\nHooli,PM,Interviewing,2024-03-05`;
    const p = await previewImport(newer, 'newer.csv');
    expect([p.toAdd, p.toUpdate, p.skipped]).toEqual([0, 2, 1]);
    await commitImport(p);
    const all = await allApplications();
    const of = (company: string) => all.find((r) => r.company === company);
    expect(of('Acme')?.status).toBe('interviewing');
    expect(of('Acme')?.history.map((h) => h.status)).toEqual(['screening', 'interviewing']);
    expect(of('Globex')?.status).toBe('rejected');
    expect(of('Hooli')?.status).toBe('ghosted');
    expect(of('Hooli')?.history.map((h) => h.status)).toEqual(['ghosted']);
  });

  it('explains a file with no usable columns', async () => {
    const p = await previewImport('Salary,Recruiter\n100k,Sam', 'x.csv');
    expect(p.ok).toBe(false);
    expect(p.message).toMatch(/No "Company" or "Job Title" column/);
  });
});

describe('refusing bad files, changing nothing', () => {
  async function expectRefused(text: string, pattern: RegExp, fileName = 'file'): Promise<void> {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const p = await previewImport(text, fileName);
    expect(p.ok).toBe(false);
    expect(p.message).toMatch(pattern);
    expect(p.errors.length).toBeGreaterThan(0);
    await expect(commitImport(p)).rejects.toBeInstanceOf(ValidationError);
    expect(await allApplications()).toEqual([record]);
  }

  it('malformed JSON', () => expectRefused('{"format":"baskets", "applications": [', /not valid JSON/, 'backup.json'));
  it('JSON that is not a Baskets export', () => expectRefused('{"jobs": []}', /not a Baskets export/));
  it('a Baskets export from a newer version', () => expectRefused('{"format":"baskets","version":99,"applications":[]}', /newer version/));
  it('a CSV whose only row never closes its quote', () =>
    expectRefused('Company,Title\n"Acme,Dev\n', /No line of this file could be imported/));
  it('a CSV whose first line cannot be read', () =>
    expectRefused('Company,"Title"x\nAcme,Dev\n', /first line of this file cannot be read: text after the closing quote/));

  it('a Baskets export with wrong types, with the line of the bad record', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const good = JSON.parse(await exportJson()) as { applications: Array<Record<string, unknown>> };
    await deleteEverything();
    const bad = { ...good.applications[0], id: 'other', dedupeKey: 'x:1', appliedAt: 12345 };
    const text = JSON.stringify({ ...good, applications: [good.applications[0], bad] }, null, 2);
    const p = await previewImport(text, 'backup.json');
    expect(p.ok).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]?.message).toBe('Application 2: "appliedAt" must be text.');
    expect(text.split('\n')[(p.errors[0]?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(p.errors[0]?.line).toBeGreaterThan(20);
    await expect(commitImport(p)).rejects.toBeInstanceOf(ValidationError);
    expect(await allApplications()).toEqual([]);
    void record;
  });

  it('a file over 20 MB', () => expectRefused(`Company,Title\n${'a'.repeat(20 * 1024 * 1024)}`, /larger than 20 MB/));

  it('a file over 50,000 rows', () => {
    const rows = ['Company,Title'];
    for (let i = 0; i < 50_001; i++) rows.push(`C${i},T`);
    return expectRefused(rows.join('\n'), /more than 50,000 rows/);
  });
});

describe('commit is all or nothing', () => {
  it('writes nothing if the data changed since the preview', async () => {
    const p = await previewImport('Company,Title,URL\nAcme,Dev,https://a.test/1\nGlobex,QA,https://a.test/2', 't.csv');
    expect(p.toAdd).toBe(2);
    // Meanwhile the second job is captured in another tab.
    await addApplication(
      { company: 'Globex', title: 'QA', location: '', url: 'https://a.test/2', source: 'generic' },
      { method: 'auto', signal: '' },
    );
    await expect(commitImport(p)).rejects.toThrow(/changed since this preview/);
    expect(await countApplications()).toBe(1);
  });

  it('refuses an update whose record was edited after the preview', async () => {
    await commitImport(await previewImport('Company,Title,Status,Date Applied\nAcme,Dev,Applied,2024-03-05', 't.csv'));
    const p = await previewImport('Company,Title,Status,Date Applied\nAcme,Dev,Offer,2024-03-05', 't.csv');
    const [r] = await allApplications();
    await setStatus(r?.id as string, 'rejected');
    await expect(commitImport(p)).rejects.toThrow(/changed since this preview/);
    expect((await allApplications())[0]?.status).toBe('rejected');
  });
});

describe('10,000 records', () => {
  it('imports in one commit and serves the first page correctly', async () => {
    const rows = ['Company,Job Title,Status,Date Applied,URL'];
    for (let i = 0; i < 10_000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      rows.push(`Company ${i % 500},Engineer ${i},${i % 3 ? 'Applied' : 'Interview'},2024-${month}-${day},https://jobs.test/${i}`);
    }
    const preview = await previewImport(rows.join('\n'), 'big.csv');
    expect(preview.toAdd).toBe(10_000);
    expect(await commitImport(preview)).toEqual({ added: 10_000, updated: 0, linked: 0 });
    expect(await countApplications()).toBe(10_000);
    const first = await listApplications({ limit: 50 });
    expect(first.items).toHaveLength(50);
    const newestFirst = (await allApplications()).sort((a, b) =>
      a.appliedAt === b.appliedAt ? (a.id < b.id ? 1 : -1) : a.appliedAt < b.appliedAt ? 1 : -1,
    );
    expect(first.items.map((r) => r.id)).toEqual(newestFirst.slice(0, 50).map((r) => r.id));
    expect(first.items[0]?.appliedAt).toBe('2024-12-28T12:00:00.000Z');
    expect(await countApplications({ status: 'interviewing' })).toBe(3334);
  }, 120_000);
});

describe('strict import (issue #13): what cannot be read exactly is an error with its line, and changes nothing', () => {
  const messages = (p: { errors: Array<{ line: number; message: string }> }) => p.errors.map((e) => [e.line, e.message]);

  async function backupWith(change: (r: Record<string, unknown>) => void): Promise<{ text: string; kept: Application; changedId: string }> {
    await addApplication(job(), { method: 'auto', signal: '' });
    await addApplication(job({ jobId: '2', company: 'Globex' }), { method: 'auto', signal: '' });
    const data = JSON.parse(await exportJson()) as { applications: Array<Record<string, unknown>> };
    change(data.applications[1]!);
    const changedId = data.applications[1]!.id as string;
    const kept = (await allApplications()).find((r) => r.id !== changedId)!;
    return { text: JSON.stringify(data, null, 2), kept, changedId };
  }

  it.each([
    [
      'appliedAt',
      (r: Record<string, unknown>) => (r.appliedAt = '2026-02-30'),
      '"appliedAt" "2026-02-30" names no real day (February 2026 has 28 days)',
    ],
    [
      'createdAt',
      (r: Record<string, unknown>) => (r.createdAt = '2025-04-31T09:00:00.000Z'),
      '"createdAt" "2025-04-31T09:00:00.000Z" names no real day (April 2025 has 30 days)',
    ],
    [
      'followUpAt',
      (r: Record<string, unknown>) => (r.followUpAt = '2025-02-29T10:00'),
      '"followUpAt" "2025-02-29T10:00" names no real day (February 2025 has 28 days)',
    ],
    [
      'a history entry',
      (r: Record<string, unknown>) => ((r.history as Array<{ at: string }>)[0]!.at = '2025-06-31T00:00:00Z'),
      'history entry 1: "at" "2025-06-31T00:00:00Z" names no real day (June 2025 has 30 days)',
    ],
    [
      'a date that is not ISO 8601',
      (r: Record<string, unknown>) => (r.appliedAt = 'Feb 30 2026'),
      '"appliedAt" "Feb 30 2026" is not an ISO 8601 date (such as 2025-03-12 or 2025-03-12T10:00:00.000Z)',
    ],
  ])('refuses a JSON backup with an impossible date in %s, with its line, and changes nothing', async (_what, change, error) => {
    const { text, kept, changedId } = await backupWith(change);
    await deleteEverything();
    await restoreApplications([kept]);
    const p = await previewImport(text, 'backup.json');
    expect(p.ok).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.message).toBe(`Application 2: ${error}.`);
    // The line is where the second record starts in the pretty-printed file.
    const lines = text.split('\n');
    expect(lines[p.errors[0]!.line - 1]?.trim()).toBe('{');
    expect(lines[p.errors[0]!.line]?.trim()).toBe(`"id": "${changedId}",`);
    await expect(commitImport(p)).rejects.toBeInstanceOf(ValidationError);
    expect(await allApplications()).toEqual([kept]);
  });

  it('refuses a Baskets CSV with an impossible date, with its line', async () => {
    await addApplication(job(), { method: 'auto', signal: '' });
    const csv = (await exportCsv()).replace(/(\r\n[^\r\n]*?,)(\d{4}-\d{2}-\d{2})T/, '$12026-02-30T');
    await deleteEverything();
    const p = await previewImport(csv, 'export.csv');
    expect(p.format).toBe('baskets-csv');
    expect(p.ok).toBe(false);
    expect(messages(p)).toEqual([
      [
        2,
        expect.stringMatching(
          /^Line 2: "(appliedAt|createdAt|updatedAt)" "2026-02-30T[^"]*" names no real day \(February 2026 has 28 days\)\.$/,
        ),
      ],
    ]);
    expect(await allApplications()).toEqual([]);
  });

  const HEADER = 'Company,Title,Date applied,Status';

  it('lists a tracker row with a date that does not exist, and imports the others', async () => {
    const p = await previewImport([HEADER, 'Acme,Dev,2025-02-28T10:00,Applied', 'Globex,QA,2025-02-29T10:00,Applied'].join('\n'), 't.csv');
    expect(p.ok).toBe(true);
    expect(messages(p)).toEqual([[3, 'Line 3: the date "2025-02-29T10:00" names no real day (February 2025 has 28 days).']]);
    await commitImport(p);
    expect((await allApplications()).map((r) => r.company)).toEqual(['Acme']);
  });

  it('lists the stray quote of issue #13 with its lines instead of one garbled company, and imports the others', async () => {
    const text = [
      HEADER,
      '"Acme,Dev',
      'Beta,"Eng"ineer',
      'Gamma,Ops,2025-01-10,Applied',
      'Delta,5" monitor tester,2025-01-11,Applied',
    ].join('\n');
    const p = await previewImport(text, 't.csv');
    expect(p.ok).toBe(true);
    expect(p.toAdd).toBe(1);
    expect(p.errors.map((e) => e.line)).toEqual([2, 5]);
    expect(p.errors[0]!.message).toMatch(
      /^Lines 2–3: text after the closing quote of a quoted field; .*\(the quoted field opens on line 2\)\.$/,
    );
    expect(p.errors[1]!.message).toMatch(/^Line 5: a quote \("\) inside a field that does not start with one; /);
    await commitImport(p);
    expect((await allApplications()).map((r) => r.company)).toEqual(['Gamma']);
  });

  it('lists rows after an unterminated quote as unreadable, and imports the rows before it', async () => {
    const text = [HEADER, 'Acme,Dev,2025-01-10,Applied', 'Globex,"QA,2025-01-11,Applied', 'Initech,Ops,2025-01-12,Applied'].join('\n');
    const p = await previewImport(text, 't.csv');
    expect(messages(p)).toEqual([
      [3, 'Lines 3–4: a quoted field that opens on line 3 is never closed (a missing "), so the rest of the file cannot be read.'],
    ]);
    expect(p.toAdd).toBe(1);
  });

  it('lists an unknown status with its line instead of a quiet "applied"; a blank status still means applied', async () => {
    const text = [HEADER, 'Acme,Dev,2025-01-10,💀', 'Globex,QA,2025-01-11,', 'Initech,Ops,2025-01-12,Bookmarked'].join('\n');
    const p = await previewImport(text, 't.csv');
    expect(p.ok).toBe(true);
    expect(p.errors.map((e) => e.line)).toEqual([2, 4]);
    expect(p.errors[0]!.message).toMatch(/^Line 2: the status "💀" is not one Baskets knows \(applied, screening, /);
    expect(p.errors[1]!.message).toMatch(/^Line 4: the status "Bookmarked" is not one Baskets knows/);
    await commitImport(p);
    expect((await allApplications()).map((r) => [r.company, r.status])).toEqual([['Globex', 'applied']]);
  });

  it('never changes stored records when a file is full of such errors', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const text = [
      HEADER,
      `${record.company},${record.title},2025-02-29,Offer`,
      `${record.company},${record.title},2025-01-10,💀`,
      '"x"y,z',
    ].join('\n');
    const p = await previewImport(text, 't.csv');
    expect(p.ok).toBe(false);
    expect(p.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    await expect(commitImport(p)).rejects.toBeInstanceOf(ValidationError);
    expect(await allApplications()).toEqual([record]);
  });

  it('reads a Windows-1252 tracker as Windows-1252 and says so, with the first line it affects', async () => {
    const text = [
      HEADER,
      'Acme,Dev,2025-01-10,Applied',
      'M\u00fcller AG,Ingenieur,2025-01-11,Applied',
      'Caf\u00e9 Cr\u00e8me,Barista,2025-01-12,Offer',
    ].join('\r\n');
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { text: decoded, ...how } = decodeText(bytes);
    const p = await previewImport(decoded, 'excel.csv', how);
    expect(p.encoding).toEqual({ name: 'windows-1252', line: 3, text: 'Müller AG,Ingenieur,2025-01-11,Applied' });
    expect(p.errors).toEqual([]);
    await commitImport(p);
    expect((await allApplications()).map((r) => r.company).sort()).toEqual(['Acme', 'Café Crème', 'Müller AG']);
  });

  it('adds no note for a UTF-8 file', async () => {
    const { text, ...how } = decodeText(new TextEncoder().encode(`\ufeff${HEADER}\nMüller AG,Dev,2025-01-10,Applied\n`));
    const p = await previewImport(text, 'utf8.csv', how);
    expect(p.encoding).toBeUndefined();
    expect(p.toAdd).toBe(1);
  });
});
