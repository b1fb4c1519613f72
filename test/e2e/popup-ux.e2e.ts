// The popup, list first, in real browsers with a realistic search: 40 applications at 15 employers over ten
// weeks, plus pending questions, a job to name, due follow-ups and ghosting suggestions. Four rows show at
// 380×560; a status changes only through the menu, on an explicit choice, and every change can be undone,
// inside the closing step too.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LABELS, type Application, type Status } from '../../src/core/application';
import { launch, ROOT, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { daysAgo, makeApp, makePending, readStore, retrying, seed } from './seed';
import { axeViolations as axeOf, type EvaluatingPage } from './axe-check';

const POPUP = { width: 380, height: 560 };
const SHOTS = process.env.BASKETS_SHOTS ?? join(ROOT, 'test-results/screens');

const EMPLOYERS = [
  'Airtable',
  'Bolt',
  'Canva',
  'Datadog',
  'Elastic',
  'Figma',
  'GitLab',
  'HubSpot',
  'Intercom',
  'Jetbrains',
  'Klarna',
  'Linear',
  'Miro',
  'N26',
  'Octopus Energy',
];
const TITLES = ['Data Analyst', 'Product Analyst', 'Analytics Engineer', 'Senior Data Analyst', 'BI Developer'];

/**
 * 40 applications over 10 weeks at 15 employers, newest first, in the mix a real search has: mostly applied,
 * some screening and interviews, an offer, rejections, silences and a withdrawal; two follow-ups due, one job
 * to name (an Indeed submission whose job could not be read), and older applied ones quiet long enough to be
 * suggested as ghosted.
 */
function realisticSearch(): Application[] {
  const plan: Status[] = [
    'applied',
    'applied',
    'screening',
    'applied',
    'interviewing',
    'applied',
    'applied',
    'rejected',
    'applied',
    'screening',
    'applied',
    'interviewing',
    'applied',
    'rejected',
    'applied',
    'offer',
    'applied',
    'ghosted',
    'applied',
    'rejected',
    'applied',
    'screening',
    'applied',
    'withdrawn',
    'applied',
    'rejected',
    'applied',
    'ghosted',
    'applied',
    'rejected',
    'applied',
    'applied',
    'rejected',
    'applied',
    'ghosted',
    'applied',
    'rejected',
    'applied',
    'applied',
    'applied',
  ];
  const apps = plan.map((status, i) =>
    makeApp({
      company: EMPLOYERS[(i * 7) % EMPLOYERS.length]!,
      title: TITLES[i % TITLES.length]!,
      status,
      appliedDaysAgo: 1 + Math.floor((i * 69) / plan.length),
      location: i % 3 ? 'Berlin' : 'Remote',
      source: i % 4 === 0 ? 'lever' : 'greenhouse',
      id: `real-${String(i).padStart(2, '0')}`,
    }),
  );
  // Two follow-ups due.
  apps[4] = { ...apps[4]!, followUpAt: daysAgo(2) };
  apps[9] = { ...apps[9]!, followUpAt: daysAgo(0.5) };
  // One job to name.
  apps[2] = {
    ...apps[2]!,
    company: '',
    companyKey: '',
    title: '',
    url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply?jk=9f8e7d',
    source: 'indeed',
    needsDetails: true,
    capture: { method: 'auto', signal: 'Your application has been submitted!' },
  };
  return apps;
}

const PENDING = () => [
  makePending({ company: 'Zalando', title: 'Data Analyst' }),
  makePending({ company: 'Spotify', title: 'Insights Analyst' }),
];

async function openPopup(h: Harness, colorScheme?: 'light' | 'dark'): Promise<TabHandle> {
  const tab = await retrying(h, () => h.openExtensionPage('popup.html', { ...POPUP, ...(colorScheme ? { colorScheme } : {}) }));
  await tab.waitFor('.app-row');
  // The counts and the active records fill in right after the first rows.
  await tab.waitFor('.needs-you-toggle');
  return tab;
}

/** The first rows' boxes, and whether each lies wholly inside the window. */
function rowBoxes(): Array<{ company: string; top: number; bottom: number; inside: boolean }> {
  return [...document.querySelectorAll<HTMLElement>('.app-row')].slice(0, 6).map((row) => {
    const r = row.getBoundingClientRect();
    return {
      company: row.querySelector('.app-company')?.textContent ?? '',
      top: Math.round(r.top),
      bottom: Math.round(r.bottom),
      inside: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
    };
  });
}

async function stored(h: Harness, id: string): Promise<Application | undefined> {
  return (await readStore<Application>(h, 'applications')).find((a) => a.id === id);
}

/** Clicks a row's status chip, then a status in its menu: the two clicks a status change takes. */
async function chooseStatus(tab: TabHandle, id: string, status: Status): Promise<void> {
  await tab.click(`.app-row[data-record="${id}"] .status-menu-button`);
  await tab.waitFor(`.app-row[data-record="${id}"] [role="menu"]`);
  await tab.click(`.app-row[data-record="${id}"] [role="menuitemradio"]:nth-child(${STATUSES.indexOf(status) + 1})`);
}

async function clickButtonByText(tab: TabHandle, text: string, within = 'body'): Promise<void> {
  const ok = await tab.evaluate(
    ({ text, within }: { text: string; within: string }) => {
      const b = [...document.querySelectorAll<HTMLButtonElement>(`${within} button`)].find((x) => x.textContent?.trim() === text);
      b?.click();
      return !!b;
    },
    { text, within },
  );
  if (!ok) throw new Error(`No button "${text}" in ${within}`);
}

/** axe-core's rules on the page as it stands (see axe-check.ts); returns the violations by rule id with their targets. */
async function axeViolations(tab: TabHandle): Promise<Record<string, string[]>> {
  const violations = await axeOf(tab.raw as EvaluatingPage);
  return Object.fromEntries(violations.map((v) => [v.id, v.nodes.map((n) => n.target)]));
}

describe('chromium: the popup, list first, with 40 applications', () => {
  let h: Harness;
  let apps: Application[];

  beforeAll(async () => {
    h = await launch('chromium');
    apps = realisticSearch();
    await seed(h, apps, PENDING());
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the first four applications inside 380×560, with questions, follow-ups and suggestions waiting', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await openPopup(h, scheme);
      const boxes = await tab.evaluate(rowBoxes);
      expect(
        boxes.slice(0, 4).map((b) => b.inside),
        JSON.stringify(boxes),
      ).toEqual([true, true, true, true]);
      // Newest first: the seeded order.
      expect(boxes[0]!.company).toBe('Airtable');
      const line = await tab.evaluate(() => ({
        counts: document.querySelector('.popup-counts')?.textContent ?? '',
        needs: document.querySelector('.needs-you-toggle')?.textContent ?? '',
        header: [...document.querySelectorAll('.popup-bar button')].map((b) => b.getAttribute('aria-label') || b.textContent?.trim()),
        headerHeight: document.querySelector('.popup-bar')!.getBoundingClientRect().height,
        statusControls: document.querySelectorAll('.app-row:first-child select, .app-row:first-child .chip').length,
      }));
      expect(line.counts).toMatch(/^\d+ active\d+ this week \(goal 10\)$/);
      // 1 job to name, 2 questions, 2 follow-ups due, and quiet ones.
      expect(line.needs).toMatch(/^\d+ things need you1 job to name · 2 questions · 2 follow-ups · \d+ quiet ones/);
      expect(line.header).toEqual(['Log this page', 'Dashboard', 'Settings']);
      expect(line.headerHeight).toBeLessThan(40);
      // One status per row: the chip is the menu button, no select beside it.
      expect(line.statusControls).toBe(1);
      await tab.screenshot(join(SHOTS, `popup-ux-${scheme}.png`));

      // The status menu, opened on the first row (nothing is chosen), and the "Log this page" dialog.
      await tab.click('.app-row:first-child .status-menu-button');
      await tab.waitFor('.app-row:first-child [role="menu"]');
      await tab.screenshot(join(SHOTS, `popup-ux-menu-${scheme}.png`));
      await (tab.raw as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard.press('Escape');
      await clickButtonByText(tab, 'Log this page', '.popup-bar');
      await tab.waitFor('[role="dialog"] form');
      await tab.screenshot(join(SHOTS, `popup-ux-log-${scheme}.png`));
      await clickButtonByText(tab, 'Cancel', '[role="dialog"]');
      await until(() => tab.evaluate(() => !document.querySelector('[role="dialog"]')), 'the dialog to close');

      // Opened, the panel of things that need the user scrolls inside itself: rows still show below it.
      await tab.click('.needs-you-toggle');
      await tab.waitFor('.needs-you-panel .needs-item');
      const open = await tab.evaluate(rowBoxes);
      expect(open[0]!.inside, JSON.stringify(open)).toBe(true);
      await tab.screenshot(join(SHOTS, `popup-ux-needs-${scheme}.png`));
      await tab.click('.planb-chip');
      await tab.waitFor('.planb-chip-panel:not([hidden])');
      await tab.screenshot(join(SHOTS, `popup-ux-planb-${scheme}.png`));
      expect(await axeViolations(tab), `axe, ${scheme}, opened`).toEqual({});
      await tab.close();

      const closed = await openPopup(h, scheme);
      expect(await axeViolations(closed), `axe, ${scheme}`).toEqual({});
      await closed.close();
    }
  });

  it('changes a status through the menu, then Undo puts the stored record back as it was', async () => {
    const target = (await stored(h, apps[0]!.id))!;
    const tab = await openPopup(h);
    await chooseStatus(tab, target.id, 'screening');
    await until(async () => (await stored(h, target.id))?.status === 'screening', 'the new status in storage');
    await until(() => tab.evaluate(() => document.querySelector('.toast')?.textContent?.includes('Screening') ?? false), 'the toast');
    await tab.screenshot(join(SHOTS, 'popup-ux-undo-toast.png'));
    await clickButtonByText(tab, 'Undo', '.toast');
    await until(async () => isDeepStrictEqual(await stored(h, target.id), target), 'the record back as it was');
    expect(await stored(h, target.id)).toEqual(target);
    await until(
      () => tab.evaluate(() => document.querySelector('.toast')?.textContent?.includes('Status back to Applied') ?? false),
      'the undo message',
    );
    await tab.close();
  });

  it('ArrowDown on a focused status button opens the menu and changes nothing in storage', async () => {
    const target = (await stored(h, apps[1]!.id))!;
    const tab = await openPopup(h);
    const kb = (tab.raw as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard;
    const label = `${STATUS_LABELS[target.status]}: change the status of ${target.title} at ${target.company}`;
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await kb.press('Tab');
      reached = await tab.evaluate((l: string) => document.activeElement?.getAttribute('aria-label') === l, label);
    }
    expect(reached, 'Tab reaches the status button').toBe(true);
    await kb.press('ArrowDown');
    await tab.waitFor(`.app-row[data-record="${target.id}"] [role="menu"]`);
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await kb.press('Escape');
    await new Promise((r) => setTimeout(r, 300));
    expect(await stored(h, target.id)).toEqual(target);
    expect(await tab.evaluate(() => document.querySelector('[role="menu"]'))).toBeNull();
    await tab.close();
  });

  for (const status of ['rejected', 'ghosted', 'withdrawn'] as const) {
    it(`opens the closing step for ${STATUS_LABELS[status]} in two clicks, with Undo inside it`, async () => {
      const target = (await stored(h, apps[3]!.id))!;
      const tab = await openPopup(h);
      // Click 1: the row's status chip. Click 2: the status.
      await chooseStatus(tab, target.id, status);
      await tab.waitFor('[role="dialog"]');
      await until(async () => (await stored(h, target.id))?.status === status, 'the closing status in storage');
      const dialog = await tab.evaluate(() => ({
        title: document.querySelector('[role="dialog"] h2')?.textContent ?? '',
        undo: [...document.querySelectorAll('[role="dialog"] button')].some((b) => b.textContent === 'Undo: back to Applied'),
      }));
      expect(dialog).toEqual({ title: `${STATUS_LABELS[status]}: ${target.title} at ${target.company}`, undo: true });
      if (status === 'rejected') await tab.screenshot(join(SHOTS, 'popup-ux-closing.png'));
      await clickButtonByText(tab, 'Undo: back to Applied', '[role="dialog"]');
      await until(async () => isDeepStrictEqual(await stored(h, target.id), target), 'the record back as it was');
      await until(() => tab.evaluate(() => !document.querySelector('[role="dialog"]')), 'the dialog to close');
      await tab.close();
    });
  }

  it('logged no console error', () => {
    expect(h.consoleErrors).toEqual([]);
  });
});

describe('firefox: popup smoke with 40 applications', () => {
  let h: Harness;
  let apps: Application[];
  beforeAll(async () => {
    h = await launch('firefox' as BrowserName);
    apps = realisticSearch();
    await seed(h, apps, PENDING());
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens with four rows in view; a menu change is stored and Undo restores it', async () => {
    const tab = await openPopup(h);
    const boxes = await tab.evaluate(rowBoxes);
    expect(
      boxes.slice(0, 4).map((b) => b.inside),
      JSON.stringify(boxes),
    ).toEqual([true, true, true, true]);
    const target = (await stored(h, apps[0]!.id))!;
    await chooseStatus(tab, target.id, 'interviewing');
    await until(async () => (await stored(h, target.id))?.status === 'interviewing', 'the new status in storage');
    await until(() => tab.evaluate(() => !!document.querySelector('.toast')), 'the toast');
    await clickButtonByText(tab, 'Undo', '.toast');
    await until(async () => isDeepStrictEqual(await stored(h, target.id), target), 'the record back as it was');
    await tab.close();
    expect(h.consoleErrors).toEqual([]);
  });
});
