/**
 * Pages and small helpers for the hardening tests (issue #13): Greenhouse and Lever forms that a REAL
 * click submits to their confirmation address, poor confirmation pages, a way to read what the
 * in-page note shows (whatever element, shadow root or extension frame it lives in), and helpers that
 * work in both browsers. Kept here, apart from harness.ts and flows.ts (other helpers own those).
 */
import type { Harness, TabHandle } from './harness';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Job {
  site: 'greenhouse' | 'lever';
  /** Greenhouse board slug or Lever org slug. */
  board: string;
  jobId: string;
  company: string;
  title: string;
  location?: string;
}

/** The form page's address, where a user fills the application. */
export function formUrl(job: Job): string {
  return job.site === 'greenhouse'
    ? `https://job-boards.greenhouse.io/${job.board}/jobs/${job.jobId}`
    : `https://jobs.lever.co/${job.board}/${job.jobId}/apply`;
}

/** Where the site sends the browser after a successful submit. */
export function confirmationUrl(job: Job): string {
  return job.site === 'greenhouse'
    ? `https://job-boards.greenhouse.io/${job.board}/jobs/${job.jobId}/confirmation`
    : `https://jobs.lever.co/${job.board}/${job.jobId}/thanks`;
}

/**
 * The application form, modelled on each site's current markup. Submitting it (a real click on its
 * submit button) navigates to the confirmation address: Greenhouse by GET, Lever by POST (both are
 * answered 200 by the harness's routes, so no redirect is involved: see browser-testing.md pitfall 9).
 * `extraHead`/`extraBody` let a test add something hostile.
 */
export function formPage(job: Job, extraHead = '', extraBody = '', rawTitle?: string, rawCompany?: string): string {
  const title = rawTitle ?? esc(job.title);
  const company = rawCompany ?? esc(job.company);
  if (job.site === 'greenhouse') {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Job Application for ${title} at ${company}</title>
<meta property="og:title" content="${esc(job.title)}">
${extraHead}</head><body>
<div class="main font-secondary job-post">
  <div class="job__header"><div class="job__title">
    <h1 class="section-header section-header--large font-primary">${title}</h1>
    <div class="job__location">${esc(job.location ?? 'Remote')}</div>
  </div></div>
  <div class="job__description body"><p>Join ${company}.</p></div>
  <h2 class="section-header font-primary">Apply for this job</h2>
  <form id="application-form" class="application--form" method="get" action="/${job.board}/jobs/${job.jobId}/confirmation">
    <div class="application--questions">
      <label id="first_name-label" for="first_name">First Name</label><input id="first_name" name="first_name" type="text" aria-invalid="false" value="">
      <label id="email-label" for="email">Email</label><input id="email" name="email" type="text" aria-invalid="false" value="">
    </div>
    <button type="submit" class="btn btn--pill">Submit application</button>
  </form>
</div>${extraBody}
</body></html>`;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${company} - ${title}</title>
${extraHead}</head><body>
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section">
  <a class="main-header-logo" href="https://jobs.lever.co/${job.board}"><img alt="${company} logo" src="data:,"></a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered posting-header">
  <div class="posting-headline"><h2>${title}</h2>
    <div class="posting-categories">
      <div class="sort-by-time posting-category medium-category-label location">${esc(job.location ?? 'Remote')}</div>
    </div></div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-form">
<form id="application-form" method="POST" action="/${job.board}/${job.jobId}/thanks">
  <h4>Submit your application</h4>
  <label>Full name <input type="text" name="name"></label>
  <button id="btn-submit" data-qa="btn-submit" type="submit" class="template-btn-submit">Submit application</button>
</form></div></div>${extraBody}
</body></html>`;
}

/** The submit button of `formPage`. */
export const SUBMIT = '#application-form button[type="submit"]';

/**
 * A confirmation as poor as real ones: a generic thank-you and a logo, the company as the document
 * title. Nothing on it names the job (the record's title comes from the form the user submitted).
 */
export function confirmationPage(job: Job, extraHead = '', extraBody = ''): string {
  if (job.site === 'greenhouse') {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(job.company)}</title>${extraHead}</head><body>
<div class="main font-secondary">
  <div class="application-confirmation"><h1 class="section-header">Thank you for applying.</h1>
  <p>Your application has been received. We will review it right away and get in touch if your skills match.</p></div>
</div>${extraBody}
</body></html>`;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(job.company)}</title>${extraHead}</head><body>
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section">
  <a class="main-header-logo" href="https://jobs.lever.co/${job.board}"><img alt="${esc(job.company)} logo" src="data:,"></a></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-confirmation">
  <h3 data-qa="msg-submit-success">Application submitted!</h3>
  <p>Thank you for your interest. We will be in touch.</p>
</div></div>${extraBody}
</body></html>`;
}

/**
 * A Greenhouse confirmation that still names the job in its document title, as the legacy layout does
 * ("Job Application for <title> at <company>"): for tests about something other than poor pages.
 */
export function namedConfirmationPage(job: Job, extraHead = '', extraBody = ''): string {
  return confirmationPage(job, extraHead, extraBody).replace(
    `<title>${esc(job.company)}</title>`,
    `<title>Job Application for ${esc(job.title)} at ${esc(job.company)}</title>`,
  );
}

/** Serves the job's form and confirmation at their real addresses. */
export function serveJob(h: Harness, job: Job, form = formPage(job), confirmation = confirmationPage(job)): void {
  h.serve(formUrl(job), form);
  h.serve(confirmationUrl(job), confirmation);
}

/** Whether the tab shows the job's confirmation, fully loaded (false while it is still navigating). */
async function onConfirmation(tab: TabHandle, job: Job): Promise<boolean> {
  const path = new URL(confirmationUrl(job)).pathname;
  try {
    return await tab.evaluate((p: string) => location.pathname === p && document.readyState === 'complete', path);
  } catch {
    return false; // the document is being replaced
  }
}

/**
 * What a user does: opens the form (or is already on it), reads it (a key press), fills a field and
 * submits with a REAL click on the submit button; the site then shows its confirmation.
 */
export async function applyByClick(tab: TabHandle, job: Job, { open = true } = {}): Promise<void> {
  if (open) await tab.goto(formUrl(job));
  await tab.waitFor(SUBMIT);
  await sleep(150);
  await tab.press('Tab');
  await tab.type(job.site === 'greenhouse' ? '#first_name' : 'input[name="name"]', 'Sam');
  await tab.click(SUBMIT);
  const end = Date.now() + 15_000;
  while (!(await onConfirmation(tab, job))) {
    if (Date.now() > end) throw new Error(`the ${job.site} confirmation for ${job.jobId} did not load (at ${tab.url()})`);
    await sleep(50);
  }
}

/** The extension's API object in an extension page: `browser` in Firefox, `chrome` in Chromium. */
type Api = {
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(o: object): Promise<void>; remove(k: string): Promise<void> };
    session: { get(k: string | null): Promise<Record<string, unknown>> };
  };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: {
    executeScript(o: object): Promise<Array<{ result?: unknown; frameId?: number }>>;
  };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  action: { getBadgeText(d: object): Promise<string> };
};
export const apiIn = (): Api => {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!;
};

/**
 * Runs `fn` in an extension HTML page (where the extension APIs are bound), retrying once for the
 * Firefox BiDi hiccup while a moz-extension:// page is still replacing about:blank.
 */
export async function inExtensionPage<T, A = undefined>(h: Harness, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const run = async () => {
    const page = await h.openExtensionPage('options.html');
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  try {
    return await run();
  } catch (err) {
    if (h.name !== 'firefox') throw err;
    return run();
  }
}

/** Stores of the extension's IndexedDB, read in a way that survives the Firefox BiDi hiccup. */
export async function store<T = Record<string, unknown>>(h: Harness, name: string): Promise<T[]> {
  try {
    return await h.readStore<T>(name);
  } catch (err) {
    if (h.name !== 'firefox') throw err;
    return h.readStore<T>(name);
  }
}

export interface StoredJob {
  id: string;
  company: string;
  title: string;
  location?: string;
  source: string;
  jobId?: string;
  url?: string;
  notes?: string;
  [key: string]: unknown;
}

/**
 * Everything the in-page note shows, as text: the text, labels and generated content inside any shadow
 * root of the tab (read from the extension's own isolated world, which can open closed roots:
 * `chrome.dom.openOrClosedShadowRoot` in Chromium, `Element.openOrClosedShadowRoot` in Firefox), and
 * the text of any extension page framed into the tab. The test pages have no shadow roots of their
 * own, so this is the note and nothing else. Empty when no note is shown.
 */
export async function noteText(h: Harness, tab: TabHandle): Promise<string> {
  // A match pattern for this tab: its address up to the path, whatever query the form's GET added.
  const here = new URL(tab.url());
  const url = `${here.origin}${here.pathname}*`;
  const inRoots = await inExtensionPage(
    h,
    async ({ pattern }: { pattern: string }) => {
      const api = (globalThis as unknown as { browser?: Api; chrome?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      const tabs = await api.tabs.query({ url: pattern });
      const out: string[] = [];
      for (const t of tabs) {
        if (t.id === undefined) continue;
        const results = await api.scripting.executeScript({
          target: { tabId: t.id, allFrames: true },
          func: () => {
            const g = globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } };
            const open = (el: Element): ShadowRoot | null => {
              const ff = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
              if (ff !== undefined) return ff;
              return g.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
            };
            const parts: string[] = [];
            const readRoot = (root: ShadowRoot) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
                for (const own of el.childNodes) if (own.nodeType === 3) parts.push(own.textContent ?? '');
                for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'value']) {
                  const v = el.getAttribute(a);
                  if (v) parts.push(v);
                }
                for (const pseudo of ['::before', '::after']) {
                  const c = getComputedStyle(el, pseudo).content;
                  if (c && c !== 'none' && c !== 'normal') parts.push(c.replace(/^"|"$/g, ''));
                }
                const inner = open(el);
                if (inner) readRoot(inner);
              }
            };
            for (const el of document.querySelectorAll('*')) {
              const root = open(el);
              if (root) readRoot(root);
            }
            return parts.join(' ').replace(/\s+/g, ' ').trim();
          },
        });
        for (const r of results) if (typeof r.result === 'string' && r.result) out.push(r.result);
      }
      return out.join(' ');
    },
    { pattern: url },
  );
  // A note drawn in an extension page framed into the tab.
  const framed: string[] = [];
  const raw = tab.raw as unknown as { frames(): Array<{ url(): string; evaluate(fn: () => string): Promise<string> }> };
  for (const frame of raw.frames()) {
    if (!/^(chrome|moz)-extension:/.test(frame.url())) continue;
    framed.push(await frame.evaluate(() => document.body?.innerText ?? '').catch(() => ''));
  }
  return [inRoots, ...framed].join(' ').replace(/\s+/g, ' ').trim();
}

/** Every tag name, attribute name and attribute value in the page's own DOM (what a page script can key on). */
export async function pageVisibleMarkup(tab: TabHandle): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      out.push(el.localName);
      for (const a of el.attributes) out.push(a.name, a.value);
    }
    return out;
  });
}

const SEARCH = 'https://example.org/job-search';

/** A new tab on a neutral page (a job search elsewhere), from which a flow starts. */
export async function openStartTab(h: Harness): Promise<TabHandle> {
  h.serve(SEARCH, '<!doctype html><html lang="en"><title>Job search</title><h1>Jobs</h1></html>');
  return h.open(SEARCH);
}
