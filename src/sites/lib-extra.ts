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
  confirmationIn,
  exists,
  isNotYet,
  isShown,
  query,
  queryAll,
  stage,
  textLike,
  textOf,
} from './lib';
import type { Extraction, StageResult } from './types';

/** An e-mail (or code) still has to be confirmed before the application counts. */
export const EMAIL_CONFIRMATION_PENDING =
  /\b(?:confirm|verify) your e-?mail\b|\b(?:enter|type) the (?:\d+-(?:digit|character) )?(?:code|security code) (?:we|that we) sent\b|\bbestätigen Sie Ihre E-?Mail|\bbestätige deine E-?Mail/i;

/** The page says the user applied before: not a new submission. */
export const ALREADY_APPLIED =
  /\balready (?:applied|submitted)\b|\byou(?:'ve| have) already\b[^.!?]{0,30}\bappl|\bapplied (?:on|\d+ (?:days?|weeks?|months?) ago)\b|\bbereits beworben\b/i;

/**
 * The usual checks on a page that shows an application form: a CAPTCHA waiting ('submitting'),
 * validation errors inside the form ('form'), otherwise undefined (the caller decides).
 */
export function formHold(doc: Document, form: Element): StageResult | undefined {
  if (exists(doc, CAPTCHA_SELECTORS)) return stage('submitting', 'captcha waiting');
  if (exists(form, FORM_ERROR_SELECTORS)) return stage('form', 'form with errors');
  return undefined;
}

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

/** The first application form among `selectors` that is shown, with the selector that found it. */
export function shownForm(doc: Document, selectors: readonly string[]): { form: Element; selector: string } | undefined {
  for (const selector of selectors) {
    for (const form of queryAll(doc, selector, 5)) if (isShown(form)) return { form, selector };
  }
  return undefined;
}

/**
 * Evidence first: an e-mail still to confirm ('submitting'); then the form wins on its own page (a
 * shown application form is 'form', CAPTCHA → 'submitting', whatever success element sits beside it);
 * then a confirmation path, a shown confirmation message, "already applied", the posting.
 */
export function detectByRecipe(doc: Document, url: URL, recipe: StageRecipe, hasJsonLdPosting: boolean): StageResult {
  if (!recipe.isJobPage(url)) return stage('none', 'not a job page');
  const pending = textLike(doc, recipe.pending ?? recipe.confirmation, EMAIL_CONFIRMATION_PENDING, true);
  if (pending) return stage('submitting', `email confirmation pending:${pending.slice(0, 100)}`);
  const shown = shownForm(doc, recipe.form);
  if (shown) return formHold(doc, shown.form) ?? stage('form', `form:${shown.selector}`);
  if (recipe.confirmationPath?.test(url.pathname)) return stage('submitted', `url:${url.pathname.slice(-60)}`);
  const confirmed = confirmationIn(doc, recipe.confirmation, 60);
  if (confirmed) return stage('submitted', `text:${confirmed.slice(0, 120)}`);
  const extra = recipe.extraConfirmation?.(doc, url);
  if (extra) return stage('submitted', `text:${extra.slice(0, 120)}`);
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
  return confirmationIn(doc, selectors, 60);
}

/** Off a job page (a list, a search, a home page) only the company can be known: no title, place or id. */
export function companyOnly(extraction: Extraction): Extraction {
  const fields = extraction.fields.company ? { company: extraction.fields.company } : {};
  return { company: extraction.company, title: '', location: '', url: extraction.url, fields };
}
