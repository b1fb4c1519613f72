// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personio } from '../../src/sites/personio';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/personio');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('personio fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('personio');
    expect(personio.detectStage(doc, url).stage).toBe(expected.stage);
    expect(personio.claims(url)).toBe(true);
    const got = personio.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('personio', () => {
  it('does not read the form hint about sending as a confirmation', () => {
    const { doc, url } = load('form');
    expect(personio.detectStage(doc, url).signal).toBe('form:form#job-application-form');
  });

  it('does not read a German promise ("wird … übermittelt") as a confirmation', () => {
    const url = new URL('https://kieler-kaffee.jobs.personio.de/job/1234567');
    const doc = html('<main><h1>Werkstudent</h1><h2>Ihre Bewerbung wird nach dem Klick auf „Senden" versendet</h2></main>');
    expect(personio.detectStage(doc, url).stage).toBe('posting');
  });

  it('reads the German confirmation as evidence', () => {
    const { doc, url } = load('confirmation');
    expect(personio.detectStage(doc, url).signal).toMatch(/^text:Vielen Dank für Ihre Bewerbung!/);
  });

  it('files posting, form and confirmation under one job URL without language parameters', () => {
    const urls = ['posting', 'form', 'confirmation'].map((n) => {
      const { doc, url } = load(n);
      return personio.extract(doc, url).url;
    });
    expect(new Set(urls)).toEqual(new Set(['https://kieler-kaffee.jobs.personio.de/job/1234567']));
  });
});
