/**
 * Helpers shared by the adapters of the smaller applicant-tracking systems (BambooHR, Breezy, iCIMS,
 * JazzHR, Jobvite, Personio, Recruitee, SmartRecruiters, Teamtailor, Wellfound, ZipRecruiter).
 * They build on `lib.ts` and stay as cheap as it: a few querySelector calls and short text reads of
 * named elements, never the whole document's text.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import {
  CAPTCHA_SELECTORS,
  FORM_ERROR_SELECTORS,
  NOT_AN_APPLICATION,
  exists,
  isApplicationConfirmation,
  isNotYet,
  query,
  queryAll,
  stage,
  textOf,
} from './lib';
import type { Extraction, StageResult } from './types';

/** Most elements read while looking for a confirmation message. */
const MAX_CONFIRMATION_READS = 60;

/**
 * The text of the first element (among `selectors`, in order) that reads as an application confirmation,
 * skipping elements inside a form that still asks for a file or an e-mail (labels and hints, not outcomes).
 * Returns '' when none does.
 */
export function confirmationIn(root: ParentNode, selectors: readonly string[]): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 10)) {
      if (++reads > MAX_CONFIRMATION_READS) return '';
      const form = el.closest('form');
      if (form && query(form, 'input[type="file"], input[type="email"], textarea')) continue;
      const t = textOf(el, 400);
      if (t && !isNotYet(t) && isApplicationConfirmation(t)) return t;
    }
  }
  return '';
}

/** An e-mail (or code) still has to be confirmed before the application counts. */
export const EMAIL_CONFIRMATION_PENDING =
  /\b(?:confirm|verify) your e-?mail\b|\b(?:enter|type) the (?:\d+-(?:digit|character) )?(?:code|security code) (?:we|that we) sent\b|\bbestätigen Sie Ihre E-?Mail|\bbestätige deine E-?Mail/i;

/** The page says the user applied before: not a new submission. */
export const ALREADY_APPLIED =
  /\balready (?:applied|submitted)\b|\byou(?:'ve| have) already\b[^.!?]{0,30}\bappl|\bapplied (?:on|\d+ (?:days?|weeks?|months?) ago)\b|\bbereits beworben\b/i;

/**
 * Text of the first element among `selectors` matching `pattern`, or ''. Bounded like `confirmationIn`.
 * With `outsideForms`, elements inside a form that still has fields are skipped (labels, not messages); a form asking only for a code is kept.
 */
export function textLike(root: ParentNode, selectors: readonly string[], pattern: RegExp, outsideForms = false): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 10)) {
      if (++reads > MAX_CONFIRMATION_READS) return '';
      if (outsideForms && el.closest('form')?.querySelector('input[type="file"], input[type="email"]')) continue;
      const t = textOf(el, 400);
      if (t && pattern.test(t)) return t;
    }
  }
  return '';
}

/**
 * The usual checks on a page that shows an application form: a CAPTCHA waiting ('submitting'),
 * validation errors inside the form ('form'), otherwise undefined (the caller decides).
 */
export function formHold(doc: Document, form: Element): StageResult | undefined {
  if (exists(doc, CAPTCHA_SELECTORS)) return stage('submitting', 'captcha waiting');
  if (exists(form, FORM_ERROR_SELECTORS)) return stage('form', 'form with errors');
  return undefined;
}

/** Hidden by markup (not by stylesheet: that would need layout): `hidden`, `aria-hidden`, inline display:none. */
export function isHidden(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"], [style*="display: none" i], [style*="display:none" i]') !== null;
}

/** "acme" for acme.breezy.hr and domain "breezy.hr"; '' for the bare domain, www, or deeper names. */
export function subdomainOf(host: string, domain: string): string {
  const h = host.toLowerCase();
  if (!h.endsWith('.' + domain)) return '';
  const sub = h.slice(0, -domain.length - 1);
  if (!sub || sub === 'www' || sub.includes('.')) return '';
  return sub;
}

/** "BoschGroup" → "Bosch Group", "ACMECorp" → "ACME Corp", "acme-corp" → "Acme Corp". Last resort only. */
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

/**
 * "<Title> - <Company>" (or "–", "|"), the document title of most hosted career pages: the last
 * separator divides them. A title without one is all job title.
 */
export function titleThenCompany(raw: string): { title: string; company: string } {
  const m = /^(.+) [-–|] (.+)$/.exec(raw);
  return m ? { title: m[1]!, company: m[2]! } : { title: raw, company: '' };
}

/** Remove a trailing site name ("… | SmartRecruiters", "… • Wellfound") from a document title. */
export function withoutSiteSuffix(title: string, site: RegExp): string {
  return cleanText(title.replace(site, ''), 500);
}

/** True when a short text is a newsletter / job-alert / account message rather than an application. */
export function isNotAnApplication(text: string): boolean {
  return NOT_AN_APPLICATION.test(text);
}

/** How one site shows its stages; `detectByRecipe` reads them in a fixed, evidence-first order. */
export interface StageRecipe {
  /** False for pages that are not about one job (search, lists, accounts): stage 'none'. */
  isJobPage: (url: URL) => boolean;
  /** A path that only exists after a successful submission. */
  confirmationPath?: RegExp;
  /** Elements that carry the site's confirmation message, most specific first. */
  confirmation: readonly string[];
  /** Elements that may say an e-mail must still be confirmed (defaults to `confirmation`). */
  pending?: readonly string[];
  /** A site-specific confirmation (e.g. a short "Applied!" toast), checked right after `confirmation`. */
  extraConfirmation?: (doc: Document, url: URL) => string;
  /** The application form, most specific first. */
  form: readonly string[];
  /** Elements that say the user applied before (only read when no form is shown). */
  alreadyApplied?: readonly string[];
  /** What those elements say when the user applied before (default `ALREADY_APPLIED`). */
  alreadyAppliedText?: RegExp;
  /** Markers of a job posting (besides a JSON-LD JobPosting). */
  posting: readonly string[];
  /** Hook for the site's own late checks (e.g. a form path without a rendered form yet). */
  fallback?: (doc: Document, url: URL) => StageResult | undefined;
}

/**
 * Evidence first: a confirmation path, an e-mail still to confirm ('submitting'), a confirmation
 * message, then the form (CAPTCHA → 'submitting', errors → 'form'), "already applied", the posting.
 */
export function detectByRecipe(doc: Document, url: URL, recipe: StageRecipe, hasJsonLdPosting: boolean): StageResult {
  if (!recipe.isJobPage(url)) return stage('none', 'not a job page');
  if (recipe.confirmationPath?.test(url.pathname)) return stage('submitted', `url:${url.pathname.slice(-60)}`);
  const pending = textLike(doc, recipe.pending ?? recipe.confirmation, EMAIL_CONFIRMATION_PENDING, true);
  if (pending) return stage('submitting', `email confirmation pending:${pending.slice(0, 100)}`);
  const confirmed = confirmationIn(doc, recipe.confirmation);
  if (confirmed) return stage('submitted', `text:${confirmed.slice(0, 120)}`);
  const extra = recipe.extraConfirmation?.(doc, url);
  if (extra) return stage('submitted', `text:${extra.slice(0, 120)}`);
  for (const s of recipe.form) {
    const form = query(doc, s);
    if (!form || isHidden(form)) continue;
    return formHold(doc, form) ?? stage('form', `form:${s}`);
  }
  if (recipe.alreadyApplied) {
    const already = textLike(doc, recipe.alreadyApplied, recipe.alreadyAppliedText ?? ALREADY_APPLIED);
    if (already) return stage('posting', `already applied:${already.slice(0, 80)}`);
  }
  const late = recipe.fallback?.(doc, url);
  if (late) return late;
  if (hasJsonLdPosting) return stage('posting', 'json-ld:JobPosting');
  for (const s of recipe.posting) if (query(doc, s)) return stage('posting', `posting:${s}`);
  return stage('none', 'no posting, form or confirmation');
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
  return confirmationIn(doc, selectors);
}

/** Off a job page (a list, a search, a home page) only the company can be known: no title, place or id. */
export function companyOnly(extraction: Extraction): Extraction {
  return { company: extraction.company, title: '', location: '', url: extraction.url };
}

/** A heading read as a job title, unless it is the confirmation message that replaced the posting. */
export function notConfirmation(value: string): string {
  return isApplicationConfirmation(value) || SHORT_APPLIED.test(value) ? '' : value;
}
