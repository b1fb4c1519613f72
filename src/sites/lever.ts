/**
 * Lever: posting `/<org>/<uuid>`, form `/<org>/<uuid>/apply`, success `/<org>/<uuid>/thanks`.
 */
import {
  exists,
  extractWith,
  fromAttr,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  nameFromSlug,
  stage,
  textMatching,
  tidyCompany,
  fromSlug,
  firstShown,
} from './lib';
import type { SiteAdapter } from './types';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FORM = ['#application-form', 'form[action*="/apply"]', '[data-qa="btn-submit"]', 'button#btn-submit'];
const FORM_ERRORS = ['#application-form .error-message:not(:empty)', '[data-qa="error-message"]', '.application-error:not(:empty)', '#application-form [aria-invalid="true"]'];
const CAPTCHA = ['#h-captcha iframe[src*="challenge"]', '.h-captcha[data-state="challenge"]'];
const POSTING = ['.posting-headline', '[data-qa="posting-name"]', '.posting-page'];

function jobId(url: URL): string {
  return pathSegments(url).find((s) => UUID.test(s)) ?? '';
}

export const lever: SiteAdapter = {
  id: 'lever',
  label: 'Lever',
  matches: HOSTS.map((h) => `https://${h}/*`),
  claims: (url) => HOSTS.includes(url.hostname.toLowerCase()),
  examples: {
    claims: [
      'https://jobs.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
      'https://jobs.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b/apply',
      'https://jobs.eu.lever.co/acme/0b5e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b/thanks',
    ],
    rejects: ['https://www.lever.co/', 'https://hire.lever.co/interviews', 'https://jobs.lever.co.example.org/acme'],
  },
  spa: false,
  detectStage(doc, url) {
    // The form wins on its own page: a success message beside a live form (hidden or not) is no confirmation.
    const form = firstShown(doc, FORM) !== null;
    if (!form) {
      const success = textMatching(doc, ['[data-qa="msg-submit-success"]'], /\S/);
      if (success) return stage('submitted', `text:${success.slice(0, 120)}`);
    }
    if (firstShown(doc, ['.application-already-received'])) return stage('failed', 'already applied');
    if (/\/thanks\/?$/.test(url.pathname) && !form) return stage('submitted', 'url:/thanks');
    if (form) {
      if (firstShown(doc, CAPTCHA)) return stage('submitting', 'captcha waiting');
      if (firstShown(doc, FORM_ERRORS)) return stage('form', 'form with validation errors');
      return stage('form', 'form:#application-form');
    }
    if (jobId(url) && exists(doc, POSTING)) return stage('posting', 'posting headline');
    if (jobId(url)) return stage('posting', 'url:/<org>/<uuid>');
    return stage('none', 'job list');
  },
  extract(doc, url) {
    const org = pathSegments(url)[0] ?? '';
    const id = jobId(url);
    return extractWith(doc, url, {
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
    });
  },
};
