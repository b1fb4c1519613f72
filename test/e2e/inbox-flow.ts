/**
 * Shared steps of the inbox opt-in's real-browser tests (inbox.e2e.ts in Chromium, inbox-firefox.e2e.ts): the
 * options switch, what the background registered, what it keeps, the badge, and the webmail pages (the `mail`
 * fixtures, modelled on Gmail's and Outlook's markup, served at their real addresses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Application } from '../../src/core/application';
import { MAIL_ORIGINS, type InboxSuggestion } from '../../src/core/inbox/types';
import { INBOX_HANDLED_KEY, INBOX_SUGGESTIONS_KEY, readInboxSuggestions } from '../../src/messages';
import { ROOT, until, type Harness, type TabHandle } from './harness';
import { inExtensionApi, makeApp, readLocal, readStore } from './seed';

export const INBOX_LABEL = 'Suggest outcomes from the emails I open in Gmail or Outlook on the web';

/** A fixture of the `mail` webmail adapters, with the application it is about. */
export interface MailPage {
  url: string;
  html: string;
  /** The email's date as the page shows it, in the browser's (= this machine's) time zone. */
  date: Date;
}

function mailFixture(file: string): MailPage {
  const base = join(ROOT, 'test/fixtures/mail', file);
  const spec = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; expected: { dateLocal: number[] } };
  const [y, mo, d, hh, mm] = spec.expected.dateLocal as [number, number, number, number, number];
  return { url: spec.url, html: readFileSync(`${base}.html`, 'utf8'), date: new Date(y, mo - 1, d, hh, mm) };
}

/** Gmail, one message open: Globex turns down the Data Analyst application (the list also shows other mail). */
export const gmailRejection = (): MailPage => mailFixture('gmail/message');
/** Outlook on the web, the reading pane alone: Vandelay Industries offers the Import/Export Coordinator job. */
export const outlookOffer = (): MailPage => mailFixture('outlook/reading-pane');

/** The applications the emails are about, plus one the Gmail list mentions (Acme) that must stay as it is. */
export function inboxApps(): { apps: Application[]; globex: Application; acme: Application; vandelay: Application } {
  const globex = makeApp({ company: 'Globex', title: 'Data Analyst', status: 'applied', appliedDaysAgo: 12 });
  const acme = makeApp({ company: 'Acme', title: 'Frontend Engineer', status: 'applied', appliedDaysAgo: 8 });
  const vandelay = makeApp({
    company: 'Vandelay Industries',
    title: 'Import/Export Coordinator',
    status: 'interviewing',
    appliedDaysAgo: 30,
  });
  // Hope spread over enough employers that no Plan-B warning takes the badge.
  const others = [
    makeApp({ company: 'Initech', title: 'BI Developer', status: 'screening', appliedDaysAgo: 5 }),
    makeApp({ company: 'Hooli', title: 'Product Analyst', status: 'screening', appliedDaysAgo: 6 }),
    makeApp({ company: 'Stark Industries', title: 'Analytics Engineer', status: 'screening', appliedDaysAgo: 4 }),
    makeApp({ company: 'Wayne Enterprises', title: 'Data Analyst', status: 'applied', appliedDaysAgo: 3 }),
    makeApp({ company: 'Umbrella', title: 'Data Scientist', status: 'rejected', appliedDaysAgo: 40 }),
  ];
  return { apps: [globex, acme, vandelay, ...others], globex, acme, vandelay };
}

type Api = {
  storage: { local: { get(k: string | string[] | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[]; allFrames?: boolean; runAt?: string }>>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
};
/** The content scripts the background registered at run time (the mail script and the any-site one). */
export function registeredScripts(h: Harness) {
  return inExtensionApi(h, async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.scripting.getRegisteredContentScripts();
  });
}

/** Whether the four webmail origins are granted. */
export function mailGranted(h: Harness): Promise<boolean> {
  return inExtensionApi(
    h,
    async (origins: string[]) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.permissions.contains({ origins });
    },
    [...MAIL_ORIGINS],
  );
}

export async function storedSuggestions(h: Harness): Promise<InboxSuggestion[]> {
  return readInboxSuggestions(await readLocal(h, INBOX_SUGGESTIONS_KEY));
}

export async function handledKeys(h: Harness): Promise<unknown> {
  return readLocal(h, INBOX_HANDLED_KEY);
}

export async function storedInboxSetting(h: Harness): Promise<unknown> {
  const settings = (await readLocal(h, 'settings')) as { inbox?: unknown } | undefined;
  return settings?.inbox;
}

export function badge(h: Harness): Promise<{ text: string; title: string }> {
  return inExtensionApi(h, async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const a = (g.browser ?? g.chrome)!.action;
    return { text: await a.getBadgeText({}), title: await a.getTitle({}) };
  });
}

export async function application(h: Harness, id: string): Promise<Application> {
  const found = (await readStore<Application>(h, 'applications')).find((a) => a.id === id);
  if (!found) throw new Error(`application ${id} is not stored`);
  return found;
}

/** The status line of the options page (role="status"), once it says something. */
export function optionsStatus(tab: TabHandle): Promise<string> {
  return until(
    () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('[role="status"]')]
          .map((e) => e.textContent ?? '')
          .join(' ')
          .trim(),
      ),
    'the options status message',
  );
}

/** The id of the input a label names, in the page. */
export async function inputIdFor(tab: TabHandle, label: string): Promise<string> {
  const id = await until(
    () =>
      tab.evaluate((l: string) => [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === l)?.htmlFor ?? '', label),
    `the "${label}" switch`,
  );
  return id;
}

export async function isChecked(tab: TabHandle, id: string): Promise<boolean> {
  return tab.evaluate((i: string) => (document.getElementById(i) as HTMLInputElement).checked, id);
}

/** The user's click (a real input event, so a user gesture) on a button found by its visible text in `root`. */
export async function clickButton(tab: TabHandle, text: string, root = 'body'): Promise<void> {
  const marker = `e2e-${Math.random().toString(36).slice(2)}`;
  await until(
    () =>
      tab.evaluate(
        ({ text, root, marker }: { text: string; root: string; marker: string }) => {
          const button = [...document.querySelectorAll(`${root} button`)].find(
            (b) => b.textContent?.trim() === text && !(b as HTMLButtonElement).disabled,
          );
          button?.setAttribute('data-e2e', marker);
          return !!button;
        },
        { text, root, marker },
      ),
    `the "${text}" button`,
  );
  await tab.click(`[data-e2e="${marker}"]`);
}

/** Opens a webmail page and gives its script (the page's stand-in and ours) time to settle. */
export async function openMail(h: Harness, page: MailPage): Promise<TabHandle> {
  h.serve(page.url, page.html);
  return h.open(page.url);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
