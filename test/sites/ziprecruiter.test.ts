// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ziprecruiter } from '../../src/sites/ziprecruiter';

interface Expected {
  url: string;
  site: string;
  stage: string;
  company: string;
  title: string;
  location: string;
  jobId?: string;
}
const dir = join(__dirname, '../fixtures/ziprecruiter');
const load = (name: string) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, `${name}.html`), 'utf8'), 'text/html');
  return { expected, doc, url: new URL(expected.url) };
};
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('ziprecruiter fixtures', () => {
  it.each(cases)('%s: stage and fields', (name) => {
    const { expected, doc, url } = load(name);
    expect(expected.site).toBe('ziprecruiter');
    expect(ziprecruiter.detectStage(doc, url).stage).toBe(expected.stage);
    expect(ziprecruiter.claims(url)).toBe(true);
    const got = ziprecruiter.extract(doc, url);
    expect({ company: got.company, title: got.title, location: got.location, jobId: got.jobId }).toEqual({
      company: expected.company,
      title: expected.title,
      location: expected.location,
      jobId: expected.jobId,
    });
  });
});

describe('ziprecruiter', () => {
  it('does not count an "Applied" button alone as a new application', () => {
    const { doc, url } = load('already-applied');
    expect(ziprecruiter.detectStage(doc, url)).toEqual({ stage: 'posting', signal: 'already applied:Applied' });
  });

  it('counts a short "Applied!" notice after a one-click apply', () => {
    const { doc, url } = load('already-applied');
    const toast = doc.createElement('div');
    toast.setAttribute('role', 'status');
    toast.textContent = 'Applied!';
    doc.body.append(toast);
    expect(ziprecruiter.detectStage(doc, url)).toEqual({ stage: 'submitted', signal: 'text:Applied!' });
  });

  it('files the job under its path and jid only, without tracking keys', () => {
    const { doc, url } = load('posting');
    expect(ziprecruiter.extract(doc, url).url).toBe(
      'https://www.ziprecruiter.com/c/Motorola-Solutions/Job/IT-Infrastructure-Lead/-in-Schaumburg,IL?jid=bc508c769e0fb0d8',
    );
  });

  it('falls back to the page title, then to the company in the URL', () => {
    const url = new URL('https://www.ziprecruiter.com/c/Acme-Metal-Works/Job/Welder/-in-Tulsa,OK?jid=abc123');
    const got = ziprecruiter.extract(html('<title>Welder - Acme Metal Works, Inc. - Tulsa, OK | ZipRecruiter</title>'), url);
    expect([got.title, got.company, got.location]).toEqual(['Welder', 'Acme Metal Works, Inc.', 'Tulsa, OK']);
    expect(ziprecruiter.extract(html('<h1>Welder</h1>'), url).company).toBe('Acme Metal Works');
  });
});
