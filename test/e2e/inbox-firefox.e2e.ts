// Outcomes from the inbox (opt-in) in real Firefox, with the hand-made Gmail message page at its real address.
// The harness runs Firefox with extensions.webextOptionalPermissionPrompts off, so permissions.request() grants
// without a prompt (browser-testing.md, pitfall 7): the granted path is tested here, the refused one in Chromium
// (inbox.e2e.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_ORIGINS } from '../../src/core/inbox/types';
import { launch, until, type Harness, type TabHandle } from './harness';
import { readStore, retrying, seed } from './seed';
import {
  INBOX_LABEL,
  application,
  badge,
  clickButton,
  gmailRejection,
  handledKeys,
  inboxApps,
  inputIdFor,
  isChecked,
  mailGranted,
  openMail,
  optionsStatus,
  registeredScripts,
  sleep,
  storedInboxSetting,
  storedSuggestions,
} from './inbox-flow';

const POPUP = { width: 380, height: 560 };

describe('firefox: outcomes from the inbox (opt-in), Gmail', () => {
  let h: Harness;
  const { apps, globex, acme } = inboxApps();
  const gmail = gmailRejection();
  const question = 'From your inbox: Globex has answered about Data Analyst. Record a rejection?';

  beforeAll(async () => {
    h = await launch('firefox');
    await seed(h, apps);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function options(): Promise<{ tab: TabHandle; id: string }> {
    const tab = await retrying(h, () => h.openExtensionPage('options.html'));
    return { tab, id: await inputIdFor(tab, INBOX_LABEL) };
  }

  it('is off by default: opening a rejection email in Gmail reads nothing', async () => {
    expect(await storedInboxSetting(h)).toBeUndefined();
    expect(await mailGranted(h)).toBe(false);
    expect(await registeredScripts(h)).toEqual([]);
    const tab = await openMail(h, gmail);
    await tab.waitFor('h2');
    await sleep(1500);
    expect(await storedSuggestions(h)).toEqual([]);
    expect(await readStore(h, 'pending')).toEqual([]);
    expect((await application(h, globex.id)).status).toBe('applied');
    await tab.close();
  });

  it('opting in grants the four webmail origins and registers the mail script', async () => {
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
    expect(await storedSuggestions(h)).toHaveLength(1);
    await tab.close();
    await until(async () => (await badge(h)).title === question, 'the badge question');
    expect(await badge(h)).toEqual({ text: '1', title: question });

    const popup = await retrying(h, () => h.openExtensionPage('popup.html', POPUP));
    await popup.waitFor('.inbox-card .inbox-question');
    expect(await popup.text('.inbox-card .inbox-question')).toBe(question);
    await popup.close();
  });

  it('one click records it at the email’s date with its note, and opens the closing step', async () => {
    const popup = await retrying(h, () => h.openExtensionPage('popup.html', POPUP));
    await clickButton(popup, 'Record rejection', '.inbox-card');
    await popup.waitFor('[role="dialog"]');
    // The sentence that puts it in proportion comes once the closing step has read the figures.
    const dialog = await until(
      () =>
        popup.evaluate(() =>
          document.querySelector('[role="dialog"] .closing-proportion') ? document.querySelector('[role="dialog"]')!.textContent : '',
        ),
      'the closing step',
    );
    expect(dialog).toContain('Rejected: Data Analyst at Globex');
    expect(dialog).toMatch(/You are not alone: /);

    const app = (await until(async () => {
      const a = await application(h, globex.id);
      return a.status === 'rejected' ? a : undefined;
    }, 'Globex rejected'))!;
    const last = app.history.at(-1)!;
    expect(last.at).toBe(gmail.date.toISOString());
    const day = gmail.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(last.note).toMatch(new RegExp(`^From an email of ${day} from (\\S+\\.)?greenhouse-mail\\.io`));
    await popup.close();

    await until(async () => (await storedSuggestions(h)).length === 0, 'the suggestion to leave');
    expect(await handledKeys(h)).toEqual([expect.stringMatching(/^[a-f0-9]{64}$/)]);
    expect((await application(h, acme.id)).status).toBe('applied');
    expect(h.extensionRequests).toEqual([]);
  });

  it('opting out unregisters the script and gives the permission back; an email opened then reads nothing', async () => {
    const { tab, id } = await options();
    await tab.click(`[id="${id}"]`);
    expect(await optionsStatus(tab)).toMatch(/^Outcomes from your inbox are off\./);
    expect(await isChecked(tab, id)).toBe(false);
    await tab.close();
    expect(await storedInboxSetting(h)).toBe(false);
    await until(async () => (await registeredScripts(h)).length === 0, 'the mail script to go');
    expect(await mailGranted(h)).toBe(false);

    // A fresh message (another id) would be a new suggestion if anything read it.
    await seed(h, apps);
    const fresh = { ...gmail, html: gmail.html.replaceAll('193f1a2b3c4d5e01', '193f1a2b3c4d5e99') };
    const before = await readStore(h, 'applications');
    const tab2 = await openMail(h, fresh);
    await tab2.waitFor('h2');
    await sleep(1500);
    expect(await storedSuggestions(h)).toEqual([]);
    expect(await readStore(h, 'applications')).toEqual(before);
    await tab2.close();
    expect(h.consoleErrors).toEqual([]);
  });
});
