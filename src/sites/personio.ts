/**
 * Personio: postings at `<co>.jobs.personio.de/job/<id>` (and `.com`), with the application form on
 * the same page (or at `…/apply`). After sending, the form is replaced by "Vielen Dank für Ihre
 * Bewerbung" / "Thank you for your application".
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

const JOB = /^\/job\/(\d+)(?:\/(?:apply|application|success|thank-?you|confirmation))?\/?$/i;
const DOMAINS = ['jobs.personio.de', 'jobs.personio.com'];

function company(url: URL): string {
  for (const d of DOMAINS) {
    const sub = subdomainOf(url.hostname, d);
    if (sub) return sub;
  }
  return '';
}

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '[data-test-id*="success" i]',
  '[data-testid*="success" i]',
  '[class*="success" i] h1',
  '[class*="success" i] h2',
  '[class*="success" i] p',
  '[role="status"]',
  '[role="alert"]',
  '#apply h1',
  '#apply h2',
  'main h1',
  'main h2',
  'h1',
  'h2',
];

const recipe: StageRecipe = {
  isJobPage: (url) => JOB.test(url.pathname),
  confirmationPath: /^\/job\/\d+\/(?:success|thank-?you|confirmation)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: [
    'form#job-application-form',
    'form[data-test-id*="application" i]',
    'form[action*="/job/"]:has(input[type="file"])',
    'form:has(input[type="file"])',
  ],
  posting: ['[data-test-id*="job" i]', '.job-description', 'main h1'],
};

/** Titles read "<Title> | <Company>" or "<Title> - <Company>"; the job list reads "Jobs bei <Company>". */
function titleParts(doc: Document): { title: string; company: string } {
  const t = docTitle(doc).replace(/\s*[-–|]\s*(?:Karriere|Careers|Jobs)\s*$/i, '');
  const board = /^(?:Jobs|Stellenangebote|Karriere|Careers|Offene Stellen) (?:bei|at|@) (.+)$/i.exec(t);
  if (board) return { title: '', company: board[1]! };
  return titleThenCompany(t);
}

export const personio = defineSite({
  id: 'personio',
  label: 'Personio',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => company(url) !== '',
  examples: {
    claims: [
      'https://acme.jobs.personio.de/job/1234567?language=de&display=en',
      'https://acme.jobs.personio.com/job/1234567',
      'https://acme.jobs.personio.de/job/1234567/apply',
    ],
    rejects: ['https://www.personio.de/job/1234567', 'https://acme.personio.de/job/1234567', 'https://jobs.personio.de/job/1234567'],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const id = JOB.exec(url.pathname)?.[1] ?? '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromAttr('alt', 'header img[alt]', 'nav img[alt]'), (v) => tidyCompany(v.replace(/\s*(?:logo|Logo)$/, ''))),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(company(url))),
      ],
      title: [fromJsonLd('title'), fromText('main h1', 'h1'), fromMeta('og:title'), source('title', (d) => titleParts(d).title)],
      location: [fromJsonLd('location'), fromText('[data-test-id="job-location"]', '[class*="job-location" i]')],
      jobId: [() => id],
      url: [() => (id ? `https://${url.hostname.toLowerCase()}/job/${id}` : '')],
    };
  },
});
