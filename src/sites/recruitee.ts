/**
 * Recruitee: offers at `<co>.recruitee.com/o/<slug>` (optionally `/l/<lang>/o/<slug>`), the form at
 * `…/c/new`, and after sending a thank-you message in place of the form (single-page careers site).
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
  HEADLINE_SCOPES,
} from './lib';
import { subdomainOf } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const OFFER = /^(?:\/l\/[a-z]{2}(?:-[a-z]{2})?)?\/o\/([^/]+)(?:\/c\/new(?:\/[a-z-]*)?)?\/?$/i;
const NOT_COMPANIES = new Set(['app', 'api', 'www', 'careers', 'support', 'help', 'status', 'blog']);

function company(url: URL): string {
  const sub = subdomainOf(url.hostname, 'recruitee.com');
  return sub && !NOT_COMPANIES.has(sub) ? sub : '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '[data-testid*="success" i]',
  '[data-testid*="thank" i]',
  '[class*="thank" i] h1',
  '[class*="thank" i] h2',
  '[class*="success" i] h1',
  '[class*="success" i] h2',
  ...HEADLINE_SCOPES,
];

const recipe: StageRecipe = {
  isJobPage: (url) => OFFER.test(url.pathname),
  confirmationPath: /\/c\/new\/(?:thank-?you|thanks|success|confirmation)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: [
    'form[data-testid*="application" i]',
    'form#offer-application-form',
    'form[action*="/c"]:has(input[type="file"])',
    'form:has(input[type="file"])',
    'form:has(input[type="email"])',
  ],
  posting: ['[data-testid*="offer" i]', 'a[href$="/c/new"]', 'main h1'],
};

/** Titles read "<Title> - <Company>" (sometimes with " - Careers"). */
function titleParts(doc: Document): { title: string; company: string } {
  const t = docTitle(doc).replace(/\s*[-–|]\s*(?:Careers|Jobs|Karriere)\s*$/i, '');
  return titleThenCompany(t);
}

export const recruitee = defineSite({
  id: 'recruitee',
  label: 'Recruitee',
  matches: ['https://*.recruitee.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.recruitee.com/o/senior-product-designer',
      'https://acme.recruitee.com/o/senior-product-designer/c/new',
      'https://acme.recruitee.com/l/en/o/senior-product-designer',
    ],
    rejects: ['https://app.recruitee.com/o/senior-product-designer', 'https://recruitee.com/o/x', 'https://www.recruitee.com/'],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const slug = OFFER.exec(url.pathname)?.[1] ?? '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromAttr('alt', 'header img[alt]', 'nav img[alt]'), (v) => tidyCompany(v.replace(/\s*logo$/i, ''))),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(company(url))),
      ],
      title: [
        fromJsonLd('title'),
        fromText('[data-testid="offer-title"]', '[data-testid*="job-title" i]'),
        fromText('main h1', 'h1'),
        fromMeta('og:title'),
        source('title', (d) => titleParts(d).title),
      ],
      location: [
        fromJsonLd('location'),
        fromText('[data-testid="offer-location"]', '[data-testid*="location" i]', '[class*="location" i]'),
      ],
      jobId: [() => slug],
      url: [() => (slug ? `https://${url.hostname.toLowerCase()}/o/${slug}` : '')],
    };
  },
});
