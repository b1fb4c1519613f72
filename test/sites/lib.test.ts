// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/application';
import {
  embeddedJson,
  extractWith,
  fromText,
  getString,
  isApplicationConfirmation,
  jobPosting,
  MAX_JSON_CHARS,
  splitTitle,
  textOf,
  tidyCompany,
} from '../../src/sites/lib';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const ld = (v: unknown): string => `<script type="application/ld+json">${typeof v === 'string' ? v : JSON.stringify(v)}</script>`;
const URL0 = new URL('https://careers.example.com/jobs/1?utm_source=x#top');

describe('jobPosting (JSON-LD)', () => {
  const posting = {
    '@type': 'JobPosting',
    title: 'Welder',
    hiringOrganization: { '@type': 'Organization', name: 'Forge & Sons' },
    jobLocation: [
      { '@type': 'Place', address: { addressLocality: 'Sheffield', addressCountry: 'GB' } },
      { '@type': 'Place', address: { addressLocality: 'Leeds', addressCountry: 'GB' } },
    ],
    identifier: { '@type': 'PropertyValue', value: 'W-7' },
  };

  it('finds a posting inside @graph, in arrays, or after other nodes', () => {
    for (const data of [{ '@context': 'x', '@graph': [{ '@type': 'WebPage' }, posting] }, [{ '@type': 'BreadcrumbList' }, posting], posting]) {
      expect(jobPosting(doc(ld(data)))).toMatchObject({ title: 'Welder', company: 'Forge & Sons', location: 'Sheffield, GB; Leeds, GB', jobId: 'W-7' });
    }
  });

  it('accepts @type arrays and reports remote-only postings as Remote', () => {
    const remote = { '@type': ['JobPosting'], title: 'Writer', jobLocationType: 'TELECOMMUTE', hiringOrganization: 'Inkwell' };
    expect(jobPosting(doc(ld(remote)))).toMatchObject({ title: 'Writer', company: 'Inkwell', location: 'Remote' });
  });

  it('skips malformed JSON quietly and still reads the next script', () => {
    expect(jobPosting(doc(ld('{"@type": "JobPosting", "title": ') + ld(posting)))?.title).toBe('Welder');
    expect(jobPosting(doc(ld('not json at all')))).toBeUndefined();
  });

  it('does not parse scripts larger than the cap', () => {
    const huge = JSON.stringify({ ...posting, description: 'x'.repeat(MAX_JSON_CHARS) });
    expect(jobPosting(doc(ld(huge)))).toBeUndefined();
  });

  it('treats hostile values as text and caps them', () => {
    const evil = { '@type': 'JobPosting', title: `<img src=x onerror=alert(1)>\u202e${'A'.repeat(1000)}`, hiringOrganization: { name: 42 } };
    const p = jobPosting(doc(ld(evil)))!;
    expect(p.title.startsWith('<img src=x onerror=alert(1)>A')).toBe(true);
    expect(p.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(p.company).toBe('42');
  });
});

describe('embeddedJson', () => {
  it('reads an object assigned in an inline script without running it, braces inside strings included', () => {
    const d = doc(`<script>window.__appData = {"organization":{"name":"Ramp }{ Co"},"posting":{"title":"Dev \\"A\\""}}; alert(1)</script>`);
    const data = embeddedJson(d, 'window.__appData');
    expect(getString(data, ['organization', 'name'])).toBe('Ramp }{ Co');
    expect(getString(data, ['posting', 'title'])).toBe('Dev "A"');
  });

  it('returns undefined for a missing marker or an unterminated object', () => {
    expect(embeddedJson(doc('<script>var x = 1;</script>'), 'window.__appData')).toBeUndefined();
    expect(embeddedJson(doc('<script>window.__appData = {"a": {"b": 1}</script>'), 'window.__appData')).toBeUndefined();
  });
});

describe('splitTitle', () => {
  it.each([
    ['Job Application for Data Analyst, The Orchard at The Orchard', 'Data Analyst, The Orchard', 'The Orchard'],
    ['Software Engineer @ Ramp', 'Software Engineer', 'Ramp'],
    ['Welder at Forge & Sons', 'Welder', 'Forge & Sons'],
    ['Wild Card - Hugging Face', 'Wild Card', 'Hugging Face'],
    ['Just a title', 'Just a title', ''],
  ])('%s', (raw, title, company) => {
    expect(splitTitle(raw)).toEqual({ title, company });
  });

  it('reads "Company - Title" when told the company is on the left, and drops site names', () => {
    expect(splitTitle('Quillstack - Staff Engineer', { dashCompany: 'left' })).toEqual({ title: 'Staff Engineer', company: 'Quillstack' });
    expect(splitTitle('Line Cook - Copper Kettle - Indeed.com', { siteNames: ['Indeed.com'] })).toEqual({ title: 'Line Cook', company: 'Copper Kettle' });
  });
});

describe('confirmation language', () => {
  it.each([
    'Your application has been received',
    'Thank you for applying!',
    'Application submitted!',
    'Ihre Bewerbung ist bei uns eingegangen',
    'Vielen Dank für Ihre Bewerbung',
    'Votre candidature a bien été envoyée',
    'Tu solicitud ha sido enviada',
    'Je sollicitatie is ontvangen',
    'A sua candidatura foi recebida',
    'La tua candidatura è stata inviata',
    'Ihre Bewerbung wurde erfolgreich übermittelt',
    'Votre candidature a été envoyée',
  ])('recognises "%s"', (text) => {
    expect(isApplicationConfirmation(text)).toBe(true);
  });

  it.each([
    'Thanks for subscribing!',
    'Thanks! Your job alert has been created and your request was received.',
    'Thank you for joining our talent community',
    'Thanks for your message',
    'Application deadline: 1 May',
    'Danke für Ihr Interesse am Newsletter',
    'Your application will be submitted after the last step',
    'Ihre Bewerbung wird nach dem letzten Schritt übermittelt',
    'Die Bewerbungsfrist endet bald, übermitteltes bleibt gespeichert',
  ])('does not take "%s" for an application', (text) => {
    expect(isApplicationConfirmation(text)).toBe(false);
  });
});

describe('extraction helpers', () => {
  it('skips inline style and script text inside headings', () => {
    expect(textOf(doc('<h1>Acme<style>.a{color:red}</style> Corp<script>var s="x"</script></h1>').querySelector('h1'))).toBe('Acme Corp');
  });

  it('tidies company names from aggregators and career-site headers', () => {
    expect(tidyCompany('Giga (gigaml.com)')).toBe('Giga');
    expect(tidyCompany('Careers at Workday')).toBe('Workday');
    expect(tidyCompany('Procter (UK) Ltd')).toBe('Procter (UK) Ltd');
  });

  it('takes ordered fallbacks, strips bidi controls, caps lengths and canonicalises the URL', () => {
    const d = doc(`<h1></h1><h2 class="t">\u202eTitle\u202c</h2><p class="c">${'C'.repeat(500)}</p>`);
    const out = extractWith(d, URL0, { company: [fromText('.missing'), fromText('.c')], title: [fromText('h1'), fromText('.t')], location: [] });
    expect(out.title).toBe('Title');
    expect(out.company).toHaveLength(LIMITS.company);
    expect(out.location).toBe('');
    expect(out.url).toBe('https://careers.example.com/jobs/1');
  });

  it('survives a source that throws', () => {
    const out = extractWith(doc(''), URL0, {
      company: [
        () => {
          throw new Error('boom');
        },
        () => 'Acme',
      ],
      title: [],
      location: [],
    });
    expect(out.company).toBe('Acme');
  });
});

describe('confirmation messages are not job titles', () => {
  it('blanks a title that is the confirmation message', async () => {
    const { makeExtraction } = await import('../../src/sites/lib');
    const url = new URL('https://boards.greenhouse.io/acme/jobs/1/confirmation');
    expect(makeExtraction({ company: 'Acme', title: 'Thank you for applying to Acme' }, url).title).toBe('');
    expect(makeExtraction({ company: 'Acme', title: 'Application submitted!' }, url).title).toBe('');
    expect(makeExtraction({ company: 'Acme', title: 'Success Manager' }, url).title).toBe('Success Manager');
    expect(makeExtraction({ company: 'Acme', title: 'Thanksgiving Seasonal Associate' }, url).title).toBe('Thanksgiving Seasonal Associate');
  });
});
