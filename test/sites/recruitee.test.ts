// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recruitee } from '../../src/sites/recruitee';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/recruitee');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('recruitee fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('recruitee');
    expect(recruitee.detectStage(doc, url).stage).toBe(expected.stage);
    expect(recruitee.claims(url)).toBe(true);
    const got = recruitee.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('recruitee', () => {
  it('files offer, form and confirmation under one job URL without tracking parameters', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return recruitee.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://poldermobility.recruitee.com/o/senior-product-designer']));
  });

  it('does not take a talent-pool "Thank you" on an offer page for an application', () => {
    const { doc } = load('careers-home');
    const offer = new URL('https://poldermobility.recruitee.com/o/senior-product-designer');
    expect(recruitee.detectStage(doc, offer).stage).not.toBe('submitted');
  });
});
