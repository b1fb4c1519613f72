// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobvite } from '../../src/sites/jobvite';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/jobvite');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('jobvite fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('jobvite');
    expect(jobvite.detectStage(doc, url).stage).toBe(expected.stage);
    expect(jobvite.claims(url)).toBe(true);
    const got = jobvite.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('jobvite', () => {
  it('counts the confirmation URL even before its message has drawn', () => {
    const url = new URL('https://jobs.jobvite.com/thriftwell/job/oQ8vWfxK/apply/confirmation');
    expect(jobvite.detectStage(html('<div class="jv-page-body"></div>'), url)).toEqual({
      stage: 'submitted',
      signal: 'url:/thriftwell/job/oQ8vWfxK/apply/confirmation',
    });
  });

  it('files posting, form and confirmation under one job URL', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return jobvite.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://jobs.jobvite.com/thriftwell/job/oQ8vWfxK']));
  });

  it('keeps a form showing validation errors as a form', () => {
    const { doc, url } = load('form');
    doc.querySelector('input[name="email"]')?.setAttribute('aria-invalid', 'true');
    expect(jobvite.detectStage(doc, url)).toEqual({ stage: 'form', signal: 'form with errors' });
  });

  it('takes the title from the page title when the heading is the thank-you message', () => {
    const url = new URL('https://jobs.jobvite.com/thriftwell/job/oQ8vWfxK/apply/confirmation');
    const doc = html(
      '<title>Thriftwell Careers - Financial Analyst, Pricing</title><div class="jv-page-body"><h2 class="jv-header">Thank you for applying!</h2></div>',
    );
    expect(jobvite.extract(doc, url)).toMatchObject({ title: 'Financial Analyst, Pricing', company: 'Thriftwell' });
  });
});
