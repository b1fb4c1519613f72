/**
 * LinkedIn jobs: job view pages, the search listing with a selected job, the Easy Apply modal and its
 * post-apply dialog ("Your application was sent to <Company>!"). External "Apply" stays a posting.
 */
import { docTitle, firstText, fromText, queryAll, textMatching, type Source, source } from './lib';
import { defineSite, type StageRecipe } from './define';

const SENT = /\b(?:your )?application (?:was )?sent\b/i;
const SENT_TO = /application (?:was )?sent to (.+?)!?$/i;
const DIALOG = '[role="dialog"], [role="alertdialog"], .artdeco-modal';
const POST_APPLY = [
  '[data-test-modal-id="post-apply-modal"]',
  '.jpac-modal-header',
  '.artdeco-modal__header h2',
  '[role="dialog"] h2',
  '[role="dialog"] h3',
  '[role="dialog"] p',
];
const EASY_APPLY = [
  '.jobs-easy-apply-modal',
  '[data-test-modal-id="easy-apply-modal"]',
  '[role="dialog"] button[aria-label="Submit application"]',
  '[role="dialog"] form .jobs-easy-apply-form-section__grouping',
  '[role="dialog"] .jobs-easy-apply-content',
];
const EASY_APPLY_ERRORS = [
  '.jobs-easy-apply-modal .artdeco-inline-feedback--error',
  '[role="dialog"] .artdeco-inline-feedback--error',
  '[role="dialog"] [aria-invalid="true"]',
];
const DISCARD = ['[data-test-modal-id="data-test-easy-apply-discard-confirmation"]', '[data-test-dialog-secondary-btn]'];
const TOP_CARD_TITLE = [
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  '.jobs-details-top-card__job-title',
];
const TOP_CARD_COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '[data-tracking-control-name="public_jobs_topcard-org-name"]',
  '.jobs-details-top-card__company-url',
];
const TOP_CARD_LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];
const SELECTED_CARD = [
  '.job-search-card--active',
  '.jobs-search-results-list__list-item--active',
  '[aria-current="page"].job-card-container',
  '.job-card-container--active',
];

function isJobsPath(url: URL): boolean {
  return /^\/(?:comm\/)?jobs(?:\/|$)/.test(url.pathname) || url.pathname.startsWith('/jobs-guest/');
}

function jobId(url: URL): string {
  const view = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/.exec(url.pathname);
  if (view?.[1]) return view[1];
  const q = url.searchParams.get('currentJobId');
  return q && /^\d+$/.test(q) ? q : '';
}

function postApplyText(doc: Document): string {
  // Cheap first: guest pages always carry (hidden) sign-in dialogs; read headings only in a dialog
  // whose raw text mentions a sent application.
  const dialogs = queryAll(doc, DIALOG, 5);
  if (!dialogs.some((d) => SENT.test((d.textContent ?? '').slice(0, 4000)))) return '';
  return textMatching(doc, POST_APPLY, SENT, 10);
}

/** The selected card of a search listing (company, title, location), when no top card is shown. */
function selectedCard(doc: Document): Element | null {
  for (const s of SELECTED_CARD) {
    const el = queryAll(doc, s, 1)[0];
    if (el) return el;
  }
  return null;
}

/** A field of the selected result card, as the listing renders it. */
const cardField = (selectors: string[]): Source =>
  source('labelled', (doc) => {
    const card = selectedCard(doc);
    return card ? firstText(card, selectors) : '';
  });

/** "Company hiring Title in Location | LinkedIn". */
const fromHiringTitle = (part: 1 | 2 | 3): Source =>
  source('title', (doc) => {
    const m = /^(.+?) hiring (.+?)(?: in (.+?))? \| LinkedIn$/.exec(docTitle(doc));
    return m?.[part] ?? '';
  });

/** "Your application was sent to Acme!": the company as the post-apply dialog names it. */
const companyFromPostApply: Source = source('labelled', (doc) => {
  const t = postApplyText(doc);
  return SENT_TO.exec(t)?.[1] ?? '';
});

/**
 * The form wins: a "sent" text beside a shown Easy Apply step is not a confirmation. The post-apply text is
 * read only in a dialog that mentions a sent application (`postApplyText`); a discard confirmation open
 * over the flow, or the flow itself, is the form; a job view is a posting; search and collections are
 * listings, even with a job selected in the detail pane.
 */
const recipe: StageRecipe = {
  form: EASY_APPLY,
  captcha: { selectors: [], shown: false },
  formErrors: EASY_APPLY_ERRORS,
  confirmation: [],
  extraConfirmation: postApplyText,
  formMarkers: [
    { selectors: DISCARD.map((d) => `:root:has(${DIALOG}) ${d}`), shown: false, signal: 'discard confirmation open' },
    { selectors: EASY_APPLY, shown: false, signal: 'easy apply modal' },
  ],
  jsonLd: false,
  posting: [],
  postingPath: (url) => url.pathname.startsWith('/jobs/view/'),
  otherwise: { stage: 'none', signal: 'listing' },
};

export const linkedin = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  claims: (url) => url.hostname.toLowerCase() === 'www.linkedin.com' && isJobsPath(url),
  examples: {
    claims: [
      'https://www.linkedin.com/jobs/view/3943870863/',
      'https://www.linkedin.com/jobs/search/?currentJobId=3943870863&keywords=analyst',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3943870863',
    ],
    rejects: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/company/acme/jobs/'],
  },
  spa: true,
  rest: { when: 'always', why: 'The post-apply dialog only ever follows a click on "Submit application" in the page.' },
  stage: recipe,
  fields(url) {
    const id = jobId(url);
    return {
      company: [
        fromText(...TOP_CARD_COMPANY),
        companyFromPostApply,
        cardField(['.base-search-card__subtitle', '.job-card-container__primary-description', '.artdeco-entity-lockup__subtitle']),
        fromHiringTitle(1),
      ],
      title: [
        fromText(...TOP_CARD_TITLE),
        cardField(['.base-search-card__title', '.job-card-list__title', '.artdeco-entity-lockup__title']),
        fromHiringTitle(2),
        fromText('.jobs-easy-apply-modal h3'),
      ],
      location: [
        fromText(...TOP_CARD_LOCATION),
        cardField(['.job-search-card__location', '.job-card-container__metadata-item', '.artdeco-entity-lockup__caption']),
        fromHiringTitle(3),
      ],
      jobId: [() => id],
      url: [() => (id ? `https://www.linkedin.com/jobs/view/${id}/` : '')],
    };
  },
});
