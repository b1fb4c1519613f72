// Outcomes from the inbox (opt-in), in real Chromium, with hand-made Gmail and Outlook message pages served at
// their real addresses: off by default (an opened email reads nothing); a request the browser refuses changes
// nothing; opting in grants the four webmail origins and registers the mail script; an opened rejection becomes
// the popup's suggestion and the badge's question; one click records it at the email's date and opens the closing
// step; opting out unregisters the script, gives the permission back and clears the suggestions.
//
// Chromium headless cannot answer the permission prompt (browser-testing.md, pitfall 7). Two real routes stand in:
// - granted: the user first allows the webmails in chrome://extensions' site access for Baskets (the page's own
//   chrome.developerPrivate.addHostPermission, as its "Site access" control does). permissions.request() then
//   resolves at the switch's click without a prompt, as it does for a user who already allowed those sites;
// - refused: the switch changed without a user gesture (a script's click once the page's transient activation has
//   expired, through CDP with userGesture false): Chromium refuses the request, exactly as the code sees a refusal.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_ORIGINS } from '../../src/core/inbox/types';
import { launch, until, type Harness, type TabHandle } from './harness';
import { readStore, seed } from './seed';
import {
  INBOX_LABEL,
  application,
  badge,
  gmailRejection,
  handledKeys,
  inboxApps,
  inputIdFor,
  isChecked,
  mailGranted,
  openMail,
  optionsStatus,
  outlookOffer,
  registeredScripts,
  sleep,
  storedInboxSetting,
  storedSuggestions,
} from './inbox-flow';

const POPUP = { width: 380, height: 560 };

describe('chromium: outcomes from the inbox (opt-in)', () => {
  let h: Harness;
  const { apps, globex, acme, vandelay } = inboxApps();
  const gmail = gmailRejection();
  const outlook = outlookOffer();

  beforeAll(async () => {
    h = await launch('chromium');
    await seed(h, apps);
  });
  afterAll(async () => {
    await h?.close();
  });

  const context = (tab: TabHandle): BrowserContext => (tab.raw as Page).context();

  /** The options page with the inbox switch rendered; returns the tab and the switch's id. */
  async function options(): Promise<{ tab: TabHandle; id: string }> {
    const tab = await h.openExtensionPage('options.html');
    return { tab, id: await inputIdFor(tab, INBOX_LABEL) };
  }

  async function nothingRead(): Promise<void> {
    expect(await storedSuggestions(h)).toEqual([]);
    expect(await readStore(h, 'pending')).toEqual([]);
    for (const app of [globex, acme, vandelay]) expect((await application(h, app.id)).status).toBe(app.status);
  }

  it('is off by default: opening a rejection email in Gmail reads nothing', async () => {
    expect(await storedInboxSetting(h)).toBeUndefined();
    expect(await mailGranted(h)).toBe(false);
    expect(await registeredScripts(h)).toEqual([]);
    const tab = await openMail(h, gmail);
    await tab.waitFor('h2');
    await sleep(1500);
    await nothingRead();
    expect((await badge(h)).title).not.toMatch(/From your inbox/);
    await tab.close();
  });

  it('a request the browser refuses leaves the switch off, the setting unsaved and no script registered', async () => {
    const { tab, id } = await options();
    const page = tab.raw as Page;
    const cdp = await context(tab).newCDPSession(page);
    const run = async (expression: string) =>
      (await cdp.send('Runtime.evaluate', { expression, userGesture: false, returnByValue: true })).result.value as unknown;
    // Opening the page left it a transient user activation; a script's click after it expires is no gesture.
    await until(async () => (await run('navigator.userActivation.isActive')) === false, 'the page’s user activation to expire', 15_000);
    expect(await run(`(document.getElementById(${JSON.stringify(id)}).click(), navigator.userActivation.isActive)`)).toBe(false);
    expect(await optionsStatus(tab)).toBe(
      'Permission was not granted, so Baskets does not read your email. Outcomes from your inbox stay off.',
    );
    expect(await isChecked(tab, id)).toBe(false);
    await cdp.detach();
    await tab.close();
    expect(await storedInboxSetting(h)).toBeUndefined();
    expect(await mailGranted(h)).toBe(false);
    expect(await registeredScripts(h)).toEqual([]);
  });

  it('opting in grants the four webmail origins and registers the mail script', async () => {
    // The user allows the webmails in chrome://extensions (Baskets → Site access), then turns the option on.
    const extensions = await h.open('chrome://extensions');
    const extensionId = new URL(h.extensionOrigin).host;
    await extensions.evaluate(
      async ({ extensionId, origins }: { extensionId: string; origins: string[] }) => {
        const dp = (
          globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
        ).chrome.developerPrivate;
        for (const origin of origins) await dp.addHostPermission(extensionId, origin);
      },
      { extensionId, origins: [...MAIL_ORIGINS] },
    );
    await extensions.close();
    // Allowing the sites there is not the opt-in: nothing reads mail until the switch is on.
    expect(await registeredScripts(h)).toEqual([]);

    const { tab, id } = await options();
    await tab.click(`[id="${id}"]`);
    expect(await optionsStatus(tab)).toMatch(/^Outcomes from your inbox are on\./);
    expect(await isChecked(tab, id)).toBe(true);
    await tab.close();
    expect(await storedInboxSetting(h)).toBe(true);
    expect(await mailGranted(h)).toBe(true);
    const scripts = await until(async () => {
      const s = await registeredScripts(h);
      return s.length ? s : undefined;
    }, 'the mail script registration');
    expect(scripts).toEqual([
      expect.objectContaining({
        id: 'baskets-mail',
        js: ['content-mail.js'],
        matches: [...MAIL_ORIGINS],
        allFrames: false,
        runAt: 'document_idle',
      }),
    ]);
  });

  it('opening a rejection email for a tracked application shows the suggestion in the badge and the popup', async () => {
    const tab = await openMail(h, gmail);
    const [suggestion] = (await until(async () => {
      const s = await storedSuggestions(h);
      return s.length ? s : undefined;
    }, 'the inbox suggestion'))!;
    expect(suggestion).toMatchObject({
      kind: 'rejection',
      applicationIds: [globex.id],
      company: 'Globex',
      title: 'Data Analyst',
      emailDate: gmail.date.toISOString(),
    });
    expect(suggestion!.senderDomain).toMatch(/greenhouse-mail\.io$/);
    // Only the opened message was read: the list's interview invitation from Acme suggested nothing.
    expect(await storedSuggestions(h)).toHaveLength(1);
    const kept = JSON.stringify(await storedSuggestions(h));
    for (const secret of ['no-reply@', 'Your application to Globex', 'Hi Alex']) expect(kept).not.toContain(secret);
    await tab.close();

    const question = 'From your inbox: Globex has answered about Data Analyst. Record a rejection?';
    await until(async () => (await badge(h)).title === question, 'the badge question');
    expect(await badge(h)).toEqual({ text: '1', title: question });

    const popup = await h.openExtensionPage('popup.html', POPUP);
    const page = popup.raw as Page;
    const card = page.getByRole('region', { name: 'From your inbox' });
    await card.waitFor();
    expect(await card.locator('.inbox-question').textContent()).toBe(question);
    await popup.close();
  });

  it('one click records it at the email’s date, with a note naming the date and the sender’s domain, and opens the closing step', async () => {
    const popup = await h.openExtensionPage('popup.html', POPUP);
    const page = popup.raw as Page;
    const card = page.getByRole('region', { name: 'From your inbox' });
    await card.getByRole('button', { name: 'Record rejection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rejected: Data Analyst at Globex' });
    await dialog.locator('.closing-proportion').waitFor();
    expect(await dialog.textContent()).toMatch(/You are not alone: /);

    const app = (await until(async () => {
      const a = await application(h, globex.id);
      return a.status === 'rejected' ? a : undefined;
    }, 'Globex rejected'))!;
    const last = app.history.at(-1)!;
    expect(last.at).toBe(gmail.date.toISOString());
    const day = gmail.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(last.note).toMatch(new RegExp(`^From an email of ${day} from (\\S+\\.)?greenhouse-mail\\.io`));
    expect(app.history).toHaveLength(globex.history.length + 1);
    await popup.close();

    // Recorded: the suggestion is gone, its message is remembered (as a hash) and never suggests again.
    await until(async () => (await storedSuggestions(h)).length === 0, 'the suggestion to leave');
    const handled = (await handledKeys(h)) as string[];
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatch(/^[a-f0-9]{64}$/);
    const again = await openMail(h, gmail);
    await sleep(1500);
    expect(await storedSuggestions(h)).toEqual([]);
    await again.close();
    expect((await application(h, acme.id)).status).toBe('applied');
    expect(h.extensionRequests).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  it('an offer opened in Outlook on the web becomes a suggestion too', async () => {
    const tab = await openMail(h, outlook);
    const [suggestion] = (await until(async () => {
      const s = await storedSuggestions(h);
      return s.length ? s : undefined;
    }, 'the Outlook suggestion'))!;
    expect(suggestion).toMatchObject({ kind: 'offer', applicationIds: [vandelay.id], company: 'Vandelay Industries' });
    expect(suggestion!.emailDate).toBe(outlook.date.toISOString());
    await tab.close();
    await until(async () => (await badge(h)).title.startsWith('From your inbox: Vandelay Industries has answered'), 'the badge question');
  });

  it('opting out unregisters the script, gives the permission back and clears the suggestions; an email opened then reads nothing', async () => {
    const { tab, id } = await options();
    await tab.click(`[id="${id}"]`);
    expect(await optionsStatus(tab)).toMatch(/^Outcomes from your inbox are off\./);
    expect(await isChecked(tab, id)).toBe(false);
    await tab.close();
    expect(await storedInboxSetting(h)).toBe(false);
    await until(async () => (await registeredScripts(h)).length === 0, 'the mail script to go');
    expect(await mailGranted(h)).toBe(false);
    await until(async () => (await storedSuggestions(h)).length === 0, 'the suggestions to be cleared');
    await until(async () => !(await badge(h)).title.startsWith('From your inbox'), 'the badge question to go');

    const before = await readStore(h, 'applications');
    const mail = await openMail(h, outlook);
    await mail.waitFor('body');
    await sleep(1500);
    expect(await storedSuggestions(h)).toEqual([]);
    expect(await readStore(h, 'applications')).toEqual(before);
    await mail.close();
    expect(h.extensionRequests).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
