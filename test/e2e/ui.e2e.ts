// The popup, dashboard and options pages in real Chromium and Firefox, with ~30 seeded applications:
// hostile names stay text, the main tasks work from the keyboard alone, every control has a name,
// focus is visible, and the theme follows the system's light or dark setting.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/application';
import type { PendingCandidate } from '../../src/db/schema';
import { launch, ROOT, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { BIDI_TITLE, HOSTILE_COMPANY, makePending, readLocal, readStore, retrying, sampleApps, seed } from './seed';

const SCREENS = join(ROOT, 'test-results/screens');
const POPUP = { width: 380, height: 560 };
const WIDE = { width: 1280, height: 800 };

// ---------------------------------------------------------------- keyboard, driven like a user

interface Keys {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  selectAll(): Promise<void>;
}

type RawKeyboard = {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
};

function keys(tab: TabHandle, browser: BrowserName): Keys {
  const kb = (tab.raw as unknown as { keyboard: RawKeyboard }).keyboard;
  return {
    press: (k) => kb.press(k),
    type: (t) => kb.type(t),
    selectAll: async () => {
      if (browser === 'chromium') return kb.press('Control+a');
      await kb.down('Control');
      await kb.press('a');
      await kb.up('Control');
    },
  };
}

interface Target {
  /** aria-label, or the text of its <label for>. */
  label?: string;
  id?: string;
  /** The element's own text. */
  text?: string;
}

function isFocused(t: Target): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return false;
  if (t.id) return el.id === t.id;
  if (t.label) {
    if (el.getAttribute('aria-label') === t.label) return true;
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return label?.textContent?.trim() === t.label;
  }
  if (t.text) return el.textContent?.trim() === t.text;
  return false;
}

/** Brings a tab back to the front after a storage read opened (and closed) another extension page. */
async function front(tab: TabHandle): Promise<void> {
  await (tab.raw as unknown as { bringToFront(): Promise<void> }).bringToFront();
}

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(tab: TabHandle, k: Keys, target: Target, max = 200): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await k.press('Tab');
    if (await tab.evaluate(isFocused, target)) return i;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)} in ${max} presses`);
}

// ---------------------------------------------------------------- in-page checks

/** Controls with no accessible name (aria-labelledby, aria-label, label[for], wrapping label, own text, title). */
function unnamedControls(plant = false): string[] {
  // plant: add a nameless button and select (and a named button) to prove the check catches them.
  const box = document.createElement('div');
  if (plant) {
    const named = document.createElement('button');
    named.textContent = 'Named';
    box.append(document.createElement('button'), named, document.createElement('select'));
    document.body.append(box);
  }
  const textOf = (node: Element): string => {
    const copy = node.cloneNode(true) as Element;
    // A wrapping label's name is its text, not the options or values of the control inside it.
    copy.querySelectorAll('select, input, textarea').forEach((c) => c.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const nameOf = (el: HTMLElement): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const t = by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      if (t) return t;
    }
    const aria = el.getAttribute('aria-label')?.trim();
    if (aria) return aria;
    if (el.id) {
      const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (label && textOf(label)) return textOf(label);
    }
    const wrap = el.closest('label');
    if (wrap && textOf(wrap)) return textOf(wrap);
    if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type) && el.value.trim()) return el.value;
    if ((el.tagName === 'BUTTON' || el.tagName === 'A') && textOf(el)) return textOf(el);
    return el.title?.trim() ?? '';
  };
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, a[href]')) {
    if (!nameOf(el)) out.push(el.outerHTML.slice(0, 160));
  }
  box.remove();
  return plant ? out.filter((html) => html === '<button></button>' || html === '<select></select>') : out;
}

function headings(): { h1: string[] } {
  return { h1: [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()) };
}

/** After a Tab press: what has focus, and whether its focus ring shows (outline or box-shadow). */
function focusRing(): { what: string; visible: boolean } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
  const what = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  return { what, visible: outline || shadow };
}

function bodyBackground(): string {
  return getComputedStyle(document.body).backgroundColor;
}

// ---------------------------------------------------------------- helpers

type Scheme = 'light' | 'dark';
type PageOpts = { width?: number; height?: number; colorScheme?: Scheme };

/**
 * Opens an extension page, once more if Firefox's BiDi fails while the page is still loading (a transient
 * "right-hand side of 'in'" protocol error seen in waitForFunction right after another page closed).
 */
async function openPage(h: Harness, path: string, opts: PageOpts): Promise<TabHandle> {
  return retrying(h, () => h.openExtensionPage(path, opts));
}

/**
 * Firefox: puppeteer cannot emulate prefers-color-scheme over BiDi, so set the browser's own colour-scheme
 * override (what the system theme drives) through the chrome scope that --remote-allow-system-access opens.
 * 0 = dark, 1 = light, 2 = follow the system.
 */
/** The parts of WebDriver BiDi's replies read here. */
interface BidiResult {
  contexts?: Array<{ context: string }>;
  result?: { value?: unknown };
}

async function firefoxScheme(tab: TabHandle, scheme: Scheme | 'system'): Promise<void> {
  const browser = (
    tab.raw as unknown as { browser(): { connection: { send(m: string, p: object): Promise<{ result: BidiResult }> } } }
  ).browser();
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error(`Firefox named no chrome context: ${JSON.stringify(tree.result)}`);
  const value = scheme === 'dark' ? 0 : scheme === 'light' ? 1 : 2;
  const r = await browser.connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value}); Services.prefs.getIntPref('layout.css.prefers-color-scheme.content-override')`,
    target: { context },
    awaitPromise: false,
  });
  if (r.result?.result?.value !== value) throw new Error(`Could not set Firefox's colour scheme: ${JSON.stringify(r.result)}`);
}

async function openPopup(h: Harness, opts: { colorScheme?: Scheme } = {}): Promise<TabHandle> {
  const tab = await openPage(h, 'popup.html', { ...POPUP, ...opts });
  await tab.waitFor('.app-row');
  return tab;
}

async function openDashboard(h: Harness, hash = '', opts: { colorScheme?: Scheme } = {}): Promise<TabHandle> {
  const tab = await openPage(h, `dashboard.html${hash}`, { ...WIDE, ...opts });
  await tab.waitFor('[data-record]');
  return tab;
}

async function openOptions(h: Harness, opts: { colorScheme?: Scheme } = {}): Promise<TabHandle> {
  const tab = await openPage(h, 'options.html', { ...WIDE, ...opts });
  await tab.waitFor('.settings-form');
  return tab;
}

/** Records every alert/confirm the page tries to show (and dismisses it). */
function watchDialogs(tab: TabHandle): string[] {
  const seen: string[] = [];
  const raw = tab.raw as unknown as { on(ev: 'dialog', cb: (d: { message(): string; dismiss(): Promise<void> }) => void): void };
  raw.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  return seen;
}

const byTitle = (apps: Application[], company: string, title: string) => apps.find((a) => a.company === company && a.title === title);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: popup, dashboard and options with 30 applications`, () => {
    let h: Harness;
    let apps: Application[];
    let pending: PendingCandidate;

    beforeAll(async () => {
      h = await launch(name);
      apps = sampleApps();
      pending = makePending({ company: 'Nimbus', title: 'Data Engineer' });
      await seed(h, apps, [pending]);
      await mkdir(SCREENS, { recursive: true });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('shows a hostile company name and a bidi title as plain text', async () => {
      const hostile = apps.find((a) => a.company === HOSTILE_COMPANY)!;

      const popup = await openPopup(h);
      const dialogs = watchDialogs(popup);
      const row = await popup.evaluate((company: string) => {
        const el = [...document.querySelectorAll('.app-row')].find((r) => r.querySelector('.app-company')?.textContent === company);
        return el ? { company: el.querySelector('.app-company')!.textContent, title: el.querySelector('.app-title')!.textContent } : null;
      }, HOSTILE_COMPANY);
      expect(row?.company).toBe(HOSTILE_COMPANY);
      expect(row?.title).toContain('Engineer');
      expect(row?.title).toContain('مهندس');
      expect(await popup.evaluate(() => document.querySelectorAll('img[src="x"], img[onerror]').length)).toBe(0);
      await popup.close();

      const dash = await openDashboard(h, `#id=${encodeURIComponent(hostile.id)}`);
      dialogs.push(...watchDialogs(dash));
      await dash.waitFor('#detail-heading');
      const shown = await dash.evaluate(
        (id: string) => ({
          rowText: document.querySelector<HTMLElement>(`[data-record="${CSS.escape(id)}"]`)?.textContent ?? null,
          heading: document.getElementById('detail-heading')?.textContent ?? '',
          field: (document.getElementById('detail-company') as HTMLInputElement | null)?.value ?? null,
          titleField: (document.getElementById('detail-title') as HTMLInputElement | null)?.value ?? null,
          images: document.querySelectorAll('img[src="x"], img[onerror]').length,
        }),
        hostile.id,
      );
      expect(shown.rowText).toBe(HOSTILE_COMPANY);
      expect(shown.heading).toContain(HOSTILE_COMPANY);
      expect(shown.field).toBe(HOSTILE_COMPANY);
      expect(shown.titleField).toBe(BIDI_TITLE);
      expect(shown.images).toBe(0);
      await dash.close();

      const options = await openOptions(h);
      expect(await options.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
      await options.close();
      expect(dialogs).toEqual([]);
      expect(h.consoleErrors).toEqual([]);
    });

    it('names every control and has exactly one h1 on each page', async () => {
      const pages: Array<[string, () => Promise<TabHandle>]> = [
        ['popup', () => openPopup(h)],
        ['dashboard (record open)', () => openDashboard(h, `#id=${encodeURIComponent(apps[0]!.id)}`)],
        ['options', () => openOptions(h)],
      ];
      for (const view of ['planb', 'lessons', 'charts', 'duplicates', 'import']) {
        pages.push([
          `dashboard ${view}`,
          async () => {
            const tab = await openPage(h, `dashboard.html#view=${view}`, WIDE);
            await tab.waitFor('main#main > *');
            await new Promise((r) => setTimeout(r, 500));
            return tab;
          },
        ]);
      }
      const problems: Record<string, unknown> = {};
      // The checker itself: a planted nameless button and select are caught, a named button is not.
      const probe = await openOptions(h);
      expect(await probe.evaluate(unnamedControls, true)).toEqual(['<button></button>', '<select></select>']);
      await probe.close();
      for (const [label, open] of pages) {
        const tab = await open();
        if (label.startsWith('dashboard (')) await tab.waitFor('#detail-notes');
        const unnamed = await tab.evaluate(unnamedControls);
        const { h1 } = await tab.evaluate(headings);
        if (unnamed.length) problems[`${label}: unnamed`] = unnamed;
        if (h1.length !== 1 || !h1[0]) problems[`${label}: h1`] = h1;
        await tab.close();
      }
      expect(problems).toEqual({});
    });

    it('shows a focus ring on everything reached with Tab', async () => {
      const missing: string[] = [];
      // The detector itself: a control whose ring was styled away is reported as invisible.
      const probe = await openOptions(h);
      await probe.evaluate(() => {
        const b = document.createElement('button');
        b.textContent = 'No ring';
        b.style.cssText = 'outline: none !important; box-shadow: none !important';
        document.body.append(b);
        b.focus();
      });
      expect(await probe.evaluate(focusRing)).toEqual({ what: 'button "No ring"', visible: false });
      await probe.close();
      for (const [label, open] of [
        ['popup', () => openPopup(h)],
        ['dashboard', () => openDashboard(h)],
        ['options', () => openOptions(h)],
      ] as Array<[string, () => Promise<TabHandle>]>) {
        const tab = await open();
        const k = keys(tab, name);
        let reached = 0;
        for (let i = 0; i < 14; i++) {
          await k.press('Tab');
          const ring = await tab.evaluate(focusRing);
          if (!ring) continue;
          reached++;
          if (!ring.visible) missing.push(`${label}: ${ring.what}`);
        }
        expect(reached, `${label}: Tab reaches controls`).toBeGreaterThan(8);
        await tab.close();
      }
      expect(missing).toEqual([]);
    });

    it('popup: changes a status from the keyboard (Tab to its chip, ArrowDown opens the menu, Enter chooses)', async () => {
      const target = byTitle(apps, 'Acme', 'Role 01')!;
      expect(target.status).toBe('applied');
      const popup = await openPopup(h);
      const k = keys(popup, name);
      await tabTo(popup, k, { label: 'Applied: change the status of Role 01 at Acme' });
      // ArrowDown opens the menu on the current status; nothing is saved by the arrow keys.
      await k.press('ArrowDown');
      await popup.waitFor('[role="menu"]');
      await k.press('ArrowDown');
      await new Promise((r) => setTimeout(r, 300));
      expect((await readStore<Application>(h, 'applications')).find((a) => a.id === target.id)?.status).toBe('applied');
      await front(popup);
      // Enter on the highlighted item (the status after Applied) is the explicit choice.
      await k.press('Enter');
      const stored = (await until(async () => {
        const now = (await readStore<Application>(h, 'applications')).find((a) => a.id === target.id);
        return now?.status === 'screening' ? now : null;
      }, 'the new status in storage'))!;
      expect(stored.history).toHaveLength(target.history.length + 1);
      expect(stored.history.at(-1)?.status).toBe('screening');
      await until(
        () => popup.evaluate(() => document.body.textContent?.includes('Role 01 at Acme: Screening.') ?? false),
        'the confirmation toast',
      );
      await popup.close();
    });

    it('popup: answers "Did you finish applying?" with Yes from the keyboard', async () => {
      const popup = await openPopup(h);
      const k = keys(popup, name);
      // The question waits behind "N things need you": Tab to it, Enter opens it.
      await popup.waitFor('.needs-you-toggle');
      await tabTo(popup, k, { text: (await popup.text('.needs-you-toggle')).trim() });
      await k.press('Enter');
      await popup.waitFor('.pending-item');
      await tabTo(popup, k, { label: 'Yes, I applied to Data Engineer at Nimbus' });
      await k.press('Enter');
      const made = (await until(async () => {
        const [all, left] = await Promise.all([readStore<Application>(h, 'applications'), readStore(h, 'pending')]);
        const app = byTitle(all, 'Nimbus', 'Data Engineer');
        return app && left.length === 0 ? app : null;
      }, 'the candidate to become an application'))!;
      expect(made.status).toBe('applied');
      expect(made.capture.signal).toContain('user-confirmed');
      expect(made.url).toBe(pending.url);
      await until(
        () => popup.evaluate(() => document.body.textContent?.includes('Logged: Data Engineer at Nimbus.') ?? false),
        'the confirmation toast',
      );
      // The question goes away once the popup has reloaded its lists.
      await until(() => popup.evaluate(() => document.querySelectorAll('.pending-item').length === 0), 'the question to go away');
      await popup.close();
    });

    it('dashboard: opens a record, edits its notes, which are saved on leaving the field, all from the keyboard', async () => {
      const target = byTitle(apps, 'Beta Labs', 'Role 02')!;
      const dash = await openDashboard(h);
      const k = keys(dash, name);
      await tabTo(dash, k, { label: 'Open Beta Labs — Role 02' });
      await k.press('Enter');
      await dash.waitFor('#detail-notes');
      // Focus moves to the overlay's heading, so the next Tab goes into the overlay.
      await until(() => dash.evaluate(() => document.activeElement?.id === 'detail-heading'), 'focus on the overlay heading');
      await tabTo(dash, k, { id: 'detail-notes' }, 60);
      const notes = 'Recruiter called back; second round on Monday.';
      await k.type(notes);
      // Leaving the field saves it.
      await k.press('Tab');
      const stored = (await until(async () => {
        const now = (await readStore<Application>(h, 'applications')).find((a) => a.id === target.id);
        return now?.notes === notes ? now : null;
      }, 'the notes in storage'))!;
      // The status stays; the timeline records the edit.
      expect(stored.status).toBe(target.status);
      expect(stored.history).toHaveLength(target.history.length + 1);
      expect(stored.history.at(-1)).toMatchObject({ status: target.status, note: 'edited notes' });
      await until(() => dash.evaluate(() => document.body.textContent?.includes('Saved the notes.') ?? false), 'the saved message');
      // Escape closes the overlay and gives focus back to the row that opened it.
      await front(dash);
      await dash.evaluate(() => (document.getElementById('detail-notes') as HTMLElement).focus());
      await k.press('Escape');
      await until(() => dash.evaluate(() => !document.getElementById('detail-notes')), 'the overlay to close');
      await until(
        () => dash.evaluate((id: string) => (document.activeElement as HTMLElement | null)?.dataset.record === id, target.id),
        'focus back on the row',
      );
      await dash.close();
    });

    it('options: an invalid threshold is explained and not saved; a valid one is saved', async () => {
      const before = await readLocal(h, 'settings');
      const options = await openOptions(h);
      const k = keys(options, name);
      const field = 'Warn when one employer holds this share of your hopes';
      await tabTo(options, k, { label: field });
      await k.selectAll();
      await k.type('120');
      await tabTo(options, k, { text: 'Save settings' });
      await k.press('Enter');
      await options.waitFor('.field-error');
      const shown = await options.evaluate(() => ({
        errors: [...document.querySelectorAll('.field-error')].map((e) => e.textContent),
        alert: document.querySelector('[role="alert"]')?.textContent ?? '',
      }));
      expect(shown.errors).toEqual(['The warning share must be between 10% and 95% (0.1–0.95).']);
      expect(shown.alert).toContain('Some settings need a fix');
      // Focus lands on the field in error, so the fix needs no hunting.
      await until(
        () => options.evaluate(() => document.activeElement?.getAttribute('aria-invalid') === 'true'),
        'focus on the invalid field',
      );
      expect(await readLocal(h, 'settings')).toEqual(before);

      await front(options);
      await options.evaluate(() => (document.querySelector('[aria-invalid="true"]') as HTMLElement).focus());
      await k.selectAll();
      await k.type('60');
      expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('60');
      await tabTo(options, k, { text: 'Save settings' });
      await k.press('Enter');
      const saved = (await until(async () => {
        const s = (await readLocal(h, 'settings')) as { topShareWarn?: number } | undefined;
        return s?.topShareWarn === 0.6 ? s : null;
      }, 'the new threshold in storage')) as Record<string, unknown>;
      expect(saved.targetShare).toBe(0.4);
      expect(await options.evaluate(() => document.querySelectorAll('.field-error').length)).toBe(0);
      expect(await options.text('.options-status')).toBe('Settings saved.');
      await options.close();
    });

    it('follows the system light or dark theme (screenshots at 1x)', async () => {
      const backgrounds: Record<string, string> = {};
      try {
        for (const scheme of ['light', 'dark'] as const) {
          // Chromium emulates the media feature per page; Firefox flips its browser-wide colour scheme.
          const opts = name === 'chromium' ? { colorScheme: scheme } : {};
          if (name === 'firefox') {
            const probe = await openPage(h, 'options.html', {});
            await firefoxScheme(probe, scheme);
            await probe.close();
          }
          for (const [page, open] of [
            ['popup', () => openPopup(h, opts)],
            ['dashboard', () => openDashboard(h, '', opts)],
            ['options', () => openOptions(h, opts)],
          ] as Array<[string, () => Promise<TabHandle>]>) {
            const tab = await open();
            expect(await tab.evaluate((s: string) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
            await new Promise((r) => setTimeout(r, 400));
            backgrounds[`${page}-${scheme}`] = await tab.evaluate(bodyBackground);
            await tab.screenshot(join(SCREENS, `${name}-${page}-${scheme}.png`));
            await tab.close();
          }
        }
      } finally {
        if (name === 'firefox') {
          const probe = await openPage(h, 'options.html', {});
          await firefoxScheme(probe, 'system').catch(() => undefined);
          await probe.close();
        }
      }
      for (const page of ['popup', 'dashboard', 'options']) {
        expect(backgrounds[`${page}-light`], page).toBeTruthy();
        expect(backgrounds[`${page}-dark`], page).not.toBe(backgrounds[`${page}-light`]);
      }
    });

    it('logged no console error in any extension page', () => {
      expect(h.consoleErrors).toEqual([]);
    });
  });
}
