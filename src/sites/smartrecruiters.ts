/**
 * SmartRecruiters: postings at `jobs.smartrecruiters.com/<Company>/<id>-<slug>` (schema.org microdata:
 * `itemprop="title"`, `hiringOrganization`, `jobLocation`), applications in the one-click UI at
 * `/oneclick-ui/company/<co>/publication/<uuid>`, a single-page app. It may ask the candidate to confirm
 * their e-mail before the application counts: that is 'submitting', not 'submitted'.
 */
import {
  docTitle,
  fromAttr,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  stage,
  tidyCompany,
  fromSlug,
  source,
  nameFromSlug,
  HEADLINE_SCOPES,
} from './lib';
import { withoutSiteSuffix } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const POSTING = /^\/[^/]+\/\d{6,}(?:-[^/]*)?\/?$/;
const ONECLICK = /^\/oneclick-ui\/company\/[^/]+\/publication\/[0-9a-f-]{8,}(?:\/[a-z-]*)?\/?$/i;
const RESERVED = new Set(['oneclick-ui', 'sr-jobs', 'api', 'static']);

function isJobPage(url: URL): boolean {
  if (ONECLICK.test(url.pathname)) return true;
  const first = pathSegments(url)[0]?.toLowerCase() ?? '';
  return POSTING.test(url.pathname) && !RESERVED.has(first);
}

/** The company identifier in the URL: `/<Company>/…` or `/oneclick-ui/company/<Company>/…`. */
function companySlug(url: URL): string {
  const seg = pathSegments(url);
  if (seg[0]?.toLowerCase() === 'oneclick-ui') return seg[2] ?? '';
  return seg[0] ?? '';
}

const recipe: StageRecipe = {
  isJobPage,
  confirmationPath: /^\/oneclick-ui\/.*\/(?:confirmation|success|thank-?you)\/?$/i,
  confirmation: [
    '[data-test="application-confirmation"]',
    '[data-test*="confirmation" i]',
    'oc-confirmation',
    '[class*="confirmation" i] h1',
    '[class*="confirmation" i] h2',
    '[class*="success" i] h1',
    ...HEADLINE_SCOPES,
  ],
  pending: [
    '[data-test*="confirmation" i]',
    '[data-test*="email-verification" i]',
    '[class*="confirmation" i]',
    '[class*="verification" i]',
    '[role="status"]',
    '[role="alert"]',
    'main h1',
    'main h2',
    'main p',
    'h1',
    'h2',
  ],
  form: [
    'form[name="applicationForm"]',
    'oc-application-form form',
    'form.application-form',
    'form:has(input[type="file"])',
    'form:has(input[type="email"])',
  ],
  posting: ['[itemtype*="JobPosting"]', 'h1.job-title', 'a#st-apply', 'a.js-oneclick'],
  // The one-click app draws its form late (and partly in shadow roots): its URL alone says "applying".
  late: (_doc, url) => (ONECLICK.test(url.pathname) ? stage('form', 'url:oneclick-ui') : undefined),
};

/** Document titles read "<Title> | <Company> | SmartRecruiters" or "<Company> <Title> | SmartRecruiters". */
function titleParts(doc: Document): string[] {
  return withoutSiteSuffix(docTitle(doc), /\s*[|–—-]\s*SmartRecruiters\s*$/i)
    .split(' | ')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const smartrecruiters = defineSite({
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matches: ['https://jobs.smartrecruiters.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => url.hostname === 'jobs.smartrecruiters.com',
  examples: {
    claims: [
      'https://jobs.smartrecruiters.com/BoschGroup/744000095392785-business-management-intern',
      'https://jobs.smartrecruiters.com/Visa/743999980123456',
      'https://jobs.smartrecruiters.com/oneclick-ui/company/BoschGroup/publication/bfd41fdb-7850-455e-b962-667be13b444b?dcr_ci=BoschGroup',
    ],
    rejects: [
      'https://careers.smartrecruiters.com/BoschGroup',
      'https://www.smartrecruiters.com/',
      'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings',
    ],
  },
  spa: true,
  stage: recipe,
  fields() {
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromAttr('content', '[itemprop="hiringOrganization"] meta[itemprop="name"]'), tidyCompany),
        // Microdata is the site's structured data, even where it is rendered text.
        mapSource(source('structured', fromText('[itemprop="hiringOrganization"] [itemprop="name"]')), tidyCompany),
        mapSource(fromAttr('alt', '.header-logo img[alt]', 'header img[alt$=" logo" i]'), (v) => tidyCompany(v.replace(/\s*logo$/i, ''))),
        source('title', (d) => {
          const parts = titleParts(d);
          return parts.length >= 2 ? tidyCompany(parts[parts.length - 1] ?? '') : '';
        }),
        fromSlug((_d, u) => nameFromSlug(companySlug(u))),
      ],
      title: [
        fromJsonLd('title'),
        source('structured', fromText('[itemprop="title"]')),
        fromText('h1.job-title', '[data-test="job-title"]', '.job-title'),
        fromText('main h1', 'h1'),
        fromMeta('og:title'),
        source('title', (d) => titleParts(d)[0]),
      ],
      location: [
        fromJsonLd('location'),
        fromAttr('formattedaddress', 'spl-job-location[formattedaddress]'),
        fromText(
          '[itemprop="jobLocation"] [itemprop="address"]',
          '[itemprop="jobLocation"]',
          '.job-location',
          '[data-test="job-location"]',
        ),
      ],
      jobId: [
        (_d, u) => /^\d{6,}/.exec(pathSegments(u)[1] ?? '')?.[0],
        (_d, u) => (ONECLICK.test(u.pathname) ? pathSegments(u)[4] : ''),
        fromJsonLd('jobId'),
      ],
      url: [
        (_d, u) => {
          if (ONECLICK.test(u.pathname)) {
            const seg = pathSegments(u);
            return `${u.origin}/oneclick-ui/company/${seg[2] ?? ''}/publication/${seg[4] ?? ''}`;
          }
          const seg = pathSegments(u);
          const id = /^\d{6,}/.exec(seg[1] ?? '')?.[0];
          return id ? `${u.origin}/${seg[0] ?? ''}/${id}` : '';
        },
      ],
    };
  },
});
