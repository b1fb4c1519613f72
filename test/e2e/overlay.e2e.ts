// The dashboard's record overlay in real Chromium, with a realistic search (40 applications at 15 employers over
// 10 weeks, on a dozen sites): opened from the table by keyboard, status first, a status change through the menu
// and its Undo, a next step with a day and a time, Rejected opening the closing step, site names instead of ids,
// and a table whose columns stay readable with the overlay open or closed. axe finds nothing, light or dark.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { launch, ROOT, until, type Harness, type TabHandle } from './harness';
import { makeApp, readStore, seed } from './seed';
import { axeLines, axeViolations, type EvaluatingPage } from './axe-check';

const SCREENS = process.env.BASKETS_SHOTS ?? join(ROOT, 'test-results/screens');
const WIDE = { width: 1280, height: 800 };

const EMPLOYERS = [
  'Airtable',
  'Brightwave Energy',
  'Canopy Health',
  'Datadog',
  'Elastic',
  'Figma',
  'GitLab',
  'Hubspot',
  'Intercom',
  'Jetbrains',
  'Klarna',
  'Linear',
  'Mollie',
  'Northvolt',
  'Octopus Energy',
];
const SITES = [
  'greenhouse',
  'smartrecruiters',
  'workday',
  'linkedin',
  'lever',
  'ashby',
  'indeed',
  'personio',
  'teamtailor',
  'manual',
  'import',
  'generic',
];
const TITLES = ['Data Analyst', 'Senior Product Designer', 'Backend Engineer', 'Analytics Engineer', 'Product Manager, Payments'];
const STATUSES: Status[] = [
  'applied',
  'applied',
  'screening',
  'applied',
  'rejected',
  'ghosted',
  'applied',
  'interviewing',
  'applied',
  'withdrawn',
];

function search(): Application[] {
  const apps: Application[] = [];
  for (let i = 0; i < 40; i++) {
    apps.push(
      makeApp({
        company: EMPLOYERS[i % EMPLOYERS.length]!,
        title: `${TITLES[i % TITLES.length]!}${i >= TITLES.length ? ` ${Math.floor(i / TITLES.length) + 1}` : ''}`,
        status: STATUSES[i % STATUSES.length]!,
        source: SITES[i % SITES.length]!,
        appliedDaysAgo: 1 + Math.floor((i * 70) / 40),
        id: `search-${String(i).padStart(2, '0')}`,
      }),
    );
  }
  // The three records the test drives: the newest rows, at the top of the table.
  apps.push(
    makeApp({
      company: 'Airtable',
      title: 'Data Analyst, Growth',
      status: 'applied',
      source: 'smartrecruiters',
      appliedDaysAgo: 0,
      id: 'drive-status',
    }),
  );
  apps.push(
    makeApp({
      company: 'Figma',
      title: 'Product Designer',
      status: 'interviewing',
      source: 'greenhouse',
      appliedDaysAgo: 0,
      id: 'drive-next',
    }),
  );
  apps.push(
    makeApp({
      company: 'Linear',
      title: 'Support Engineer',
      status: 'interviewing',
      source: 'ashby',
      appliedDaysAgo: 0,
      id: 'drive-reject',
    }),
  );
  return apps;
}

type Kb = { press(key: string): Promise<void>; type(text: string): Promise<void> };
const kb = (tab: TabHandle): Kb => (tab.raw as unknown as { keyboard: Kb }).keyboard;
const fill = (tab: TabHandle, selector: string, value: string) =>
  (tab.raw as unknown as { fill(s: string, v: string): Promise<void> }).fill(selector, value);

async function tabUntil(tab: TabHandle, check: () => boolean, what: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await kb(tab).press('Tab');
    if (await tab.evaluate(check)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function stored(h: Harness, id: string): Promise<Application | undefined> {
  return (await readStore<Application>(h, 'applications')).find((a) => a.id === id);
}

async function front(tab: TabHandle): Promise<void> {
  await (tab.raw as unknown as { bringToFront(): Promise<void> }).bringToFront();
}

/** Visible words "id"/"ids" in the overlay and the table (the words people read, not attributes). */
function idWords(): string[] {
  const texts = [
    document.querySelector<HTMLElement>('.record-overlay')?.innerText ?? '',
    document.querySelector<HTMLElement>('.app-table')?.innerText ?? '',
  ];
  return texts.flatMap((t) => t.match(/\bids?\b/gi) ?? []);
}

/**
 * Cells whose text is cut or runs into the next column. A site cell may end in an ellipsis only when its title
 * holds the whole name; a site name never wraps (one line) and no word is broken.
 */
function clippedCells(): string[] {
  const out: string[] = [];
  for (const th of document.querySelectorAll<HTMLElement>('.app-table thead th')) {
    if (th.scrollWidth > th.clientWidth + 1) out.push(`header ${th.textContent}`);
  }
  for (const td of [...document.querySelectorAll<HTMLElement>('.app-table tbody td')].slice(0, 7 * 30)) {
    const text = (td.textContent ?? '').trim();
    if (td.classList.contains('col-site')) {
      const range = document.createRange();
      range.selectNodeContents(td);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`site wraps: ${text}`);
      if (td.scrollWidth > td.clientWidth + 1 && td.title !== text) out.push(`site cut without a title: ${text}`);
    } else if (td.scrollWidth > td.clientWidth + 1) out.push(`cell ${text}`);
  }
  return out;
}

describe('chromium: the record overlay', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch('chromium');
    await seed(h, search());
    await mkdir(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function axe(tab: TabHandle): Promise<string[]> {
    return axeLines(await axeViolations(tab.raw as EvaluatingPage));
  }

  it('opens a record from the table by keyboard, status first; a status change through the menu, then Undo', async () => {
    const dash = await h.openExtensionPage('dashboard.html', WIDE);
    await dash.waitFor('[data-record="drive-status"]');
    await tabUntil(dash, () => (document.activeElement as HTMLElement | null)?.dataset.record === 'drive-status', 'the row');
    await kb(dash).press('Enter');
    await dash.waitFor('.record-overlay #detail-heading');
    await until(() => dash.evaluate(() => document.activeElement?.id === 'detail-heading'), 'focus on the overlay heading');

    const layout = await dash.evaluate(() => {
      const sheet = document.querySelector<HTMLElement>('.record-overlay')!;
      const status = sheet.querySelector<HTMLElement>('.status-menu-button')!;
      const next = document.getElementById('detail-nextStep')!;
      const company = document.getElementById('detail-company')!;
      const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {
        role: sheet.getAttribute('role'),
        status: status.textContent,
        statusTop: status.getBoundingClientRect().top,
        nextVisible: next.getBoundingClientRect().bottom < innerHeight,
        order: before(status, next) && before(next, company),
        tableWidth: document.querySelector('.app-table')!.getBoundingClientRect().width,
      };
    });
    expect(layout.role).toBe('dialog');
    expect(layout.status).toContain('Applied');
    expect(layout.statusTop).toBeLessThan(200);
    expect(layout.nextVisible).toBe(true);
    expect(layout.order).toBe(true);
    // The table behind keeps the page's width: nothing squeezed.
    expect(layout.tableWidth).toBeGreaterThan(1100);
    expect(await dash.evaluate(clippedCells)).toEqual([]);
    expect(await dash.evaluate(idWords)).toEqual([]);

    // Tab goes from the heading to Close, then to the status; ArrowDown opens the menu and changes nothing.
    await tabUntil(dash, () => document.activeElement?.classList.contains('status-menu-button') ?? false, 'the status button', 5);
    await kb(dash).press('ArrowDown');
    await dash.waitFor('[role="menu"]');
    const opened = await dash.evaluate(() => ({
      focus: document.activeElement?.getAttribute('role'),
      checked: document.querySelector('[role="menuitemradio"][aria-checked="true"]')?.textContent,
      toast: document.querySelector('.toast')?.textContent ?? '',
    }));
    expect(opened).toEqual({ focus: 'menuitemradio', checked: 'Applied', toast: '' });
    await kb(dash).press('ArrowDown');
    await until(() => dash.evaluate(() => document.activeElement?.textContent === 'Screening'), 'focus on Screening in the menu');
    await kb(dash).press('Enter');
    await until(async () => (await stored(h, 'drive-status'))?.status === 'screening', 'the status to be Screening');
    await front(dash);
    await until(
      () => dash.evaluate(() => document.querySelector('.toast')?.textContent?.includes('Status changed to Screening.') ?? false),
      'the Undo bar',
    );

    // Focus stays in the overlay, with the Undo bar as its last stop.
    await tabUntil(dash, () => document.activeElement?.textContent === 'Undo', 'Undo', 80);
    expect(await dash.evaluate(() => Boolean(document.activeElement?.closest('.toast')))).toBe(true);
    await kb(dash).press('Enter');
    await until(async () => (await stored(h, 'drive-status'))?.status === 'applied', 'Undo to put Applied back');
    await front(dash);
    await until(
      () => dash.evaluate(() => document.querySelector('.status-menu-button')?.textContent?.includes('Applied') ?? false),
      'the overlay to show Applied',
    );

    // Escape closes it and gives focus back to the row.
    await dash.evaluate(() => document.getElementById('detail-heading')?.focus());
    await kb(dash).press('Escape');
    await until(() => dash.evaluate(() => !document.querySelector('.record-overlay')), 'the overlay to close');
    await until(
      () => dash.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.record === 'drive-status'),
      'focus back on the row',
    );
    expect(await dash.evaluate(clippedCells)).toEqual([]);
    await dash.close();
  });

  it('asks when the interview is and stores the next step with its day and time', async () => {
    const dash = await h.openExtensionPage('dashboard.html#id=drive-next', WIDE);
    await dash.waitFor('#detail-nextStep');
    expect(await dash.text('.next-prompt')).toBe('When is the interview?');
    await dash.screenshot(join(SCREENS, 'overlay-next-step-prompt-light.png'));
    await dash.evaluate(() => document.getElementById('detail-nextStep')?.focus());
    await kb(dash).type('Second interview with the team');
    await fill(dash, '#detail-nextStepDate', '2031-05-20');
    await fill(dash, '#detail-nextStepTime', '14:30');
    await dash.evaluate(() => document.getElementById('detail-nextStepTime')?.focus());
    await kb(dash).press('Enter');
    const expected = await dash.evaluate(() => new Date(2031, 4, 20, 14, 30).toISOString());
    const saved = await until(async () => {
      const r = await stored(h, 'drive-next');
      return r?.nextStepAt ? r : undefined;
    }, 'the next step in storage');
    expect(saved?.nextStep).toBe('Second interview with the team');
    expect(saved?.nextStepAt).toBe(expected);
    expect(saved?.status).toBe('interviewing');
    await front(dash);
    await until(() => dash.evaluate(() => !document.querySelector('.next-prompt')), 'the prompt to go');
    await dash.screenshot(join(SCREENS, 'overlay-next-step-saved-light.png'));
    await dash.close();
  });

  it('opens the closing step on Rejected, whose Undo puts the status back', async () => {
    const dash = await h.openExtensionPage('dashboard.html#id=drive-reject', WIDE);
    await dash.waitFor('.record-overlay .status-menu-button');
    await dash.click('.record-overlay .status-menu-button');
    await dash.waitFor('[role="menuitemradio"]');
    await dash.click('[role="menuitemradio"]:nth-child(6)');
    await dash.waitFor('.dialog[role="dialog"]');
    await dash.screenshot(join(SCREENS, 'overlay-closing-step-light.png'));
    // The closing step's backdrop covers the sheet too: the point on the sheet's heading is the backdrop's.
    expect(await dash.evaluate(() => (document.elementFromPoint(1000, 20) as HTMLElement | null)?.className)).toBe('dialog-backdrop');
    const title = await dash.text('.dialog h2');
    expect(title).toBe('Rejected: Support Engineer at Linear');
    await until(async () => (await stored(h, 'drive-reject'))?.status === 'rejected', 'Rejected in storage');
    await front(dash);
    const undo = await dash.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.dialog button')].map((b) => b.textContent).find((t) => t?.startsWith('Undo')),
    );
    expect(undo).toBe('Undo: back to Interviewing');
    await dash.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.dialog button')].find((b) => b.textContent?.startsWith('Undo'))?.click(),
    );
    await until(async () => (await stored(h, 'drive-reject'))?.status === 'interviewing', 'Interviewing back');
    await front(dash);
    await until(() => dash.evaluate(() => !document.querySelector('.dialog')), 'the closing step to close');
    expect(await dash.evaluate(() => Boolean(document.querySelector('.record-overlay')))).toBe(true);
    await dash.close();
  });

  it('names sites, never ids, and axe finds nothing in light and dark (screenshots)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const table = await h.openExtensionPage('dashboard.html', { ...WIDE, colorScheme: scheme });
      await table.waitFor('[data-record]');
      const sites = await table.evaluate(() => [
        ...new Set([...document.querySelectorAll('.app-table td.col-site')].map((td) => td.textContent)),
      ]);
      expect(sites).toEqual(
        expect.arrayContaining(['SmartRecruiters', 'Workday', 'LinkedIn', 'Added by hand', 'Imported', 'boards.greenhouse.io']),
      );
      expect(sites).not.toContain('smartrecruiters');
      expect(await table.evaluate(clippedCells)).toEqual([]);
      expect(await axe(table)).toEqual([]);
      await table.screenshot(join(SCREENS, `overlay-table-${scheme}.png`));
      await table.close();

      const dash = await h.openExtensionPage('dashboard.html#id=drive-status', { ...WIDE, colorScheme: scheme });
      await dash.waitFor('.record-overlay #detail-notes');
      await dash.evaluate(() => (document.querySelector<HTMLDetailsElement>('.overlay-advanced')!.open = true));
      const site = await dash.evaluate(() => {
        const select = document.getElementById('detail-source') as HTMLSelectElement;
        return {
          value: select.value,
          text: select.selectedOptions[0]?.textContent,
          label: document.querySelector('label[for="detail-jobId"]')?.textContent,
        };
      });
      expect(site).toEqual({ value: 'smartrecruiters', text: 'SmartRecruiters', label: 'Job number on SmartRecruiters' });
      expect(await dash.evaluate(idWords)).toEqual([]);
      expect(await axe(dash)).toEqual([]);
      await dash.screenshot(join(SCREENS, `overlay-${scheme}.png`));
      await dash.evaluate(() => document.getElementById('notes-heading')?.scrollIntoView());
      await dash.screenshot(join(SCREENS, `overlay-lower-${scheme}.png`));
      await dash.close();
    }
    expect(h.consoleErrors).toEqual([]);
  });
});
