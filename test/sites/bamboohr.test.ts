// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bamboohr } from '../../src/sites/bamboohr';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/bamboohr');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('bamboohr fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('bamboohr');
    expect(bamboohr.detectStage(doc, url).stage).toBe(expected.stage);
    expect(bamboohr.claims(url)).toBe(true);
    const got = bamboohr.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('bamboohr', () => {
  it('does not take the confirmation heading for the job title', () => {
    const { doc, url } = load('confirmation');
    expect(bamboohr.extract(doc, url).title).toBe('Customer Success Manager');
  });

  it('keeps a form with errors as a form even when an alert says "Thanks"', () => {
    const { doc, url } = load('form-errors');
    expect(bamboohr.detectStage(doc, url)).toEqual({ stage: 'form', signal: 'form with errors' });
  });

  it('files posting, form and confirmation under one job URL', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return bamboohr.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://harborlight.bamboohr.com/careers/87']));
  });

  it('claims the older job view page by its id', () => {
    const url = new URL('https://acme.bamboohr.com/jobs/view.php?id=42');
    expect(bamboohr.claims(url)).toBe(true);
    expect(bamboohr.extract(html('<h2>Welder</h2>'), url).jobId).toBe('42');
  });
});
