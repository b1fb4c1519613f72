// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/application';
import {
  confirmationIn,
  docTitle,
  embeddedJson,
  extractWith,
  fromAttr,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromSlug,
  fromText,
  isShown,
  mapSource,
  source,
  type Source,
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
    for (const data of [
      { '@context': 'x', '@graph': [{ '@type': 'WebPage' }, posting] },
      [{ '@type': 'BreadcrumbList' }, posting],
      posting,
    ]) {
      expect(jobPosting(doc(ld(data)))).toMatchObject({
        title: 'Welder',
        company: 'Forge & Sons',
        location: 'Sheffield, GB; Leeds, GB',
        jobId: 'W-7',
      });
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
    const evil = {
      '@type': 'JobPosting',
      title: `<img src=x onerror=alert(1)>\u202e${'A'.repeat(1000)}`,
      hiringOrganization: { name: 42 },
    };
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
    expect(splitTitle('Line Cook - Copper Kettle - Indeed.com', { siteNames: ['Indeed.com'] })).toEqual({
      title: 'Line Cook',
      company: 'Copper Kettle',
    });
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
    const out = extractWith(d, URL0, {
      company: [fromText('.missing'), fromText('.c')],
      title: [fromText('h1'), fromText('.t')],
      location: [],
    });
    expect(out.title).toBe('Title');
    expect(out.company).toHaveLength(LIMITS.company);
    expect(out.location).toBe('');
    expect(out.url).toBe('https://careers.example.com/jobs/1');
  });

  it('survives a source that throws', () => {
    const out = extractWith(doc(''), URL0, {
      company: [
        source('structured', () => {
          throw new Error('boom');
        }),
        fromSlug(() => 'Acme'),
      ],
      title: [],
      location: [],
    });
    expect(out.company).toBe('Acme');
    expect(out.fields).toEqual({ company: 'slug' });
  });

  it('keeps the provenance of the source each value came from, and none for empty fields', () => {
    const d = doc(
      `<title>Welder at Forge</title><h1>Welder</h1><p class="loc">Leeds</p>${ld({ '@type': 'JobPosting', hiringOrganization: 'Forge & Sons' })}`,
    );
    const out = extractWith(d, URL0, {
      company: [fromJsonLd('company'), fromDocTitle('company')],
      title: [fromJsonLd('title'), fromText('h1'), fromDocTitle('title')],
      location: [fromJsonLd('location'), mapSource(fromText('.loc'), (v) => v.toUpperCase())],
    });
    expect(out).toMatchObject({ company: 'Forge & Sons', title: 'Welder', location: 'LEEDS' });
    expect(out.fields).toEqual({ company: 'structured', title: 'labelled', location: 'labelled' });
    const bare = extractWith(doc(''), URL0, { company: [fromText('h2')], title: [], location: [] });
    expect(bare.fields).toEqual({});
  });

  it('passes over a company that is a step or the job site, and a title that is never one, to the next source', () => {
    const d =
      doc(`<title>Acme</title><meta property="og:site_name" content="Greenhouse"><h1>Candidate Profile</h1><h2>Thank you for applying to Acme</h2>
      <h3>Quality Assurance Technician - Candidate Profile</h3><p class="c">Careers</p><p class="d">Acme</p>`);
    const out = extractWith(d, URL0, {
      company: [fromMeta('og:site_name'), fromText('.c'), fromText('.d')],
      title: [source('title', () => 'Acme'), fromText('h1'), fromText('h2'), fromText('h3')],
      location: [],
    });
    expect(out.company).toBe('Acme');
    expect(out.title).toBe('Quality Assurance Technician');
    expect(out.fields).toEqual({ company: 'labelled', title: 'labelled' });
  });

  it('leaves a title empty when every source is a step, and says nothing of its provenance', () => {
    const d = doc('<h1>Apply now</h1><title>LinkedIn</title>');
    const out = extractWith(d, URL0, { company: [], title: [fromText('h1'), source('title', (x) => docTitle(x))], location: [] });
    expect(out.title).toBe('');
    expect(out.fields.title).toBeUndefined();
  });
});

describe('sources', () => {
  it('declare their provenance, and mapSource keeps it', () => {
    expect(fromJsonLd('title').from).toBe('structured');
    expect(fromMeta('og:title').from).toBe('structured');
    expect(fromAttr('alt', 'img').from).toBe('structured');
    expect(fromText('h1').from).toBe('labelled');
    expect(fromDocTitle('title').from).toBe('title');
    expect(fromSlug(() => 'acme').from).toBe('slug');
    expect(mapSource(fromDocTitle('company'), (v) => v).from).toBe('title');
    expect(source('labelled', () => 'x').from).toBe('labelled');
  });

  it('a plain function is not a Source', () => {
    // @ts-expect-error a Source must say where its value comes from
    const plain: Source = () => 'Acme';
    void plain;
  });
});

describe('isShown', () => {
  it.each([
    ['<p id="x">Thanks</p>', true],
    ['<p id="x" hidden>Thanks</p>', false],
    ['<div hidden><p id="x">Thanks</p></div>', false],
    ['<div style="display:none"><p id="x">Thanks</p></div>', false],
    ['<style>.gone{display:none}</style><div class="gone"><p id="x">Thanks</p></div>', false],
    ['<p id="x" style="visibility:hidden">Thanks</p>', false],
    ['<div style="opacity:0"><p id="x">Thanks</p></div>', false],
    ['<div style="opacity:0.5"><p id="x">Thanks</p></div>', true],
  ])('%s → %s', (html, shown) => {
    // In a page (a document with its window, where stylesheets apply) and parsed apart (DOMParser).
    expect(isShown(new JSDOM(html).window.document.getElementById('x')!)).toBe(shown);
    if (!html.includes('<style>')) expect(isShown(doc(html).getElementById('x')!)).toBe(shown);
  });

  it('is false for an element no longer in the document', () => {
    const d = doc('<p id="x">Thanks</p>');
    const el = d.getElementById('x')!;
    el.remove();
    expect(isShown(el)).toBe(false);
  });
});

describe('confirmationIn', () => {
  it('takes only a shown confirmation, outside a form that still asks for a file or an e-mail', () => {
    const hidden = doc('<h1 style="display:none">Thank you for applying!</h1><h2>Senior Engineer</h2>');
    expect(confirmationIn(hidden, ['h1', 'h2'])).toBe('');
    const inForm = doc(
      '<form><p class="n">Your application has been received once you submit</p><p class="m">Thank you for your application</p><input type="email"></form>',
    );
    expect(confirmationIn(inForm, ['.m'])).toBe('');
    const shown = doc('<h1 style="display:none">Thank you for applying!</h1><h2>Thank you for applying!</h2>');
    expect(confirmationIn(shown, ['h1', 'h2'])).toBe('Thank you for applying!');
  });
});

describe('confirmation messages are not job titles', () => {
  it('blanks a title that is the confirmation message', async () => {
    const { makeExtraction } = await import('../../src/sites/lib');
    const url = new URL('https://boards.greenhouse.io/acme/jobs/1/confirmation');
    const fields = { company: 'structured', title: 'labelled' } as const;
    expect(makeExtraction({ company: 'Acme', title: 'Thank you for applying to Acme' }, url, fields)).toMatchObject({
      title: '',
      fields: { company: 'structured' },
    });
    expect(makeExtraction({ company: 'Acme', title: 'Application submitted!' }, url, fields).title).toBe('');
    expect(makeExtraction({ company: 'Acme', title: 'Success Manager' }, url, fields)).toMatchObject({ title: 'Success Manager', fields });
    expect(makeExtraction({ company: 'Acme', title: 'Thanksgiving Seasonal Associate' }, url, fields).title).toBe(
      'Thanksgiving Seasonal Associate',
    );
    expect(makeExtraction({ company: 'Acme', title: ' ACME ' }, url, fields).title).toBe('');
    expect(makeExtraction({ company: 'LinkedIn', title: 'Engineer' }, url, fields)).toMatchObject({
      company: '',
      fields: { title: 'labelled' },
    });
  });
});
