// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breezy } from '../../src/sites/breezy';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/breezy');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('breezy fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('breezy');
    expect(breezy.detectStage(doc, url).stage).toBe(expected.stage);
    expect(breezy.claims(url)).toBe(true);
    const got = breezy.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('breezy', () => {
  it('files the form, the posting and the confirmation under one job URL without tracking parameters', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return breezy.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://lumenharbor.breezy.hr/p/7d1f9a2c4b6e-senior-backend-engineer']));
  });

  it('reports submitted with the confirmation text as evidence', () => {
    const { doc, url } = load('confirmation');
    expect(breezy.detectStage(doc, url).signal).toMatch(/Application submitted/);
  });

  it('does not count a job-alert "Thanks" as an application', () => {
    const { doc } = load('listing');
    const onPosting = new URL('https://lumenharbor.breezy.hr/p/7d1f9a2c4b6e-senior-backend-engineer');
    expect(breezy.detectStage(doc, onPosting).stage).not.toBe('submitted');
  });

  it('falls back to the subdomain for the company only when the page names none', () => {
    const doc = new DOMParser().parseFromString('<h1>Welder</h1>', 'text/html');
    expect(breezy.extract(doc, new URL('https://northwind-tools.breezy.hr/p/abc123def456-welder')).company).toBe('Northwind Tools');
  });
});
