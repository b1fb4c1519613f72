/**
 * Shared extraction helpers for site adapters. Pure DOM reads: no browser API, no form values,
 * no script execution (embedded JSON is parsed as text), bounded work on hostile pages.
 *
 * Field sources are data: an adapter lists ordered fallbacks per field (`Source`s) and `firstOf`
 * returns the first non-empty, cleaned value.
 */
import { LIMITS, type FieldProvenance, type Provenance } from '../core/application';
import { canonicalUrl } from '../core/canonical-url';
import { cleanText } from '../core/sanitize';
import { isPlatformName, isStepPhrase, normalizePhrase, stripStepPhrases, stripStepSuffix } from '../core/step-phrases';
import type { Extraction, Stage, StageResult } from './types';

/** Longest script text we try to parse as JSON (JSON-LD or embedded app data). */
export const MAX_JSON_CHARS = 1_000_000;
/** Most scripts of one kind we look at on a page. */
export const MAX_SCRIPTS = 50;
/** Longest raw text we read from one element before cleaning. */
export const MAX_READ_CHARS = 4000;

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
// Small DOM reads

/** querySelector that never throws on an invalid selector. */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll capped at `max` results; never throws. */
export function queryAll(root: ParentNode, selector: string, max = 200): Element[] {
  try {
    const list = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < max; i++) {
      const el = list[i];
      if (el) out.push(el);
    }
    return out;
  } catch {
    return [];
  }
}

/** The first element matching any selector, in the order given. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = query(root, s);
    if (el) return el;
  }
  return null;
}

/** True when any selector matches. */
export function exists(root: ParentNode, selectors: readonly string[]): boolean {
  return firstElement(root, selectors) !== null;
}

/** An element's text, read at most `MAX_READ_CHARS` raw, cleaned and capped to `max`. */
export function textOf(el: Element | null | undefined, max: number = LIMITS.title): string {
  if (!el) return '';
  return cleanText(visibleText(el, MAX_READ_CHARS), max);
}

const NON_TEXT = 'style, script, noscript, template';

/**
 * An element's text without the contents of inline `<style>`/`<script>` (CSS-in-JS pages put them
 * inside headings), read up to `limit` characters and at most 2000 nodes.
 */
export function visibleText(el: Element, limit: number = MAX_READ_CHARS): string {
  if (el.matches(NON_TEXT)) return '';
  if (!el.querySelector(NON_TEXT)) {
    const raw = el.textContent ?? '';
    return raw.length > limit ? raw.slice(0, limit) : raw;
  }
  let out = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length && out.length < limit && nodes++ < 2000) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node === el || !(node as Element).matches(NON_TEXT))) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k) stack.push(k);
      }
    }
  }
  return out.slice(0, limit);
}

/** The cleaned text of the first matching element that has non-empty text. */
export function firstText(root: ParentNode, selectors: readonly string[], max: number = LIMITS.title): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, 20)) {
      const t = textOf(el, max);
      if (t) return t;
    }
  }
  return '';
}

/** The cleaned value of `attr` on the first matching element that has it. */
export function firstAttr(root: ParentNode, selectors: readonly string[], attr: string, max: number = LIMITS.title): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, 20)) {
      const v = cleanText(el.getAttribute(attr) ?? '', max);
      if (v) return v;
    }
  }
  return '';
}

/** Content of `<meta property=name>` or `<meta name=name>` (e.g. "og:title", "twitter:title"). */
export function meta(doc: Document, name: string, max: number = LIMITS.title): string {
  const n = name.replace(/["\\]/g, '');
  return firstAttr(doc, [`meta[property="${n}"]`, `meta[name="${n}"]`], 'content', max);
}

/** The document title, cleaned. */
export function docTitle(doc: Document): string {
  const el = doc.querySelector('title');
  return textOf(el, 500);
}

/**
 * The cleaned text (short, for a signal) of the first shown element matched by any selector whose text
 * matches `pattern`, or ''. A hidden element says nothing (see `isShown`).
 */
export function textMatching(root: ParentNode, selectors: readonly string[], pattern: RegExp, maxElements = 20): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, maxElements)) {
      const t = textOf(el, 500);
      if (t && pattern.test(t) && isShown(el)) return t;
    }
  }
  return '';
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

/** A StageResult with a cleaned, capped signal. */
export function stage(value: Stage, signal: string): StageResult {
  return { stage: value, signal: cleanText(signal, LIMITS.signal) };
}

// ---------------------------------------------------------------------------------------------
// JSON-LD and embedded JSON

export interface JobPostingData {
  title: string;
  company: string;
  location: string;
  jobId: string;
  url: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse JSON quietly: undefined for malformed or oversized input. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Some sites put raw newlines/tabs inside strings; try once with them escaped as spaces.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Every JSON-LD node on the page, flattened through arrays and @graph (bounded). */
export function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = queryAll(doc, 'script[type="application/ld+json"]', MAX_SCRIPTS);
  for (const s of scripts) {
    const data = parseJson(s.textContent);
    const stack: unknown[] = [data];
    let steps = 0;
    while (stack.length && steps++ < 500) {
      const v = stack.pop();
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0 && i >= v.length - 200; i--) stack.push(v[i]);
      } else if (isRecord(v)) {
        out.push(v);
        if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
      }
    }
  }
  return out;
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  const t = node['@type'];
  if (typeof t === 'string') return t === type;
  return Array.isArray(t) && t.includes(type);
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function nameOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (isRecord(v)) return str(v['name']) || str(v['legalName']);
  return '';
}

function placeText(place: unknown): string {
  if (typeof place === 'string') return place;
  if (!isRecord(place)) return '';
  const addr = place['address'];
  if (typeof addr === 'string') return addr;
  if (isRecord(addr)) {
    const locality = str(addr['addressLocality']);
    const region = str(addr['addressRegion']);
    const country = nameOf(addr['addressCountry']);
    const parts: string[] = [];
    for (const p of [locality, region, country]) {
      const c = p.trim();
      // Avoid "Canada, QC, Montreal, Canada": skip a part that is already one of the components.
      if (c && !parts.some((q) => q.split(',').some((piece) => piece.trim().toLowerCase() === c.toLowerCase()))) parts.push(c);
    }
    return parts.join(', ');
  }
  return str(place['name']);
}

/** Human-readable location of a JobPosting: places joined by "; ", or "Remote" for TELECOMMUTE only. */
export function jobPostingLocation(node: Record<string, unknown>): string {
  const loc = node['jobLocation'];
  const places = Array.isArray(loc) ? loc.slice(0, 10) : [loc];
  const texts = places.map(placeText).filter((t) => t.trim() !== '');
  if (texts.length) return texts.join('; ');
  if (str(node['jobLocationType']).toUpperCase() === 'TELECOMMUTE') return 'Remote';
  return '';
}

/** The first JobPosting on the page, flattened to the fields we use; undefined when none. */
export function jobPosting(doc: Document): JobPostingData | undefined {
  for (const node of jsonLdNodes(doc)) {
    if (!hasType(node, 'JobPosting')) continue;
    const identifier = node['identifier'];
    const jobId = isRecord(identifier) ? str(identifier['value']) : str(identifier);
    return {
      title: cleanText(str(node['title']) || str(node['name']), LIMITS.title),
      company: cleanText(nameOf(node['hiringOrganization']), LIMITS.company),
      location: cleanText(jobPostingLocation(node), LIMITS.location),
      jobId: cleanText(jobId, LIMITS.jobId),
      url: str(node['url']),
    };
  }
  return undefined;
}

/** True when the page has a JSON-LD JobPosting. */
export function hasJobPosting(doc: Document): boolean {
  return jsonLdNodes(doc).some((n) => hasType(n, 'JobPosting'));
}

/**
 * Find `marker` (e.g. "window.__appData") in an inline script and parse the JSON object that follows
 * its "=" as text. Never executes anything. Returns undefined when absent, malformed or oversized.
 */
export function embeddedJson(doc: Document, marker: string): unknown {
  for (const s of queryAll(doc, 'script:not([src])', MAX_SCRIPTS * 4)) {
    const text = s.textContent ?? '';
    if (text.length > MAX_JSON_CHARS * 2) continue;
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const start = text.indexOf('{', at + marker.length);
    if (start < 0) continue;
    const end = matchingBrace(text, start);
    if (end < 0) continue;
    const parsed = parseJson(text.slice(start, end + 1));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

/** Index of the brace closing the object that opens at `start`, honouring strings; -1 if none. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + MAX_JSON_CHARS);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Read a nested value by path from parsed JSON, e.g. get(data, ['posting', 'title']). */
export function getPath(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isRecord(v) && typeof key === 'string') v = v[key];
    else return undefined;
  }
  return v;
}

/** getPath, as a string ('' when not a string or number). */
export function getString(data: unknown, path: readonly (string | number)[]): string {
  return str(getPath(data, path));
}

// ---------------------------------------------------------------------------------------------
// Document titles and URL slugs

export interface TitleSplitOptions {
  /** Site suffixes to drop first, e.g. ["Indeed.com", "LinkedIn"]. Matched after a "|" or "-". */
  siteNames?: readonly string[];
  /** For "A - B" titles: which side is the company. Default 'right' ("Title - Company"). */
  dashCompany?: 'left' | 'right';
  /**
   * Only "<Title> - <Company>" (or "–", "—", "|"), split at the last separator: the document title of
   * most hosted career pages, where "at" may be part of the job ("Engineer at Sea - Acme").
   */
  separatorsOnly?: boolean;
}

/**
 * Split a document title into job title and company. Understands
 * "Job Application for T at C", "T at C", "T @ C", "T | C", and "T - C" / "C - T" (see `dashCompany`).
 * Step phrases and job-site names appended to it ("… - Candidate Profile", "… | Indeed") are dropped first.
 */
export function splitTitle(raw: string, options: TitleSplitOptions = {}): { title: string; company: string } {
  let t = stripStepSuffix(cleanText(raw, 500));
  if (options.separatorsOnly) {
    const last = /^(.+) [-–—|] (.+)$/.exec(t);
    return last ? { title: last[1]!.trim(), company: last[2]!.trim() } : { title: t, company: '' };
  }
  for (const site of options.siteNames ?? []) {
    const lower = t.toLowerCase();
    const s = site.toLowerCase();
    for (const sep of [' | ', ' - ', ' – ', ' — ']) {
      if (lower.endsWith(sep + s)) t = t.slice(0, t.length - sep.length - s.length).trim();
    }
  }
  let m = /^job application for (.+) at (.+)$/i.exec(t);
  if (m) return { title: m[1]!.trim(), company: m[2]!.trim() };
  m = /^(.+?) @ (.+)$/.exec(t);
  if (m) return { title: m[1]!.trim(), company: m[2]!.trim() };
  m = /^(.+) at ([^|]+)$/i.exec(t);
  if (m) return { title: m[1]!.trim(), company: m[2]!.trim() };
  m = /^(.+) \| (.+)$/.exec(t);
  if (m) return { title: m[1]!.trim(), company: m[2]!.trim() };
  m = /^(.+) [-–—] (.+)$/.exec(t);
  if (m) {
    return options.dashCompany === 'left'
      ? { title: m[2]!.trim(), company: m[1]!.trim() }
      : { title: m[1]!.trim(), company: m[2]!.trim() };
  }
  return { title: t, company: '' };
}

/**
 * A company name as people say it: drops a trailing "(example.com)" that aggregators append
 * ("Giga (gigaml.com)" → "Giga") and a leading "Careers at" / "Jobs at".
 */
export function tidyCompany(name: string): string {
  return cleanText(name, LIMITS.company * 2)
    .replace(/^(?:careers|jobs|current openings|current job openings) at\s+/i, '')
    .replace(/\s*\((?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}\)$/i, '')
    .slice(0, LIMITS.company)
    .trim();
}

/**
 * A name spelled out from an address slug: "hugging-face_inc" → "Hugging Face Inc", "BoschGroup" →
 * "Bosch Group", "ACMECorp" → "ACME Corp". Last resort only (provenance `slug`): prefer any name the page states.
 */
export function nameFromSlug(slug: string): string {
  let s = slug;
  try {
    s = decodeURIComponent(slug);
  } catch {
    // keep raw
  }
  s = s
    .replace(/[-_+.]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const words = s.split(' ').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w));
  return cleanText(words.join(' '), LIMITS.company);
}

/** "<Title> - <Company>" split at the last separator; a title without one is all job title. */
export function titleThenCompany(raw: string): { title: string; company: string } {
  return splitTitle(raw, { separatorsOnly: true });
}

/** Path segments of a URL, decoded where possible, empty ones removed. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .slice(0, 20)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** True when `host` is `domain` or a subdomain of it. */
export function hostIs(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith('.' + domain);
}

// ---------------------------------------------------------------------------------------------
// Confirmation language (shared by generic and site adapters)

/**
 * `\b` is ASCII-only: it never matches next to "ü" or "é" ("übermittelt", "envoyée"). The
 * confirmation patterns use a word boundary over Latin letters instead. They are compiled on first
 * use, not when the content script loads: most pages never show a confirmation, and every page pays
 * for what runs at load.
 */
const LETTER = '0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const BOUNDARY = `(?:(?<=[${LETTER}])(?![${LETTER}])|(?<![${LETTER}])(?=[${LETTER}]))`;
function words(source: string): RegExp {
  return new RegExp(source.split(String.raw`\b`).join(BOUNDARY), 'i');
}

/**
 * "Your application was received/submitted" in English, German, French, Spanish, Dutch, Portuguese
 * and Italian. Deliberately requires the word for "application" so that "Thanks for subscribing" is not enough.
 */
const CONFIRMATION_SOURCES: readonly string[] = [
  String.raw`\bapplication\b[^.!?]{0,60}\b(?:has been|was|is|been)?\s*(?:successfully\s+)?(?:received|submitted|sent|completed)\b`,
  String.raw`\b(?:received|submitted)\s+your\s+application\b`,
  String.raw`\bthanks?(?: you)? for (?:your )?appl(?:ying|ication)\b`,
  String.raw`\bapplication (?:sent|submitted|received|complete)\b`,
  String.raw`\bBewerbung\b[^.!?]{0,80}\b(?:eingegangen|erhalten|versendet|versandt|abgeschickt|übermittelt|uebermittelt|abgesendet)\b`,
  String.raw`\b(?:Danke|Vielen Dank) für (?:Ihre|deine|Deine) Bewerbung\b`,
  String.raw`\bcandidature\b[^.!?]{0,80}\b(?:envoyée|reçue|transmise|enregistrée|bien été)\b`,
  String.raw`\bmerci (?:pour|de) votre candidature\b`,
  String.raw`\bsolicitud\b[^.!?]{0,80}\b(?:enviada|recibida)\b`,
  String.raw`\bpostulación\b[^.!?]{0,80}\b(?:enviada|recibida)\b`,
  String.raw`\bsollicitatie\b[^.!?]{0,80}\b(?:ontvangen|verzonden|verstuurd|ingediend)\b`,
  String.raw`\bcandidatura\b[^.!?]{0,80}\b(?:enviada|recebida|inviata|ricevuta|submetida)\b`,
  String.raw`\bgrazie per (?:la tua|la sua) candidatura\b`,
];

/** Promises and instructions are not confirmations: "will be submitted after the last step". */
const NOT_YET_SOURCE = String.raw`\b(?:will|would|can|could|must|should|shall|to) be (?:submitted|sent|received|completed)\b|\bbefore (?:you )?(?:submit|send)\b|\bonce (?:you(?:'ve| have)? )?(?:submit|send|complete)\b|\bwird\b[^.!?]{0,60}\b(?:versendet|übermittelt|gesendet|abgeschickt)\b|\bnach dem (?:Absenden|Abschicken)\b|\bsera (?:envoyée|transmise)\b`;

let compiled: { confirmation: readonly RegExp[]; notYet: RegExp } | undefined;
function patterns() {
  compiled ??= { confirmation: CONFIRMATION_SOURCES.map(words), notYet: words(NOT_YET_SOURCE) };
  return compiled;
}

/** Newsletter / job-alert / account language: a "Thanks" that is not an application. */
export const NOT_AN_APPLICATION: RegExp =
  /\b(?:job alerts?|newsletter|subscri(?:be|bed|bing|ption)|talent (?:community|network|pool)|e-?mail alerts?|account (?:created|has been created)|verify your e-?mail|Jobabo|Job-?Alert|alerte emploi|alerta de empleo|vacature-?alert)\b/i;

const CONFIRMATION_HEADING = /^(?:thank(?:s| you)\b|success!?$|applied!?$|application (?:sent|submitted|received|complete))/i;

/** A heading or title that is a confirmation message, not the name of a job. */
export function isConfirmationHeading(text: string): boolean {
  return CONFIRMATION_HEADING.test(text.trim()) || (CONFIRMATION_WORD.test(text) && isApplicationConfirmation(text));
}

/**
 * A cheap first look: every confirmation pattern contains one of these words. Job titles are read on
 * every page, the full patterns only run when one of these is in the title.
 */
const CONFIRMATION_WORD = /appl|bewerb|candidat|solicitud|postulaci|sollicitatie|thank|danke|merci|grazie/i;

/** A promise or an instruction ("will be submitted after the last step"), not a confirmation. */
export function isNotYet(text: string): boolean {
  return patterns().notYet.test(text);
}

/** True when `text` reads like an application confirmation and not like a newsletter/alert sign-up or a promise. */
export function isApplicationConfirmation(text: string): boolean {
  if (!text || NOT_AN_APPLICATION.test(text) || isNotYet(text)) return false;
  return patterns().confirmation.some((re) => re.test(text));
}

/** Validation-error markers common to forms (ARIA first). */
export const FORM_ERROR_SELECTORS: readonly string[] = [
  '[aria-invalid="true"]',
  '[role="alert"]:not(:empty)',
  '.field-error',
  '.error-message',
  '.invalid-feedback',
];

/** CAPTCHA widgets that are waiting for the user. */
export const CAPTCHA_SELECTORS: readonly string[] = [
  'iframe[src*="recaptcha/api2/bframe"]',
  'iframe[src*="hcaptcha.com"][title*="challenge" i]',
  '#challenge-stage',
  '[data-captcha-state="pending"]',
];

/** Form fields that still ask the user for something: text inside such a form is a label or a hint, not an outcome. */
export const ASKING_FIELDS = 'input[type="file"], input[type="email"], textarea';

/**
 * The first element text, among `selectors` (in order), that reads like an application confirmation
 * (see `isApplicationConfirmation`) and is shown (see `isShown`); '' when none. Skips text inside a form
 * that still asks for a file, an e-mail or a message (a hint next to the résumé field is not an outcome).
 * At most `maxReads` element reads.
 */
export function confirmationIn(root: ParentNode, selectors: readonly string[], maxReads = 120): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 15)) {
      if (++reads > maxReads) return '';
      if (el.closest('form')?.querySelector(ASKING_FIELDS)) continue;
      const t = textOf(el, 400);
      if (t && isApplicationConfirmation(t) && isShown(el)) return t;
    }
  }
  return '';
}

/**
 * Text of the first shown element among `selectors` matching `pattern`, or ''. Bounded like `confirmationIn`.
 * With `outsideForms`, elements inside a form that still asks for a file or an e-mail are skipped.
 */
export function textLike(root: ParentNode, selectors: readonly string[], pattern: RegExp, outsideForms = false, maxReads = 60): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 10)) {
      if (++reads > maxReads) return '';
      if (outsideForms && el.closest('form')?.querySelector('input[type="file"], input[type="email"]')) continue;
      const t = textOf(el, 400);
      if (t && pattern.test(t) && isShown(el)) return t;
    }
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Visibility: what is not shown is not evidence

type Visible = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/**
 * True when the element is shown to the user. In a browser with layout: `checkVisibility` (display,
 * content-visibility, visibility and opacity of it and its ancestors) and a non-zero box. Without layout
 * (jsdom, a document not rendered): the element and its ancestors must have no `hidden` attribute and
 * no computed `display:none` or `opacity:0`, and the element no computed `visibility:hidden`.
 * An element hidden, zero-sized or `display:none` is never evidence of a submission.
 */
export function isShown(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!el.isConnected) return false;
  const root = doc.documentElement.getBoundingClientRect();
  const hasLayout = root.width > 0 || root.height > 0;
  const v = el as Visible;
  if (hasLayout) {
    if (typeof v.checkVisibility === 'function') {
      if (!v.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    } else if (!shownByStyle(el)) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }
  return shownByStyle(el);
}

/** The computed style of an element; a document parsed apart (DOMParser) has no window of its own: use the global one. */
function styleOf(el: Element): CSSStyleDeclaration | undefined {
  const view = el.ownerDocument.defaultView ?? (typeof window === 'object' ? window : undefined);
  try {
    return view?.getComputedStyle(el);
  } catch {
    return undefined;
  }
}

function shownByStyle(el: Element): boolean {
  let depth = 0;
  for (let node: Element | null = el; node && depth < 60; node = node.parentElement, depth++) {
    if (node.hasAttribute('hidden')) return false;
    const style = styleOf(node);
    if (!style) continue;
    if (style.display === 'none' || style.opacity === '0') return false;
    if (node === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  }
  return true;
}

/** The first element matching any selector that is shown (see `isShown`), or null. */
export function firstShown(root: ParentNode, selectors: readonly string[], perSelector = 10): Element | null {
  for (const s of selectors) {
    for (const el of queryAll(root, s, perSelector)) if (isShown(el)) return el;
  }
  return null;
}

/** `signal` text for a confirmation: "text:" + the first 120 characters. */
export function textSignal(text: string): string {
  return `text:${cleanText(text, 120)}`;
}
