// The closing step in real Chromium, in the popup at 380x560 with 40 applications at 15 employers over 10 weeks:
// for each closing status (rejected, ghosted, withdrawn) it opens after the status change, asks the questions
// that fit, keeps Save inside the viewport, stores the answers, and "Undo" inside the dialog puts the status back.
// axe-core checks the open step in light and dark; screenshots go to test-results/closing/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS, type Application, type Status } from '../../src/core/application';
import { launch, ROOT, until, type Harness, type TabHandle } from './harness';
import { makeApp, readStore, seed } from './seed';
import { axeLines, axeViolations as axeOn } from './axe-check';

const SHOTS = join(ROOT, 'test-results/closing');
const POPUP = { width: 380, height: 560 };
const WIDE = { width: 1280, height: 800 };

const EMPLOYERS = [
  'Airtable',
  'Nimbus',
  'Umbrella',
  'Cobalt GmbH',
  'Ember',
  'Fjord AS',
  'Granite',
  'Helix Bio',
  'Iris Health',
  'Juniper',
  'Kite Robotics',
  'Lumen',
  'Moss & Partners',
  'Northwind',
  'Orbit',
];
const TITLES = ['Backend Engineer', 'Data Engineer', 'Platform Engineer', 'Software Engineer', 'Site Reliability Engineer'];
const SPREAD: Status[] = [
  'applied',
  'applied',
  'screening',
  'rejected',
  'ghosted',
  'applied',
  'interviewing',
  'rejected',
  'withdrawn',
  'ghosted',
];

/** 40 applications at 15 employers over 10 weeks; the three the test closes are the newest, so they head the list. */
function searchOf40(): { apps: Application[]; targets: Record<'rejected' | 'ghosted' | 'withdrawn', { subject: string; from: Status }> } {
  const apps: Application[] = [];
  for (let i = 0; i < 37; i++) {
    apps.push(
      makeApp({
        company: EMPLOYERS[i % EMPLOYERS.length]!,
        title: `${TITLES[i % TITLES.length]} ${i + 1}`,
        status: SPREAD[i % SPREAD.length]!,
        appliedDaysAgo: 5 + Math.round((i * 65) / 37),
      }),
    );
  }
  apps.push(makeApp({ company: 'Airtable', title: 'Senior Backend Engineer', status: 'interviewing', appliedDaysAgo: 2 }));
  apps.push(makeApp({ company: 'Nimbus', title: 'Data Engineer', status: 'applied', appliedDaysAgo: 3 }));
  apps.push(makeApp({ company: 'Umbrella', title: 'Platform Engineer', status: 'screening', appliedDaysAgo: 4 }));
  return {
    apps,
    targets: {
      rejected: { subject: 'Senior Backend Engineer at Airtable', from: 'interviewing' },
      ghosted: { subject: 'Data Engineer at Nimbus', from: 'applied' },
      withdrawn: { subject: 'Platform Engineer at Umbrella', from: 'screening' },
    },
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Changes a row's status the way a user does: through the row's StatusMenu (a button "<Status>: change the status
 * of <subject>" opening a menu of statuses) when the popup has it, else through the older row select.
 */
async function chooseStatus(page: Page, subject: string, status: Status): Promise<void> {
  const menuButton = page.getByRole('button', { name: new RegExp(`: change the status of ${escapeRegExp(subject)}$`) });
  if ((await menuButton.count()) > 0) {
    await menuButton.click();
    await page
      .getByRole('menu', { name: `Status of ${subject}` })
      .getByRole('menuitemradio', { name: STATUS_LABELS[status] })
      .click();
    return;
  }
  await page.getByLabel(`Status for ${subject}`, { exact: true }).selectOption(status);
}

async function storedStatus(h: Harness, title: string, company: string): Promise<Application> {
  const apps = await readStore<Application>(h, 'applications');
  const app = apps.find((a) => a.title === title && a.company === company);
  if (!app) throw new Error(`${title} at ${company} is not stored`);
  return app;
}

/** axe-core on the open dialog (or another part of the page); returns "rule: target" for each violation. */
async function axeViolations(page: Page, selector = '[role="dialog"]'): Promise<string[]> {
  return axeLines(await axeOn(page, selector));
}

const QUESTIONS: Record<'rejected' | 'ghosted' | 'withdrawn', string[]> = {
  rejected: ['What went well', 'What could have gone better', 'Feedback received'],
  ghosted: ['Anything you would do differently?'],
  withdrawn: ['Why did you step back?'],
};

describe('chromium: the closing step in the popup at 380x560, 40 applications', () => {
  let h: Harness;
  const { apps, targets } = searchOf40();

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    h = await launch('chromium');
    await seed(h, apps);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openPopup(colorScheme: 'light' | 'dark'): Promise<{ tab: TabHandle; page: Page }> {
    const tab = await h.openExtensionPage('popup.html', { ...POPUP, colorScheme });
    await tab.waitFor('.app-row');
    return { tab, page: tab.raw as unknown as Page };
  }

  for (const outcome of ['rejected', 'ghosted', 'withdrawn'] as const) {
    it(`${outcome}: opens after the change, fits questions, Save in view, Undo puts the status back, Save stores the lessons`, async () => {
      const { subject, from } = targets[outcome];
      const [title, company] = subject.split(' at ') as [string, string];
      const scheme = outcome === 'ghosted' ? 'dark' : 'light';
      const { tab, page } = await openPopup(scheme);

      // 1. The change opens the step, with the questions for this outcome only.
      await chooseStatus(page, subject, outcome);
      const dialog = page.getByRole('dialog', { name: `${STATUS_LABELS[outcome]}: ${subject}` });
      await dialog.waitFor();
      await dialog.locator('.closing-proportion').waitFor();
      const labels = await dialog
        .locator('textarea')
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).labels?.[0]?.textContent ?? ''));
      expect(labels).toEqual(QUESTIONS[outcome]);
      expect(await dialog.textContent()).toMatch(/You are not alone: /);
      if (outcome !== 'rejected') expect(await dialog.getByLabel('Feedback received').count()).toBe(0);

      // 2. Save is inside the 380x560 viewport without scrolling, and so is the undo.
      const save = dialog.getByRole('button', { name: 'Save reflection' });
      const undo = dialog.getByRole('button', { name: `Undo: back to ${STATUS_LABELS[from]}` });
      for (const control of [save, undo]) {
        const box = (await control.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(POPUP.height);
      }
      await tab.screenshot(join(SHOTS, `popup-${outcome}-${scheme}.png`));
      expect(await axeViolations(page)).toEqual([]);

      // 3. Undo inside the dialog, from the keyboard (Shift+Tab from the first question): the status is back.
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.tagName)).toBe('TEXTAREA');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Undo: back to ${STATUS_LABELS[from]}`);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await until(async () => (await storedStatus(h, title, company)).status === from, `${subject} back to ${from}`);

      // 4. The change again, an answer, Save: the answer is stored in its lessons field, the status stays.
      await chooseStatus(page, subject, outcome);
      await dialog.waitFor();
      await dialog.getByLabel(QUESTIONS[outcome][0]!, { exact: true }).fill(`Lesson after ${outcome}`);
      if (outcome === 'rejected') await dialog.getByLabel('Feedback received', { exact: true }).fill('Wanted more Kubernetes');
      // With the feedback draft open the body scrolls, and Save stays in view.
      if (outcome === 'rejected') {
        await dialog.getByRole('button', { name: 'Ask for feedback' }).click();
        await dialog.getByLabel('Message', { exact: true }).waitFor();
        const box = (await save.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(POPUP.height);
        expect(await dialog.getByLabel('Message', { exact: true }).inputValue()).toMatch(/Kind regards,$/);
        await tab.screenshot(join(SHOTS, `popup-${outcome}-feedback-${scheme}.png`));
      }
      await save.click();
      await dialog.waitFor({ state: 'detached' });
      const stored: Application = (await until(async () => {
        const a = await storedStatus(h, title, company);
        return a.lessons.wentWell || a.lessons.couldImprove ? a : undefined;
      }, `${subject} lessons stored`))!;
      expect(stored.status).toBe(outcome);
      if (outcome === 'rejected')
        expect(stored.lessons).toEqual({ wentWell: `Lesson after ${outcome}`, couldImprove: '', feedback: 'Wanted more Kubernetes' });
      else expect(stored.lessons).toEqual({ wentWell: '', couldImprove: `Lesson after ${outcome}`, feedback: '' });
      await tab.close();
    });
  }

  it('the same step in dark and light for each outcome passes axe (screenshots of the other scheme)', async () => {
    // Put the three back to their open status, then look at each step in the scheme not shot above.
    const all = await readStore<Application>(h, 'applications');
    const reset = all.map((a) => {
      const t = Object.values(targets).find((x) => x.subject === `${a.title} at ${a.company}`);
      return t
        ? {
            ...a,
            status: t.from,
            history: a.history.filter((e) => e.status !== 'rejected' && e.status !== 'ghosted' && e.status !== 'withdrawn'),
          }
        : a;
    });
    await seed(h, reset);
    for (const outcome of ['rejected', 'ghosted', 'withdrawn'] as const) {
      const scheme = outcome === 'ghosted' ? 'light' : 'dark';
      const { tab, page } = await openPopup(scheme);
      await chooseStatus(page, targets[outcome].subject, outcome);
      const dialog = page.getByRole('dialog', { name: `${STATUS_LABELS[outcome]}: ${targets[outcome].subject}` });
      await dialog.locator('.closing-proportion').waitFor();
      await tab.screenshot(join(SHOTS, `popup-${outcome}-${scheme}.png`));
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Skip' }).click();
      await tab.close();
    }
  });

  it('the name set once in options signs the draft in the popup; no placeholder before', async () => {
    const options = await h.openExtensionPage('options.html', { ...WIDE, colorScheme: 'light' });
    const opage = options.raw as unknown as Page;
    const field = opage.getByLabel('Your name, to sign feedback requests', { exact: true });
    await field.fill('Robin Meyer');
    await opage.getByRole('button', { name: 'Save name' }).click();
    await opage.getByText('Feedback requests will be signed “Robin Meyer”.').waitFor();
    await field.scrollIntoViewIfNeeded();
    await options.screenshot(join(SHOTS, 'options-your-name-light.png'));
    expect(await axeViolations(opage, 'form[aria-labelledby="name-title"]')).toEqual([]);
    await options.close();

    const { tab, page } = await openPopup('light');
    const { subject } = targets.rejected;
    await chooseStatus(page, subject, 'applied');
    await chooseStatus(page, subject, 'rejected');
    const dialog = page.getByRole('dialog', { name: `Rejected: ${subject}` });
    await dialog.getByRole('button', { name: 'Ask for feedback' }).click();
    expect(await dialog.getByLabel('Message', { exact: true }).inputValue()).toMatch(/\nKind regards,\nRobin Meyer$/);
    expect(await dialog.getByLabel('Your name, to sign feedback requests').count()).toBe(0);
    await tab.close();
  });

  it('dashboard: "Ask for feedback" is the same signed draft, on top of the page, with its actions in view', async () => {
    const all = await readStore<Application>(h, 'applications');
    const rejected = all.find((a) => a.title === 'Senior Backend Engineer' && a.company === 'Airtable')!;
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await h.openExtensionPage(`dashboard.html#id=${rejected.id}`, { ...WIDE, colorScheme: scheme });
      const page = tab.raw as unknown as Page;
      await page.getByRole('button', { name: 'Ask for feedback' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Ask Airtable for feedback' });
      await dialog.getByLabel('Message', { exact: true }).waitFor();
      // The name set in options above signs this draft too (once the dashboard's settings have loaded).
      await until(
        async () => /\nKind regards,\nRobin Meyer$/.test(await dialog.getByLabel('Message', { exact: true }).inputValue()),
        'the dashboard draft signed "Robin Meyer"',
      );
      expect(await dialog.getByLabel('Your name, to sign feedback requests').count()).toBe(0);
      // Nothing of the page (the table's sticky header, the sticky panel) is painted over the dialog.
      const m = (await dialog.getByLabel('Message', { exact: true }).boundingBox())!;
      const onTop = await page.evaluate(
        (points: Array<[number, number]>) => points.every(([x, y]) => document.elementFromPoint(x, y)?.closest('[role="dialog"]') != null),
        [0.1, 0.3, 0.5, 0.9].flatMap((fy) => [0.1, 0.5, 0.9].map((fx) => [m.x + fx * m.width, m.y + fy * m.height] as [number, number])),
      );
      expect(onTop).toBe(true);
      const close = dialog.getByRole('button', { name: 'Close' });
      const box = (await close.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(WIDE.height);
      await tab.screenshot(join(SHOTS, `dashboard-feedback-${scheme}.png`));
      expect(await axeViolations(page)).toEqual([]);
      await tab.close();
    }
  });
});
