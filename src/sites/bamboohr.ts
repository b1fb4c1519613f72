/**
 * BambooHR: a single-page careers site at `<co>.bamboohr.com/careers/<id>` (older boards:
 * `/jobs/view.php?id=<id>`). "Apply for This Job" opens the form on the same page (or at `…/apply`);
 * after sending, the form is replaced by an "Application submitted" / "Thanks for applying" message.
 */
import {
  docTitle,
  fromAttr,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  tidyCompany,
  fromSlug,
  source,
  nameFromSlug,
  HEADLINE_SCOPES,
} from './lib';
import { labelledValue, subdomainOf } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const CAREERS = /^\/careers\/(\d+)(?:\/(?:apply|application|thank-?you|thanks|success|confirmation))?\/?$/i;
const NOT_COMPANIES = new Set(['api', 'app', 'help', 'partners', 'marketplace', 'status', 'www', 'go', 'resources']);

function company(url: URL): string {
  const sub = subdomainOf(url.hostname, 'bamboohr.com');
  return sub && !NOT_COMPANIES.has(sub) ? sub : '';
}

function jobId(url: URL): string {
  const m = CAREERS.exec(url.pathname);
  if (m) return m[1] ?? '';
  if (/^\/jobs\/view\.php$/i.test(url.pathname)) return /^\d+$/.exec(url.searchParams.get('id') ?? '')?.[0] ?? '';
  return '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '[data-testid*="success" i]',
  '[data-testid*="confirmation" i]',
  '[class*="ApplicationSuccess" i]',
  '[class*="success" i] h2',
  '[class*="success" i] h1',
  ...HEADLINE_SCOPES,
];

const recipe: StageRecipe = {
  isJobPage: (url) => jobId(url) !== '',
  confirmationPath: /^\/careers\/\d+\/(?:thank-?you|thanks|success|confirmation)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: [
    'form#applicationForm',
    'form[class*="ApplicationForm" i]',
    'form[action*="/careers/"]:has(input[type="file"])',
    'form:has(input[type="file"])',
  ],
  posting: ['[class*="jss-" i] h2', '#positionTitle', 'a[href*="/apply"]', 'button[data-testid*="apply" i]', 'main h2'],
};

/** BambooHR titles read "<Title> - <Company>" or "<Company> - Careers". */
function titleCompany(doc: Document): string {
  const m = /^(.+?) [-–|] (.+)$/.exec(docTitle(doc));
  if (!m) return '';
  if (/^careers$/i.test(m[2] ?? '')) return m[1] ?? '';
  if (/^careers$/i.test(m[1] ?? '')) return m[2] ?? '';
  return m[2] ?? '';
}

export const bamboohr = defineSite({
  id: 'bamboohr',
  label: 'BambooHR',
  matches: ['https://*.bamboohr.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.bamboohr.com/careers/42',
      'https://acme.bamboohr.com/careers/42?source=aWQ9MTA%3D',
      'https://acme.bamboohr.com/careers/42/apply',
      'https://acme.bamboohr.com/jobs/view.php?id=42',
    ],
    rejects: [
      'https://www.bamboohr.com/careers/42',
      'https://bamboohr.com/careers/42',
      'https://api.bamboohr.com/api/gateway.php/acme/v1/jobs',
    ],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const id = jobId(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromAttr('alt', 'header img[alt]', '[class*="logo" i] img[alt]'), (v) =>
          tidyCompany(v.replace(/\s*(?:company\s*)?logo$/i, '')),
        ),
        source('title', (d) => tidyCompany(titleCompany(d))),
        fromSlug(() => nameFromSlug(company(url))),
      ],
      title: [
        fromJsonLd('title'),
        fromText('#positionTitle', '[data-testid="job-title"]'),
        // The first heading (a confirmation that replaced the posting is passed over by extractWith).
        fromText('main h2', 'main h1', 'h2', 'h1'),
        fromMeta('og:title'),
        fromDocTitle('title'),
      ],
      location: [
        fromJsonLd('location'),
        fromText('#positionLocation', '[data-testid="job-location"]'),
        source('labelled', (d) => labelledValue(d, /^location$/i)),
      ],
      jobId: [() => id],
      url: [() => (id ? `https://${url.hostname.toLowerCase()}/careers/${id}` : '')],
    };
  },
});
