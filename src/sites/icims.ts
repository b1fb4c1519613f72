/**
 * iCIMS: `careers-<co>.icims.com/jobs/<id>/<slug>/job` (posting), `…/login` (e-mail gate) and
 * `…/candidate…` (profile and questions). The career page is usually a shell around
 * `iframe#icims_content_iframe` (same host, `?in_iframe=1`) where the posting, form and confirmation live;
 * the content script runs in all frames, so the shell itself reports nothing and the frame does.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import {
  docTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  query,
  queryAll,
  stage,
  textOf,
  tidyCompany,
  fromSlug,
  source,
  nameFromSlug,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const JOB_PATH = /^\/jobs\/(\d+)(?:\/[^/]*)?(?:\/(?:job|login|candidate|apply)(?:\/[^/]*)?)?\/?$/i;
const NOT_COMPANIES = new Set(['www', 'cdn', 'api', 'developer', 'community', 'care', 'support', 'login', 'status']);

function jobIdOf(url: URL): string {
  return JOB_PATH.exec(url.pathname)?.[1] ?? '';
}

function companySlug(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (!host.endsWith('.icims.com')) return '';
  const first = host.slice(0, -'.icims.com'.length).split('.')[0] ?? '';
  if (NOT_COMPANIES.has(first)) return '';
  return first.replace(/^(?:[a-z]*careers|jobs|external|internal|apply\d*|portal|hourly)-/, '');
}

/** The shell page around the iCIMS frame: little of its own, the frame does the work. */
function isShell(doc: Document): boolean {
  return query(doc, 'iframe#icims_content_iframe') !== null && query(doc, '.iCIMS_MainWrapper, .iCIMS_JobContent, form') === null;
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '.iCIMS_InfoMsg_Success',
  '[class*="iCIMS_InfoMsg"]',
  '#iCIMS_Confirmation',
  '.iCIMS_MainWrapper [role="status"]',
  '.iCIMS_MainWrapper [role="alert"]',
  '.iCIMS_MainWrapper h1',
  '.iCIMS_MainWrapper h2',
  '[role="status"]',
  'h1',
  'h2',
];

const recipe: StageRecipe = {
  // The shell reports nothing: the content frame (a page of its own) does.
  hook: (doc) => (isShell(doc) ? stage('none', 'iCIMS shell: the content frame reports') : undefined),
  isJobPage: (url) => jobIdOf(url) !== '',
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: [
    '#iCIMS_ApplicantProfile form',
    'form#cp_form',
    'form[action*="/candidate"]',
    'form.iCIMS_Forms:has(input[type="file"])',
    '#enterEmailForm',
    'form[action*="/login"]',
    'form:has(input[type="file"])',
  ],
  posting: ['.iCIMS_JobContent', '.iCIMS_JobHeaderGroup', 'a.iCIMS_ApplyOnlineButton', 'a[href*="mode=apply"]', '.iCIMS_Header'],
};

/** "Job Locations: US-CA-San Jose" in the header groups (`dt`/`dd` or label/value spans). */
function headerField(doc: Document, label: RegExp): string {
  for (const group of queryAll(doc, '.iCIMS_JobHeaderTag, .iCIMS_JobHeaderGroup > div, .header.left, .header.right', 30)) {
    const key = query(group, 'dt, .iCIMS_JobHeaderField, .field-label, span:first-child');
    if (!key || !label.test(textOf(key, 80))) continue;
    const value = query(group, 'dd, .iCIMS_JobHeaderData, span:not(.field-label):last-child');
    if (value && value !== key) return textOf(value, LIMITS.location);
  }
  return '';
}

/** "Software Engineer in San Jose, CA | Careers at Acme" */
function titleParts(doc: Document): { title: string; company: string } {
  const m = /^(.+?)(?:\s+in\s+[^|]+)?\s*\|\s*(?:Careers|Jobs) at\s+(.+)$/i.exec(docTitle(doc));
  return m ? { title: cleanText(m[1], LIMITS.title), company: cleanText(m[2], LIMITS.company) } : { title: '', company: '' };
}

export const icims = defineSite({
  id: 'icims',
  label: 'iCIMS',
  matches: ['https://*.icims.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => companySlug(url) !== '',
  examples: {
    claims: [
      'https://careers-acme.icims.com/jobs/12345/software-engineer/job',
      'https://careers-acme.icims.com/jobs/12345/software-engineer/job?in_iframe=1',
      'https://careers-acme.icims.com/jobs/12345/software-engineer/login',
      'https://careers-acme.icims.com/jobs/12345/software-engineer/candidate?from=login&in_iframe=1',
    ],
    rejects: ['https://www.icims.com/jobs/12345/x/job', 'https://cdn.icims.com/platform/icims.js', 'https://icims.com/'],
  },
  spa: false,
  stage: recipe,
  fields(url) {
    const id = jobIdOf(url);
    const seg = pathSegments(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(companySlug(url))),
      ],
      title: [
        fromJsonLd('title'),
        fromText('.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobHeaderTitle', '.iCIMS_MainWrapper h1'),
        fromMeta('og:title'),
        source('title', (d) => titleParts(d).title),
      ],
      location: [fromJsonLd('location'), source('labelled', (d) => headerField(d, /location/i))],
      jobId: [() => id],
      url: [
        () =>
          id
            ? `https://${url.hostname.toLowerCase()}/jobs/${id}/${seg[2] && !/^(?:job|login|candidate|apply)$/i.test(seg[2]) ? `${seg[2]}/` : ''}job`
            : '',
      ],
    };
  },
});
