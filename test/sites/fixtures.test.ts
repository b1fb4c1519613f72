// @vitest-environment jsdom
/**
 * Every fixture page under test/fixtures/<site>/<case>.html is read by the adapter its URL picks, and
 * must give the stage and fields written in <case>.json.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LIMITS, type FieldProvenance } from '../../src/core/application';
import { ADAPTERS, generic, resolveAdapter } from '../../src/sites/index';
import { restsUntilEngaged } from '../../src/sites/rest';

const FIXTURES = resolve(__dirname, '../fixtures');

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
  /** How each non-empty company, title and location must have been found (structured, labelled, title, slug). */
  fields?: FieldProvenance;
}

// Fixtures of every registered site (others may be mid-way through adding theirs).
const registered = new Set([...ADAPTERS, generic].map((a) => a.id));
const sites = readdirSync(FIXTURES).filter((d) => registered.has(d) && statSync(join(FIXTURES, d)).isDirectory());

function parse(html: string, url: string): Document {
  // A page with its own window, as in a tab: stylesheets apply (what they hide is not evidence).
  // Scripts never run (jsdom's default); the URL only matters to the adapter, which receives it separately.
  return new JSDOM(html, { url }).window.document;
}

for (const site of sites) {
  const cases = readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.json'));
  describe(`${site} fixtures`, () => {
    for (const file of cases) {
      const name = file.replace(/\.json$/, '');
      it(name, () => {
        const expected = JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8')) as Expected;
        const html = readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8');
        const url = new URL(expected.url);
        const doc = parse(html, expected.url);
        const adapter = resolveAdapter(url, { generic: true });
        expect(adapter?.id).toBe(expected.site);
        const result = adapter!.detectStage(doc, url);
        expect({ stage: result.stage, signal: result.signal }).toMatchObject({ stage: expected.stage });
        expect(result.signal ?? '').not.toBe('');
        expect((result.signal ?? '').length).toBeLessThanOrEqual(LIMITS.signal);
        const extraction = adapter!.extract(doc, url);
        expect({ company: extraction.company, title: extraction.title, location: extraction.location }).toEqual({
          company: expected.company,
          title: expected.title,
          location: expected.location,
        });
        if (expected.jobId) expect(extraction.jobId).toBe(expected.jobId);
        if (expected.fields) expect(extraction.fields).toEqual(expected.fields);
        expect(extraction.url === '' || /^https?:\/\//.test(extraction.url)).toBe(true);
      });
    }
  });
}

describe('fixture set', () => {
  it('every site has at least one fixture that states the provenance of its fields', () => {
    for (const site of sites) {
      const withFields = readdirSync(join(FIXTURES, site))
        .filter((f) => f.endsWith('.json'))
        .filter((f) => (JSON.parse(readFileSync(join(FIXTURES, site, f), 'utf8')) as Expected).fields !== undefined);
      expect(withFields.length, site).toBeGreaterThan(0);
    }
    expect(sites.length).toBe(registered.size);
  });

  it('labels.json is a flat array listing every fixture page exactly once, with the same expectations', () => {
    const labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8')) as (Expected & { file: string })[];
    expect(Array.isArray(labels)).toBe(true);
    const files = labels.map((l) => l.file);
    expect(new Set(files).size).toBe(files.length);
    for (const site of ['ashby', 'generic', 'glassdoor', 'greenhouse', 'indeed', 'lever', 'linkedin', 'workable', 'workday']) {
      for (const f of readdirSync(join(FIXTURES, site)).filter((x) => x.endsWith('.html'))) {
        const label = labels.find((l) => l.file === `${site}/${f}`);
        expect(label, `${site}/${f} missing from labels.json`).toBeDefined();
        const own = JSON.parse(readFileSync(join(FIXTURES, site, f.replace(/\.html$/, '.json')), 'utf8')) as Expected;
        expect(label).toMatchObject(own);
      }
    }
  });
});

describe('pages that rest until the user acts', () => {
  // A site may leave its pages unread until the first key, pointer or click (src/sites/rest.ts) only where
  // its confirmation is reached in place, after a click: so every confirmation fixture at a resting
  // address must share that address with a form of the same site.
  const all = sites.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8')) as Expected) })),
  );
  const rests = (c: Expected) => restsUntilEngaged(c.site, new URL(c.url).origin);

  it('some sites rest, and each of them has confirmations to check', () => {
    const resting = [...new Set(all.filter(rests).map((c) => c.site))].sort();
    expect(resting).toEqual(['ashby', 'indeed', 'linkedin', 'workday']);
    for (const site of resting)
      expect(
        all.some((c) => c.site === site && c.stage === 'submitted'),
        site,
      ).toBe(true);
  });

  for (const c of all.filter((x) => x.stage === 'submitted' && rests(x))) {
    it(`${c.site}/${c.name}: reached in place, from a form at its own address`, () => {
      const sameAddress = all.filter((o) => o.site === c.site && o.stage !== 'submitted' && o.url === c.url);
      expect(sameAddress.map((o) => o.stage)).toContain('form');
    });
  }
});
