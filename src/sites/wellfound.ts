/**
 * Wellfound (formerly AngelList Talent): postings at `wellfound.com/jobs/<id>-<slug>` and
 * `wellfound.com/company/<co>/jobs/<id>-<slug>`, a single-page app. "Apply" opens a note to the company
 * (a dialog with a textarea: the form); success shows a notice ("Application sent"). An "Applied" button alone
 * is what an old application shows too: not evidence of a new one.
 */
import { docTitle, fromJsonLd, fromMeta, fromText, mapSource, pathSegments, tidyCompany, fromSlug, source, nameFromSlug } from './lib';
import { appliedNotice, withoutSiteSuffix } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const JOB = /^(?:\/company\/([^/]+))?\/jobs\/(\d+)(?:-[^/]*)?\/?$/;

const NOTICES = [
  '[role="dialog"] [role="status"]',
  '[role="status"]',
  '[role="alert"]',
  '[class*="toast" i]',
  '[data-test*="ApplicationSent" i]',
  '[data-test*="success" i]',
  '[role="dialog"] h1',
  '[role="dialog"] h2',
  '[role="dialog"] h3',
];

const recipe: StageRecipe = {
  isJobPage: (url) => JOB.test(url.pathname),
  confirmation: NOTICES,
  pending: NOTICES,
  extraConfirmation: (doc) => appliedNotice(doc, NOTICES),
  form: [
    '[role="dialog"] form:has(textarea)',
    'form[data-test*="Apply" i]',
    '[data-test*="JobApplication" i] form',
    'form:has(textarea[name*="note" i])',
  ],
  alreadyApplied: ['button[data-test*="Applied" i]', 'button[aria-label^="Applied" i]', 'button'],
  alreadyAppliedText: /^(?:✓\s*)?applied\b(?!\s*!)/i,
  posting: ['h1', 'button[data-test*="Apply" i]'],
};

/** "Senior Engineer at Acme • Wellfound" (older: "… | AngelList Talent"). */
function titleParts(doc: Document): { title: string; company: string } {
  const t = withoutSiteSuffix(docTitle(doc), /\s*[•|–—-]\s*(?:Wellfound|AngelList(?: Talent)?)(?:\s*\(formerly AngelList Talent\))?\s*$/i);
  const m = /^(.+) at (.+)$/i.exec(t);
  return m ? { title: m[1]!, company: m[2]! } : { title: '', company: '' };
}

export const wellfound = defineSite({
  id: 'wellfound',
  label: 'Wellfound',
  matches: ['https://wellfound.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => url.hostname === 'wellfound.com',
  examples: {
    claims: [
      'https://wellfound.com/jobs/3012345-senior-backend-engineer',
      'https://wellfound.com/company/acme-robotics/jobs/3012345-senior-backend-engineer',
    ],
    rejects: [
      'https://www.wellfound.com/jobs/3012345-x',
      'https://angel.co/jobs/3012345-x',
      'https://wellfound.com.example.org/jobs/3012345-x',
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
        source('title', (d) => tidyCompany(titleParts(d).company)),
        mapSource(
          fromText('a[href^="/company/"][data-test*="Company" i]', 'h1 ~ * a[href^="/company/"]', 'a[href^="/company/"] h2'),
          tidyCompany,
        ),
        fromSlug(() => nameFromSlug(slug)),
      ],
      title: [
        fromJsonLd('title'),
        fromText('h1[data-test*="JobTitle" i]', 'main h1', 'h1'),
        source('title', (d) => titleParts(d).title),
        fromMeta('og:title'),
      ],
      location: [fromJsonLd('location'), fromText('[data-test*="JobLocation" i]', '[data-test*="location" i]')],
      jobId: [() => id],
      // Both address forms lead to the same job: file it under the short one.
      url: [() => (id ? `https://wellfound.com/jobs/${pathSegments(url)[slug ? 3 : 1] ?? id}` : '')],
    };
  },
});
