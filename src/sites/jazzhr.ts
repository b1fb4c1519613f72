/**
 * JazzHR (formerly The Resumator): postings with their form on `<co>.applytojob.com/apply/<id>/<slug>`;
 * after sending, a thank-you page (`…/apply/thanks` style) or message. Pages use `resumator-*` ids and classes.
 */
import {
  docTitle,
  fromAttr,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  tidyCompany,
  fromSlug,
  source,
  nameFromSlug,
  titleThenCompany,
} from './lib';
import { subdomainOf } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const JOB = /^\/apply\/([A-Za-z0-9]{5,})(?:\/([^/]*))?(?:\/(?:thanks|thank-?you|success|confirmation|submitted))?\/?$/i;
const NOT_COMPANIES = new Set(['app', 'api', 'help', 'www']);

function company(url: URL): string {
  const sub = subdomainOf(url.hostname, 'applytojob.com');
  return sub && !NOT_COMPANIES.has(sub) ? sub : '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '#resumator-confirmation',
  '.resumator-confirmation',
  '[id*="thank" i]',
  '.alert-success',
  '[role="status"]',
  '[role="alert"]',
  '#resumator-content h1',
  '#resumator-content h2',
  'main h1',
  'h1',
  'h2',
];

const recipe: StageRecipe = {
  isJobPage: (url) => JOB.test(url.pathname) || /^\/apply\/(?:thanks|thank-?you|success|confirmation)\/?$/i.test(url.pathname),
  confirmationPath: /^\/apply\/(?:[^/]+\/){0,2}(?:thanks|thank-?you|success|confirmation|submitted)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: [
    'form#resumator-application-form',
    'form[id*="application" i]',
    'form[action*="/apply/"]:has(input[type="file"])',
    'form:has(input[type="file"])',
  ],
  posting: ['#resumator-job-title', '.resumator-job-title', '#job-description', '.job-header'],
};

/** JazzHR titles read "<Title> - <Company>"; the job list reads "<Company> - Career Page". */
function titleParts(doc: Document): { title: string; company: string } {
  const raw = docTitle(doc);
  const board = /^(.+?)\s*[-–|]\s*Career Page\s*$/i.exec(raw);
  if (board) return { title: '', company: board[1]! };
  return titleThenCompany(raw);
}

export const jazzhr = defineSite({
  id: 'jazzhr',
  label: 'JazzHR',
  matches: ['https://*.applytojob.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.applytojob.com/apply/ATJ5001/Field-Occupancy-Evaluator',
      'https://acme.applytojob.com/apply/jZk3P9xQ2m/Senior-Accountant?source=Indeed',
      'https://acme.applytojob.com/apply/jZk3P9xQ2m/Senior-Accountant/thanks',
    ],
    rejects: ['https://www.applytojob.com/apply/jZk3P9xQ2m/x', 'https://app.applytojob.com/apply/jZk3P9xQ2m/x', 'https://applytojob.com/'],
  },
  spa: false,
  stage: recipe,
  fields(url) {
    const m = JOB.exec(url.pathname);
    const id = m && !/^(?:thanks|thank-?you|success|confirmation)$/i.test(m[1] ?? '') ? (m[1] ?? '') : '';
    const slug = m?.[2] && !/^(?:thanks|thank-?you|success|confirmation|submitted)$/i.test(m[2]) ? m[2] : '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromText('#resumator-company-name', '.company-name', '.brand-name'), tidyCompany),
        mapSource(fromAttr('alt', '#resumator-logo img[alt]', '.navbar-brand img[alt]', 'header img[alt]'), (v) =>
          tidyCompany(v.replace(/\s*logo$/i, '')),
        ),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(company(url))),
      ],
      title: [
        fromJsonLd('title'),
        fromText('#resumator-job-title', '.resumator-job-title', '.job-header h1'),
        fromText('main h1', 'h1'),
        fromMeta('og:title'),
        source('title', (d) => titleParts(d).title),
      ],
      location: [
        fromJsonLd('location'),
        fromText(
          '#resumator-job-location',
          '.resumator-job-location',
          '.job-header [title="Location"]',
          '.job-attributes-container .fa-map-marker + span',
        ),
      ],
      jobId: [() => id],
      url: [() => (id ? `https://${url.hostname.toLowerCase()}/apply/${id}${slug ? `/${slug}` : ''}` : '')],
    };
  },
});
