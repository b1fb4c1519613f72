/**
 * Workable: apply.workable.com/<account>/j/<shortcode>/[apply]. Stable `data-ui` attributes.
 */
import { fromAttr, fromDocTitle, fromJsonLd, fromText, mapSource, pathSegments, nameFromSlug, tidyCompany, fromSlug } from './lib';
import { defineSite, type StageRecipe } from './define';

// Forms, not their file inputs: sites often hide the real file input behind a styled button.
const FORM = ['[data-ui="application-form"]', 'form[data-ui]:has(input[type="file"])', 'form:has(input[type="file"])'];
const FORM_ERRORS = ['[data-ui="application-form"] [aria-invalid="true"]', '[data-ui="error-message"]', '[data-ui$="-error"]'];
const SUCCESS = ['[data-ui="application-success"]', '[data-ui="success-message"]', '[data-ui*="success"]'];
const POSTING = ['[data-ui="job-title"]', '[data-ui="job-description"]'];

function shortcode(url: URL): string {
  const seg = pathSegments(url);
  const i = seg.indexOf('j');
  return i >= 0 ? (seg[i + 1] ?? '') : '';
}

/** The form wins on its own page: a success element beside a shown form is not a confirmation. */
const recipe: StageRecipe = {
  form: FORM,
  captcha: { selectors: [], shown: false },
  formErrors: FORM_ERRORS,
  confirmation: [...SUCCESS, 'main h1', 'main h2', 'h1', 'h2', '[role="status"]'],
  confirmationReads: 40,
  jsonLd: false,
  posting: POSTING,
  postingPath: (url) => shortcode(url) !== '',
  otherwise: { stage: 'none', signal: 'careers page' },
};

export const workable = defineSite({
  id: 'workable',
  label: 'Workable',
  matches: ['https://apply.workable.com/*'],
  claims: (url) => url.hostname.toLowerCase() === 'apply.workable.com',
  examples: {
    claims: ['https://apply.workable.com/acme/j/0A1B2C3D4E/', 'https://apply.workable.com/acme/j/0A1B2C3D4E/apply/'],
    rejects: ['https://www.workable.com/pricing', 'https://acme.workable.com/jobs/123'],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const account = pathSegments(url)[0] ?? '';
    const code = shortcode(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        fromAttr('alt', '[data-ui="company-logo"] img', '[data-ui="header-logo"] img'),
        fromDocTitle('company'),
        fromSlug(() => (account ? nameFromSlug(account) : '')),
      ],
      title: [fromJsonLd('title'), fromText('[data-ui="job-title"]', 'main h1'), fromDocTitle('title')],
      location: [fromText('[data-ui="job-location"]'), fromJsonLd('location'), fromText('[data-ui="job-workplace"]')],
      jobId: [() => code],
      url: [() => (account && code ? `https://apply.workable.com/${account}/j/${code}` : '')],
    };
  },
});
