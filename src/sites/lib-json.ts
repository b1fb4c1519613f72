/**
 * JSON-LD JobPostings and app data embedded in inline scripts, parsed as text (never executed), bounded.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import { queryAll } from './lib-dom';
import { isRecord } from '../core/guards';

/** Longest script text we try to parse as JSON (JSON-LD or embedded app data). */
export const MAX_JSON_CHARS = 1_000_000;
/** Most scripts of one kind we look at on a page. */
export const MAX_SCRIPTS = 50;

// ---------------------------------------------------------------------------------------------
// JSON-LD and embedded JSON

export interface JobPostingData {
  title: string;
  company: string;
  location: string;
  jobId: string;
  url: string;
}

/** Parse JSON quietly: undefined for malformed or oversized input. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Some sites put raw newlines/tabs inside strings; try once with them escaped as spaces.
    try {
      return JSON.parse(text.replace(/\p{Cc}+/gu, ' ')) as unknown;
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
