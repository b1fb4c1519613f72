// The inbox suggestion in the real popup (Chromium, 380×560) over a realistic search of 40 applications: the card
// is at the top with the shared wording, passes axe in light and dark, one click records the rejection at the
// email's date with its note and opens the closing step; an interview at an employer with two open applications
// asks which one, then offers the next step and its date. The suggestions are put in storage.local as the
// background stores them. Screenshots go to /work/shots/ui/ (or $BASKETS_SHOTS).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import type { InboxSuggestion } from '../../src/core/inbox/types';
import { INBOX_SUGGESTIONS_KEY } from '../../src/messages';
import { axeLines, axeViolations } from './axe-check';
import { launch, until, type Harness, type TabHandle } from './harness';
import { addApps, daysAgo, inExtensionApi, makeApp, readStore, seed } from './seed';

const POPUP = { width: 380, height: 560 };
const SHOTS = process.env.BASKETS_SHOTS ?? '/work/shots/ui';

const EMPLOYERS = [
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
];
const TITLES = ['Product Analyst', 'Analytics Engineer', 'Senior Data Analyst', 'BI Developer', 'Data Scientist'];
const SPREAD: Status[] = [
  'applied',
  'applied',
  'screening',
  'rejected',
  'applied',
  'ghosted',
  'interviewing',
  'applied',
  'rejected',
  'withdrawn',
];

/** 40 applications over ten weeks: 37 at 13 employers, one at Acme (the rejection) and two at Globex (the interview). */
function searchOf40(): { apps: Application[]; acme: Application; globex: [Application, Application] } {
  const apps: Application[] = [];
  for (let i = 0; i < 37; i++) {
    apps.push(
      makeApp({
        company: EMPLOYERS[i % EMPLOYERS.length]!,
        title: TITLES[i % TITLES.length]!,
        status: SPREAD[i % SPREAD.length]!,
        appliedDaysAgo: 2 + Math.round((i * 68) / 37),
      }),
    );
  }
  const acme = makeApp({ company: 'Acme Analytics', title: 'Data Analyst', status: 'screening', appliedDaysAgo: 16 });
  const globex: [Application, Application] = [
    makeApp({ company: 'Globex', title: 'Data Engineer', appliedDaysAgo: 9 }),
    makeApp({ company: 'Globex', title: 'Analytics Engineer', appliedDaysAgo: 21 }),
  ];
  apps.push(acme, ...globex);
  return { apps, acme, globex };
}

/** Stores the suggestions where the background keeps them (storage.local, newest first). */
async function storeSuggestions(h: Harness, suggestions: InboxSuggestion[]): Promise<void> {
  await inExtensionApi(
    h,
    async ({ key, value }: { key: string; value: unknown }) => {
      const g = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await g.chrome.storage.local.set({ [key]: value });
    },
    { key: INBOX_SUGGESTIONS_KEY, value: suggestions },
  );
}

describe('chromium: an inbox suggestion in the popup at 380x560, 40 applications', () => {
  let h: Harness;
  const { apps, acme, globex } = searchOf40();
  const rejectionDate = daysAgo(2);
  const interviewDate = daysAgo(3);
  const rejection: InboxSuggestion = {
    key: 'a1b2c3d4e5f60718293a4b5c',
    kind: 'rejection',
    applicationIds: [acme.id],
    company: acme.company,
    title: acme.title,
    emailDate: rejectionDate,
    senderDomain: 'greenhouse-mail.io',
    quote: 'Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.',
    createdAt: daysAgo(0),
  };
  const interview: InboxSuggestion = {
    key: 'f0e1d2c3b4a5968778695a4b',
    kind: 'interview',
    applicationIds: globex.map((a) => a.id),
    company: 'Globex',
    title: '',
    emailDate: interviewDate,
    senderDomain: 'lever.co',
    createdAt: daysAgo(1),
  };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    h = await launch('chromium');
    await seed(h, apps);
    await storeSuggestions(h, [rejection, interview]);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openPopup(colorScheme: 'light' | 'dark'): Promise<{ tab: TabHandle; page: Page }> {
    const tab = await h.openExtensionPage('popup.html', { ...POPUP, colorScheme });
    await tab.waitFor('.app-row');
    const page = tab.raw as unknown as Page;
    await page.getByRole('region', { name: 'From your inbox' }).waitFor();
    return { tab, page };
  }

  async function stored(id: string): Promise<Application> {
    const found = (await readStore<Application>(h, 'applications')).find((a) => a.id === id);
    if (!found) throw new Error(`${id} is not stored`);
    return found;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the card is first, says what the email says, fits in view and passes axe`, async () => {
      const { tab, page } = await openPopup(scheme);
      const card = page.getByRole('region', { name: 'From your inbox' });
      expect(await card.locator('.inbox-question').textContent()).toBe(
        'From your inbox: Acme Analytics has answered about Data Analyst. Record a rejection?',
      );
      expect(await card.textContent()).toContain('1 of 2');
      expect(await card.textContent()).toContain(rejection.quote);
      expect(await card.locator('.inbox-source').textContent()).toMatch(
        /^Email of [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} · greenhouse-mail\.io$/,
      );
      // Above "N things need you" and the list, and its buttons inside the popup without scrolling.
      const order = await page.evaluate(() => {
        const card = document.querySelector('.inbox-card')!;
        const rest = document.querySelector('.needs-you, .popup-apps')!;
        return card.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      for (const name of ['Record rejection', 'Not this']) {
        const box = (await card.getByRole('button', { name }).boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(POPUP.height);
      }
      await tab.screenshot(join(SHOTS, `inbox-card-${scheme}.png`));
      expect(axeLines(await axeViolations(page, '.inbox-card'))).toEqual([]);

      // The next one, from the keyboard: an employer with two open applications asks which.
      await card.getByRole('button', { name: 'Next suggestion' }).focus();
      await page.keyboard.press('Enter');
      const pick = card.getByRole('group', { name: 'Which application?' });
      await pick.waitFor();
      expect(await card.getByRole('button', { name: 'Record interview' }).isDisabled()).toBe(true);
      await tab.screenshot(join(SHOTS, `inbox-card-pick-${scheme}.png`));
      expect(axeLines(await axeViolations(page, '.inbox-card'))).toEqual([]);
      expect(h.consoleErrors).toEqual([]);
      await tab.close();
    });
  }

  it('one click records the rejection at the email date with its note, and opens the closing step', async () => {
    // From the seeded state, so a retry starts where the first attempt did.
    await seed(h, apps);
    await storeSuggestions(h, [rejection, interview]);
    const { tab, page } = await openPopup('light');
    const card = page.getByRole('region', { name: 'From your inbox' });
    await card.getByRole('button', { name: 'Record rejection' }).click();

    const dialog = page.getByRole('dialog', { name: 'Rejected: Data Analyst at Acme Analytics' });
    await dialog.waitFor();
    await dialog.locator('.closing-proportion').waitFor();
    expect(await dialog.textContent()).toMatch(/You are not alone: /);
    expect(await dialog.getByRole('button', { name: 'Undo: back to Screening' }).count()).toBe(1);
    await tab.screenshot(join(SHOTS, 'inbox-recorded-closing-light.png'));

    const app = (await until(async () => {
      const a = await stored(acme.id);
      return a.status === 'rejected' ? a : undefined;
    }, 'Acme rejected'))!;
    const last = app.history.at(-1)!;
    expect(last.at).toBe(rejectionDate);
    expect(last.note).toMatch(/^From an email of \d{1,2} [A-Z][a-z]{2} \d{4} from greenhouse-mail\.io: “Unfortunately, we have decided/);
    expect(app.history).toHaveLength(acme.history.length + 1);

    // Skip the reflection: the popup offers the same Undo toast as for any status change, and the next suggestion.
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.toast').textContent()).toContain('Data Analyst at Acme Analytics: Rejected.');
    expect(await card.getByRole('group', { name: 'Which application?' }).count()).toBe(1);

    // The interview: pick the application, record it, set the next step and its date.
    await card.getByRole('radio', { name: /^Data Engineer · applied / }).check();
    await card.getByRole('button', { name: 'Record interview' }).click();
    const form = page.getByRole('region', { name: 'Next step for Data Engineer at Globex' });
    await form.waitFor();
    expect(await form.getByLabel('Next step', { exact: true }).inputValue()).toBe('Interview');
    await form.getByLabel('Date', { exact: true }).fill('2030-01-15');
    await form.getByLabel('Time (optional)').fill('10:30');
    await tab.screenshot(join(SHOTS, 'inbox-next-step-light.png'));
    expect(axeLines(await axeViolations(page, '.inbox-card'))).toEqual([]);
    await form.getByRole('button', { name: 'Save next step' }).click();
    await form.waitFor({ state: 'detached' });
    const engineer = (await until(async () => {
      const a = await stored(globex[0].id);
      return a.nextStepAt ? a : undefined;
    }, 'Globex next step'))!;
    expect(engineer.status).toBe('interviewing');
    expect(engineer.history.find((e) => e.note?.startsWith('From an email'))).toEqual({
      status: 'interviewing',
      at: interviewDate,
      note: expect.stringMatching(/^From an email of \d{1,2} [A-Z][a-z]{2} \d{4} from lever\.co$/),
    });
    expect(engineer.nextStep).toBe('Interview');
    expect(await page.evaluate((iso) => new Date(iso).toString(), engineer.nextStepAt!)).toMatch(/^Tue Jan 15 2030 10:30:00/);
    expect((await stored(globex[1].id)).status).toBe('applied');
    expect(h.consoleErrors).toEqual([]);
    expect(h.extensionRequests).toEqual([]);
    await tab.close();
  });
  it('dark: the next step form passes axe; Not this takes the card away and changes nothing', async () => {
    const offer: InboxSuggestion = {
      key: '0c1d2e3f405162738495a6b7',
      kind: 'offer',
      applicationIds: [globex[0].id],
      company: 'Globex',
      title: 'Data Engineer',
      emailDate: daysAgo(1),
      senderDomain: 'globex.com',
      createdAt: daysAgo(0),
    };
    const other: InboxSuggestion = {
      key: '9a8b7c6d5e4f30211203f4e5',
      kind: 'rejection',
      applicationIds: [globex[1].id],
      company: 'Globex',
      title: 'Analytics Engineer',
      emailDate: daysAgo(1),
      senderDomain: 'lever.co',
      createdAt: daysAgo(1),
    };
    // The two Globex records as seeded (a retry starts where the first attempt did, not after its writes).
    await addApps(h, globex);
    await storeSuggestions(h, [offer, other]);
    const { tab, page } = await openPopup('dark');
    const card = page.getByRole('region', { name: 'From your inbox' });
    await card.getByRole('button', { name: 'Record offer' }).click();
    const form = page.getByRole('region', { name: 'Next step for Data Engineer at Globex' });
    await form.waitFor();
    expect(await form.getByLabel('Next step', { exact: true }).inputValue()).toBe('Decide on the offer');
    await form.getByLabel('Decide by', { exact: true }).fill('2030-02-01');
    await tab.screenshot(join(SHOTS, 'inbox-next-step-dark.png'));
    expect(axeLines(await axeViolations(page, '.inbox-card'))).toEqual([]);
    await form.getByRole('button', { name: 'Skip' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await stored(globex[0].id)).status).toBe('offer');

    // The other suggestion, dismissed: the card goes, the application stays as it was.
    const before = await stored(globex[1].id);
    await card.getByRole('button', { name: 'Not this' }).click();
    await card.waitFor({ state: 'detached' });
    // The toast changes once the background has confirmed the dismissal, a moment after the card goes.
    const toast = await until(async () => {
      const text = (await page.locator('.toast').textContent()) ?? '';
      return /^Dismissed/.test(text) ? text : null;
    }, 'the toast to say the suggestion was dismissed');
    expect(toast).toMatch(/^Dismissed/);
    expect(await stored(globex[1].id)).toEqual(before);
    expect(h.consoleErrors).toEqual([]);
    await tab.close();
  });
});
