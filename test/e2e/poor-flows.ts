/**
 * Application flows whose confirmation is as poor as real ones (issue #17): one per supported site.
 *
 * The form page states the company and the title in the markup the site really uses (JSON-LD, the
 * site's data attributes or its job header). The user reads it (a key press), submits with a real click
 * on the form's own submit control, and the page's own script answers as the site does: it swaps in a
 * success state (single-page sites) or goes to the site's confirmation address. That confirmation says
 * only "Thank you for applying" (or the site's usual words) beside a logo with no text; the document
 * title is the company's or the board's name, and the address carries a squashed board slug
 * (`harborviewhotels` for "Harborview Hotels & Resorts"). Nothing here is copied from real pages: the
 * markup is modelled on the project's fixtures and on what the real pages in ../shared/corpus show of each site.
 *
 * The expected outcome, whatever the capture design: exactly one record, with the company and title the
 * form showed and the site's id as `source`; a reload of the confirmation adds nothing.
 */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import { until, type Harness, type TabHandle } from './harness';
import { clearData, engage, records } from './flows';

export interface PoorPage {
  url: string;
  html: string;
}

export interface PoorFlow {
  /** Unique test name, e.g. "greenhouse-legacy". */
  name: string;
  /** The site id the record's `source` must carry (a file name in src/sites). */
  site: string;
  /** What the form showed: the record must say exactly this. */
  company: string;
  title: string;
  /** Pages read before the form, in order (a board search, the posting). */
  before: PoorPage[];
  form: PoorPage;
  /** The form's submit control, clicked for real. */
  submit: string;
  /**
   * The confirmation: `navigate` loads it as a new page at `url`; `form-submit` too, by the page's
   * `form.submit()` (a GET, so the address gains the form's fields); `in-place` swaps it into the form's page
   * (after a history.pushState to `url` when that differs from the form's address). `html` is the whole
   * page a reload of `url` serves.
   */
  confirmation: { mode: 'navigate' | 'in-place' | 'form-submit'; url: string; docTitle: string; body: string };
  /**
   * The form runs in a frame of this outer page (iCIMS inside its career-site shell, Greenhouse embedded
   * on a company's own site): the user opens the outer page and everything after happens in the frame.
   */
  outer?: PoorPage;
}

// ------------------------------------------------------------------ page builders

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A logo without words, as confirmation pages show it. */
const LOGO =
  '<img class="logo" width="120" height="32" alt="" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22120%22 height=%2232%22%3E%3Crect width=%22120%22 height=%2232%22 fill=%22%23345%22/%3E%3C/svg%3E">';

export function jsonLd(job: { title: string; company: string; location?: string; id?: string }): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    hiringOrganization: { '@type': 'Organization', name: job.company },
    datePosted: '2026-11-20',
    description: `<p>${job.title} at ${job.company}.</p>`,
  };
  if (job.location) data.jobLocation = { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location } };
  if (job.id) data.identifier = { '@type': 'PropertyValue', name: job.company, value: job.id };
  // `<` escaped so a title can never close the script element.
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export function page(docTitle: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(docTitle)}</title>${head}</head><body>${body}</body></html>`;
}

/** Name, e-mail and résumé fields, labelled as real forms label them. */
function fields(prefix = 'candidate'): string {
  return [
    `<label for="${prefix}_first_name">First name</label><input id="${prefix}_first_name" name="${prefix}[first_name]" type="text" autocomplete="given-name">`,
    `<label for="${prefix}_email">Email</label><input id="${prefix}_email" name="${prefix}[email]" type="email" autocomplete="email">`,
    `<label for="${prefix}_resume">Resume/CV</label><input id="${prefix}_resume" name="${prefix}[resume]" type="file">`,
  ].join('');
}

/** The poor confirmation's body: a logo and the site's generic words, nothing about the job. */
function poorBody(message: string): string {
  return `<header>${LOGO}</header>${message}`;
}

/**
 * The page's own script: on submit (a form's submit event, or a click on a control outside a form) it
 * stops the browser's navigation and shows the confirmation as the site does.
 */
function submitScript(submit: string, c: PoorFlow['confirmation']): string {
  const cfg = JSON.stringify({ submit, mode: c.mode, url: c.url, title: c.docTitle, body: c.body }).replace(/</g, '\\u003c');
  return `<script>(() => {
  const cfg = ${cfg};
  let done = false;
  const confirm = () => {
    if (done) return;
    done = true;
    // A short round trip to the server, then the success state.
    setTimeout(() => {
      if (cfg.mode === 'navigate') return location.assign(cfg.url);
      if (cfg.url !== location.href) history.pushState({}, '', cfg.url);
      document.title = cfg.title;
      document.body.innerHTML = cfg.body;
    }, 60);
  };
  const control = document.querySelector(cfg.submit);
  const form = control && control.form ? control.form : control && control.closest('form');
  if (cfg.mode === 'form-submit') {
    // Older forms: a plain button whose script sends the form with form.submit(), which fires no submit event.
    control.addEventListener('click', () => { form.action = cfg.url; form.method = 'get'; form.submit(); });
  } else if (form && (control.type === 'submit')) {
    form.noValidate = true;
    form.addEventListener('submit', (e) => { e.preventDefault(); confirm(); });
  } else if (control) {
    control.addEventListener('click', (e) => { e.preventDefault(); confirm(); });
  }
})();</script>`;
}

interface Def {
  outer?: PoorPage;
  name: string;
  site: string;
  company: string;
  title: string;
  before?: PoorPage[];
  form: PoorPage;
  submit: string;
  confirmation: { mode: 'navigate' | 'in-place' | 'form-submit'; url: string; docTitle: string; message: string };
}

function define(d: Def): PoorFlow {
  const confirmation = {
    mode: d.confirmation.mode,
    url: d.confirmation.url,
    docTitle: d.confirmation.docTitle,
    body: poorBody(d.confirmation.message),
  };
  // The script goes at the end of the form page's body, as sites load theirs.
  const html = d.form.html.replace('</body>', `${submitScript(d.submit, confirmation)}</body>`);
  return {
    name: d.name,
    site: d.site,
    company: d.company,
    title: d.title,
    before: d.before ?? [],
    form: { url: d.form.url, html },
    submit: d.submit,
    confirmation,
    ...(d.outer ? { outer: d.outer } : {}),
  };
}

/** What a reload of the confirmation's address serves. */
export function confirmationHtml(flow: PoorFlow): string {
  return page(flow.confirmation.docTitle, flow.confirmation.body);
}

const THANKS = '<main><h1>Thank you for applying</h1></main>';

// ------------------------------------------------------------------ one flow per site

function greenhouseLegacy(o = { name: 'greenhouse-legacy', id: '4410021', title: 'Night Audit Supervisor', button: false }): PoorFlow {
  const company = 'Harborview Hotels & Resorts';
  const { id, title } = o;
  const base = 'https://boards.greenhouse.io/harborviewhotels';
  return define({
    name: o.name,
    site: 'greenhouse',
    company,
    title,
    before: [
      {
        url: base,
        html: page(
          `Jobs at ${company}`,
          `<div id="wrapper"><h1 class="page-header">Current Job Openings at ${esc(company)}</h1><section class="level-0"><div class="opening"><a href="/harborviewhotels/jobs/${id}">${esc(title)}</a><span class="location">Portland, ME</span></div></section></div>`,
        ),
      },
    ],
    form: {
      url: `${base}/jobs/${id}`,
      html: page(
        `Job Application for ${title} at ${company}`,
        `<div id="app_body"><div id="header"><h1 class="app-title">${esc(title)}</h1><span class="company-name">at ${esc(company)}</span><div class="location">Portland, ME</div></div>
<div id="content"><p>Lead the overnight front desk team and close the day's books.</p></div>
<div id="application"><form id="application_form" method="post" action="/harborviewhotels/jobs/${id}" enctype="multipart/form-data">${fields('job_application')}
<input type="hidden" name="token" value="${id}"><input id="security_code" name="security_code" type="text" disabled hidden>
<input type="${o.button ? 'button' : 'submit'}" id="submit_app" value="Submit Application"></form></div></div>`,
      ),
    },
    submit: '#submit_app',
    confirmation: {
      mode: o.button ? 'form-submit' : 'navigate',
      url: `${base}/jobs/${id}/confirmation`,
      docTitle: company,
      message: '<div id="application_confirmation"><h1>Thank you for applying.</h1></div>',
    },
  });
}

/** A legacy Greenhouse form whose "Submit Application" is an `<input type="button">` calling form.submit(). */
function greenhouseButton(): PoorFlow {
  return greenhouseLegacy({ name: 'greenhouse-button', id: '4410087', title: 'Banquet Captain', button: true });
}

function greenhouseNew(): PoorFlow {
  const company = 'Bluefin Marine Supply';
  const title = 'Parts Counter Associate';
  const url = 'https://job-boards.greenhouse.io/bluefinmarine/jobs/7120045';
  return define({
    name: 'greenhouse-new',
    site: 'greenhouse',
    company,
    title,
    form: {
      url,
      html: page(
        `Job Application for ${title} at ${company}`,
        `<header><a class="logo" href="/bluefinmarine"><img alt="${esc(company)} Logo" width="120" height="32" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></header>
<main><div class="job__header"><div class="job__title"><h1 class="section-header">${esc(title)}</h1><div class="job__location">Tampa, FL</div></div></div>
<div class="job__description"><p>Help boaters find the right part.</p></div>
<form id="application-form" class="application--form">${fields('question')}<button type="submit" class="btn btn--pill">Submit application</button></form></main>`,
      ),
    },
    submit: '#application-form button[type="submit"]',
    // The new layout is a single-page app: the address turns to /confirmation without a page load.
    confirmation: {
      mode: 'in-place',
      url: `${url}/confirmation`,
      docTitle: company,
      message: '<main><div class="application--confirmation"><h1>Thank you for applying.</h1></div></main>',
    },
  });
}

function lever(): PoorFlow {
  const company = 'Quarry Lane Analytics';
  const title = 'Senior Data Engineer';
  const job = 'https://jobs.lever.co/quarrylane/5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
  const header = `<div class="main-header page-full-width section-wrapper"><a class="main-header-logo" href="https://jobs.lever.co/quarrylane"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${esc(company)} logo"></a></div>`;
  const headline = `<div class="posting-headline"><h2 data-qa="posting-name">${esc(title)}</h2><div class="posting-categories"><div class="location posting-category">Denver, CO</div></div></div>`;
  return define({
    name: 'lever',
    site: 'lever',
    company,
    title,
    before: [
      {
        url: job,
        html: page(
          `${company} - ${title}`,
          `${header}<div class="posting-page">${headline}<div class="section"><p>Build the pipelines.</p></div><a class="postings-btn" href="${job}/apply">Apply for this job</a></div>${jsonLd({ title, company, location: 'Denver, CO' })}`,
        ),
      },
    ],
    form: {
      url: `${job}/apply`,
      html: page(
        `${company} - ${title}`,
        `${header}<div class="application-page">${headline}<form id="application-form" method="POST" action="${job}/apply" enctype="multipart/form-data">${fields('application')}
<button type="submit" id="btn-submit" data-qa="btn-submit" class="postings-btn template-btn-submit">Submit application</button></form></div>${jsonLd({ title, company, location: 'Denver, CO' })}`,
      ),
    },
    submit: '#btn-submit',
    confirmation: {
      mode: 'navigate',
      url: `${job}/thanks`,
      docTitle: company,
      message:
        '<div class="application-confirmation"><h3 data-qa="msg-submit-success">Application submitted!</h3><a class="postings-btn" href="/quarrylane">Return to the main page</a></div>',
    },
  });
}

function ashby(): PoorFlow {
  const company = 'Northstar Freight & Logistics';
  const title = 'Dispatch Coordinator';
  const job = 'https://jobs.ashbyhq.com/northstarfreight/2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
  const appData = `<script>window.__appData = ${JSON.stringify({ organization: { name: company, hostedJobsPageSlug: 'northstarfreight' }, posting: { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', title, locationName: 'Columbus, OH' } })};</script>`;
  return define({
    name: 'ashby',
    site: 'ashby',
    company,
    title,
    before: [
      {
        url: job,
        html: page(
          `${title} @ ${company}`,
          `<div id="root"><div class="ashby-job-posting-header"><h1 class="ashby-job-posting-heading">${esc(title)}</h1></div><p>Keep the trucks moving.</p><a href="${job}/application">Apply for this Job</a></div>${appData}${jsonLd({ title, company, location: 'Columbus, OH' })}`,
        ),
      },
    ],
    form: {
      url: `${job}/application`,
      html: page(
        `${title} @ ${company}`,
        `<div id="root"><div class="ashby-job-posting-header"><h1 class="ashby-job-posting-heading">${esc(title)}</h1></div>
<div class="ashby-application-form-container"><form>${fields('ashby')}<button type="submit" class="ashby-application-form-submit-button">Submit Application</button></form></div></div>${appData}${jsonLd({ title, company, location: 'Columbus, OH' })}`,
      ),
    },
    submit: '.ashby-application-form-submit-button',
    // Ashby's default success screen; the address does not change.
    confirmation: {
      mode: 'in-place',
      url: `${job}/application`,
      docTitle: company,
      message:
        '<div id="root"><div class="ashby-application-form-success-container"><h2>Success</h2><p>Your application was successfully submitted. We\'ll contact you if there are next steps.</p></div></div>',
    },
  });
}

function workday(): PoorFlow {
  const company = 'Cedar Valley Health System';
  const title = 'Patient Access Representative';
  const job = 'https://cedarvalley.wd5.myworkdayjobs.com/en-US/CedarValleyCareers/job/Boise-ID/Patient-Access-Representative_R-30117';
  const header = `<div data-automation-id="header"><div data-automation-id="headerTitle"><h1>Careers at ${esc(company)}</h1></div></div>`;
  const ld = jsonLd({ title, company, location: 'Boise, ID', id: 'R-30117' });
  return define({
    name: 'workday',
    site: 'workday',
    company,
    title,
    before: [
      {
        url: job,
        html: page(
          title,
          `${header}<main><div data-automation-id="jobPostingHeader"><h2>${esc(title)}</h2></div><div data-automation-id="locations"><dd>Boise, ID</dd></div><div data-automation-id="jobPostingDescription"><p>Welcome patients.</p></div><a data-automation-id="adventureButton" href="${job}/apply/applyManually">Apply</a></main>${ld}`,
        ),
      },
    ],
    form: {
      url: `${job}/apply/applyManually`,
      html: page(
        title,
        `${header}<main><div data-automation-id="applyFlowPage"><h2 data-automation-id="jobTitleHeading">${esc(title)}</h2>
<ol data-automation-id="progressBar"><li data-automation-id="progressBarActiveStep"><label>current step 5 of 5</label></li></ol>
<div data-automation-id="applyFlowReviewPage"><h3>Review</h3><p>My Information</p></div>
<div data-automation-id="pageFooter"><button type="button" data-automation-id="pageFooterNextButton">Submit</button></div></div></main>${ld}`,
      ),
    },
    submit: '[data-automation-id="pageFooterNextButton"]',
    confirmation: {
      mode: 'in-place',
      url: `${job}/apply/applyManually`,
      docTitle: company,
      message: '<main><h2>Thank you for applying</h2></main>',
    },
  });
}

function linkedin(): PoorFlow {
  const company = 'Marigold Foods International';
  const title = 'Category Analyst';
  const url = 'https://www.linkedin.com/jobs/view/4098765432/';
  const topCard = `<div class="job-details-jobs-unified-top-card__container"><div class="job-details-jobs-unified-top-card__company-name"><a href="https://www.linkedin.com/company/marigold-foods/life">${esc(company)}</a></div>
<h1 class="job-details-jobs-unified-top-card__job-title">${esc(title)}</h1><div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">Chicago, IL</span></div></div>`;
  return define({
    name: 'linkedin',
    site: 'linkedin',
    company,
    title,
    before: [
      {
        url: 'https://www.linkedin.com/jobs/search/?currentJobId=4098765432&keywords=category%20analyst',
        html: page(
          'Category Analyst Jobs | LinkedIn',
          `<main><ul><li class="jobs-search-results-list__list-item--active"><div class="artdeco-entity-lockup__title">${esc(title)}</div><div class="artdeco-entity-lockup__subtitle">${esc(company)}</div></li></ul>${topCard}</main>`,
        ),
      },
    ],
    form: {
      url,
      html: page(
        `${company} hiring ${title} in Chicago, IL | LinkedIn`,
        `<main>${topCard}</main><div role="dialog" aria-labelledby="easy-apply-h" class="artdeco-modal jobs-easy-apply-modal" data-test-modal-id="easy-apply-modal"><h2 id="easy-apply-h">Apply to ${esc(company)}</h2>
<div class="jobs-easy-apply-content"><h3>Review your application</h3><p>The employer will also receive a copy of your profile.</p>
<button type="button" aria-label="Submit application" class="artdeco-button artdeco-button--primary">Submit application</button></div></div>`,
      ),
    },
    submit: 'button[aria-label="Submit application"]',
    confirmation: {
      mode: 'in-place',
      url,
      docTitle: 'LinkedIn',
      message:
        '<div role="dialog" aria-labelledby="post-apply-h" class="artdeco-modal" data-test-modal-id="post-apply-modal"><h2 id="post-apply-h">Application sent</h2>\n<p>Your application was sent!</p>\n<button type="button">Done</button></div>',
    },
  });
}

function indeed(): PoorFlow {
  const company = 'Blue Heron Kitchen & Bar';
  const title = 'Line Cook';
  const jk = '9f8e7d6c5b4a3921';
  const header = `<div class="jobsearch-JobInfoHeader"><h1 data-testid="jobsearch-JobInfoHeader-title">${esc(title)}</h1><div data-testid="inlineHeader-companyName"><a href="/cmp/Blue-Heron">${esc(company)}</a></div><div data-testid="inlineHeader-companyLocation">Savannah, GA 31401</div></div>`;
  return define({
    name: 'indeed',
    site: 'indeed',
    company,
    title,
    // Where users start: a search, the job's own page, then Indeed Apply on its own host.
    before: [
      {
        url: `https://www.indeed.com/jobs?q=line+cook&l=Savannah%2C+GA&vjk=${jk}`,
        html: page(
          'Line Cook Jobs, Employment in Savannah, GA | Indeed.com',
          `<main><ul><li><div class="job_seen_beacon vjs-highlight" data-jk="${jk}"><h2 class="jobTitle"><a href="/viewjob?jk=${jk}">${esc(title)}</a></h2><span data-testid="company-name">${esc(company)}</span><div data-testid="text-location">Savannah, GA 31401</div></div></li></ul></main>`,
        ),
      },
      {
        url: `https://www.indeed.com/viewjob?jk=${jk}&from=serp`,
        html: page(
          `${title} - Savannah, GA 31401 - Indeed.com`,
          `<main>${header}<div id="jobDescriptionText"><p>Prep and line work.</p></div><button id="indeedApplyButton" type="button">Apply now</button></main>${jsonLd({ title, company, location: 'Savannah, GA' })}`,
        ),
      },
    ],
    form: {
      url: 'https://smartapply.indeed.com/beta/indeedapply/form/review',
      html: page(
        'Review the contents of this job application | Indeed.com',
        `<header><div data-testid="jobInfoHeader"><h1>${esc(title)}</h1><p>${esc(company)} - Savannah, GA 31401</p></div></header>
<main><form><h2>Please review your application</h2><label for="r-name">Full name</label><input id="r-name" type="text"><button type="submit" data-testid="submit-application-button">Submit your application</button></form></main>`,
      ),
    },
    submit: '[data-testid="submit-application-button"]',
    confirmation: {
      mode: 'navigate',
      url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply',
      docTitle: 'Indeed',
      message: '<main><h1>Your application has been submitted!</h1></main>',
    },
  });
}

function icims(): PoorFlow {
  const company = 'Summit Ridge Medical Center';
  const title = 'Registered Nurse - Cardiac ICU';
  const job = 'https://careers-summitridge.icims.com/jobs/55213/registered-nurse---cardiac-icu';
  const headerBlock = `<div class="iCIMS_Header"><h1 class="iCIMS_Header">${esc(title)}</h1></div>`;
  const ld = jsonLd({ title, company, location: 'Denver, CO', id: '55213' });
  return define({
    name: 'icims',
    site: 'icims',
    company,
    title,
    before: [
      {
        url: `${job}/job?in_iframe=1`,
        html: page(
          `${title} in Denver, CO | Careers at ${company}`,
          `<div class="iCIMS_MainWrapper">${headerBlock}<div class="iCIMS_JobContent"><p>Care for cardiac patients.</p></div><a class="iCIMS_ApplyOnlineButton" href="${job}/candidate?in_iframe=1">Apply for this job online</a></div>${ld}`,
        ),
      },
    ],
    form: {
      url: `${job}/candidate?from=login&in_iframe=1`,
      html: page(
        `${title} in Denver, CO | Careers at ${company}`,
        `<div class="iCIMS_MainWrapper">${headerBlock}<div id="iCIMS_ApplicantProfile"><form id="cp_form" class="iCIMS_Forms" method="post" action="${job}/candidate/submit?in_iframe=1">${fields('cp')}
<input type="submit" id="cp_submit" class="iCIMS_PrimaryButton" value="Submit"></form></div></div>${ld}`,
      ),
    },
    submit: '#cp_submit',
    confirmation: {
      mode: 'navigate',
      url: `${job}/candidate/submit?in_iframe=1`,
      docTitle: company,
      message: '<div class="iCIMS_MainWrapper"><h1>Thank you for applying</h1></div>',
    },
  });
}

/** iCIMS as users meet it: the career site's shell page, the job and its form in `#icims_content_iframe`. */
function icimsInFrame(): PoorFlow {
  const flow = icims();
  const shell = 'https://careers-summitridge.icims.com/jobs/55213/registered-nurse---cardiac-icu/job';
  return {
    ...flow,
    name: 'icims-frame',
    before: [],
    outer: {
      url: shell,
      html: page(
        `${flow.title} in Denver, CO | Careers at ${flow.company}`,
        `<div class="site-header"><a href="https://www.summitridge.example/">${LOGO}</a></div><span id="icims_iframe_span"></span>
<iframe id="icims_content_iframe" title="iCIMS Content iFrame" width="1000" height="640" src="${flow.form.url}"></iframe><footer>Equal opportunity employer</footer>`,
      ),
    },
  };
}

/** A company's own careers page with Greenhouse's embedded form; the confirmation comes up inside the frame. */
function greenhouseEmbed(): PoorFlow {
  const company = 'Harborview Hotels & Resorts';
  const title = 'Front Desk Agent';
  const embed = 'https://job-boards.greenhouse.io/embed/job_app?for=harborviewhotels&token=4410099';
  const flow = define({
    name: 'greenhouse-embed',
    site: 'greenhouse',
    company,
    title,
    form: {
      url: embed,
      html: page(
        `Job Application for ${title} at ${company}`,
        `<main><div class="job__title"><h1>${esc(title)}</h1></div><div class="job__location">Portland, ME</div>
<form id="application-form" class="application--form">${fields('question')}<button type="submit">Submit application</button></form></main>`,
      ),
    },
    submit: '#application-form button[type="submit"]',
    confirmation: {
      mode: 'navigate',
      url: 'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=harborviewhotels&token=4410099',
      docTitle: company,
      message: '<main><h1>Thank you for applying.</h1></main>',
    },
  });
  return {
    ...flow,
    outer: {
      url: 'https://careers.harborviewhotels.example/jobs/front-desk-agent?gh_jid=4410099',
      html: page(
        `Front Desk Agent | Careers | ${company}`,
        `<header>${LOGO}<nav><a href="/jobs">All jobs</a></nav></header><main><h1>${esc(title)}</h1><p>Portland, ME</p>
<div id="grnhse_app"><iframe id="grnhse_iframe" title="Greenhouse Job Board" width="1000" height="640" src="${embed}"></iframe></div></main>`,
      ),
    },
  };
}

function smartrecruiters(): PoorFlow {
  const company = 'Kestrel Aerospace Systems';
  const title = 'Test Engineering Intern';
  const uuid = '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f';
  const oneclick = `https://jobs.smartrecruiters.com/oneclick-ui/company/KestrelAerospace/publication/${uuid}?dcr_ci=KestrelAerospace`;
  return define({
    name: 'smartrecruiters',
    site: 'smartrecruiters',
    company,
    title,
    before: [
      {
        url: 'https://jobs.smartrecruiters.com/KestrelAerospace/744000160123456-test-engineering-intern',
        html: page(
          `${title} | ${company}`,
          `<main itemscope itemtype="http://schema.org/JobPosting"><header class="header-logo"><img alt="${esc(company)} logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></header><h1 class="job-title" itemprop="title">${esc(title)}</h1>
<div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="${esc(company)}"></div><spl-job-location formattedaddress="Toulouse, France"></spl-job-location><a id="st-apply" class="js-oneclick" href="${oneclick}">I'm interested</a></main>`,
        ),
      },
    ],
    form: {
      url: oneclick,
      html: page(
        `${company} - ${title}`,
        `<oc-root><header class="header-logo"><img alt="${esc(company)} logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></header><main><h1 class="job-title" data-test="job-title">${esc(title)}</h1>
<oc-application-form><form name="applicationForm">${fields('oc')}<button type="submit" data-test="footer-submit">Submit</button></form></oc-application-form></main></oc-root>`,
      ),
    },
    submit: 'button[data-test="footer-submit"]',
    confirmation: { mode: 'in-place', url: oneclick, docTitle: company, message: THANKS },
  });
}

function workable(): PoorFlow {
  const company = 'Oakmoss Design Studio';
  const title = 'Customer Support Specialist';
  const job = 'https://apply.workable.com/oakmoss/j/4E5F6A7B8C/';
  const logo = `<div data-ui="company-logo"><img alt="${esc(company)}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`;
  return define({
    name: 'workable',
    site: 'workable',
    company,
    title,
    before: [
      {
        url: job,
        html: page(
          `${title} - ${company}`,
          `<main>${logo}<h1 data-ui="job-title">${esc(title)}</h1><span data-ui="job-location">Bristol, United Kingdom</span><section data-ui="job-description"><p>Help our customers.</p></section><a data-ui="application-form-tab" href="${job}apply/">Application</a>${jsonLd({ title, company, location: 'Bristol' })}</main>`,
        ),
      },
    ],
    form: {
      url: `${job}apply/`,
      html: page(
        `${title} - ${company}`,
        `<main>${logo}<h1 data-ui="job-title">${esc(title)}</h1><span data-ui="job-location">Bristol, United Kingdom</span>
<form data-ui="application-form">${fields('workable')}<button type="submit" data-ui="apply-button">Submit application</button></form>${jsonLd({ title, company, location: 'Bristol' })}</main>`,
      ),
    },
    submit: 'button[data-ui="apply-button"]',
    confirmation: {
      mode: 'in-place',
      url: `${job}apply/`,
      docTitle: company,
      message: '<main><div data-ui="application-success"><h2>Thank you for applying!</h2></div></main>',
    },
  });
}

/** Sites whose pages carry a JSON-LD JobPosting: the posting and a form page on its own address. */
function jsonLdSite(o: {
  name: string;
  company: string;
  title: string;
  location: string;
  posting?: string;
  form: string;
  formBody: string;
  submit: string;
  confirmation: Def['confirmation'];
  formTitle?: string;
  postingBody?: string;
}): PoorFlow {
  const ld = jsonLd({ title: o.title, company: o.company, location: o.location });
  return define({
    name: o.name,
    site: o.name,
    company: o.company,
    title: o.title,
    before: o.posting
      ? [
          {
            url: o.posting,
            html: page(
              o.formTitle ?? `${o.title} - ${o.company}`,
              `<main><h1>${esc(o.title)}</h1>${o.postingBody ?? ''}<p>About the role.</p></main>${ld}`,
            ),
          },
        ]
      : [],
    form: { url: o.form, html: page(o.formTitle ?? `${o.title} - ${o.company}`, `${o.formBody}${ld}`) },
    submit: o.submit,
    confirmation: o.confirmation,
  });
}

function bamboohr(): PoorFlow {
  const company = 'Silverline Credit Union';
  const title = 'Member Services Representative';
  const base = 'https://silverlinecu.bamboohr.com/careers/142';
  return jsonLdSite({
    name: 'bamboohr',
    company,
    title,
    location: 'Spokane, WA',
    posting: base,
    postingBody: `<h2 id="positionTitle">${esc(title)}</h2><a href="${base}/apply">Apply for This Job</a>`,
    form: `${base}/apply`,
    formBody: `<main><h2 id="positionTitle">${esc(title)}</h2><form id="applicationForm">${fields('bhr')}<button type="submit" data-testid="submit-application">Submit Application</button></form></main>`,
    submit: 'button[data-testid="submit-application"]',
    confirmation: { mode: 'in-place', url: `${base}/apply`, docTitle: company, message: THANKS },
  });
}

function breezy(): PoorFlow {
  const company = 'Lumen & Loom Interiors';
  const title = 'Junior Interior Designer';
  const base = 'https://lumenloom.breezy.hr/p/3e8a1b2c9d0f-junior-interior-designer';
  return jsonLdSite({
    name: 'breezy',
    company,
    title,
    location: 'Austin, TX',
    posting: base,
    postingBody: `<div class="banner"><h1>${esc(title)}</h1></div><a class="apply" href="${base}/apply">Apply to this position</a>`,
    form: `${base}/apply`,
    formBody: `<div class="banner"><h1>${esc(title)}</h1></div><form name="applicationForm" class="application-form">${fields('breezy')}<button type="submit" class="button apply">Submit Application</button></form>`,
    submit: 'form.application-form button[type="submit"]',
    confirmation: { mode: 'in-place', url: `${base}/apply`, docTitle: company, message: THANKS },
  });
}

function glassdoor(): PoorFlow {
  const company = 'Lantern Coffee Roasters';
  const title = 'Barista';
  const url = 'https://www.glassdoor.com/job-listing/barista-lantern-coffee-roasters-JV_IC1147401_KO0,7_KE8,31.htm?jl=1009876543299';
  return define({
    name: 'glassdoor',
    site: 'glassdoor',
    company,
    title,
    form: {
      url,
      html: page(
        `${company} ${title} Job in Portland, OR | Glassdoor`,
        `<main><div data-test="employer-name">${esc(company)}</div><h1 data-test="job-title">${esc(title)}</h1><div data-test="location">Portland, OR</div>
<div role="dialog" aria-labelledby="ea-h"><h2 id="ea-h">Apply to ${esc(company)}</h2><form>${fields('gd')}<button type="submit" data-test="submit-application">Submit your application</button></form></div></main>${jsonLd({ title, company, location: 'Portland, OR' })}`,
      ),
    },
    submit: 'button[data-test="submit-application"]',
    confirmation: {
      mode: 'in-place',
      url,
      docTitle: 'Glassdoor',
      message: '<div role="dialog" aria-labelledby="sent-h"><h2 id="sent-h">Your application has been submitted</h2></div>',
    },
  });
}

function jazzhr(): PoorFlow {
  const company = 'Bramble & Finch Accounting';
  const title = 'Senior Accountant';
  const base = 'https://brambleandfinch.applytojob.com/apply/Qw3Er5Ty7U/Senior-Accountant';
  return jsonLdSite({
    name: 'jazzhr',
    company,
    title,
    location: 'Denver, CO',
    // Posting and form are one page on JazzHR.
    form: `${base}?source=LinkedIn`,
    formTitle: `${title} - ${company}`,
    formBody: `<div id="resumator-content"><div class="job-header"><h1 id="resumator-job-title">${esc(title)}</h1></div><div id="job-description"><p>Close the books.</p></div>
<form id="resumator-application-form" method="post" action="/apply/Qw3Er5Ty7U/Senior-Accountant" enctype="multipart/form-data">${fields('resumator')}<button type="submit" id="resumator-submit-resume">Submit Application</button></form></div>`,
    submit: '#resumator-submit-resume',
    confirmation: {
      mode: 'navigate',
      url: `${base}/thanks`,
      docTitle: company,
      message: '<div id="resumator-content"><div id="resumator-confirmation"><h1>Thank you for applying</h1></div></div>',
    },
  });
}

function jobvite(): PoorFlow {
  const company = 'Thriftwell Retail Group';
  const title = 'Financial Analyst, Pricing';
  const base = 'https://jobs.jobvite.com/thriftwell/job/oRk4TzQ9';
  return jsonLdSite({
    name: 'jobvite',
    company,
    title,
    location: 'Bellevue, WA',
    posting: base,
    postingBody: `<h2 class="jv-header">${esc(title)}</h2><a class="jv-button-apply" href="${base}/apply">Apply</a>`,
    form: `${base}/apply`,
    formTitle: `${company} Careers - ${title}`,
    formBody: `<div class="jv-page-body"><h2 class="jv-header">${esc(title)}</h2><form class="jv-apply-form" name="applyForm">${fields('jv')}<button type="submit" class="jv-button jv-button-primary">Send Application</button></form></div>`,
    submit: 'form.jv-apply-form button[type="submit"]',
    confirmation: {
      mode: 'navigate',
      url: `${base}/apply/confirmation`,
      docTitle: company,
      message: '<div class="jv-page-body"><h1 class="jv-header">Thank you for applying</h1></div>',
    },
  });
}

function personio(): PoorFlow {
  const company = 'Nordlicht Kaffeerösterei';
  const title = 'Working Student Marketing (f/m/d)';
  const url = 'https://nordlicht-kaffee.jobs.personio.de/job/2345678?language=en&display=en';
  return jsonLdSite({
    name: 'personio',
    company,
    title,
    location: 'Kiel',
    form: url,
    formTitle: `${title} | ${company}`,
    formBody: `<main><h1>${esc(title)}</h1><div class="job-description"><p>Tell our story.</p></div><section id="apply"><form id="job-application-form">${fields('personio')}<button type="submit" data-test-id="submit-button">Send application</button></form></section></main>`,
    submit: '#job-application-form button[type="submit"]',
    confirmation: { mode: 'in-place', url, docTitle: company, message: THANKS },
  });
}

function recruitee(): PoorFlow {
  const company = 'Polder Mobility Partners';
  const title = 'Senior Product Designer';
  const base = 'https://poldermobility.recruitee.com/o/senior-product-designer';
  return jsonLdSite({
    name: 'recruitee',
    company,
    title,
    location: 'Utrecht',
    posting: base,
    postingBody: `<a href="${base}/c/new">Apply for this job</a>`,
    form: `${base}/c/new`,
    formBody: `<main><h1 data-testid="offer-title">${esc(title)}</h1><form data-testid="application-form">${fields('rc')}<button type="submit">Send</button></form></main>`,
    submit: 'form[data-testid="application-form"] button[type="submit"]',
    confirmation: { mode: 'in-place', url: `${base}/c/new`, docTitle: company, message: THANKS },
  });
}

function teamtailor(): PoorFlow {
  const company = 'Fjällbyrån Arkitekter';
  const title = 'Backend Developer';
  const base = 'https://fjallbyran.teamtailor.com/jobs/4521877-backend-developer';
  return jsonLdSite({
    name: 'teamtailor',
    company,
    title,
    location: 'Umeå',
    posting: base,
    postingBody: `<a href="${base}/applications/new">Apply for this job</a>`,
    form: `${base}/applications/new`,
    formBody: `<main><h1>${esc(title)}</h1><form id="new_candidate" class="new_candidate" action="/jobs/4521877-backend-developer/applications" method="post">${fields('candidate')}<button type="submit" name="commit">Send application</button></form></main>`,
    submit: '#new_candidate button[type="submit"]',
    confirmation: { mode: 'navigate', url: `${base}/applications/thanks`, docTitle: company, message: THANKS },
  });
}

function wellfound(): PoorFlow {
  const company = 'Tidewater Robotics Labs';
  const title = 'Senior Backend Engineer';
  const url = 'https://wellfound.com/jobs/3056789-senior-backend-engineer';
  return jsonLdSite({
    name: 'wellfound',
    company,
    title,
    location: 'Remote',
    form: url,
    formTitle: `${title} at ${company} • Wellfound`,
    formBody: `<main><h1 data-test="JobTitle">${esc(title)}</h1><div role="dialog" aria-labelledby="wf-h"><h2 id="wf-h">Apply to ${esc(company)}</h2><form data-test="JobApplication-Form"><label for="wf-note">Note</label><textarea id="wf-note" name="userNote"></textarea><button type="submit">Send application</button></form></div></main>`,
    submit: 'form[data-test="JobApplication-Form"] button[type="submit"]',
    confirmation: { mode: 'in-place', url, docTitle: 'Wellfound', message: '<main><div role="status">Thank you for applying</div></main>' },
  });
}

function ziprecruiter(): PoorFlow {
  const company = 'Prairie Wind Energy Cooperative';
  const title = 'Wind Turbine Technician';
  const url = 'https://www.ziprecruiter.com/c/Prairie-Wind-Energy/Job/Wind-Turbine-Technician/-in-Amarillo,TX?jid=7a6b5c4d3e2f1a09';
  return jsonLdSite({
    name: 'ziprecruiter',
    company,
    title,
    location: 'Amarillo, TX',
    form: url,
    formTitle: `${title} job in Amarillo, TX at ${company} | ZipRecruiter`,
    formBody: `<main><div class="job_header"><h1 class="job_title">${esc(title)}</h1><a class="hiring_company_text">${esc(company)}</a></div>
<div role="dialog" class="ApplyFlowApp"><form>${fields('zr')}<button type="submit" class="apply_button">Submit application</button></form></div></main>`,
    submit: '.ApplyFlowApp button[type="submit"]',
    confirmation: {
      mode: 'in-place',
      url,
      docTitle: 'ZipRecruiter',
      message: '<main><div role="status">Thank you for applying</div></main>',
    },
  });
}

/**
 * Every site in src/sites, with Greenhouse in both layouts and embedded on a company site, and iCIMS
 * both on its own and in its frame. `generic` needs the any-site opt-in, which Chromium cannot grant
 * headless: anysite.e2e.ts covers it in Firefox.
 */
export function poorFlows(): PoorFlow[] {
  return [
    ashby(),
    bamboohr(),
    breezy(),
    glassdoor(),
    greenhouseButton(),
    greenhouseEmbed(),
    greenhouseLegacy(),
    greenhouseNew(),
    icims(),
    icimsInFrame(),
    indeed(),
    jazzhr(),
    jobvite(),
    lever(),
    linkedin(),
    personio(),
    recruitee(),
    smartrecruiters(),
    teamtailor(),
    wellfound(),
    workable(),
    workday(),
    ziprecruiter(),
  ];
}

/**
 * The same flow where no page states the job: no posting before the form, and the form (and the page
 * around its frame) without JSON-LD, without the job's title or company anywhere, and without a document
 * title. The user still submits it and the site still confirms: that is one record which asks for its job.
 */
export function unreadable(flow: PoorFlow): PoorFlow {
  const words = [`at ${flow.company}`, `${flow.company} logo`, flow.title, flow.company];
  const stripText = (html: string) => {
    let out = html;
    for (const text of words) for (const form of new Set([text, esc(text)])) out = out.split(form).join('');
    return out;
  };
  // The job leaves the markup and the app data; the script that shows the confirmation (it sets the
  // confirmation's document title) stays as it is.
  const strip = (html: string) =>
    html
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
      .replace(/<title>[\s\S]*?<\/title>/, '<title></title>')
      .split(/(<script[\s\S]*?<\/script>)/)
      .map((part) => (part.startsWith('<script') && part.includes('document.title') ? part : stripText(part)))
      .join('');
  return {
    ...flow,
    name: `${flow.name}-unreadable`,
    before: [],
    form: { url: flow.form.url, html: strip(flow.form.html) },
    ...(flow.outer ? { outer: { url: flow.outer.url, html: strip(flow.outer.html) } } : {}),
  };
}

// ------------------------------------------------------------------ running a flow

export type Verdict = 'right' | 'wrong' | 'none';

export interface Outcome {
  flow: string;
  site: string;
  browser: string;
  verdict: Verdict;
  /** How many records after the reload. */
  count: number;
  company?: string;
  title?: string;
  source?: string;
  needsDetails?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for the page's load (the content scripts run at document_idle), then reads it as a user does. */
async function read(tab: TabHandle): Promise<void> {
  await until(() => tab.evaluate(() => document.readyState === 'complete'), 'the page to load');
  await engage(tab);
}

/** The document the user works in: the tab's own, or the frame a form runs in. */
interface Doc {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  url(): string;
  reload(): Promise<void>;
}

function tabDoc(tab: TabHandle): Doc {
  return { evaluate: (fn, arg) => tab.evaluate(fn, arg), click: (s) => tab.click(s), url: () => tab.url(), reload: () => tab.reload() };
}

/** Minimal view of a Playwright or Puppeteer frame: both drivers name these the same. */
interface DriverFrame {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  click(selector: string): Promise<void>;
  url(): string;
}
interface DriverPage {
  frames(): DriverFrame[];
  mainFrame(): DriverFrame;
}

/** The tab's one child frame (looked up again on every use: a navigation may replace it). */
async function frameDoc(tab: TabHandle): Promise<Doc> {
  const raw = tab.raw as unknown as DriverPage;
  const frame = () => {
    const child = raw.frames().find((f) => f !== raw.mainFrame());
    if (!child) throw new Error('the page has no frame');
    return child;
  };
  await until(async () => raw.frames().some((f) => f !== raw.mainFrame() && /^https:/.test(f.url())), 'the frame');
  return {
    evaluate: (fn, arg) => frame().evaluate(fn, arg) as never,
    click: (s) => frame().click(s),
    url: () => frame().url(),
    // A reload of the frame's own document, as "Reload frame" does.
    reload: async () => {
      await frame().evaluate(() => setTimeout(() => location.reload(), 0));
      await sleep(300);
    },
  };
}

/**
 * Runs the flow and returns what the extension stored. Assertions are the caller's: the outcome is
 * also appended, one JSON line, to $BASKETS_POOR_REPORT when set, to count right, wrong and missing records.
 */
export async function runPoorFlow(h: Harness, flow: PoorFlow): Promise<Outcome> {
  await clearData(h);
  for (const p of flow.before) h.serve(p.url, p.html);
  h.serve(flow.form.url, flow.form.html);
  const sameAddress = new URL(flow.confirmation.url).href === new URL(flow.form.url).href;
  // What a reload of the confirmation's address serves (an in-place success at the form's own address reloads the form).
  if (!sameAddress) h.serve(flow.confirmation.url, confirmationHtml(flow));
  if (flow.outer) h.serve(flow.outer.url, flow.outer.html);
  let tab: TabHandle | undefined;
  try {
    for (const p of [...flow.before, flow.outer ?? flow.form]) {
      if (tab) await tab.goto(p.url);
      else tab = await h.open(p.url);
      await read(tab);
    }
    if (!tab) throw new Error('no page opened');
    const doc = flow.outer ? await frameDoc(tab) : tabDoc(tab);
    if (flow.outer) await until(() => doc.evaluate(() => document.readyState === 'complete').catch(() => false), 'the form in its frame');
    await doc.click(flow.submit);
    // The confirmation is showing: its words are on the page, at the address the site uses.
    const expectedHref = new URL(flow.confirmation.url).href;
    await until(
      () =>
        doc
          .evaluate((t: string) => document.title === t && !!document.querySelector('header img.logo'), flow.confirmation.docTitle)
          .catch(() => false),
      `${flow.name}: the confirmation page`,
    );
    const at = new URL(doc.url());
    if (flow.confirmation.mode === 'form-submit') at.search = '';
    expect(at.href).toBe(expectedHref);
    const first = await until(
      async () => {
        const all = await records(h);
        return all.length > 0 ? all : null;
      },
      `a ${flow.name} record`,
      6000,
    ).catch(() => [] as Awaited<ReturnType<typeof records>>);
    // The same confirmation seen again must add nothing.
    await doc.reload();
    await until(() => doc.evaluate(() => document.readyState === 'complete').catch(() => false), 'the reload');
    await sleep(first?.length ? 1200 : 300);
    const after = await records(h);
    const rec = after[0];
    const right = after.length === 1 && rec?.company === flow.company && rec?.title === flow.title && rec?.source === flow.site;
    const outcome: Outcome = {
      flow: flow.name,
      site: flow.site,
      browser: h.name,
      verdict: after.length === 0 ? 'none' : right ? 'right' : 'wrong',
      count: after.length,
      ...(rec ? { company: rec.company, title: rec.title, source: rec.source, needsDetails: rec.needsDetails === true } : {}),
    };
    const report = process.env.BASKETS_POOR_REPORT;
    if (report) appendFileSync(report, `${JSON.stringify(outcome)}\n`);
    return outcome;
  } finally {
    await tab?.close();
  }
}
