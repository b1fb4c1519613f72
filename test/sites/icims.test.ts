// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icims } from '../../src/sites/icims';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/icims');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('icims fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('icims');
    expect(icims.detectStage(doc, url).stage).toBe(expected.stage);
    expect(icims.claims(url)).toBe(true);
    const got = icims.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('icims', () => {
  it('leaves the shell page to the content frame, which carries the job', () => {
    const { doc, url } = load('shell');
    expect(icims.detectStage(doc, url)).toEqual({ stage: 'none', signal: 'iCIMS shell: the content frame reports' });
  });

  it('files posting, login, form and confirmation under one job URL without the frame parameters', () => {
    const urls = ['posting', 'login', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return icims.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://careers-meridianhealth.icims.com/jobs/48213/registered-nurse---icu/job']));
  });

  it('does not take the "submitted after the last step" hint on the form for a confirmation', () => {
    const { doc, url } = load('form');
    expect(icims.detectStage(doc, url).signal).toBe('form:#iCIMS_ApplicantProfile form');
  });

  it('names the company from the host, without the careers- prefix, when the page names none', () => {
    const url = new URL('https://careers-northwind.icims.com/jobs/77/welder/job');
    expect(icims.extract(html('<h1 class="iCIMS_Header">Welder</h1>'), url).company).toBe('Northwind');
  });
});
