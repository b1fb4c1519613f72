/**
 * Helpers shared by the adapters of the smaller applicant-tracking systems (BambooHR, Breezy, iCIMS,
 * JazzHR, Jobvite, Personio, Recruitee, SmartRecruiters, Teamtailor, Wellfound, ZipRecruiter).
 * They build on `lib.ts` and stay as cheap as it: a few querySelector calls and short text reads of
 * named elements, never the whole document's text.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import { NOT_AN_APPLICATION, confirmationIn, isNotYet, isShown, queryAll, textLike, textOf } from './lib';
import type { Extraction } from './types';

/** An e-mail (or code) still has to be confirmed before the application counts. */
export const EMAIL_CONFIRMATION_PENDING =
  /\b(?:confirm|verify) your e-?mail\b|\b(?:enter|type) the (?:\d+-(?:digit|character) )?(?:code|security code) (?:we|that we) sent\b|\bbestätigen Sie Ihre E-?Mail|\bbestätige deine E-?Mail/i;

/** The page says the user applied before: not a new submission. */
export const ALREADY_APPLIED =
  /\balready (?:applied|submitted)\b|\byou(?:'ve| have) already\b[^.!?]{0,30}\bappl|\bapplied (?:on|\d+ (?:days?|weeks?|months?) ago)\b|\bbereits beworben\b/i;

/** "acme" for acme.breezy.hr and domain "breezy.hr"; '' for the bare domain, www, or deeper names. */
export function subdomainOf(host: string, domain: string): string {
  const h = host.toLowerCase();
  if (!h.endsWith('.' + domain)) return '';
  const sub = h.slice(0, -domain.length - 1);
  if (!sub || sub === 'www' || sub.includes('.')) return '';
  return sub;
}

/** Remove a trailing site name ("… | SmartRecruiters", "… • Wellfound") from a document title. */
export function withoutSiteSuffix(title: string, site: RegExp): string {
  return cleanText(title.replace(site, ''), 500);
}

/** True when a short text is a newsletter / job-alert / account message rather than an application. */
export function isNotAnApplication(text: string): boolean {
  return NOT_AN_APPLICATION.test(text);
}

/** The first application form among `selectors` that is shown, with the selector that found it. */
export function shownForm(doc: Document, selectors: readonly string[]): { form: Element; selector: string } | undefined {
  for (const selector of selectors) {
    for (const form of queryAll(doc, selector, 5)) if (isShown(form)) return { form, selector };
  }
  return undefined;
}

/**
 * The value shown next to a short label such as "Location": the label is a `dt`, heading, `span` or `p`
 * whose whole text matches `label`; the value is its next element sibling (or the parent's next sibling).
 * Bounded: at most 200 short elements looked at.
 */
export function labelledValue(root: ParentNode, label: RegExp, max: number = LIMITS.location): string {
  for (const el of queryAll(root, 'dt, h3, h4, h5, span, p, div[class*="label" i], strong', 200)) {
    const raw = el.textContent ?? '';
    if (raw.length > 40 || !label.test(raw.trim())) continue;
    const value = el.nextElementSibling ?? el.parentElement?.nextElementSibling ?? null;
    const t = textOf(value, max);
    if (t) return t;
  }
  return '';
}

/** Short success notices of one-click applies: "Applied!", "Application sent", "Application submitted". */
export const SHORT_APPLIED = /^(?:✓\s*)?(?:applied|application (?:sent|submitted))(?:\s*[!.])?(?:\s|$)/i;

/** The text of a toast / status / dialog notice that reports a one-click application, or ''. */
export function appliedNotice(doc: Document, selectors: readonly string[]): string {
  const t = textLike(doc, selectors, SHORT_APPLIED, true);
  if (t && !isNotYet(t) && !ALREADY_APPLIED.test(t) && !NOT_AN_APPLICATION.test(t)) return t;
  return confirmationIn(doc, selectors, 60);
}

/** Off a job page (a list, a search, a home page) only the company can be known: no title, place or id. */
export function companyOnly(extraction: Extraction): Extraction {
  const fields = extraction.fields.company ? { company: extraction.fields.company } : {};
  return { company: extraction.company, title: '', location: '', url: extraction.url, fields };
}
