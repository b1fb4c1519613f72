// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jazzhr } from '../../src/sites/jazzhr';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/jazzhr');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('jazzhr fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('jazzhr');
    expect(jazzhr.detectStage(doc, url).stage).toBe(expected.stage);
    expect(jazzhr.claims(url)).toBe(true);
    const got = jazzhr.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('jazzhr', () => {
  it('does not call a posting a form while its form is still hidden', () => {
    const { doc, url } = load('posting');
    expect(jazzhr.detectStage(doc, url).signal).toBe('json-ld:JobPosting');
  });

  it('files posting, form and thank-you page under one job URL without tracking parameters', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return jazzhr.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://brambleandfinch.applytojob.com/apply/jZk3P9xQ2m/Senior-Accountant']));
  });

  it('reads the company from the title when nothing else names it', () => {
    const url = new URL('https://acme.applytojob.com/apply/ABCDE12345/Welder');
    expect(jazzhr.extract(html('<title>Welder - Acme Metal Works</title><h1>Welder</h1>'), url).company).toBe('Acme Metal Works');
  });
});
