import { beforeEach, describe, expect, it } from 'vitest';
import { addApplication, allApplications, commitImport, deleteEverything, exportCsv, exportJson, previewImport } from '../../src/db/index';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);

async function seed() {
  const guessed = await addApplication(job({ fields: { company: 'slug', title: 'title', location: 'structured' } }), {
    method: 'auto',
    signal: 'thanks',
  });
  const unnamed = await addApplication(job({ company: '', title: '', location: '', jobId: '9', fields: {} }), {
    method: 'auto',
    signal: 'submitted',
  });
  const plain = await addApplication(job({ jobId: '10' }), { method: 'manual', signal: '' });
  return [guessed.record, unnamed.record, plain.record];
}

describe('provenance and needsDetails survive a backup', () => {
  for (const kind of ['json', 'csv'] as const) {
    it(`through ${kind.toUpperCase()}`, async () => {
      const before = await seed();
      expect(before[0]?.capture.fields).toEqual({ company: 'slug', title: 'title', location: 'structured' });
      expect(before[1]?.needsDetails).toBe(true);
      const file = kind === 'json' ? await exportJson() : await exportCsv();
      await deleteEverything();
      const preview = await previewImport(file, `backup.${kind}`);
      expect(preview.errors).toEqual([]);
      expect(preview.toAdd).toBe(3);
      await commitImport(preview);
      expect((await allApplications()).sort(byId)).toEqual([...before].sort(byId));
    });
  }

  it('reports a bad provenance or flag in a Baskets CSV by line, and imports the rest', async () => {
    await seed();
    const csv = await exportCsv();
    const broken = csv
      .replace('{""company"":""slug"",""title"":""title"",""location"":""structured""}', '{""company"":""rumour""}')
      .replace(',true,', ',maybe,');
    expect(broken).not.toBe(csv);
    await deleteEverything();
    const preview = await previewImport(broken, 'backup.csv');
    // Both errors, each with its line (listed in line order).
    const messages = preview.errors.map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Line \d+: "capture\.fields\.company" must be structured, labelled, title or slug/),
        expect.stringMatching(/^Line \d+: "needsDetails" must be true or false/),
      ]),
    );
    expect(preview.toAdd).toBe(1);
  });
});
