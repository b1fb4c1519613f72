// The dashboard's board, "+ Add application" and "Coming up" in real Chromium, with a realistic search seeded
// (40 applications at 15 employers over 10 weeks): a keyboard move then Undo, a drag with the mouse, a move to
// Rejected opening the closing step, a record added from the keyboard, a dated interview in "Coming up",
// and axe on the board, light and dark, with data and empty. Screenshots go to $SHOTS (default test-results/board).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { launch, ROOT, until, type Harness, type TabHandle } from './harness';
import { makeApp, readStore, seed } from './seed';
import { axeLines, axeViolations } from './axe-check';

const SHOTS = process.env.SHOTS ?? join(ROOT, 'test-results/board');
const WIDE = { width: 1280, height: 800 };
const DAY = 86_400_000;

type Pw = import('playwright-core').Page;
const pw = (tab: TabHandle) => tab.raw as Pw;

/** Local noon `days` from today, as a date-only next step gets it. */
function onDay(days: number, hour = 12): string {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, hour).toISOString();
}

/** 40 applications at 15 employers over 10 weeks, every status, with an interview, an offer and a due follow-up. */
function realisticSearch(): Application[] {
  const employers = [
    'Airtable',
    'Bloomreach',
    'Canva',
    'Datadog',
    'Elastic',
    'Figma',
    'GitLab',
    'HubSpot',
    'Intercom',
    'Jet Brains',
    'Klarna',
    'Linear',
    'Miro',
    'Notion',
    'Okta',
  ];
  const titles = ['Product Designer', 'Senior Product Designer', 'UX Researcher', 'Design Systems Lead', 'Product Manager'];
  const plan: Status[] = [
    ...Array<Status>(14).fill('applied'),
    ...Array<Status>(5).fill('screening'),
    ...Array<Status>(4).fill('interviewing'),
    'offer',
    'accepted',
    ...Array<Status>(9).fill('rejected'),
    ...Array<Status>(4).fill('ghosted'),
    'withdrawn',
    'applied',
  ];
  const sources = ['greenhouse', 'lever', 'workday', 'linkedin', 'ashby', 'generic'];
  return plan.map((status, i) =>
    makeApp({
      company: employers[i % employers.length]!,
      title: titles[i % titles.length]!,
      status,
      appliedDaysAgo: 1 + Math.round((i * 69) / plan.length),
      source: sources[i % sources.length]!,
      id: `real-${String(i).padStart(2, '0')}`,
    }),
  );
}

async function dashboard(h: Harness, hash: string, colorScheme: 'light' | 'dark' = 'light'): Promise<TabHandle> {
  const tab = await h.openExtensionPage(`dashboard.html${hash}`, { ...WIDE, colorScheme });
  await tab.waitFor('#main > *');
  return tab;
}

async function stored(h: Harness, id: string): Promise<Application | undefined> {
  return (await readStore<Application>(h, 'applications')).find((a) => a.id === id);
}

/** axe-core's violations on the page, as "rule: target" lines (see axe-check.ts). */
async function axe(tab: TabHandle): Promise<string[]> {
  return axeLines(await axeViolations(pw(tab)));
}

describe('chromium: board, + Add application and Coming up', () => {
  let h: Harness;
  const apps = realisticSearch();
  const byId = (id: string) => apps.find((a) => a.id === id)!;
  const interview = { ...byId('real-15'), nextStep: 'Panel interview with the design team', nextStepAt: onDay(2, 14) };
  const offer = { ...byId('real-23'), nextStep: 'Decide on the offer', nextStepAt: onDay(5) };
  const followUp = { ...byId('real-03'), followUpAt: new Date(Date.now() - 2 * DAY).toISOString() };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function seedAll() {
    await seed(
      h,
      apps.map((a) => (a.id === interview.id ? interview : a.id === offer.id ? offer : a.id === followUp.id ? followUp : a)),
    );
  }

  it('shows the board and Coming up, light and dark, with no axe violation', async () => {
    await seedAll();
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await dashboard(h, '#view=board', scheme);
      await tab.waitFor('.board-columns');
      await tab.waitFor('.coming-up');
      const strip = await tab.text('.coming-up');
      // The seeded interview, its step and its date in the user's locale, relative and absolute.
      expect(strip).toContain('Interview');
      expect(strip).toContain(`${interview.company}: Panel interview with the design team`);
      expect(strip).toContain('in 2 days');
      const day = await tab.evaluate(
        (iso: string) => new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(iso)),
        interview.nextStepAt,
      );
      expect(strip).toContain(day);
      expect(strip).toContain('Offer decision');
      expect(strip).toContain('Follow-up due');
      // Column counts match what was seeded.
      expect(await tab.text('[data-column="applied"] .board-count')).toBe('(15)');
      expect(await tab.text('[data-column="rejected"] .board-count')).toBe('(9)');
      // Site names, never site ids.
      const meta = await tab.evaluate(() => Array.from(document.querySelectorAll('.board-card-meta'), (e) => e.textContent ?? ''));
      expect(meta.some((m) => m.startsWith('Greenhouse'))).toBe(true);
      expect(meta.some((m) => /^(greenhouse|lever|workday) /.test(m))).toBe(false);
      await tab.screenshot(join(SHOTS, `board-${scheme}.png`));
      expect(await axe(tab)).toEqual([]);
      // A closed column unfolds from its heading button, and stays clean for axe.
      await pw(tab).getByRole('button', { name: 'Rejected (9)', expanded: false }).click();
      await until(
        () => tab.evaluate(() => document.querySelectorAll('[data-column="rejected"] [data-card]').length === 9),
        'the rejected cards',
      );
      await tab.screenshot(join(SHOTS, `board-rejected-open-${scheme}.png`));
      expect(await axe(tab)).toEqual([]);
      await tab.close();
      // "Coming up" also heads the Applications view.
      const list = await dashboard(h, '#view=applications', scheme);
      await list.waitFor('.coming-up');
      await list.screenshot(join(SHOTS, `applications-coming-up-${scheme}.png`));
      await list.close();
    }
  });

  it('moves a card by keyboard (Alt+→), keeps focus on it, and Undo puts storage back as it was', async () => {
    await seedAll();
    const target = byId('real-00');
    const before = await stored(h, target.id);
    expect(before?.status).toBe('applied');
    const tab = await dashboard(h, '#view=board');
    await tab.waitFor(`[data-card="${target.id}"]`);
    await pw(tab).focus(`[data-card="${target.id}"] .board-card-open`);
    await tab.press('Alt+ArrowRight');
    const moved = await until(async () => {
      const a = await stored(h, target.id);
      return a?.status === 'screening' ? a : undefined;
    }, 'the card to move to Screening');
    expect(moved?.history.at(-1)?.status).toBe('screening');
    await pw(tab).bringToFront();
    // The card is now in the Screening column and still has the keyboard.
    await until(
      () =>
        tab.evaluate(
          (id: string) =>
            document.activeElement?.closest('[data-column]')?.getAttribute('data-column') === 'screening' &&
            document.activeElement?.closest('[data-card]')?.getAttribute('data-card') === id,
          target.id,
        ),
      'focus on the moved card',
    );
    expect(await tab.text('.toast-region')).toContain('from Applied to Screening');
    await tab.screenshot(join(SHOTS, 'board-keyboard-move.png'));
    // Undo from the keyboard: Tab to the toast's Undo button, Enter.
    for (let i = 0; i < 200; i++) {
      await tab.press('Tab');
      if (await tab.evaluate(() => document.activeElement?.textContent === 'Undo')) break;
    }
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await tab.press('Enter');
    const undone = await until(async () => {
      const a = await stored(h, target.id);
      return a?.status === 'applied' ? a : undefined;
    }, 'the record to be back in Applied');
    expect(undone).toEqual(before);
    await pw(tab).bringToFront();
    await until(
      () => tab.evaluate((id: string) => !!document.querySelector(`[data-column="applied"] [data-card="${id}"]`), target.id),
      'the card back in Applied',
    );
    await tab.close();
  });

  it('moves a card with the mouse (drag and drop)', async () => {
    await seedAll();
    const target = byId('real-01');
    const tab = await dashboard(h, '#view=board');
    await tab.waitFor(`[data-card="${target.id}"]`);
    await pw(tab).dragAndDrop(`[data-card="${target.id}"]`, '[data-column="interviewing"]');
    await until(async () => (await stored(h, target.id))?.status === 'interviewing', 'the dragged card to be Interviewing');
    await pw(tab).bringToFront();
    await until(
      () => tab.evaluate((id: string) => !!document.querySelector(`[data-column="interviewing"] [data-card="${id}"]`), target.id),
      'the card in Interviewing',
    );
    await tab.close();
  });

  it('opens the closing step on a move to Rejected, whose Undo puts the status back', async () => {
    await seedAll();
    const target = byId('real-02');
    const before = await stored(h, target.id);
    const tab = await dashboard(h, '#view=board');
    await tab.waitFor(`[data-card="${target.id}"]`);
    // The card's status button, from the keyboard: open the menu, type-ahead to Rejected, choose it.
    await pw(tab).focus(`[data-card="${target.id}"] .status-menu-button`);
    await tab.press('ArrowDown');
    await until(() => tab.evaluate(() => document.activeElement?.getAttribute('role') === 'menuitemradio'), 'the open status menu');
    await tab.press('r');
    await until(() => tab.evaluate(() => document.activeElement?.textContent === 'Rejected'), 'Rejected chosen by type-ahead');
    await tab.press('Enter');
    await tab.waitFor('[role="dialog"]');
    expect(await tab.text('[role="dialog"] h2')).toBe(`Rejected: ${target.title} at ${target.company}`);
    expect((await stored(h, target.id))?.status).toBe('rejected');
    await pw(tab).bringToFront();
    await tab.screenshot(join(SHOTS, 'board-closing-step.png'));
    await pw(tab).getByRole('button', { name: 'Undo: back to Applied' }).click();
    const undone = await until(async () => {
      const a = await stored(h, target.id);
      return a?.status === 'applied' ? a : undefined;
    }, 'the record to be back in Applied');
    expect(undone).toEqual(before);
    await pw(tab).bringToFront();
    await until(() => tab.evaluate(() => !document.querySelector('[role="dialog"]')), 'the dialog to close');
    await tab.close();
  });

  it('adds an application from the keyboard, then Undo removes it', async () => {
    await seedAll();
    const tab = await dashboard(h, '#view=board');
    await tab.waitFor('.board-columns');
    for (let i = 0; i < 60; i++) {
      await tab.press('Tab');
      if (await tab.evaluate(() => document.activeElement?.textContent === '+ Add application')) break;
    }
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('+ Add application');
    await tab.press('Enter');
    await tab.waitFor('[role="dialog"]');
    const kb = pw(tab).keyboard;
    // Focus starts in Company; an empty save shows the errors inline first.
    await tab.press('Enter');
    await until(() => tab.evaluate(() => document.querySelectorAll('[aria-invalid="true"]').length === 2), 'two inline errors');
    expect(await tab.text('[role="dialog"]')).toContain('Enter the company name.');
    await kb.type('Pinecone Studio');
    await tab.press('Tab');
    await kb.type('Lead Product Designer');
    await tab.press('Tab');
    await kb.type('https://pinecone.example/jobs/42');
    await tab.press('Tab');
    await kb.type('Berlin');
    await tab.screenshot(join(SHOTS, 'add-application-light.png'));
    await tab.press('Enter');
    const made = await until(
      async () => (await readStore<Application>(h, 'applications')).find((a) => a.company === 'Pinecone Studio'),
      'the new record',
    );
    expect(made).toMatchObject({
      title: 'Lead Product Designer',
      location: 'Berlin',
      status: 'applied',
      source: 'manual',
      url: 'https://pinecone.example/jobs/42',
    });
    expect(made?.capture.method).toBe('manual');
    await pw(tab).bringToFront();
    await until(() => tab.evaluate(() => !document.querySelector('[role="dialog"]')), 'the dialog to close');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('+ Add application');
    await pw(tab).getByRole('button', { name: 'Undo' }).click();
    await until(
      async () => !(await readStore<Application>(h, 'applications')).some((a) => a.company === 'Pinecone Studio'),
      'the record to be gone',
    );
    await tab.close();
  });

  it('offers the import and + Add application on an empty board, with no axe violation', async () => {
    await seed(h, []);
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await dashboard(h, '#view=board', scheme);
      await tab.waitFor('.board-empty');
      expect(await pw(tab).getByRole('link', { name: 'Import from another tracker' }).getAttribute('href')).toBe('#view=import');
      expect(await pw(tab).locator('.board-empty').getByRole('button', { name: '+ Add application' }).count()).toBe(1);
      expect(await tab.evaluate(() => !!document.querySelector('.coming-up'))).toBe(false);
      await tab.screenshot(join(SHOTS, `board-empty-${scheme}.png`));
      expect(await axe(tab)).toEqual([]);
      await tab.close();
    }
    expect(h.consoleErrors).toEqual([]);
  });
});
