/**
 * Names read from document titles, addresses and hosts: splitting "Title - Company", tidying company
 * names, spelling out slugs.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import { stripStepSuffix } from '../core/step-phrases';

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
    return options.dashCompany === 'left' ? { title: m[2]!.trim(), company: m[1]!.trim() } : { title: m[1]!.trim(), company: m[2]!.trim() };
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
