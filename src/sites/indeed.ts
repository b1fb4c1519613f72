/**
 * Indeed: job views and the search page's view-job pane on *.indeed.com; applications run on
 * smartapply.indeed.com and end at `…/post-apply`. "Apply on company site" stays a posting.
 */
import {
  firstAttr,
  firstText,
  fromDocTitle,
  fromJsonLd,
  fromText,
  hostIs,
  mapSource,
  queryAll,
  tidyCompany,
  type Source,
  source,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title', '.jobsearch-JobInfoHeader-title'];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '[data-testid="jobsearch-CompanyInfoContainer"] a',
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  '[data-testid="job-location"]',
];
const CARD = ['.vjs-highlight', '[aria-current="true"] [data-jk]', '.job_seen_beacon', '[data-jk]'];
const SMARTAPPLY_ERRORS = ['[aria-invalid="true"]', '[data-testid$="-error"]', '[role="alert"]:not(:empty)'];

const SMARTAPPLY_HEADER = '[data-testid="jobInfoHeader"]';
const isSmartApply = (url: URL): boolean => url.hostname.toLowerCase() === 'smartapply.indeed.com';

function stripSuffix(s: string): string {
  return s.replace(/\s*-\s*job post$/i, '').trim();
}

function selectedCard(doc: Document): Element | null {
  for (const s of CARD) {
    const el = queryAll(doc, s, 1)[0];
    if (el) return el.closest('.job_seen_beacon, [data-jk], li') ?? el;
  }
  return null;
}

/** A field of the selected result card, as the search page renders it. */
const cardField = (selectors: string[]): Source =>
  source('labelled', (doc) => {
    const card = selectedCard(doc);
    return card ? firstText(card, selectors) : '';
  });

function jobKey(doc: Document, url: URL): string {
  const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  if (jk && /^[0-9a-f]{8,32}$/i.test(jk)) return jk;
  const card = selectedCard(doc);
  return card ? firstAttr(card, ['[data-jk]', 'a[data-jk]'], 'data-jk', 40) || (card.getAttribute('data-jk') ?? '') : '';
}

/**
 * On smartapply every step is the form until the address says post-apply or a heading confirms with no
 * question left on the page. Elsewhere a job view is a posting (Indeed Apply opens on smartapply) and the
 * rest are listings, even with a job pane.
 */
const SMARTAPPLY: StageRecipe = {
  when: isSmartApply,
  form: [],
  confirmationPath: /\/post-apply\/?$/,
  confirmation: ['h1', 'h2', '[role="status"]'],
  confirmationReads: 20,
  confirmationUnless: ['form:has(input:not([type="hidden"]), textarea)'],
  formMarkers: [{ selectors: SMARTAPPLY_ERRORS.map((s) => `form ${s}`), shown: false, signal: 'step with errors' }],
  jsonLd: false,
  posting: [],
  otherwise: { stage: 'form', signal: 'smartapply step' },
};
const SEARCH: StageRecipe = {
  form: [],
  confirmation: [],
  jsonLd: false,
  posting: [],
  postingPath: (url) => url.pathname.startsWith('/viewjob') || url.pathname.startsWith('/m/viewjob') || url.pathname.startsWith('/rc/clk'),
  otherwise: { stage: 'none', signal: 'listing' },
};

export const indeed = defineSite({
  id: 'indeed',
  label: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  claims: (url) => hostIs(url.hostname, 'indeed.com') && !url.hostname.toLowerCase().startsWith('employers.'),
  examples: {
    claims: [
      'https://www.indeed.com/viewjob?jk=0123456789abcdef',
      'https://uk.indeed.com/jobs?q=nurse&vjk=0123456789abcdef',
      'https://smartapply.indeed.com/beta/indeedapply/form/resume',
      'https://smartapply.indeed.com/beta/indeedapply/form/post-apply',
    ],
    rejects: ['https://employers.indeed.com/jobs', 'https://indeed.com.example.org/viewjob', 'https://www.notindeed.com/viewjob'],
  },
  spa: true,
  rest: {
    when: 'except',
    origins: ['https://smartapply.indeed.com'],
    why: 'Off smartapply nothing is submitted; smartapply is looked at on arrival (it may open at post-apply).',
  },
  stage: [SMARTAPPLY, SEARCH],
  fields(url, doc) {
    const jk = jobKey(doc, url);
    if (isSmartApply(url)) {
      // Smartapply steps carry the job in a header ("Line Cook" / "Company - Location"); their page
      // titles name the step ("Upload a resume…", "Application submitted"), never the job.
      const line = (firstText(doc, [`${SMARTAPPLY_HEADER} p`, `${SMARTAPPLY_HEADER} [data-testid="company-name"]`], 300) ?? '').split(
        /\s+[-–—|]\s+/,
      );
      return {
        company: [source('labelled', () => line[0])],
        title: [fromText(`${SMARTAPPLY_HEADER} h1`, `${SMARTAPPLY_HEADER} h2`)],
        location: [source('labelled', () => line.slice(1).join(', '))],
        jobId: [() => jk],
        url: [() => ''],
      };
    }
    return {
      company: [
        fromText(...COMPANY),
        mapSource(fromJsonLd('company'), tidyCompany),
        cardField(['[data-testid="company-name"]', '.companyName']),
      ],
      title: [
        mapSource(fromText(...TITLE), stripSuffix),
        fromJsonLd('title'),
        cardField(['h2.jobTitle', '.jobTitle', '[id^="jobTitle-"]']),
        mapSource(fromDocTitle('title', { siteNames: ['Indeed.com', 'Indeed'] }), stripSuffix),
      ],
      location: [fromText(...LOCATION), fromJsonLd('location'), cardField(['[data-testid="text-location"]', '.companyLocation'])],
      jobId: [() => jk],
      url: [() => (jk && !isSmartApply(url) ? `https://${url.hostname}/viewjob?jk=${jk}` : '')],
    };
  },
});
