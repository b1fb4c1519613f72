/**
 * Capture flows built from the project's fixtures (test/fixtures/<site>/<case>.html + .json): for each
 * site, open the posting at its real URL, go to the form, submit (the confirmation page loads, or for a
 * single-page app the form is replaced in place by the success state), then reload the confirmation.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, until, type Harness, type TabHandle } from './harness';

export interface FixtureCase {
  site: string;
  jobId?: string;
  name: string;
  file: string;
  url: string;
  stage: string;
  company?: string;
  title?: string;
  location?: string;
  /** How the adapter finds each field on this page (see Provenance). */
  fields?: Partial<Record<'company' | 'title' | 'location', 'structured' | 'labelled' | 'title' | 'slug'>>;
}

export function fixtureCases(): FixtureCase[] {
  const dir = join(ROOT, 'test/fixtures');
  const out: FixtureCase[] = [];
  for (const site of readdirSync(dir, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const file of readdirSync(join(dir, site.name))) {
      if (!file.endsWith('.json')) continue;
      const html = file.replace(/\.json$/, '.html');
      if (!existsSync(join(dir, site.name, html))) continue;
      const label = JSON.parse(readFileSync(join(dir, site.name, file), 'utf8'));
      out.push({ ...label, site: label.site ?? site.name, name: file.replace(/\.json$/, ''), file: `${site.name}/${html}` });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

export interface SiteFlow {
  site: string;
  posting?: FixtureCase;
  form?: FixtureCase;
  confirmation: FixtureCase;
  /** What the record must say: the confirmation's own fields, else those of the form or posting it came from. */
  expected: { company: string; title: string };
  /** Pages that must never produce a record. */
  negatives: FixtureCase[];
}

/** Sites whose success state is a dialog over the page the user applied from, whatever its address. */
const DIALOG_SUCCESS_SITES = new Set(['linkedin']);

/** Form pages a user does not submit from: errors shown, a discard prompt, a CAPTCHA, a sign-in step, "already applied". */
const NOT_SUBMITTED_FROM = /error|discard|captcha|sign-in|login|already/;

export function siteFlows(): SiteFlow[] {
  const bySite = new Map<string, FixtureCase[]>();
  for (const c of fixtureCases()) bySite.set(c.site, [...(bySite.get(c.site) ?? []), c]);
  const flows: SiteFlow[] = [];
  for (const [site, cases] of bySite) {
    const confirmation = cases.find((c) => c.stage === 'submitted' && c.company && c.title) ?? cases.find((c) => c.stage === 'submitted');
    if (!confirmation) continue;
    // Prefer the posting and form of the same job as the confirmation, as a user would go through them;
    // of the forms, the one a user submits from: a review step, else one showing no errors and no detour.
    const formRank = (c: FixtureCase) => (NOT_SUBMITTED_FROM.test(c.name) ? 2 : /review/.test(c.name) ? 0 : 1);
    const pick = (stage: string) => {
      const ranked = stage === 'form' ? [...cases].sort((a, b) => formRank(a) - formRank(b)) : cases;
      return (
        ranked.find((c) => c.stage === stage && !!c.jobId && c.jobId === confirmation.jobId) ??
        ranked.find((c) => c.stage === stage && c.company === confirmation.company && c.title === confirmation.title) ??
        ranked.find((c) => c.stage === stage && c.company === confirmation.company) ??
        ranked.find((c) => c.stage === stage)
      );
    };
    const posting = pick('posting');
    const form = pick('form');
    // What the record must say: each field from the strongest evidence among the pages of this job
    // (structured > labelled > document title > address); on a tie the form the user submitted wins,
    // then the posting, then the confirmation. Pages of another job never count.
    const sameJob = (c: FixtureCase | undefined) => !!c && (!confirmation.jobId || !c.jobId || c.jobId === confirmation.jobId);
    const rank = { structured: 4, labelled: 3, title: 2, slug: 1 } as const;
    const strongest = (field: 'company' | 'title') => {
      let best: { value: string; rank: number } | undefined;
      for (const c of [form, posting, confirmation].filter(sameJob) as FixtureCase[]) {
        const value = c[field];
        if (!value) continue;
        const r = c.fields?.[field] ? rank[c.fields[field]!] : 0;
        if (!best || r > best.rank) best = { value, rank: r };
      }
      return best?.value ?? '';
    };
    const company = strongest('company');
    const title = strongest('title');
    if (!company || !title) continue;
    flows.push({
      site,
      posting,
      form,
      confirmation,
      expected: { company, title },
      negatives: cases.filter((c) => c.stage !== 'submitted'),
    });
  }
  return flows;
}

function fixtureHtml(file: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
}

export async function clearData(h: Harness): Promise<void> {
  await h.inExtension(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('baskets');
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => resolve();
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames].filter((n) => n === 'applications' || n === 'pending');
          if (!stores.length) {
            db.close();
            return resolve();
          }
          const tx = db.transaction(stores, 'readwrite');
          for (const s of stores) tx.objectStore(s).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Replace the page's content in place, as a single-page app does when it swaps in its success state. */
export async function swapInPlace(tab: TabHandle, html: string): Promise<void> {
  await tab.evaluate((markup: string) => {
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    document.title = parsed.title;
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  }, html);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a reading, typing user does to a page: a key press (Tab moves focus, types nothing). */
export async function engage(tab: TabHandle): Promise<void> {
  await sleep(150);
  await tab.press('Tab');
  await sleep(300);
}

export async function records(h: Harness) {
  return h.readStore<{ company: string; title: string; source: string; capture: { signal: string }; needsDetails?: boolean }>(
    'applications',
  );
}

/**
 * Clicks, for real, the control that sends the application on this page: the site's own submit button
 * (LinkedIn's "Submit application", Workday's footer button), else the form's submit control, else a
 * visible button labelled submit, send or apply (Glassdoor's posting opens Easy Apply from one). The
 * fixtures have no script of their own, so the browser is kept from navigating on submit, as the sites'
 * scripts do when they send the form themselves.
 */
export async function clickSubmit(tab: TabHandle, site: string): Promise<void> {
  const found = await tab.evaluate(() => {
    document.addEventListener('submit', (e) => e.preventDefault());
    for (const form of Array.from(document.forms)) form.noValidate = true;
    const visible = (el: Element) => el.getClientRects().length > 0;
    const label = (el: Element) => `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${(el as HTMLInputElement).value ?? ''}`;
    const pick = (selector: string, test: (el: Element) => boolean = () => true) =>
      Array.from(document.querySelectorAll(selector)).find((el) => visible(el) && test(el));
    const control =
      pick('button[aria-label="Submit application"], [data-automation-id="pageFooterNextButton"]') ??
      pick('form button[type="submit"], form input[type="submit"], form button:not([type])') ??
      pick('button, input[type="button"], [role="button"]', (el) => /submit|send|apply|bewerb/i.test(label(el)));
    if (!control) return '';
    control.setAttribute('data-e2e-submit', '');
    return label(control).trim() || control.outerHTML.slice(0, 80);
  });
  expect(found, `${site}: the page has a submit control`).not.toBe('');
  await tab.click('[data-e2e-submit]');
}

/** Runs one site's full flow and checks it ends in exactly one record with the right fields. */
export async function runSiteFlow(h: Harness, flow: SiteFlow): Promise<void> {
  await clearData(h);
  const { posting, form, confirmation } = flow;
  for (const c of [posting, form]) if (c) h.serve(c.url, fixtureHtml(c.file));
  let tab: TabHandle | undefined;
  try {
    // A user reads the posting and fills the form: Baskets reads the job once the page is engaged with.
    if (posting) {
      tab = await h.open(posting.url);
      await engage(tab);
    }
    if (form) {
      if (tab) await tab.goto(form.url);
      else tab = await h.open(form.url);
      await engage(tab);
    }
    // The user sends the application: a real click on the page's submit control (the new capture rule
    // records a confirmation only after a submit attempt in the tab).
    if (tab) await clickSubmit(tab, flow.site);
    // Single-page successes appear in the page the user submitted from: at the same address, or, where the
    // site shows it as a dialog over any of its pages (LinkedIn's post-apply), for the same job on the same host.
    const sameUrl = !!form && new URL(form.url).href === new URL(confirmation.url).href;
    const overlay =
      !!form &&
      DIALOG_SUCCESS_SITES.has(flow.site) &&
      !!form.jobId &&
      form.jobId === confirmation.jobId &&
      new URL(form.url).origin === new URL(confirmation.url).origin;
    h.serve(confirmation.url, fixtureHtml(confirmation.file));
    if (tab && (sameUrl || overlay)) {
      await swapInPlace(tab, fixtureHtml(confirmation.file));
    } else if (tab) {
      await tab.goto(confirmation.url);
    } else {
      tab = await h.open(confirmation.url);
    }
    const stored = await until(async () => {
      const all = await records(h);
      return all.length > 0 ? all : null;
    }, `a ${flow.site} record`);
    // The same confirmation seen again (a reload) must not add a second record.
    await tab.reload();
    await sleep(1200);
    const after = await records(h);
    expect(after, `${flow.site}: exactly one record`).toHaveLength(1);
    expect(stored?.[0]?.source).toBe(flow.site === 'generic' ? 'generic' : flow.site);
    expect(after[0]?.company).toBe(flow.expected.company);
    expect(after[0]?.title).toBe(flow.expected.title);
    expect(after[0]?.capture.signal).toBeTruthy();
  } finally {
    await tab?.close();
  }
}

/** Opens a page that is not a submission and checks that nothing is recorded. */
export async function runNegative(h: Harness, page: FixtureCase): Promise<void> {
  await clearData(h);
  h.serve(page.url, fixtureHtml(page.file));
  const tab = await h.open(page.url);
  try {
    await sleep(1500);
    expect(await records(h), `${page.file} must not be recorded`).toHaveLength(0);
  } finally {
    await tab.close();
  }
}
