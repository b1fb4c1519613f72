/**
 * Jobvite: postings at `jobs.jobvite.com/<co>/job/<id>`, the form at `…/apply`, and after sending
 * `…/apply/confirmation` or a thank-you message in place of the form. Pages use `jv-*` classes.
 */
import {
  docTitle,
  fromAttr,
  fromJsonLd,
  fromMeta,
  fromText,
  mapSource,
  pathSegments,
  query,
  queryAll,
  tidyCompany,
  fromSlug,
  source,
  nameFromSlug,
} from './lib';
import { defineSite, type StageRecipe } from './define';

const JOB = /^\/([^/]+)\/job\/([A-Za-z0-9]{5,})(?:\/apply(?:\/[a-z-]*)?)?\/?$/;

/** Elements that carry the confirmation (and may say an e-mail must still be confirmed). */
const CONFIRMATION = [
  '.jv-apply-confirmation',
  '[class*="jv-confirmation"]',
  '.jv-page-body [role="status"]',
  '[role="status"]',
  '[role="alert"]',
  '.jv-page-body h1',
  '.jv-page-body h2',
  '.jv-header',
  'h1',
  'h2',
];

const recipe: StageRecipe = {
  isJobPage: (url) => JOB.test(url.pathname),
  confirmationPath: /\/apply\/(?:confirmation|thank-?you|thanks|success)\/?$/i,
  confirmation: CONFIRMATION,
  pending: CONFIRMATION,
  form: ['form.jv-apply-form', 'form[name="applyForm"]', '#jv-apply-form', 'form:has(input[type="file"])', 'form:has(input[type="email"])'],
  posting: ['.jv-job-detail-description', '.jv-job-detail-meta', 'a.jv-button-apply', 'h2.jv-header'],
};

/** Jobvite titles read "<Company> Careers - <Title>" or "<Title> | <Company> Careers". */
function titleParts(doc: Document): { title: string; company: string } {
  const t = docTitle(doc).replace(/\s*\|\s*Jobvite\s*$/i, '');
  let m = /^(.+?) Careers? [-–|] (.+)$/i.exec(t);
  if (m) return { company: m[1]!, title: m[2]! };
  m = /^(.+) [-–|] (.+?) Careers?$/i.exec(t);
  if (m) return { title: m[1]!, company: m[2]! };
  return { title: '', company: '' };
}

/** `<p class="jv-job-detail-meta">Finance<span class="jv-inline-separator"></span>Bellevue, WA</p>`: the part after the last separator. */
function metaLocation(doc: Document): string {
  const meta = query(doc, '.jv-job-detail-meta');
  if (!meta) return '';
  const seps = queryAll(meta, '.jv-inline-separator', 10);
  const last = seps[seps.length - 1];
  if (!last) return '';
  let text = '';
  for (let n = last.nextSibling; n && text.length < 400; n = n.nextSibling) text += n.textContent ?? '';
  return text;
}

export const jobvite = defineSite({
  id: 'jobvite',
  label: 'Jobvite',
  matches: ['https://jobs.jobvite.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => url.hostname === 'jobs.jobvite.com',
  examples: {
    claims: [
      'https://jobs.jobvite.com/savers/job/oJVFAfwD',
      'https://jobs.jobvite.com/savers/job/oJVFAfwD/apply',
      'https://jobs.jobvite.com/savers/job/oJVFAfwD/apply/confirmation',
    ],
    rejects: [
      'https://www.jobvite.com/job/oJVFAfwD',
      'https://app.jobvite.com/j?cj=oJVFAfwD',
      'https://jobs.jobvite.com.example.org/savers/job/oJVFAfwD',
    ],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const m = JOB.exec(url.pathname);
    const slug = m?.[1] ?? '';
    const id = m?.[2] ?? '';
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(fromMeta('og:site_name'), tidyCompany),
        mapSource(fromAttr('alt', '.jv-logo img[alt]', 'header img[alt]'), (v) => tidyCompany(v.replace(/\s*(?:careers\s*)?logo$/i, ''))),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(slug)),
      ],
      title: [
        fromJsonLd('title'),
        fromText('h2.jv-header', '.jv-job-detail-name', 'h1.jv-header', '.jv-page-body h1', 'h1'),
        source('title', (d) => titleParts(d).title),
      ],
      location: [fromJsonLd('location'), fromText('.jv-job-detail-location'), source('labelled', metaLocation)],
      jobId: [() => id],
      url: [() => (slug && id ? `https://jobs.jobvite.com/${pathSegments(url)[0] ?? slug}/job/${id}` : '')],
    };
  },
});
