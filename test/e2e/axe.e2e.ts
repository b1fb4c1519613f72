// axe-core on every extension surface in real Chromium (issue #16, "Done when"): the popup at 380×560, every
// dashboard view at 1280×800 (the list is read from src/ui/dashboard/hash.ts, so a new view is checked without
// touching this file), the dashboard's detail of one record, the options page and the welcome page, each in light
// and dark, with a realistic search stored (40 applications at 15 employers over 10 weeks, two pending questions,
// one record that needs details) and with nothing stored; plus the popup's closing dialog after marking an
// application rejected. Every run must report 0 violations of WCAG 2.0/2.1 A and AA and axe's best practices; a
// failure lists each violation's rule id, impact, the elements and axe's summary, so it says what to fix.
// How axe is injected and which rules run: see axe-check.ts.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { VIEWS } from '../../src/ui/dashboard/hash';
import { launch, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { makeApp, makePending, retrying, seed } from './seed';
import { axeViolations, describeViolations, type EvaluatingPage } from './axe-check';

const POPUP = { width: 380, height: 560 };
const WIDE = { width: 1280, height: 800 };
type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

// ---------------------------------------------------------------- data: a realistic search

const EMPLOYERS = [
  'Airtable',
  'Stripe',
  'Figma',
  'Notion Labs',
  'Datadog',
  'GitLab',
  'Canva',
  'Shopify',
  'Spotify',
  'Zalando',
  'N26',
  'Miro',
  'Personio',
  'Contentful',
  'Doctolib',
];
const TITLES = ['Product Designer', 'Senior Frontend Engineer', 'Design Systems Engineer', 'UX Engineer', 'Staff Engineer, Web'];

/** 40 applications at 15 employers over 10 weeks: mostly applied, ghosted or rejected, some screenings, two interviews at one employer, one offer. */
function realisticSearch(): Application[] {
  const statuses: Status[] = [
    'rejected',
    'ghosted',
    'applied',
    'rejected',
    'ghosted',
    'screening',
    'applied',
    'rejected',
    'withdrawn',
    'ghosted',
    'applied',
    'rejected',
    'ghosted',
    'applied',
    'screening',
    'rejected',
    'applied',
    'ghosted',
    'rejected',
    'applied',
    'ghosted',
    'rejected',
    'applied',
    'screening',
    'ghosted',
    'applied',
    'rejected',
    'applied',
    'ghosted',
    'applied',
    'rejected',
    'applied',
    'applied',
    'ghosted',
    'applied',
    'applied',
    'applied',
  ];
  const apps: Application[] = statuses.map((status, i) => {
    const app = makeApp({
      company: EMPLOYERS[i % EMPLOYERS.length]!,
      title: TITLES[i % TITLES.length]!,
      status,
      appliedDaysAgo: 70 - Math.round((i * 68) / statuses.length),
      source: ['greenhouse', 'lever', 'ashby', 'workday'][i % 4]!,
      location: i % 3 === 0 ? 'Remote (EU)' : i % 3 === 1 ? 'Berlin, Germany' : 'London, UK',
      notes: i % 5 === 0 ? 'Referred by a former colleague.' : '',
    });
    if (status === 'rejected' && i % 2 === 1) {
      app.lessons = {
        wentWell: 'The portfolio walkthrough landed well.',
        couldImprove: 'Prepare a shorter story about the design system migration.',
        feedback: 'They went with someone with more fintech experience.',
      };
    }
    return app;
  });
  apps.push(
    makeApp({ company: 'Airtable', title: 'Senior Product Designer', status: 'interviewing', appliedDaysAgo: 20, source: 'greenhouse' }),
  );
  apps.push(
    makeApp({ company: 'Airtable', title: 'Design Systems Lead', status: 'interviewing', appliedDaysAgo: 16, source: 'greenhouse' }),
  );
  apps.push(
    makeApp({
      company: 'Miro',
      title: 'Product Designer, Collaboration',
      status: 'offer',
      appliedDaysAgo: 30,
      source: 'lever',
      notes: 'Offer received. Decision due by Friday; asked for the equity details in writing.',
    }),
  );
  return apps;
}

/** A confirmed submission whose job could not be read: the popup asks for its details first. */
function needsDetails(): Application {
  const base = makeApp({ company: 'x', title: 'x', source: 'indeed', jobId: 'a1b2c3', appliedDaysAgo: 0, id: 'needs-details' });
  return {
    ...base,
    company: '',
    companyKey: '',
    title: '',
    location: '',
    url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply?jk=a1b2c3',
    capture: { method: 'auto', signal: 'Your application has been submitted!' },
    needsDetails: true,
  };
}

// ---------------------------------------------------------------- in the page

/** The page has rendered and nothing says it is still loading. */
function isSettled(): boolean {
  const app = document.getElementById('app');
  if (!app || app.childElementCount === 0) return false;
  const loading = [...document.querySelectorAll('[role="status"], [aria-busy="true"]')].some(
    (el) => el.getAttribute('aria-busy') === 'true' || /^\s*Loading\b/i.test(el.textContent ?? ''),
  );
  return !loading;
}

async function settle(tab: TabHandle, what: string): Promise<void> {
  await until(() => tab.evaluate(isSettled), `${what} to render`);
  // Two frames, so layout and colours of the last render are in place before axe measures contrast.
  await tab.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function setScheme(tab: TabHandle, browser: BrowserName, scheme: Scheme): Promise<void> {
  // Firefox under WebDriver BiDi cannot emulate media features (puppeteer-core needs CDP for that), so the Firefox
  // pass runs in the browser's own scheme, checked below to be the one the test names.
  if (browser === 'chromium') await (tab.raw as PwPage).emulateMedia({ colorScheme: scheme });
  const dark = await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark !== (scheme === 'dark')) throw new Error(`${browser} renders in the ${dark ? 'dark' : 'light'} scheme, not ${scheme}`);
  await tab.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * Marks the first application in the popup's list as rejected, through the control the popup offers for it (a
 * status <select> today; a status menu button with a "Rejected" menu item works too), and waits for the dialog.
 */
async function openClosingDialog(tab: TabHandle): Promise<void> {
  const how = await tab.evaluate(() => {
    const select = [...document.querySelectorAll<HTMLSelectElement>('select')].find(
      (s) => [...s.options].some((o) => o.value === 'rejected') && !s.closest('[role="dialog"]'),
    );
    if (select) {
      select.value = 'rejected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return 'select';
    }
    const openers = [...document.querySelectorAll<HTMLButtonElement>('button[aria-haspopup]')];
    const opener =
      openers.find((b) => /status/i.test(`${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`)) ??
      openers.find((b) => b.closest('li'));
    if (!opener) return 'none';
    opener.click();
    return 'menu';
  });
  if (how === 'none') throw new Error('The popup offers no status control (neither a <select> with "rejected" nor a status menu button).');
  if (how === 'menu') {
    await until(
      () =>
        tab.evaluate(() => {
          const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemradio"]')].find((m) =>
            /^\s*Rejected\b/i.test(m.textContent ?? ''),
          );
          item?.click();
          return !!item;
        }),
      'the "Rejected" item of the status menu',
    );
  }
  await until(
    () => tab.evaluate(() => !!document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]')),
    'the closing dialog',
  );
  await tab.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

// ---------------------------------------------------------------- the surfaces

interface Surface {
  name: string;
  path: string;
  size: { width: number; height: number };
  /** Only with data stored (a record to open). */
  dataOnly?: boolean;
  /** After the page has rendered: open a dialog. */
  prepare?: (tab: TabHandle) => Promise<void>;
}

const DETAIL_ID = 'axe-detail';

const SURFACES: Surface[] = [
  { name: 'popup', path: 'popup.html', size: POPUP },
  { name: 'popup, closing dialog after marking rejected', path: 'popup.html', size: POPUP, dataOnly: true, prepare: openClosingDialog },
  ...VIEWS.map((v) => ({ name: `dashboard ${v}`, path: `dashboard.html#view=${v}`, size: WIDE })),
  { name: 'dashboard, one record open', path: `dashboard.html#view=applications&id=${DETAIL_ID}`, size: WIDE, dataOnly: true },
  { name: 'options', path: 'options.html', size: WIDE },
  { name: 'welcome', path: 'welcome.html', size: WIDE },
];

function datasets(): Array<{ name: string; apps: () => Application[]; pending: boolean }> {
  return [
    {
      name: 'with data',
      apps: () => {
        const apps = realisticSearch();
        apps[apps.length - 1] = { ...apps[apps.length - 1]!, id: DETAIL_ID };
        return [...apps, needsDetails()];
      },
      pending: true,
    },
    { name: 'empty', apps: () => [], pending: false },
  ];
}

function axeSuite(browser: BrowserName, schemes: Scheme[], surfaces: Surface[]) {
  describe(`${browser}: axe on every surface, ${schemes.join(' and ')}`, () => {
    let h: Harness;
    const tabs = new Map<string, TabHandle>();

    beforeAll(async () => {
      h = await launch(browser);
    });
    afterAll(async () => {
      await h?.close();
    });

    /** One page per size, reused: navigated to each surface in turn. */
    async function show(surface: Surface): Promise<TabHandle> {
      const key = `${surface.size.width}x${surface.size.height}`;
      let tab = tabs.get(key);
      // Seeding opens and closes extension pages; a tab left in the background gets throttled timers (axe then
      // takes seconds in Firefox), so bring this one to the front first.
      if (tab) await (tab.raw as unknown as { bringToFront(): Promise<void> }).bringToFront();
      if (!tab) {
        tab = await retrying(h, () => h.openExtensionPage(surface.path, surface.size));
        tabs.set(key, tab);
        return tab;
      }
      // A fresh document each time (a hash change alone would keep the last view's state).
      if (browser === 'chromium') {
        await (tab.raw as PwPage).goto('about:blank');
        await (tab.raw as PwPage).goto(`${h.extensionOrigin}/${surface.path}`, { waitUntil: 'load' });
      } else {
        // Under BiDi a goto() to moz-extension:// never resolves (see the harness), and one to about:blank can take
        // seconds: navigate from inside the page, and wait for a new document (the old one carries a mark).
        const page = tab.raw as PpPage;
        const target = `${h.extensionOrigin}/${surface.path}`;
        await page
          .evaluate((url: string) => {
            (window as unknown as { axeOld?: boolean }).axeOld = true;
            if (location.href.split('#')[0] === url.split('#')[0]) {
              history.replaceState(null, '', url);
              location.reload();
            } else location.replace(url);
          }, target)
          .catch(() => undefined);
        await until(
          () =>
            page
              .evaluate(() => !(window as unknown as { axeOld?: boolean }).axeOld && document.readyState === 'complete' && location.href)
              .catch(() => false)
              .then((href) => href === target),
          `${surface.path} to load`,
        );
      }
      return tab;
    }

    it("welcome: the pin-to-toolbar step describes this browser's toolbar", async () => {
      const tab = await show({ name: 'welcome', path: 'welcome.html', size: WIDE });
      await settle(tab, 'welcome');
      const text = await tab.evaluate(() => document.querySelector('.pin-step')?.textContent ?? '');
      if (browser === 'firefox') expect(text).toMatch(/In Firefox:.*Pin to Toolbar.*Show the steps for Chrome/);
      else expect(text).toMatch(/In Chrome:.*click the pin next to it.*Show the steps for Firefox/);
    });

    for (const data of datasets()) {
      describe(data.name, () => {
        beforeAll(async () => {
          const pending = data.pending
            ? [
                makePending({ company: 'Linear', title: 'Product Designer' }),
                makePending({ company: 'Vercel', title: 'Design Engineer', source: 'ashby' }),
              ]
            : [];
          await seed(h, data.apps(), pending);
        });

        for (const surface of surfaces) {
          if (surface.dataOnly && data.name === 'empty') continue;
          it(`${surface.name}: 0 violations in ${schemes.join(' and ')}`, async () => {
            const tab = await show(surface);
            await settle(tab, surface.name);
            if (surface.prepare) await surface.prepare(tab);
            const report: string[] = [];
            let total = 0;
            for (const scheme of schemes) {
              await setScheme(tab, browser, scheme);
              const violations = await axeViolations(tab.raw as EvaluatingPage);
              total += violations.length;
              if (violations.length) report.push(describeViolations(`${surface.name}, ${data.name}, ${scheme}`, violations));
            }
            if (report.length) console.error(report.join('\n'));
            expect(total, report.join('\n')).toBe(0);
          });
        }
      });
    }
  });
}

axeSuite('chromium', SCHEMES, SURFACES);
// A light Firefox pass: its own rendering of the same pages in its default (light) scheme, the pages without dialogs.
axeSuite(
  'firefox',
  ['light'],
  SURFACES.filter((s) => !s.prepare && !s.dataOnly),
);
