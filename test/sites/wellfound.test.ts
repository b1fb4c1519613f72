// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wellfound } from '../../src/sites/wellfound';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/wellfound');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('wellfound fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('wellfound');
    expect(wellfound.detectStage(doc, url).stage).toBe(expected.stage);
    expect(wellfound.claims(url)).toBe(true);
    const got = wellfound.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('wellfound', () => {
  it('does not count an "Applied" button from an old application', () => {
    const { doc, url } = load('already-applied');
    expect(wellfound.detectStage(doc, url).signal).toBe('already applied:Applied');
  });

  it('files both address forms of a job under the short one', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return wellfound.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://wellfound.com/jobs/3012345-senior-backend-engineer']));
  });

  it('reads title and company from the page title when there is no structured data', () => {
    const url = new URL('https://wellfound.com/jobs/99-welder');
    const got = wellfound.extract(html('<title>Welder at Acme Metal Works • Wellfound</title>'), url);
    expect([got.title, got.company]).toEqual(['Welder', 'Acme Metal Works']);
  });
});
