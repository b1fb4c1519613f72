/**
 * Breezy HR: postings at `<co>.breezy.hr/p/<id>-<slug>`, the form at `…/apply`, and after sending
 * "Application submitted" / "Thanks for applying" in place of the form.
 */
import {
  fromAttr,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  tidyCompany,
  fromSlug,
  nameFromSlug,
} from './lib';
import { subdomainOf } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const NOT_COMPANIES = new Set(['app', 'api', 'help', 'support', 'marketing', 'status', 'developer', 'assets', 'attachments']);
const POSITION = /^\/p\/[a-z0-9]{6,}(?:-[^/]*)?(?:\/apply(?:\/[a-z-]*)?)?\/?$/i;

function company(url: URL): string {
  const sub = subdomainOf(url.hostname, 'breezy.hr');
  return sub && !NOT_COMPANIES.has(sub) ? sub : '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '.application-submitted',
  '.apply-success',
  '[class*="success" i] h1',
  '[class*="success" i] h2',
  '[role="status"]',
  '[role="alert"]',
  '.application h1',
  '.application h2',
  'main h1',
  'main h2',
  'h1',
  'h2',
];

const recipe: StageRecipe = {
  isJobPage: (url) => POSITION.test(url.pathname),
  confirmationPath: /\/apply\/(?:thank-?you|thanks|success|submitted|confirmation)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: ['form[name="applicationForm"]', 'form.application-form', '#application-form', 'form:has(input[type="file"])'],
  posting: ['.banner h1', '.position-header h1', 'a.apply[href*="/apply"]', '.description'],
};

export const breezy = defineSite({
  id: 'breezy',
  label: 'Breezy HR',
  matches: ['https://*.breezy.hr/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.breezy.hr/p/49c5370a8473-senior-backend-engineer',
      'https://acme.breezy.hr/p/49c5370a8473-senior-backend-engineer/apply',
      'https://acme.breezy.hr/p/49c5370a8473',
    ],
    rejects: ['https://app.breezy.hr/p/49c5370a8473-x', 'https://breezy.hr/p/49c5370a8473-x', 'https://www.breezy.hr/'],
  },
  spa: true,
  stage: recipe,
  fields() {
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromAttr('alt', '.brand img[alt]', 'header .logo img[alt]'), (v) => tidyCompany(v.replace(/\s*logo$/i, ''))),
        mapSource(fromDocTitle('company'), tidyCompany),
        fromSlug((_doc, u) => nameFromSlug(company(u))),
      ],
      title: [
        fromJsonLd('title'),
        fromText('.banner h1', '.position-header h1'),
        fromText('main h1', 'h1'),
        fromMeta('og:title'),
        fromDocTitle('title'),
      ],
      location: [fromJsonLd('location'), fromText('.meta .location span', '.meta .location', 'li.location')],
      jobId: [fromJsonLd('jobId'), (_doc, u) => /^[a-z0-9]{6,}/i.exec(pathSegments(u)[1] ?? '')?.[0]],
      url: [(_doc, u) => (POSITION.test(u.pathname) ? `${u.origin}/p/${pathSegments(u)[1] ?? ''}` : '')],
    };
  },
});
