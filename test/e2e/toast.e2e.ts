// The in-page note after a capture, in Chromium and Firefox: a page can neither read it (window.find,
// innerText), nor hide it with CSS, nor key on its name, and it never shows stored fields. In Chromium also:
// the badge's "+1" and the popup's Undo, the confirmations a page cannot remove; and "Log this page".
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { clearData, engage, fixtureCases, records } from './flows';
import type { LastCapture } from '../../src/messages';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SHOTS = join(ROOT, 'test-results', 'note');
mkdirSync(SHOTS, { recursive: true });

const fixtureCase = (site: string, name: string) => {
  const c = fixtureCases().find((x) => x.site === site && x.name === name);
  if (!c) throw new Error(`no ${site} fixture ${name}`);
  return { ...c, html: readFileSync(join(ROOT, 'test/fixtures', c.file), 'utf8') };
};
// A confirmation page that states its own job: what the note may repeat.
const confirmation = () => fixtureCase('greenhouse', 'confirmation');

interface NoteView {
  tag: string;
  attributes: number;
  /** Each part as a user sees it (the ::before string) and as a screen reader hears it (aria-label). */
  parts: Array<{ role: string; label: string | null; text: string }>;
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** The host is what the page hit-tests at the middle of the note: it is drawn and on top. */
  onTop: boolean;
  styles: Record<string, string>;
}

/**
 * Reads the note as the user sees it, from the extension's isolated world (the only place besides the
 * content script that may open a closed shadow root: chrome.dom in Chromium, openOrClosedShadowRoot in Firefox).
 */
async function readNote(h: Harness, url: string): Promise<NoteView | null> {
  return h.inExtension(async (u: string) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    const [tab] = await api.tabs.query({ url: u });
    if (!tab?.id) throw new Error(`no tab at ${u}`);
    const [res] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => {
        const g = globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } };
        const open = (e: Element): ShadowRoot | null =>
          g.chrome?.dom?.openOrClosedShadowRoot?.(e) ??
          (e as unknown as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
          null;
        // Whatever its name: the element with a shadow root (the test pages have none of their own).
        const host = [...document.querySelectorAll('*')].find((e) => open(e));
        if (!host) return null;
        const root = open(host)!;
        // A computed `content` is a CSS string: unescape it the way the CSS tokenizer does.
        const unquote = (c: string) =>
          /^".*"$/s.test(c)
            ? c
                .slice(1, -1)
                .replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_m, hex?: string, ch?: string) =>
                  hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? ''),
                )
            : '';
        const parts = [...root.querySelectorAll('[role="status"], button')].map((el) => ({
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          label: el.getAttribute('aria-label'),
          text: unquote(getComputedStyle(el, '::before').content),
        }));
        const box = root.querySelector('[role="group"], [role="status"]')!;
        const r = box.getBoundingClientRect();
        const hs = getComputedStyle(host);
        const bs = getComputedStyle(box);
        return {
          tag: host.tagName,
          attributes: host.attributes.length,
          parts,
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
          viewport: { width: innerWidth, height: innerHeight },
          onTop: document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host,
          styles: {
            hostDisplay: hs.display,
            hostVisibility: hs.visibility,
            hostOpacity: hs.opacity,
            hostTransform: hs.transform,
            hostClipPath: hs.clipPath,
            boxDisplay: bs.display,
            boxVisibility: bs.visibility,
            boxOpacity: bs.opacity,
          },
        };
      },
    });
    return (res?.result ?? null) as never;
  }, url);
}

/** Rests the pointer on the note so it stays while the test reads it (it hides itself after 8 s otherwise). */
async function hold(tab: TabHandle): Promise<void> {
  const { w, hh } = await tab.evaluate(() => ({ w: innerWidth, hh: innerHeight }));
  const mouse = (tab.raw as unknown as { mouse: { move(x: number, y: number): Promise<void> } }).mouse;
  await mouse.move(10, 10);
  await mouse.move(w - 30, hh - 30);
}

/**
 * The user's own application in one tab: the form, their click on Submit (the page keeps the POST to
 * itself), then the confirmation. A record needs that click in the tab.
 */
async function apply(
  h: Harness,
  formCase: { url: string; html: string },
  doneCase: { url: string; html: string },
  tab?: TabHandle,
): Promise<TabHandle> {
  h.serve(formCase.url, formCase.html);
  h.serve(doneCase.url, doneCase.html);
  const t = tab ?? (await h.open(formCase.url));
  if (tab) await t.goto(formCase.url);
  await engage(t);
  await t.evaluate(() => document.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault()));
  await t.click('button[type="submit"]');
  await t.goto(doneCase.url);
  return t;
}

/** Applies through Greenhouse in a new tab and waits for the record and the note. */
async function captureWithNote(h: Harness, expectedRecords: number): Promise<{ tab: TabHandle; tag: string }> {
  const tab = await apply(h, fixtureCase('greenhouse', 'form-newstyle'), confirmation());
  await until(async () => (await records(h)).length === expectedRecords, 'the capture');
  const note = (await until(() => readNote(h, confirmation().url), 'the note'))!;
  await hold(tab);
  return { tab, tag: note.tag };
}

const visible = (note: NoteView) => {
  expect(note.onTop, 'the note is drawn on top where it stands').toBe(true);
  expect(note.rect.width).toBeGreaterThan(100);
  expect(note.rect.height).toBeGreaterThan(20);
  expect(note.rect.x).toBeGreaterThanOrEqual(0);
  expect(note.rect.y).toBeGreaterThanOrEqual(0);
  expect(note.rect.x + note.rect.width).toBeLessThanOrEqual(note.viewport.width);
  expect(note.rect.y + note.rect.height).toBeLessThanOrEqual(note.viewport.height);
  expect(note.styles).toMatchObject({
    hostDisplay: 'block',
    hostVisibility: 'visible',
    hostOpacity: '1',
    hostTransform: 'none',
    hostClipPath: 'none',
    boxDisplay: 'flex',
    boxVisibility: 'visible',
    boxOpacity: '1',
  });
};

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: the in-page note`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('a page cannot find the note with window.find(), and its host has no text', async () => {
      await clearData(h);
      const page = confirmation();
      const { tab, tag } = await captureWithNote(h, 1);
      const seen = await tab.evaluate((hostTag: string) => {
        const find = (w: string) => {
          getSelection()?.removeAllRanges();
          // (string, caseSensitive, backwards, wrapAround)
          return (window as unknown as { find: (s: string, c: boolean, b: boolean, w: boolean) => boolean }).find(w, false, false, true);
        };
        const host = document.getElementsByTagName(hostTag)[0] as HTMLElement;
        const body = document.body.innerText;
        // The attack from the issue: grow a match one character at a time from a known start.
        let grown = 'S';
        for (let i = 0; i < 80 && find(grown); i++) {
          const next = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ :'].find((c) => find(grown + c));
          if (!next) break;
          grown += next;
        }
        return {
          control: find('Thank you for applying'),
          words: ['Platform Engineer', 'Lark Health', 'Saved to Baskets', 'Baskets', 'Undo', 'Dismiss', 'Saved to'].filter(
            (w) => !body.includes(w) && find(w),
          ),
          grown,
          hostInner: host.innerText,
          hostText: host.textContent,
          rootText: document.documentElement.textContent?.includes('Baskets') ?? true,
        };
      }, tag);
      expect(seen.control, 'window.find works on the page’s own text').toBe(true);
      expect(seen.words).toEqual([]);
      expect(seen.grown).not.toMatch(/^Saved to/);
      expect(seen.hostInner).toBe('');
      expect(seen.hostText).toBe('');
      expect(seen.rootText).toBe(false);
      const note = await readNote(h, page.url);
      expect(note?.parts[0]?.text, 'the note is there, with its words').toBe('Saved to Baskets: Platform Engineer at Lark Health');
      await tab.screenshot(join(SHOTS, `${name}-note.png`));
      if (name === 'chromium') {
        // Screen readers still get every word: a polite status named with the message, and named buttons.
        const page = tab.raw as PwPage;
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: Array<{
            ignored: boolean;
            role?: { value: string };
            name?: { value: string };
            properties?: Array<{ name: string; value: { value: unknown } }>;
          }>;
        };
        const named = nodes
          .filter((n) => !n.ignored && ['status', 'button'].includes(String(n.role?.value)))
          .map((n) => ({ role: n.role?.value, name: n.name?.value, live: n.properties?.find((p) => p.name === 'live')?.value.value }));
        expect(named).toEqual([
          { role: 'status', name: 'Saved to Baskets: Platform Engineer at Lark Health', live: 'polite' },
          { role: 'button', name: 'Undo', live: undefined },
          { role: 'button', name: 'Open Baskets', live: undefined },
          { role: 'button', name: 'Dismiss', live: undefined },
        ]);
        await cdp.detach();
      }
      await tab.close();
    });

    it('page rules aimed at the note, even !important ones, do not hide it', async () => {
      await clearData(h);
      const page = confirmation();
      const { tab, tag } = await captureWithNote(h, 1);
      // What a hostile page does once it notices a new element: aim every rule it has at it.
      await tab.evaluate((hostTag: string) => {
        const host = document.getElementsByTagName(hostTag)[0]!;
        const hide = `display: none !important; visibility: hidden !important; opacity: 0 !important;
          transform: scale(0) !important; clip-path: inset(50%) !important; position: absolute !important;
          left: -9999px !important; width: 0 !important; height: 0 !important; z-index: -1 !important;`;
        const style = document.createElement('style');
        style.textContent = `${host.localName} { ${hide} }
          html > :not(head):not(body) { ${hide} }
          *:not(html):not(body) { display: none !important; }
          html > :last-child { filter: opacity(0) !important; content-visibility: hidden !important; }`;
        document.head.append(style);
      }, tag);
      const note = await readNote(h, page.url);
      expect(note).not.toBeNull();
      visible(note!);
      await tab.screenshot(join(SHOTS, `${name}-note-hostile-css.png`));
      await tab.close();
    });

    it('the note shows what this page showed, never the stored record the user edited', async () => {
      await clearData(h);
      const page = confirmation();
      const first = await apply(h, fixtureCase('greenhouse', 'form-newstyle'), page);
      await until(async () => (await records(h)).length === 1, 'the first capture');
      await first.close();
      // The user's own edits to the record: what the old note leaked.
      await h.inExtension(
        () =>
          new Promise<void>((resolve, reject) => {
            const req = indexedDB.open('baskets');
            req.onsuccess = () => {
              const tx = req.result.transaction('applications', 'readwrite');
              const store = tx.objectStore('applications');
              const all = store.getAll();
              all.onsuccess = () => {
                const rec = all.result[0];
                store.put({ ...rec, title: 'Platform Engineer (asked 95k; referred by Jane Doe)', company: 'Lark Health Internal Name' });
              };
              tx.oncomplete = () => {
                req.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            req.onerror = () => reject(req.error);
          }),
      );
      const { tab } = await captureWithNote(h, 1);
      const note = await readNote(h, page.url);
      const everything = JSON.stringify(note?.parts);
      expect(note?.parts.find((p) => p.role === 'status')).toEqual({
        role: 'status',
        label: 'Saved to Baskets: Platform Engineer at Lark Health',
        text: 'Saved to Baskets: Platform Engineer at Lark Health',
      });
      for (const secret of ['95k', 'Jane Doe', 'Internal', 'Already']) expect(everything).not.toContain(secret);
      await tab.screenshot(join(SHOTS, `${name}-note-after-edit.png`));
      await tab.close();
    });

    it('every note has a new name and nothing else a page can key on', async () => {
      await clearData(h);
      const page = confirmation();
      const { tab: a, tag: tagA } = await captureWithNote(h, 1);
      await a.close();
      const { tab: b, tag: tagB } = await captureWithNote(h, 1);
      const note = await readNote(h, page.url);
      expect(tagA).toMatch(/^X-[A-Z]{12}$/);
      expect(tagB).toMatch(/^X-[A-Z]{12}$/);
      expect(tagA).not.toBe(tagB);
      expect(note?.attributes).toBe(0);
      expect(await b.evaluate(() => document.querySelectorAll('baskets-toast, [class*="baskets" i], [id*="baskets" i]').length)).toBe(0);
      await b.close();
    });

    it('Tab reaches the note from the page, and Enter on Undo removes the record', async () => {
      await clearData(h);
      const tab = await apply(h, fixtureCase('lever', 'apply-form'), fixtureCase('lever', 'thanks'));
      await until(async () => (await records(h)).length === 1, 'the capture');
      const { tag } = (await until(() => readNote(h, fixtureCase('lever', 'thanks').url), 'the note'))!;
      await hold(tab);
      let focused = '';
      for (let i = 0; i < 30 && focused !== tag; i++) {
        await tab.press('Tab');
        focused = await tab.evaluate(() => document.activeElement?.tagName ?? '');
      }
      expect(focused, 'Tab reaches the note').toBe(tag);
      await tab.press('Enter');
      await until(async () => (await records(h)).length === 0, 'Undo to remove the record');
      await tab.close();
    });
  });
}

/** announce.ts as one script, to run in an extension page until the capture handler calls it itself. */
function announceBundle(): string {
  const out = buildSync({
    entryPoints: [join(ROOT, 'src/background/announce.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'BasketsAnnounce',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
}

describe('chromium: the badge and the popup confirm a capture, and "Log this page"', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  const badge = () => h.inExtension(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

  it('after a capture the badge says "+1" until the popup is opened, and the popup undoes it', async () => {
    await clearData(h);
    const tab = await apply(h, fixtureCase('greenhouse', 'form-newstyle'), confirmation());
    const [record] = (await until(async () => {
      const all = await h.readStore<{ id: string; title: string; company: string }>('applications');
      return all.length === 1 ? all : null;
    }, 'the capture'))!;
    await tab.close();
    const capture: LastCapture = { id: record!.id, at: Date.now(), company: record!.company, title: record!.title, source: 'greenhouse' };
    const ext = await h.openExtensionPage('options.html');
    await (ext.raw as PwPage).evaluate(`${announceBundle()}; BasketsAnnounce.announceCapture(chrome, ${JSON.stringify(capture)})`);
    await ext.close();
    expect(await badge()).toEqual({ text: '+1', title: 'Baskets — saved Platform Engineer at Lark Health. Open to undo.' });

    for (const scheme of ['light', 'dark'] as const) {
      const popup = await h.openExtensionPage('popup.html', { width: 380, height: 600, colorScheme: scheme });
      const raw = popup.raw as PwPage;
      const line = raw.getByRole('region', { name: 'Last capture' });
      await line.waitFor();
      expect(await line.textContent()).toBe('Saved just now: Platform Engineer at Lark Health · Undo');
      await popup.screenshot(join(SHOTS, `popup-${scheme}.png`));
      // Opening the popup ends the "+1": the badge is the normal one again.
      await until(async () => (await badge()).text !== '+1', 'the badge to drop its +1');
      if (scheme === 'dark') {
        await raw.getByRole('button', { name: 'Undo: remove Platform Engineer at Lark Health from Baskets' }).focus();
        await raw.keyboard.press('Enter');
        await until(async () => (await records(h)).length === 0, 'Undo in the popup to remove the record');
        await line.waitFor({ state: 'detached' });
        const left = await h.inExtension(() => chrome.storage.session.get('lastCapture'));
        expect(left).toEqual({});
      }
      await popup.close();
    }
  });

  it('an application made in an embedded Greenhouse form on a company site is captured from the frame', async () => {
    await clearData(h);
    const embed = fixtureCase('greenhouse', 'embed-form');
    const done = confirmation();
    const careers = 'https://careers.larkhealth.example/jobs/platform-engineer';
    const confirmationInFrame = 'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=larkhealth&token=7001234';
    h.serve(
      careers,
      `<!doctype html><title>Lark Health careers</title><h1>Platform Engineer</h1>
      <iframe id="gh" title="Application form" src="${embed.url}" width="800" height="600"></iframe>`,
    );
    h.serve(embed.url, embed.html);
    h.serve(confirmationInFrame, done.html);
    const tab = await h.open(careers);
    await sleep(500);
    // The user fills and submits the form inside the frame; Greenhouse then shows its confirmation there.
    const frame = (tab.raw as PwPage).frames().find((f) => f.url().startsWith(embed.url.split('?')[0]!))!;
    await frame.evaluate(() => document.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault()));
    await frame.click('button[type="submit"]');
    await tab.evaluate((url: string) => {
      (document.getElementById('gh') as HTMLIFrameElement).src = url;
    }, confirmationInFrame);
    await until(async () => (await records(h)).length === 1, 'the capture from the frame');
    const [stored] = await records(h);
    expect(stored?.source).toBe('greenhouse');
    expect(stored?.company).toBe('Lark Health');
    expect(stored?.title).toBe('Platform Engineer');
    await tab.close();
  });

  it('"Log this page" reads the job with the same adapters, and never a form value', async () => {
    const form = fixtureCase('lever', 'apply-form');
    h.serve(form.url, form.html);
    const tab = await h.open(form.url);
    await tab.evaluate(() => {
      for (const input of document.querySelectorAll('input[type="text"], input[type="email"], input:not([type])')) {
        (input as HTMLInputElement).value = 'SECRET-VALUE';
      }
    });
    const result = await h.inExtension(async (url: string) => {
      const [target] = await chrome.tabs.query({ url });
      if (!target?.id) return { error: 'no tab' };
      await chrome.scripting.executeScript({ target: { tabId: target.id }, files: ['extract.js'] });
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: target.id },
        func: () => (globalThis as unknown as { __basketsExtract: () => unknown }).__basketsExtract(),
      });
      return res?.result as { job: { company: string; title: string; source: string }; stage: string };
    }, form.url.split('#')[0]);
    expect(result).toMatchObject({ stage: 'form', job: { company: form.company, title: form.title, source: 'lever' } });
    expect(JSON.stringify(result)).not.toContain('SECRET-VALUE');
    await tab.close();
  });
});
