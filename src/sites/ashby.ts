/**
 * Ashby: a single-page app at jobs.ashbyhq.com/<org>/<uuid>[/application]. The URL does not change on
 * submit; the form is replaced by a success (or failure / blocked) container.
 */
import {
  confirmationIn,
  embeddedJson,
  exists,
  extractWith,
  fromDocTitle,
  fromJsonLd,
  fromText,
  getString,
  mapSource,
  pathSegments,
  nameFromSlug,
  stage,
  textOf,
  tidyCompany,
  type Source,
  fromSlug,
  source,
  firstShown,
} from './lib';
import type { SiteAdapter } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUCCESS = '.ashby-application-form-success-container';
const FAILURE = ['.ashby-application-form-failure-container', '.ashby-application-form-blocked-application-container'];
// Forms, not their file inputs: sites often hide the real file input behind a styled button.
const FORM = ['.ashby-application-form-container', 'form:has(input[type="file"])'];
const FORM_ERRORS = ['.ashby-application-form-container [aria-invalid="true"]', '[class*="ashby-application-form-field-entry"] [role="alert"]'];
const POSTING = ['.ashby-job-posting-heading', '.ashby-job-posting-header'];

function jobId(url: URL): string {
  return pathSegments(url).find((s) => UUID.test(s)) ?? '';
}

/** Ashby's `window.__appData`, parsed as text. */
const appData = (path: string[]): Source => source('structured', (doc) => getString(embeddedJson(doc, 'window.__appData'), path));

export const ashby: SiteAdapter = {
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
  detectStage(doc, url) {
    // The form wins on its own page: a success container beside a shown form is not a confirmation.
    const form = firstShown(doc, FORM) !== null;
    const success = form ? null : firstShown(doc, [SUCCESS]);
    if (success) return stage('submitted', `text:${textOf(success, 120) || 'success container'}`);
    for (const sel of FAILURE) if (firstShown(doc, [sel])) return stage('failed', sel.slice(1));
    if (form) {
      if (exists(doc, FORM_ERRORS)) return stage('form', 'form with validation errors');
      return stage('form', 'form:application');
    }
    // A default success screen without the container class (older layouts).
    const text = confirmationIn(doc, ['[role="status"]', 'main h2', 'main p'], 20);
    if (text && !firstShown(doc, ['form'])) return stage('submitted', `text:${text.slice(0, 120)}`);
    if (exists(doc, POSTING) || jobId(url)) return stage('posting', 'posting heading');
    return stage('none', 'job board');
  },
  extract(doc, url) {
    const org = pathSegments(url)[0] ?? '';
    const id = jobId(url);
    return extractWith(doc, url, {
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
    });
  },
};
