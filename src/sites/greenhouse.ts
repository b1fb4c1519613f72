/**
 * Greenhouse job boards: legacy (`#app_body`, `.app-title`, `#application_form`) and new
 * (`.job__title`, `#application-form`) layouts, EU hosts, and the embeddable application form.
 */
import {
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  docTitle,
  mapSource,
  pathSegments,
  nameFromSlug,
  tidyCompany,
  type Source,
  fromSlug,
  source,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'];

const CONFIRMATION_URL = /\/jobs\/\d+\/confirmation\/?$|\/confirmation\/?$/;
const JOB_URL = /\/jobs\/(\d+)/;

/** A form counts only when it has fields: some saved pages keep an empty form shell. */
const FORM = [
  '#application_form input:not([type="hidden"])',
  '#application-form input:not([type="hidden"])',
  '.application--form input:not([type="hidden"])',
  '#application-form textarea',
];
const FORM_ERRORS = [
  '#application-form [aria-invalid="true"]',
  '#application_form .field-error-msg:not(:empty)',
  '#error_messages:not(:empty)',
  '.helper-text--error:not(:empty)',
];
/**
 * The emailed security-code step. The legacy form always carries a disabled `#security_code` input
 * (enabled only when the code is asked for); the new layout renders `security-input-N` boxes on demand.
 */
const SECURITY_CODE = ['input[id^="security-input"]', 'input[name="security_code"]:not([disabled])', '#security_code:not([disabled])'];
const CONFIRMATION = [
  '#application_confirmation',
  '.application-confirmation',
  '[class*="confirmation" i] h1',
  '#app_body h1',
  'main h1',
  'h1',
  'h2',
];

function jobId(url: URL): string {
  const m = JOB_URL.exec(url.pathname);
  if (m?.[1]) return m[1];
  return url.searchParams.get('token') ?? url.searchParams.get('gh_jid') ?? '';
}

function isJobPage(url: URL): boolean {
  return jobId(url) !== '';
}

/** The board slug: `/acme/jobs/1` → acme; embeds name it in `?for=`. */
function board(url: URL): string {
  return url.searchParams.get('for') ?? (pathSegments(url)[0] === 'embed' ? '' : (pathSegments(url)[0] ?? ''));
}

/** "Job Application for T at C" / "Jobs at C": only Greenhouse's own title patterns. */
const companyFromTitle: Source = source('title', (doc) => {
  const t = docTitle(doc);
  const m = /^(?:job application for .+ at (.+)|jobs at (.+))$/i.exec(t);
  return m ? (m[1] ?? m[2] ?? '') : '';
});

/** A board listing's og:title is the company (a job page's is the job). */
const boardCompany: Source = source('structured', (doc, url) => (isJobPage(url) ? '' : fromMeta('og:title')(doc, url)));

/**
 * The security-code step first; then the form wins on its own page (a thank-you text or address beside a
 * live form is not a confirmation); an embed address is the form before it renders; a job address is a posting.
 */
const recipe: StageRecipe = {
  awaiting: { selectors: SECURITY_CODE, shown: true, signal: 'security code requested' },
  form: FORM,
  captcha: { selectors: [], shown: false },
  formErrors: FORM_ERRORS,
  confirmationPath: CONFIRMATION_URL,
  confirmation: CONFIRMATION,
  confirmationReads: 40,
  formPath: /^\/embed\/job_app/,
  jsonLd: false,
  posting: [],
  postingPath: isJobPage,
  otherwise: { stage: 'none', signal: 'board listing' },
};

export const greenhouse = defineSite({
  id: 'greenhouse',
  label: 'Greenhouse',
  hosts: HOSTS,
  examples: {
    claims: [
      'https://boards.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/4012345/confirmation',
      'https://job-boards.eu.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345',
    ],
    rejects: ['https://www.greenhouse.io/careers', 'https://greenhouse.io.example.com/acme/jobs/1', 'https://app.greenhouse.io/login'],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const id = jobId(url);
    const b = board(url);
    const canonical = id && b ? `https://${url.hostname}/${b}/jobs/${id}` : '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromText('.company-name'), (s) => s.replace(/^at\s+/i, '')),
        companyFromTitle,
        mapSource(boardCompany, tidyCompany),
        mapSource(fromText('h1.page-header', '.page-header'), (s) => tidyCompany(s)),
        fromSlug(() => (b ? nameFromSlug(b) : '')),
      ],
      // Board listings name no job: their og:title and h1 are the company.
      title: id
        ? [fromJsonLd('title'), fromText('.app-title', '.job__title h1', '#header h1'), fromMeta('og:title'), fromDocTitle('title')]
        : [],
      location: [
        fromText('.job__location', '#header .location', '#app_body .location'),
        fromJsonLd('location'),
        source('structured', (doc2, u) => (isJobPage(u) ? fromMeta('og:description')(doc2, u) : '')),
      ],
      jobId: [() => id],
      url: [() => canonical],
    };
  },
});
