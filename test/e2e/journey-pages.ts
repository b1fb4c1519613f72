/**
 * Page builders for attacks.e2e.ts and journeys.e2e.ts: the project's own pages, modelled on the markup
 * the real sites serve (see /work/shared/corpus/README.md and test/fixtures/). Every builder returns a
 * whole HTML document. Confirmation pages are as poor as real ones (pitfall 11 of browser-testing.md):
 * a generic "Thank you for applying", a logo, the company or the site as the document title.
 *
 * Pages that submit do what the real sites do from the user's click: a single-page form calls
 * preventDefault and moves on by itself (a swap in place or a `location` change); the legacy
 * Greenhouse form posts for real through `form.submit()`.
 */

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function doc(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/** JSON-LD JobPosting, as Greenhouse, Lever and Workday postings carry it. */
function jobPosting(title: string, company: string, location: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    hiringOrganization: { '@type': 'Organization', name: company },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: location } },
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

// ------------------------------------------------------------------ confirmations an attacker loads

/** Greenhouse's embedded-form confirmation: one sentence and the board's logo. */
export function greenhouseEmbedConfirmation(company: string): string {
  return doc(
    company,
    `<div id="embedded_app_confirmation" class="main font-secondary">
  <div class="logo-container"><img alt="${esc(company)} logo" src="data:,"></div>
  <div class="application-confirmation"><h1 class="section-header section-header--large">Thank you for applying.</h1>
  <p>Your application has been received. We will review it right away and get in touch if your skills match.</p></div>
</div>`,
  );
}

/** A Greenhouse board confirmation at `/<board>/jobs/<id>/confirmation`. */
export function greenhouseConfirmation(company: string): string {
  return doc(
    company,
    `<div class="main font-secondary">
  <header class="logo"><img alt="${esc(company)}" src="data:,"></header>
  <div class="application-confirmation"><h1 class="section-header section-header--large">Thank you for applying.</h1>
  <p>Your application has been received. We will review it right away and get in touch if your skills match.</p></div>
</div>`,
  );
}

/** Lever's `/thanks`: "Application submitted!" and a way back; it never repeats the job. */
export function leverThanks(company: string, org: string): string {
  return doc(
    company,
    `<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section">
  <a class="main-header-logo" href="https://jobs.lever.co/${org}"><img alt="${esc(company)} logo" src="data:,"></a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-confirmation">
  <h3 data-qa="msg-submit-success">Application submitted!</h3>
  <p>Thank you for your interest. We will be in touch.</p>
  <a class="template-btn-submit" href="https://jobs.lever.co/${org}">Return to the main page</a>
</div></div>`,
  );
}

// ------------------------------------------------------------------ attack pages on an unrelated site

/** An unrelated site with hidden, sandboxed frames of confirmation addresses. */
export function evilWithHiddenFrames(frameUrls: readonly string[]): string {
  const frames = frameUrls
    .map(
      (u, i) =>
        `<iframe id="f${i}" sandbox="" title="" width="1" height="1" style="position:absolute;left:-10000px;top:0;opacity:0;border:0" src="${esc(u)}"></iframe>`,
    )
    .join('\n');
  return doc('Free recipes — evil.example', `<main><h1>Ten quick dinners</h1><p>Nothing to see here.</p></main>\n${frames}`);
}

/**
 * Eight hidden frames that keep loading confirmation addresses with new job ids: every `everyMs`
 * each frame moves to the next address of `urls` until the list is used up; `window.cycled` counts.
 */
export function evilCycler(urls: readonly string[], everyMs: number): string {
  return doc(
    'Daily deals — evil.example',
    `<main><h1>Deals of the day</h1></main>
<div id="frames"></div>
<script>
  const urls = ${JSON.stringify(urls)};
  const holder = document.getElementById('frames');
  const frames = Array.from({ length: 8 }, (_, i) => {
    const f = document.createElement('iframe');
    f.title = '';
    f.style.cssText = i % 2 ? 'display:none' : 'position:absolute;left:-10000px;width:0;height:0;border:0';
    holder.appendChild(f);
    return f;
  });
  window.cycled = 0;
  let next = 0;
  const tick = () => {
    for (const f of frames) {
      if (next >= urls.length) return;
      f.src = urls[next++];
      window.cycled = next;
    }
    setTimeout(tick, ${everyMs});
  };
  tick();
</script>`,
  );
}

/** Opens each address in a new window as soon as the page loads, and closes each 1.5 s later. */
export function evilWindowBurst(urls: readonly string[]): string {
  return doc(
    'Win a prize — evil.example',
    `<main><h1>You won!</h1></main>
<script>
  window.opened = 0;
  for (const u of ${JSON.stringify(urls)}) {
    const w = window.open(u, '_blank', 'width=400,height=300');
    if (w) {
      window.opened++;
      setTimeout(() => w.close(), 1500);
    }
  }
</script>`,
  );
}

// ------------------------------------------------------------------ hidden or contradicted evidence

/** A Lever posting `/<org>/<uuid>` (no form) carrying a hidden success message. */
export function leverPostingWithHiddenSuccess(company: string, org: string, title: string): string {
  return doc(
    `${company} - ${title}`,
    `<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section">
  <a class="main-header-logo" href="https://jobs.lever.co/${org}"><img alt="${esc(company)} logo" src="data:,"></a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered posting-header">
  <div class="posting-headline"><h2 data-qa="posting-name">${esc(title)}</h2>
    <div class="posting-categories"><div class="posting-category location">Remote</div></div></div>
  <a class="postings-btn template-btn-submit" href="./apply">Apply for this job</a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered"><p>We build tools for small teams.</p></div></div>
<h3 data-qa="msg-submit-success" hidden>Application submitted!</h3>`,
    jobPosting(title, company, 'Remote'),
  );
}

/** A Lever `/apply` page whose form is still there, with a success message squeezed to zero size. */
export function leverApplyWithHiddenSuccess(company: string, org: string, id: string, title: string): string {
  return doc(
    `${company} - ${title}`,
    `<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section">
  <a class="main-header-logo" href="https://jobs.lever.co/${org}"><img alt="${esc(company)} logo" src="data:,"></a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered posting-header">
  <div class="posting-headline"><h2 data-qa="posting-name">${esc(title)}</h2></div></div></div>
<div style="width:0;height:0;overflow:hidden"><h3 data-qa="msg-submit-success">Application submitted!</h3></div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-form">
<form id="application-form" method="POST" enctype="multipart/form-data" action="/${org}/${id}/apply">
  <h4>Submit your application</h4>
  <label>Resume/CV <input type="file" name="resume" id="resume-upload-input"></label>
  <label>Full name <input type="text" name="name" id="name"></label>
  <button id="btn-submit" data-qa="btn-submit" type="submit" class="template-btn-submit">Submit application</button>
</form></div></div>`,
  );
}

/** A Lever `/apply` page whose form is still there, beside a visible success message. */
export function leverApplyWithVisibleSuccess(company: string, org: string, id: string, title: string): string {
  return leverApplyWithHiddenSuccess(company, org, id, title).replace(
    '<div style="width:0;height:0;overflow:hidden">',
    '<div class="application-confirmation">',
  );
}

/** A Greenhouse posting with no application form, carrying a `display:none` confirmation heading. */
export function greenhousePostingWithHiddenHeading(company: string, title: string): string {
  return doc(
    `Job Application for ${title} at ${company}`,
    `<div class="application-confirmation" style="display:none"><h1>Thank you for applying</h1></div>
<div class="main font-secondary job-post">
  <div class="job__header"><div class="job__title"><h1 class="section-header section-header--large">${esc(title)}</h1>
  <div class="job__location">Berlin, Germany</div></div></div>
  <div class="job__description body"><p>Help us ship.</p></div>
  <a class="btn btn--pill" href="https://www.example.com/careers/apply">Apply</a>
</div>`,
    jobPosting(title, company, 'Berlin, Germany'),
  );
}

/** A new-layout Greenhouse form, live, beside a visible confirmation block. */
export function greenhouseFormWithVisibleConfirmation(company: string, title: string): string {
  return doc(
    `Job Application for ${title} at ${company}`,
    `<div class="main font-secondary job-post">
  <div class="application-confirmation"><h1>Thank you for applying.</h1><p>Your application has been received.</p></div>
  <div class="job__header"><div class="job__title"><h1 class="section-header section-header--large">${esc(title)}</h1>
  <div class="job__location">Lisbon, Portugal</div></div></div>
  <form id="application-form" class="application--form">
    <label for="first_name">First Name</label><input id="first_name" type="text" value="">
    <label for="email">Email</label><input id="email" type="text" value="">
    <button type="submit" class="btn btn--pill">Submit application</button>
  </form>
</div>
<script>document.getElementById('application-form').addEventListener('submit', (e) => e.preventDefault());</script>`,
    jobPosting(title, company, 'Lisbon, Portugal'),
  );
}

// ------------------------------------------------------------------ journey (a): Indeed search → viewjob → smartapply

export interface IndeedJob {
  jk: string;
  company: string;
  title: string;
  location: string;
}

/** The search results with the selected job in the right pane; the card's title links to `viewjob`. */
export function indeedSearch(jobs: readonly IndeedJob[], selected: IndeedJob): string {
  const cards = jobs
    .map(
      (j) => `<li><div class="cardOutline tapItem result job_seen_beacon${j === selected ? ' vjs-highlight' : ''}">
  <h2 class="jobTitle"><a id="job_${j.jk}" class="jcs-JobTitle" data-jk="${j.jk}" href="/viewjob?jk=${j.jk}&amp;from=serp"><span title="${esc(j.title)}">${esc(j.title)}</span></a></h2>
  <span data-testid="company-name">${esc(j.company)}</span><div data-testid="text-location">${esc(j.location)}</div></div></li>`,
    )
    .join('\n');
  return doc(
    `Cook Jobs, Employment in Asheville, NC | Indeed.com`,
    `<div id="mosaic-provider-jobcards"><ul>
${cards}
</ul></div>
<div class="jobsearch-RightPane"><div class="jobsearch-JobComponent"><div class="jobsearch-InfoHeaderContainer">
<h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>${esc(selected.title)}<span> - job post</span></span></h1>
<div data-testid="jobsearch-CompanyInfoContainer"><div data-company-name="true" data-testid="inlineHeader-companyName"><a href="https://www.indeed.com/cmp/x">${esc(selected.company)}</a></div>
<div data-testid="inlineHeader-companyLocation"><div>${esc(selected.location)}</div></div></div></div></div></div>`,
  );
}

/** The job's own page; "Apply now" takes the user to smartapply's first step. */
export function indeedViewjob(job: IndeedJob, applyUrl: string): string {
  return doc(
    `${job.title} - ${job.location} - Indeed.com`,
    `<div class="jobsearch-JobComponent"><div class="jobsearch-InfoHeaderContainer">
<h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>${esc(job.title)}<span> - job post</span></span></h1>
<div data-testid="jobsearch-CompanyInfoContainer"><div data-company-name="true" data-testid="inlineHeader-companyName"><a href="https://www.indeed.com/cmp/x">${esc(job.company)}</a></div>
<div data-testid="inlineHeader-companyLocation"><div>${esc(job.location)}</div></div></div></div>
<div id="jobsearch-ViewJobButtons-container"><span id="indeedApplyButton"><button id="apply-now" class="jobsearch-IndeedApplyButton-newDesign" aria-label="Apply now">Apply now</button></span></div>
<div id="jobDescriptionText"><p>Prep and cook on the line.</p></div></div>
<script>document.getElementById('apply-now').addEventListener('click', () => { location.href = ${JSON.stringify(applyUrl)}; });</script>`,
  );
}

/**
 * A smartapply step with the job in its header. `next` is where the step's button leads; the last
 * step's button reads "Submit your application".
 */
export function indeedSmartapplyStep(job: IndeedJob | null, step: 'contact' | 'review', next: string): string {
  const header = job
    ? `<div data-testid="jobInfoHeader"><h1>${esc(job.title)}</h1><p>${esc(job.company)} - ${esc(job.location)}</p></div>`
    : `<div class="css-1m2n3o4"><div class="css-9k8j7h6"></div></div>`;
  const fields =
    step === 'contact'
      ? `<h2>Add your contact information</h2>
<label for="name">Full name</label><input id="name" name="name" type="text">
<label for="phone">Phone number</label><input id="phone" name="phone" type="tel">
<button type="submit" id="continue">Continue</button>`
      : `<h2>Please review your application</h2>
<label><input type="checkbox" id="agree"> Notify me of similar jobs</label>
<button type="submit" id="submit-application">Submit your application</button>`;
  return doc(
    step === 'contact' ? 'Add your contact information | Indeed.com' : 'Review the contents of this job application | Indeed.com',
    `<header>${header}</header><main><form id="ia-form">${fields}</form></main>
<script>document.getElementById('ia-form').addEventListener('submit', (e) => { e.preventDefault(); setTimeout(() => { location.href = ${JSON.stringify(next)}; }, 50); });</script>`,
  );
}

/** Smartapply's post-apply page as it often is: no job header, a generic message. */
export function indeedPostApply(): string {
  return doc(
    'Application submitted | Indeed.com',
    `<main><div class="ia-PostApply"><h1>Your application has been submitted!</h1>
<p>You will get an email confirmation.</p><a href="https://www.indeed.com/myjobs">Keep track of your applications</a></div></main>`,
  );
}

// ------------------------------------------------------------------ journey (b): a careers page embeds the Greenhouse form

/** A company's own careers page with Greenhouse's embed iframe, visible and large, not sandboxed. */
export function careersPageWithEmbed(company: string, title: string, embedUrl: string): string {
  return doc(
    `${title} | Careers at ${company}`,
    `<header><a href="/"><img alt="${esc(company)}" src="data:,"></a><nav><a href="/careers">Careers</a></nav></header>
<main><h1>${esc(title)}</h1><p>Join the team building warehouse robots.</p>
<div id="grnhse_app"><iframe id="grnhse_iframe" title="Greenhouse Job Board" src="${esc(embedUrl)}" width="100%" height="900" frameborder="0" scrolling="no" style="width:100%;height:900px;border:0"></iframe></div>
</main>`,
  );
}

/** The embedded form: it knows the job, and on submit the frame moves to its confirmation address. */
export function greenhouseEmbedForm(company: string, title: string, confirmationUrl: string): string {
  return doc(
    `Job Application for ${title} at ${company}`,
    `<div class="main font-secondary job-post">
  <div class="job__header"><div class="job__title"><h1 class="section-header section-header--large">${esc(title)}</h1>
  <div class="job__location">Pittsburgh, PA</div></div></div>
  <form id="application-form" class="application--form">
    <div class="application--questions">
      <label id="first_name-label" for="first_name">First Name</label><input id="first_name" type="text" value="">
      <label id="email-label" for="email">Email</label><input id="email" type="text" value="">
      <label for="resume">Resume/CV</label><input id="resume" class="visually-hidden" type="file" accept=".pdf,.docx">
    </div>
    <button type="submit" class="btn btn--pill">Submit application</button>
  </form>
</div>
<script>document.getElementById('application-form').addEventListener('submit', (e) => { e.preventDefault(); setTimeout(() => { location.href = ${JSON.stringify(confirmationUrl)}; }, 50); });</script>`,
    jobPosting(title, company, 'Pittsburgh, PA'),
  );
}

// ------------------------------------------------------------------ journey (c): the legacy Greenhouse form

/**
 * The legacy board layout (`#app_body`, `.app-title`, `.company-name`, `#application_form`). Its
 * "Submit Application" is an `<input type="button">` whose script calls `form.submit()`: no submit
 * event, no click on a submit button. The form posts to `action` for real.
 */
export function greenhouseLegacyForm(company: string, title: string, action: string): string {
  return doc(
    `Job Application for ${title} at ${company}`,
    `<div id="app_body">
  <div id="header"><h1 class="app-title">${esc(title)}</h1><span class="company-name">at ${esc(company)}</span>
  <div class="location">Savannah, GA</div></div>
  <div id="content"><p>Welcome guests to our flagship resort.</p></div>
  <div id="application">
  <form id="application_form" method="post" action="${esc(action)}" enctype="multipart/form-data">
    <div class="field"><label for="first_name">First Name *</label><input type="text" id="first_name" name="job_application[first_name]"></div>
    <div class="field"><label for="email">Email *</label><input type="text" id="email" name="job_application[email]"></div>
    <input type="hidden" name="security_code" id="security_code" disabled>
    <div id="submit_buttons"><input type="button" id="submit_app" value="Submit Application"></div>
  </form>
  </div>
</div>
<script>
  document.getElementById('submit_app').addEventListener('click', function () {
    var form = document.getElementById('application_form');
    setTimeout(function () { form.submit(); }, 50);
  });
</script>`,
  );
}

// ------------------------------------------------------------------ journey (d): the job header cannot be read

/** Markup the adapters do not know: the job as it looks, in hashed classes and no heading. */
const unknownHeader = (title: string): string =>
  `<div class="css-x7q2p1"><div class="css-a91bz0" style="font-size:24px;font-weight:700">${esc(title)}</div></div>`;

export interface UnreadableFlow {
  site: string;
  /** The site's label as the popup names it. */
  label: string;
  formUrl: string;
  form: string;
  /** Where the submit leads (a new page) or `null` when the form swaps in its success state in place. */
  confirmationUrl: string | null;
  confirmation: string;
  /** The submit control to click (a real, trusted click). */
  submit: string;
}

/** `next`: the address the form moves to, or '' to swap `swapIn` in place. */
function goScript(formSelector: string, next: string, swapIn: string, asClick = false): string {
  const go = next
    ? `location.href = ${JSON.stringify(next)};`
    : `const d = new DOMParser().parseFromString(${JSON.stringify(swapIn)}, 'text/html'); document.title = d.title; document.body.replaceChildren(...[...d.body.childNodes].map((n) => document.importNode(n, true)));`;
  return asClick
    ? `<script>document.querySelector(${JSON.stringify(formSelector)}).addEventListener('click', () => { setTimeout(() => { ${go} }, 50); });</script>`
    : `<script>document.querySelector(${JSON.stringify(formSelector)}).addEventListener('submit', (e) => { e.preventDefault(); setTimeout(() => { ${go} }, 50); });</script>`;
}

/** One flow per site whose form shows the job only in markup no adapter reads, and whose confirmation says nothing. */
export function unreadableFlows(): UnreadableFlow[] {
  const title = 'Night Shift Dispatcher';
  const ghForm = 'https://job-boards.greenhouse.io/northwindlogistics/jobs/4300001';
  const ghConfirm = `${ghForm}/confirmation`;
  const leverBase = 'https://jobs.lever.co/northwindlogistics/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
  const wdBase = 'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Remote/Dispatch_JR-4300005';
  const liView = 'https://www.linkedin.com/jobs/view/4300004004/';
  const indeedReview = 'https://smartapply.indeed.com/beta/indeedapply/form/review';
  const indeedPost = 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply';
  const workdaySubmitted = doc(
    'Workday',
    `<div data-automation-id="header"><div data-automation-id="headerTitle"><img alt="" src="data:,"></div></div>
<div id="mainContent"><main><div role="dialog" aria-modal="true"><h2>Congratulations!</h2><p>Your application has been submitted. You can track it from your Candidate Home.</p>
<button>Done</button></div></main></div>`,
  );
  const linkedinSent = doc(
    'LinkedIn',
    `<div class="scaffold-layout__detail">${unknownHeader(title)}</div>
<div role="dialog" class="artdeco-modal" data-test-modal-id="post-apply-modal">
<div class="artdeco-modal__header"><h2>Application sent</h2></div><div class="artdeco-modal__content"><p class="jpac-modal-header">Your application was sent!</p></div><button>Done</button></div>`,
  );
  return [
    {
      site: 'greenhouse',
      label: 'Greenhouse',
      formUrl: ghForm,
      form: doc(
        'Greenhouse',
        `<div class="main font-secondary">${unknownHeader(title)}
  <form id="application-form" class="application--form">
    <label for="first_name">First Name</label><input id="first_name" type="text" value="">
    <label for="email">Email</label><input id="email" type="text" value="">
    <button type="submit" class="btn btn--pill">Submit application</button>
  </form></div>${goScript('#application-form', ghConfirm, '')}`,
      ),
      confirmationUrl: ghConfirm,
      confirmation: doc(
        'Greenhouse',
        `<div class="application-confirmation"><h1>Thank you for applying.</h1><p>Your application has been received.</p></div>`,
      ),
      submit: '#application-form button[type="submit"]',
    },
    {
      site: 'lever',
      label: 'Lever',
      formUrl: `${leverBase}/apply`,
      form: doc(
        'Lever',
        `<div class="section-wrapper page-full-width">${unknownHeader(title)}</div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-form">
<form id="application-form" method="POST" enctype="multipart/form-data" action="/northwindlogistics/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/apply">
  <label>Full name <input type="text" name="name" id="name"></label>
  <button id="btn-submit" data-qa="btn-submit" type="submit" class="template-btn-submit">Submit application</button>
</form></div></div>${goScript('#application-form', `${leverBase}/thanks`, '')}`,
      ),
      confirmationUrl: `${leverBase}/thanks`,
      confirmation: doc(
        'Lever',
        `<div class="section page-centered application-confirmation"><h3 data-qa="msg-submit-success">Application submitted!</h3><p>Thank you for your interest. We will be in touch.</p></div>`,
      ),
      submit: '#btn-submit',
    },
    {
      site: 'indeed',
      label: 'Indeed',
      formUrl: indeedReview,
      form: indeedSmartapplyStep(null, 'review', indeedPost).replace('<h2>Please review', `${unknownHeader(title)}<h2>Please review`),
      confirmationUrl: indeedPost,
      confirmation: indeedPostApply(),
      submit: '#submit-application',
    },
    {
      site: 'linkedin',
      label: 'LinkedIn',
      formUrl: liView,
      form: doc(
        'LinkedIn',
        `<div class="scaffold-layout__detail">${unknownHeader(title)}</div>
<div class="artdeco-modal-overlay"><div role="dialog" aria-labelledby="jobs-apply-header" class="artdeco-modal jobs-easy-apply-modal">
<div class="artdeco-modal__header"><h2 id="jobs-apply-header">Apply</h2></div>
<div class="jobs-easy-apply-content"><form id="easy-apply"><h3>Review your application</h3><input type="text" aria-label="Phone"><button type="button" id="li-submit" aria-label="Submit application">Submit application</button></form></div></div></div>
${goScript('#li-submit', '', linkedinSent, true)}`,
      ),
      confirmationUrl: null,
      confirmation: linkedinSent,
      submit: '#li-submit',
    },
    {
      site: 'workday',
      label: 'Workday',
      formUrl: `${wdBase}/apply/applyManually`,
      form: doc(
        'Workday',
        `<div data-automation-id="header"><div data-automation-id="headerTitle"><img alt="" src="data:,"></div></div>
<div id="mainContent"><main><div data-automation-id="applyFlowPage">${unknownHeader(title)}
<ol data-automation-id="progressBar"><li data-automation-id="progressBarActiveStep"><label aria-live="polite">current step 4 of 4</label></li></ol>
<div data-automation-id="applyFlowReviewPage"><input type="text" aria-label="Field"></div>
<div data-automation-id="pageFooter"><button type="button" data-automation-id="pageFooterNextButton">Submit</button></div></div></main></div>
${goScript('[data-automation-id="pageFooterNextButton"]', '', workdaySubmitted, true)}`,
      ),
      confirmationUrl: null,
      confirmation: workdaySubmitted,
      submit: '[data-automation-id="pageFooterNextButton"]',
    },
  ];
}

// ------------------------------------------------------------------ reading the outcome (shared by both test files)

/** What the tests read from a stored application. */
export interface StoredApplication {
  id: string;
  company: string;
  title: string;
  source: string;
  url: string;
  jobId?: string;
  needsDetails?: true;
  capture: { signal: string };
}

export interface StoredPending {
  id: string;
  company: string;
  title: string;
  source: string;
  signal: string;
}

/** Serves `html` at `url` and counts how many times a browser fetched it. */
export function counted(serve: (url: string, html: () => string) => void, url: string, html: string): { hits: number } {
  const counter = { hits: 0 };
  serve(url, () => {
    counter.hits++;
    return html;
  });
  return counter;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
