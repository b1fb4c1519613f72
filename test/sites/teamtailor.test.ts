// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamtailor } from '../../src/sites/teamtailor';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/teamtailor');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('teamtailor fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('teamtailor');
    expect(teamtailor.detectStage(doc, url).stage).toBe(expected.stage);
    expect(teamtailor.claims(url)).toBe(true);
    const got = teamtailor.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('teamtailor', () => {
  it('files posting, form and confirmation under one job URL without the share-link parameter', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return teamtailor.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://fjallbyran.teamtailor.com/jobs/4521876-backend-developer']));
  });

  it('counts a thank-you URL even before its message has drawn', () => {
    const url = new URL('https://fjallbyran.teamtailor.com/jobs/4521876-backend-developer/applications/thank-you');
    expect(teamtailor.detectStage(html('<main></main>'), url).stage).toBe('submitted');
  });
});
