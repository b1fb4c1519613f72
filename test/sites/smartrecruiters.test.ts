// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../../src/sites/smartrecruiters';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/smartrecruiters');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('smartrecruiters fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('smartrecruiters');
    expect(smartrecruiters.detectStage(doc, url).stage).toBe(expected.stage);
    expect(smartrecruiters.claims(url)).toBe(true);
    const got = smartrecruiters.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('smartrecruiters', () => {
  it('files the posting and its one-click application under stable job URLs', () => {
    const posting = load('posting');
    expect(smartrecruiters.extract(posting.doc, posting.url).url).toBe('https://jobs.smartrecruiters.com/KestrelRobotics/744000151474767');
    const form = load('form');
    expect(smartrecruiters.extract(form.doc, form.url).url).toBe(
      'https://jobs.smartrecruiters.com/oneclick-ui/company/KestrelRobotics/publication/5b2c8e1a-93f0-4d7b-8a61-2f0c9d4e7a15',
    );
  });

  it('waits while the e-mail still has to be confirmed, and a "Confirm your email" field label is not that', () => {
    const pending = load('email-pending');
    expect(smartrecruiters.detectStage(pending.doc, pending.url).signal).toMatch(/^email confirmation pending/);
    const form = load('form');
    expect(smartrecruiters.detectStage(form.doc, form.url).stage).toBe('form');
  });

  it('treats the one-click app as a form while it is still drawing', () => {
    const url = new URL('https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/bfd41fdb-7850-455e-b962-667be13b444b');
    expect(smartrecruiters.detectStage(html('<oc-root></oc-root>'), url)).toEqual({ stage: 'form', signal: 'url:oneclick-ui' });
  });

  it('names the company from the URL when the app shows no name, splitting CamelCase', () => {
    const url = new URL('https://jobs.smartrecruiters.com/oneclick-ui/company/BoschGroup/publication/bfd41fdb-7850-455e-b962-667be13b444b');
    expect(smartrecruiters.extract(html('<h1>Intern</h1>'), url).company).toBe('Bosch Group');
  });

  it('reads the posting page title when the microdata is missing', () => {
    const url = new URL('https://jobs.smartrecruiters.com/Acme/743999980123456-welder');
    const got = smartrecruiters.extract(html('<title>Welder | Acme Metals | SmartRecruiters</title>'), url);
    expect([got.title, got.company]).toEqual(['Welder', 'Acme Metals']);
  });
});
