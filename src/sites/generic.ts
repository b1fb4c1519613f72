/**
 * The opt-in detector for any site without its own adapter: a JSON-LD JobPosting or an application
 * form (a file input for the résumé and a submit button), then a confirmation in one of seven languages.
 */
import {
  docTitle,
  exists,
  extractWith,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  hasJobPosting,
  isApplicationConfirmation,
  NOT_AN_APPLICATION,
  mapSource,
  confirmationIn,
  textSignal,
  stage,
  tidyCompany,
  FORM_ERROR_SELECTORS,
  CAPTCHA_SELECTORS,
  source,
  isShown,
  queryAll,
} from './lib';
import type { SiteAdapter, StageResult } from './types';

/** Elements that carry a confirmation message, in order; each read is short and bounded. */
const CONFIRMATION_SELECTORS = [
  '[role="status"]',
  '[role="alert"]',
  '[aria-live]',
  '[class*="success" i]',
  '[class*="confirm" i]',
  '[class*="thank" i]',
  '[id*="success" i]',
  '[id*="confirm" i]',
  '[id*="thank" i]',
  'main h1',
  'main h2',
  'h1',
  'h2',
  'main p',
];

const RESUME_FORM = 'form input[type="file"]';
const SUBMIT = 'form button[type="submit"], form input[type="submit"], form button:not([type])';

/** First confirmation text found on the page, or ''. At most 120 element reads. */
export function findConfirmation(doc: Document, selectors: readonly string[] = CONFIRMATION_SELECTORS): string {
  return confirmationIn(doc, selectors, 120);
}

/** A shown form with a file input (the résumé) and a submit button. */
function hasApplicationForm(doc: Document): boolean {
  for (const input of queryAll(doc, RESUME_FORM, 10)) {
    const form = input.closest('form');
    if (form && isShown(form) && exists(form, [SUBMIT.replace(/form /g, '')])) return true;
  }
  return false;
}

export function detectGenericStage(doc: Document): StageResult {
  const form = hasApplicationForm(doc);
  if (form) {
    if (exists(doc, CAPTCHA_SELECTORS)) return stage('submitting', 'captcha waiting');
    if (
      exists(
        doc,
        FORM_ERROR_SELECTORS.map((s) => `form ${s}`),
      )
    )
      return stage('form', 'form with errors');
  }
  // The form wins on its own page: a thank-you text beside a live application form is not a confirmation.
  const confirmation = form ? '' : findConfirmation(doc);
  if (confirmation) return stage('submitted', textSignal(confirmation));
  // A careers page that carries both a JobPosting and an inline form is still the posting: such pages
  // also host talent-pool and alert sign-ups with CV upload, so the form alone proves nothing.
  if (hasJobPosting(doc)) return stage('posting', form ? 'json-ld:JobPosting with inline form' : 'json-ld:JobPosting');
  if (form) return stage('form', 'form:file input + submit');
  return stage('none', 'no job posting or application form');
}

export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Other sites',
  matches: ['<all_urls>'],
  claims: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  examples: {
    claims: ['https://careers.example.com/jobs/123'],
    rejects: ['file:///home/user/job.html', 'chrome://extensions/'],
  },
  spa: true,
  detectStage: (doc) => detectGenericStage(doc),
  extract: (doc, url) =>
    extractWith(doc, url, {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromDocTitle('company', { dashCompany: 'right' }), tidyCompany),
      ],
      // A heading that announces an outcome ("Your application has been received") is not a job title.
      title: [
        fromJsonLd('title'),
        mapSource(fromText('main h1', 'h1'), notAnOutcome),
        fromMeta('og:title'),
        fromDocTitle('title'),
        source('title', (d) => docTitle(d)),
      ],
      location: [fromJsonLd('location')],
      jobId: [fromJsonLd('jobId')],
    }),
};

function notAnOutcome(text: string): string {
  return isApplicationConfirmation(text) || NOT_AN_APPLICATION.test(text) ? '' : text;
}
