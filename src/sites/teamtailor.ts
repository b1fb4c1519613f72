/**
 * Teamtailor: postings at `<co>.teamtailor.com/jobs/<id>-<slug>` (optionally behind a locale such as
 * `/en-GB/`), the form at `…/applications/new`, and after sending a thank-you page or message.
 * "Connect" (talent community) sign-ups also say thanks and are not applications.
 */
import {
  docTitle,
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

const JOB = /^(?:\/[a-z]{2}(?:-[A-Za-z]{2})?)?\/jobs\/(\d+)(?:-([^/]*))?(?:\/applications(?:\/[^/]+)*)?\/?$/;
const NOT_COMPANIES = new Set(['app', 'api', 'www', 'support', 'career', 'status', 'docs']);

function company(url: URL): string {
  const sub = subdomainOf(url.hostname, 'teamtailor.com');
  return sub && !NOT_COMPANIES.has(sub) ? sub : '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '[data-test*="thank" i]',
  '[data-test*="success" i]',
  '[class*="thank" i] h1',
  '[class*="thank" i] h2',
  '[class*="success" i] h1',
  ...HEADLINE_SCOPES,
];

const recipe: StageRecipe = {
  isJobPage: (url) => JOB.test(url.pathname),
  confirmationPath: /\/applications\/(?:[^/]+\/)?(?:thank-?you|thanks|success|confirmation|done)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: ['form#new_candidate', 'form.new_candidate', 'form[action*="/applications"]', 'form:has(input[type="file"])'],
  posting: ['[data-controller*="job" i]', 'a[href*="/applications/new"]', 'main h1'],
};

/** Titles read "<Title> - <Company>". */
function titleParts(doc: Document): { title: string; company: string } {
  return titleThenCompany(docTitle(doc));
}

export const teamtailor = defineSite({
  id: 'teamtailor',
  label: 'Teamtailor',
  matches: ['https://*.teamtailor.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.teamtailor.com/jobs/4521876-backend-developer',
      'https://acme.teamtailor.com/jobs/4521876-backend-developer/applications/new',
      'https://acme.teamtailor.com/en-GB/jobs/4521876-backend-developer',
    ],
    rejects: ['https://app.teamtailor.com/jobs/4521876-x', 'https://www.teamtailor.com/', 'https://teamtailor.com/jobs/4521876-x'],
  },
  spa: false,
  stage: recipe,
  fields(url) {
    const m = JOB.exec(url.pathname);
    const id = m?.[1] ?? '';
    const slug = m?.[2] ?? '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(company(url))),
      ],
      title: [fromJsonLd('title'), fromText('main h1', 'h1'), fromMeta('og:title'), source('title', (d) => titleParts(d).title)],
      location: [fromJsonLd('location'), fromText('[data-test="job-location"]', 'a[href*="/locations/"]', '[class*="location" i]')],
      jobId: [() => id],
      url: [() => (id ? `https://${url.hostname.toLowerCase()}/jobs/${id}${slug ? `-${slug}` : ''}` : '')],
    };
  },
});
