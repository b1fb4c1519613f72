/**
 * Ashby: a single-page app at jobs.ashbyhq.com/<org>/<uuid>[/application]. The URL does not change on
 * submit; the form is replaced by a success (or failure / blocked) container.
 */
import {
  embeddedJson,
  fromDocTitle,
  fromJsonLd,
  fromText,
  getString,
  mapSource,
  pathSegments,
  nameFromSlug,
  tidyCompany,
  type Source,
  fromSlug,
  source,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUCCESS = '.ashby-application-form-success-container';
const FAILURE = ['.ashby-application-form-failure-container', '.ashby-application-form-blocked-application-container'];
// Forms, not their file inputs: sites often hide the real file input behind a styled button.
const FORM = ['.ashby-application-form-container', 'form:has(input[type="file"])'];
const FORM_ERRORS = [
  '.ashby-application-form-container [aria-invalid="true"]',
  '[class*="ashby-application-form-field-entry"] [role="alert"]',
];
const POSTING = ['.ashby-job-posting-heading', '.ashby-job-posting-header'];

function jobId(url: URL): string {
  return pathSegments(url).find((s) => UUID.test(s)) ?? '';
}

/** Ashby's `window.__appData`, parsed as text. */
const appData = (path: string[]): Source => source('structured', (doc) => getString(embeddedJson(doc, 'window.__appData'), path));

/**
 * The form wins on its own page: a success container beside a shown form is not a confirmation. Older
 * layouts show a default success screen without the container class: its text counts when no form is shown.
 */
const recipe: StageRecipe = {
  success: { selectors: [SUCCESS], shown: true, signal: 'success container' },
  failure: { selectors: FAILURE, shown: true, signal: 'application failed or blocked' },
  form: FORM,
  captcha: { selectors: [], shown: false },
  formErrors: FORM_ERRORS,
  confirmation: ['[role="status"]', 'main h2', 'main p'],
  confirmationReads: 20,
  confirmationUnless: ['form'],
  jsonLd: false,
  posting: POSTING,
  postingPath: (url) => jobId(url) !== '',
  otherwise: { stage: 'none', signal: 'job board' },
};

export const ashby = defineSite({
  id: 'ashby',
  label: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  claims: (url) => url.hostname.toLowerCase() === 'jobs.ashbyhq.com',
  examples: {
    claims: [
      'https://jobs.ashbyhq.com/acme/7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'https://jobs.ashbyhq.com/acme/7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f/application',
    ],
    rejects: ['https://www.ashbyhq.com/customers', 'https://app.ashbyhq.com/home'],
  },
  spa: true,
  rest: { when: 'always', why: 'A single-page app: the address does not change on submit, success replaces the form in place.' },
  stage: recipe,
  fields(url) {
    const org = pathSegments(url)[0] ?? '';
    const id = jobId(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        appData(['organization', 'name']),
        fromDocTitle('company'),
        fromSlug(() => (org ? nameFromSlug(org) : '')),
      ],
      title: [fromJsonLd('title'), appData(['posting', 'title']), fromText('.ashby-job-posting-heading', 'h1'), fromDocTitle('title')],
      location: [fromJsonLd('location'), appData(['posting', 'locationName'])],
      jobId: [() => id, appData(['posting', 'id'])],
      url: [() => (org && id ? `https://jobs.ashbyhq.com/${org}/${id}` : '')],
    };
  },
});
