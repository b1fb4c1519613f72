/**
 * Lever: posting `/<org>/<uuid>`, form `/<org>/<uuid>/apply`, success `/<org>/<uuid>/thanks`.
 */
import {
  fromAttr,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  nameFromSlug,
  tidyCompany,
  fromSlug,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FORM = ['#application-form', 'form[action*="/apply"]', '[data-qa="btn-submit"]', 'button#btn-submit'];
const FORM_ERRORS = [
  '#application-form .error-message:not(:empty)',
  '[data-qa="error-message"]',
  '.application-error:not(:empty)',
  '#application-form [aria-invalid="true"]',
];
const CAPTCHA = ['#h-captcha iframe[src*="challenge"]', '.h-captcha[data-state="challenge"]'];

function jobId(url: URL): string {
  return pathSegments(url).find((s) => UUID.test(s)) ?? '';
}

/** The form wins on its own page: a success message beside a live form (hidden or not) is no confirmation. */
const recipe: StageRecipe = {
  success: { selectors: ['[data-qa="msg-submit-success"]'], shown: true, needsText: true, signal: 'success message' },
  failure: { selectors: ['.application-already-received'], shown: true, signal: 'already applied' },
  form: FORM,
  captcha: { selectors: CAPTCHA, shown: true },
  formErrors: FORM_ERRORS,
  confirmationPath: /\/thanks\/?$/,
  confirmation: [],
  jsonLd: false,
  posting: [],
  postingPath: (url) => jobId(url) !== '',
  otherwise: { stage: 'none', signal: 'job list' },
};

export const lever = defineSite({
  id: 'lever',
  label: 'Lever',
  hosts: HOSTS,
  examples: {
    claims: [
      'https://jobs.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
      'https://jobs.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b/apply',
      'https://jobs.eu.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b/thanks',
    ],
    rejects: ['https://www.lever.co/', 'https://hire.lever.co/interviews', 'https://jobs.lever.co.example.org/acme'],
  },
  spa: false,
  stage: recipe,
  fields(url) {
    const org = pathSegments(url)[0] ?? '';
    const id = jobId(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromAttr('alt', '.main-header-logo img', 'a.main-header-logo img'), (s) => s.replace(/\s+logo$/i, '')),
        mapSource(fromDocTitle('company', { dashCompany: 'left' }), tidyCompany),
        fromSlug(() => (org ? nameFromSlug(org) : '')),
      ],
      title: [
        fromJsonLd('title'),
        fromText('[data-qa="posting-name"]', '.posting-headline h2', '.posting-header h2'),
        mapSource(fromMeta('og:title'), (s) => s.replace(/^.+? - /, '')),
        fromDocTitle('title', { dashCompany: 'left' }),
      ],
      location: [
        fromText('.posting-categories .location', '[data-qa="posting-location"]', '.posting-category.location'),
        fromJsonLd('location'),
      ],
      jobId: [() => id],
      url: [() => (org && id ? `https://${url.hostname}/${org}/${id}` : '')],
    };
  },
});
