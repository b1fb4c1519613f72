/**
 * Field sources as data: an adapter lists ordered fallbacks per field (`Source`s), each saying how strong
 * a clue it is, and `extractWith` keeps the first acceptable value of each field with its provenance.
 */
import { LIMITS, type FieldProvenance, type Provenance } from '../core/application';
import { canonicalUrl } from '../core/canonical-url';
import { cleanText } from '../core/sanitize';
import { isPlatformName, isStepPhrase, normalizePhrase, stripStepPhrases } from '../core/step-phrases';
import { isConfirmationHeading } from './lib-confirmation';
import { docTitle, firstAttr, firstText, MAX_READ_CHARS, meta } from './lib-dom';
import { jobPosting, type JobPostingData } from './lib-json';
import { splitTitle, type TitleSplitOptions } from './lib-names';
import type { Extraction } from './types';

export type Field = 'company' | 'title' | 'location';

/** Reads one value from a page; returns '' or undefined when it finds nothing. */
export type Reader = (doc: Document, url: URL) => string | undefined;

/**
 * One way of finding a company, title or location on a page, and how strong a clue it is (`from`):
 * `structured` (JSON-LD, microdata, the site's own attributes, ids and meta tags), `labelled` (the job
 * header the site renders), `title` (the document title) or `slug` (the address). Built only by the
 * constructors below, so every source says where its value comes from: a plain function is not a Source.
 */
export type Source = Reader & { readonly from: Provenance };

/** A value and the provenance of the source it came from ('' and no provenance when none had one). */
export interface Found {
  text: string;
  from?: Provenance;
}

// ---------------------------------------------------------------------------------------------
// Sources (selectors as data)

/** A source of any provenance from a reader: `source('slug', () => nameFromSlug(org))`. */
export function source(from: Provenance, read: Reader): Source {
  const s: Reader = (doc, url) => read(doc, url);
  return Object.assign(s, { from });
}

/** A name or place spelled out from the address (a subdomain, a path segment): the weakest clue. */
export const fromSlug = (read: Reader): Source => source('slug', read);

/** Text of the first matching element: the job header the site renders. */
export const fromText = (...selectors: string[]): Source => source('labelled', (doc) => firstText(doc, selectors, MAX_READ_CHARS));

/** An attribute of the first matching element (the site's own `data-*`, `alt`, microdata `content`). */
export const fromAttr = (attr: string, ...selectors: string[]): Source =>
  source('structured', (doc) => firstAttr(doc, selectors, attr, MAX_READ_CHARS));

/** A meta tag (property or name). */
export const fromMeta = (...names: string[]): Source =>
  source('structured', (doc) => {
    for (const n of names) {
      const v = meta(doc, n, MAX_READ_CHARS);
      if (v) return v;
    }
    return '';
  });

/** A field of the page's first JSON-LD JobPosting. */
export const fromJsonLd = (field: keyof JobPostingData): Source => source('structured', (doc) => jobPosting(doc)?.[field] ?? '');

/** A part of the document title split as "Title at Company" & co. */
export const fromDocTitle = (part: 'title' | 'company', options?: TitleSplitOptions): Source =>
  source('title', (doc) => splitTitle(docTitle(doc), options)[part]);

/** Apply `fn` to the value of `source`; the result keeps the source's provenance. */
export const mapSource = (from: Source, fn: (value: string) => string | undefined): Source =>
  source(from.from, (doc, url) => {
    const v = from(doc, url);
    return v ? fn(v) : '';
  });

/**
 * The first value among the sources that is non-empty once cleaned, capped to `max` and passed through
 * `refine` (which returns '' to reject it: then the next source is tried), with the provenance of the
 * source that gave it. Sources that throw are skipped.
 */
export function firstOf(doc: Document, url: URL, sources: readonly Source[], max: number, refine?: (value: string) => string): Found {
  for (const s of sources) {
    const c = read(s, doc, url, max);
    const v = c && refine ? cleanText(refine(c), max) : c;
    if (v) return { text: v, from: s.from };
  }
  return { text: '' };
}

/** The first non-empty value among plain readers (job ids, canonical URLs: no provenance kept). */
export function firstValue(doc: Document, url: URL, readers: readonly Reader[], max: number): string {
  for (const r of readers) {
    const c = read(r, doc, url, max);
    if (c) return c;
  }
  return '';
}

function read(r: Reader, doc: Document, url: URL, max: number): string {
  let v: string | undefined;
  try {
    v = r(doc, url);
  } catch {
    v = '';
  }
  return cleanText(v ?? '', max);
}

export interface FieldSources {
  company: readonly Source[];
  title: readonly Source[];
  location: readonly Source[];
  jobId?: readonly Reader[];
  /** Canonical job URL; defaults to the page URL. */
  url?: readonly Reader[];
}

/**
 * Names a page shows that are never a company: a step of applying ("Careers", "Sign in") or the job
 * site itself ("LinkedIn"). Returns the name, or '' to try the next source.
 */
export function companyOrEmpty(name: string): string {
  return isStepPhrase(name) || isPlatformName(name) ? '' : name;
}

/**
 * A job title, or '' when the text is never one: the company's own name, the job site's name, a step
 * or status of applying ("Candidate Profile", "Apply now", "Thank you for applying to Acme"). A step
 * phrase around a real title is cut off ("Data Analyst | Apply", "Apply: Data Analyst" → "Data Analyst").
 */
export function jobTitleOrEmpty(text: string, company: string): string {
  const t = stripStepPhrases(text);
  if (!t || isStepPhrase(t) || isPlatformName(t) || isConfirmationHeading(t)) return '';
  // Case- and space-insensitive: "Lark Health" is the company spelled from the address ("Larkhealth").
  if (company && normalizePhrase(t).replace(/\s+/g, '') === normalizePhrase(company).replace(/\s+/g, '')) return '';
  return t;
}

/**
 * Run ordered sources per field and return a clean, capped Extraction with the provenance of each
 * value. The company is read first, so that a title equal to it is passed over for the next source.
 */
export function extractWith(doc: Document, url: URL, sources: FieldSources): Extraction {
  const company = firstOf(doc, url, sources.company, LIMITS.company, companyOrEmpty);
  const title = firstOf(doc, url, sources.title, LIMITS.title, (t) => jobTitleOrEmpty(t, company.text));
  const location = firstOf(doc, url, sources.location, LIMITS.location);
  return makeExtraction(
    {
      company: company.text,
      title: title.text,
      location: location.text,
      jobId: sources.jobId ? firstValue(doc, url, sources.jobId, LIMITS.jobId) : '',
      url: sources.url ? firstValue(doc, url, sources.url, LIMITS.url) : '',
    },
    url,
    { company: company.from, title: title.from, location: location.from },
  );
}

/**
 * Clean and cap every field; the URL falls back to the page URL, canonicalised. `fields` is the
 * provenance of each value the caller chose; it is kept only for the values that are left non-empty.
 * A company or title that is never one (see `companyOrEmpty`, `jobTitleOrEmpty`) is dropped here too,
 * for extractions built by hand.
 */
export function makeExtraction(
  parts: { company?: string; title?: string; location?: string; jobId?: string; url?: string },
  pageUrl: URL,
  fields: FieldProvenance,
): Extraction {
  const company = cleanText(companyOrEmpty(cleanText(parts.company ?? '', LIMITS.company)), LIMITS.company);
  const out: Extraction = {
    company,
    title: cleanText(jobTitleOrEmpty(cleanText(parts.title ?? '', LIMITS.title), company), LIMITS.title),
    location: cleanText(parts.location ?? '', LIMITS.location),
    url: canonicalUrl(parts.url || pageUrl.href).slice(0, LIMITS.url),
    fields: {},
  };
  if (!out.url) out.url = '';
  for (const f of ['company', 'title', 'location'] as const) {
    const from = fields[f];
    if (out[f] && from) out.fields[f] = from;
  }
  const jobId = cleanText(parts.jobId ?? '', LIMITS.jobId);
  if (jobId) out.jobId = jobId;
  return out;
}
