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

export function siteFlows(): SiteFlow[] {
  const bySite = new Map<string, FixtureCase[]>();
  for (const c of fixtureCases()) bySite.set(c.site, [...(bySite.get(c.site) ?? []), c]);
  const flows: SiteFlow[] = [];
  for (const [site, cases] of bySite) {
    const confirmation = cases.find((c) => c.stage === 'submitted' && c.company && c.title) ?? cases.find((c) => c.stage === 'submitted');
    if (!confirmation) continue;
    // Prefer the posting and form of the same job as the confirmation, as a user would go through them.
    const pick = (stage: string) =>
      cases.find((c) => c.stage === stage && !!c.jobId && c.jobId === confirmation.jobId) ??
      cases.find((c) => c.stage === stage && c.company === confirmation.company && c.title === confirmation.title) ??
      cases.find((c) => c.stage === stage && c.company === confirmation.company) ??
      cases.find((c) => c.stage === stage);
    const posting = pick('posting');
    const form = pick('form');
    const company = confirmation.company || form?.company || posting?.company || '';
    const title = confirmation.title || form?.title || posting?.title || '';
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
  return h.readStore<{ company: string; title: string; source: string; capture: { signal: string } }>('applications');
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
    const sameUrl = form && new URL(form.url).href === new URL(confirmation.url).href;
    h.serve(confirmation.url, fixtureHtml(confirmation.file));
    if (tab && sameUrl) {
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
