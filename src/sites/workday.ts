/**
 * Workday: tenants on *.myworkdayjobs.com / *.myworkdaysite.com. A multi-step single-page apply flow
 * marked with `data-automation-id`s; sign-in and account creation are steps of it, not applications.
 */
import {
  firstText,
  fromDocTitle,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  nameFromSlug,
  tidyCompany,
  type Source,
  fromSlug,
  source,
} from './lib';
import { hostIs } from './lib';
import { defineSite, type StageRecipe } from './define';

const aid = (id: string): string => `[data-automation-id="${id}"]`;

const SIGN_IN = [
  aid('signInContent'),
  aid('signInSubmitButton'),
  aid('createAccountSubmitButton'),
  aid('createAccountPage'),
  aid('signInPage'),
];
const APPLY_FLOW = [aid('applyFlowPage')];
const ERRORS = [aid('errorBanner'), aid('errorMessage'), `${aid('applyFlowPage')} [aria-invalid="true"]`];
const SUBMITTED = [aid('applicationSubmittedPage'), aid('congratulationsPopup'), aid('applyFlowSubmittedPage')];
const POSTING = [aid('jobPostingHeader'), aid('jobPostingDescription'), aid('adventureButton')];
const CONFIRMATION_TEXT = [`[role="dialog"] h2`, `[role="dialog"] h3`, '[role="dialog"] p', 'main h2', 'main h3', '[aria-live="polite"]'];

/** `/en-US/<site>/job/<location>/<Title_JR-123>` → the parts we use. */
function jobPath(url: URL): { site: string; location: string; slug: string } {
  const seg = pathSegments(url);
  const j = seg.indexOf('job');
  if (j < 0) return { site: '', location: '', slug: '' };
  const site = seg[j - 1] ?? '';
  // Some tenants omit the location segment: /job/<Title_JR-1>.
  const hasLocation = seg.length > j + 2 && !['apply', 'login'].includes(seg[j + 2] ?? '');
  return {
    site,
    location: hasLocation ? (seg[j + 1] ?? '') : '',
    slug: hasLocation ? (seg[j + 2] ?? '') : (seg[j + 1] ?? ''),
  };
}

function jobIdFromUrl(url: URL): string {
  const m = /_([A-Za-z]*-?\d[\w-]*)$/.exec(jobPath(url).slug);
  return m?.[1] ?? '';
}

const tenant = (url: URL): string => url.hostname.split('.')[0] ?? '';

/** The tenant's header, "Careers at Acme": the name the site renders. */
const brand: Source = source('labelled', (doc) => {
  const t = firstText(doc, [`${aid('headerTitle')} h1`, aid('headerTitle'), 'header h1']);
  return /^(?:careers|jobs) at /i.test(t) ? tidyCompany(t) : '';
});

/**
 * The form wins: a submitted marker beside a shown step of the apply flow is not a confirmation. A
 * sign-in step is the form; once the flow is replaced, the tenant's confirmation counts under /apply.
 */
const recipe: StageRecipe = {
  success: { selectors: SUBMITTED, shown: true, signal: 'submitted state' },
  signIn: { selectors: SIGN_IN, shown: false, signal: 'sign-in step' },
  form: APPLY_FLOW,
  captcha: { selectors: [], shown: false },
  formErrors: ERRORS,
  confirmation: CONFIRMATION_TEXT,
  confirmationReads: 30,
  confirmationScope: /\/apply(?:\/|$)/,
  jsonLd: false,
  posting: POSTING,
  postingPath: (url) => jobPath(url).slug !== '',
  otherwise: { stage: 'none', signal: 'job search' },
};

export const workday = defineSite({
  id: 'workday',
  label: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  claims: (url) => {
    const h = url.hostname.toLowerCase();
    return (hostIs(h, 'myworkdayjobs.com') || hostIs(h, 'myworkdaysite.com')) && h.split('.').length > 2;
  },
  examples: {
    claims: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin-Germany/Engineer_JR-123',
      'https://acme.wd1.myworkdayjobs.com/en-US/External/job/Berlin-Germany/Engineer_JR-123/apply/applyManually',
      'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Remote/Engineer_R1',
    ],
    rejects: ['https://www.workday.com/en-us/company/careers/overview.html', 'https://myworkdayjobs.com.example.net/x'],
  },
  spa: true,
  rest: { when: 'always', why: "The submitted state replaces the apply flow once the review step's Submit is clicked." },
  stage: recipe,
  fields(url) {
    const path = jobPath(url);
    const id = jobIdFromUrl(url);
    // The job's own page: the apply-flow and login suffixes dropped.
    const canonical = path.slug ? `https://${url.hostname}${url.pathname.replace(/\/(?:apply|login)(?:\/.*)?$/, '')}` : '';
    return {
      company: [brand, mapSource(fromJsonLd('company'), tidyCompany), fromSlug(() => nameFromSlug(tenant(url)))],
      title: [fromText(aid('jobPostingHeader'), aid('jobTitleHeading')), fromJsonLd('title'), fromMeta('og:title'), fromDocTitle('title')],
      location: [
        fromText(`${aid('locations')} dd`, aid('locations')),
        fromJsonLd('location'),
        fromSlug(() => path.location.replace(/-/g, ' ').replace(/\s+,/g, ',')),
      ],
      jobId: [fromJsonLd('jobId'), () => id],
      url: [() => canonical],
    };
  },
});
