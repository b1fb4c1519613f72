/**
 * ZipRecruiter: postings at `/c/<Company>/Job/<Title>/-in-<City>?jid=<id>` and `/jobs/<co>-<hash>/<title>-<hash>`,
 * and the search page's detail pane (`/jobs-search?…&lk=<key>`), a single-page app. "1-Click Apply" may open
 * a question dialog (`[role="dialog"]`, the form); success shows a notice ("Application submitted", "Applied!").
 * An "Applied" button alone is also what a job applied to long ago shows: it is not evidence of a new application.
 */
import { docTitle, fromJsonLd, fromMeta, fromText, mapSource, pathSegments, tidyCompany, fromSlug, source, nameFromSlug } from './lib';
import { appliedNotice, withoutSiteSuffix } from './lib-extra';
import { defineSite, type StageRecipe } from './define';

const C_JOB = /^\/c\/[^/]+\/Job\/[^/]+(?:\/[^/]*)?\/?$/i;
const JOBS = /^\/jobs\/[^/]+-[0-9a-f]{6,}\/[^/]+\/?$/i;

function isJobPage(url: URL): boolean {
  if (C_JOB.test(url.pathname) || JOBS.test(url.pathname)) return true;
  return /^\/jobs-search\/?$/i.test(url.pathname) && url.searchParams.has('lk');
}

const NOTICES = [
  '[role="dialog"] [role="status"]',
  '[role="status"]',
  '[role="alert"]',
  '[class*="toast" i]',
  '[class*="Toast"]',
  '[class*="snackbar" i]',
  '[role="dialog"] h1',
  '[role="dialog"] h2',
  '[class*="apply_success" i]',
  '[class*="ApplySuccess"]',
];

const recipe: StageRecipe = {
  isJobPage,
  confirmation: NOTICES,
  pending: NOTICES,
  extraConfirmation: (doc) => appliedNotice(doc, NOTICES),
  form: ['[role="dialog"].ApplyFlowApp', '[role="dialog"] form', '.ApplyFlowApp form', 'form[action*="/apply/"]'],
  alreadyApplied: ['button[aria-label^="Applied" i]', 'button[class*="applied" i]', '[class*="applied_label" i]', 'button'],
  alreadyAppliedText: /^(?:✓\s*)?applied\b(?!\s*!)/i,
  posting: ['h1[class*="job_title" i]', '.job_details', 'button[aria-label*="1-Click Apply" i]', '[class*="job_header" i] h1'],
};

/** "Senior Engineer - Acme Corp - Austin, TX | ZipRecruiter" or "Senior Engineer job in Austin, TX at Acme Corp | ZipRecruiter". */
function titleParts(doc: Document): { title: string; company: string; location: string } {
  const t = withoutSiteSuffix(docTitle(doc), /\s*[|–—-]\s*ZipRecruiter\s*$/i);
  let m = /^(.+?) job in (.+?) at (.+)$/i.exec(t);
  if (m) return { title: m[1]!, location: m[2]!, company: m[3]! };
  m = /^(.+?) - (.+?) - (.+)$/.exec(t);
  if (m) return { title: m[1]!, company: m[2]!, location: m[3]! };
  return { title: '', company: '', location: '' };
}

function jobIdOf(url: URL): string {
  const jid = url.searchParams.get('jid') ?? url.searchParams.get('lk');
  if (jid) return jid;
  if (JOBS.test(url.pathname)) return /-([0-9a-f]{6,})\/?$/i.exec(url.pathname)?.[1] ?? '';
  return '';
}

export const ziprecruiter = defineSite({
  id: 'ziprecruiter',
  label: 'ZipRecruiter',
  matches: ['https://www.ziprecruiter.com/*'],
  // The whole host is the site's: lists and searches are claimed too (stage 'none'), so a single-page
  // navigation from a list to a job stays with this adapter.
  claims: (url) => url.hostname === 'www.ziprecruiter.com',
  examples: {
    claims: [
      'https://www.ziprecruiter.com/c/Motorola-Solutions/Job/IT-Infrastructure-Lead/-in-Schaumburg,IL?jid=bc508c769e0fb0d8',
      'https://www.ziprecruiter.com/jobs/jobot-9cb907eb/senior-software-engineer-847f873c',
      'https://www.ziprecruiter.com/jobs-search?search=engineer&location=Austin&lk=Xk3d9-AbCdEf',
    ],
    rejects: [
      'https://ziprecruiter.com/c/Acme/Job/Welder/-in-Tulsa,OK?jid=1',
      'https://www.ziprecruiter.co.uk/c/Acme/Job/Welder/-in-Leeds?jid=1',
      'https://api.ziprecruiter.com/jobs/v1',
    ],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    const seg = pathSegments(url);
    const fromPath = seg[0]?.toLowerCase() === 'c' ? (seg[1] ?? '') : '';
    const id = jobIdOf(url);
    return {
      company: [
        mapSource(fromJsonLd('company'), tidyCompany),
        mapSource(
          fromText('[data-testid="job-details-company"]', 'a.hiring_company_text', '.hiring_company_text', '[class*="company_name" i]'),
          tidyCompany,
        ),
        source('title', (d) => tidyCompany(titleParts(d).company)),
        fromSlug(() => nameFromSlug(fromPath)),
      ],
      title: [
        fromJsonLd('title'),
        fromText('[data-testid="job-details-title"]', 'h1[class*="job_title" i]', '.job_details h1', 'main h1', 'h1'),
        source('title', (d) => titleParts(d).title),
      ],
      location: [
        fromJsonLd('location'),
        fromText('[data-testid="job-details-location"]', '.hiring_location', '[class*="job_location" i]'),
        source('title', (d) => titleParts(d).location),
      ],
      jobId: [() => id],
      url: [
        () => {
          if (C_JOB.test(url.pathname))
            return `${url.origin}${url.pathname}${url.searchParams.get('jid') ? `?jid=${encodeURIComponent(url.searchParams.get('jid') ?? '')}` : ''}`;
          if (JOBS.test(url.pathname)) return `${url.origin}${url.pathname}`;
          return '';
        },
        mapSource(fromJsonLd('url'), (v) => v),
        fromMeta('og:url'),
      ],
    };
  },
});
