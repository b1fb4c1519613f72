// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssString, noteText, randomHostName, showToast } from '../../src/content/toast';

/** Reads a CSS string token back the way a CSS tokenizer does (escapes per CSS Syntax §4.3.7). */
function readCssString(token: string): string {
  expect(token.startsWith('"') && token.endsWith('"')).toBe(true);
  const inner = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    // A raw quote, backslash-less newline or control would end or break the string.
    expect(ch === '"' || ch === '\n' || ch === '\r' || ch === '\f').toBe(false);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(inner.slice(i + 1));
    if (hex) {
      const cp = parseInt(hex[0], 16);
      out += String.fromCodePoint(cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? 0xfffd : cp);
      i += hex[0].length;
      if (/\s/.test(inner[i + 1] ?? '')) i++;
    } else {
      out += inner[++i];
    }
  }
  return out;
}

describe('the note text', () => {
  it('says what this page showed, with only what is known, and never that the job was saved before', () => {
    expect(noteText({ title: 'Data Analyst', company: 'Acme' })).toBe('Saved to Baskets: Data Analyst at Acme');
    expect(noteText({ title: '', company: 'Acme' })).toBe('Saved to Baskets: Acme');
    expect(noteText({ title: 'Data Analyst', company: ' ' })).toBe('Saved to Baskets: Data Analyst');
    expect(noteText({ title: '', company: '' })).toBe('Saved to Baskets');
  });
});

describe('cssString', () => {
  const hostile = [
    'plain',
    'a"b',
    'back\\slash',
    '"; } :host { display: none !important } x { content: "',
    'line\nbreak\r\ncarriage\fform',
    'nul\u0000del\u007fc1\u0085sep\u2028\u2029',
    'trailing backslash \\',
    '\\"',
    'tab\there',
    'emoji 👩‍💻 and ZWNJ می‌خواهم',
    'hex glue \u0001a1 stays apart',
    '</style><img src=x onerror=alert(1)>',
  ];
  it('reads back as exactly the text (NUL and lone surrogates as U+FFFD), with no way out of the string', () => {
    for (const text of hostile) {
      const expected = text.replaceAll('\u0000', '\ufffd');
      expect(readCssString(cssString(text)), JSON.stringify(text)).toBe(expected);
    }
    expect(readCssString(cssString('lone \ud800 high'))).toBe('lone \ufffd high');
    expect(readCssString(cssString('lone \udc00 low'))).toBe('lone \ufffd low');
  });
});

describe('randomHostName', () => {
  it('is a valid custom-element name, new for every note', () => {
    const names = new Set(Array.from({ length: 50 }, () => randomHostName()));
    expect(names.size).toBe(50);
    for (const n of names) {
      expect(n).toMatch(/^x-[a-z]{12}$/);
      expect(() => document.createElement(n)).not.toThrow();
    }
  });
});

describe('showToast', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  });

  function mount(job = { title: 'Data Analyst', company: 'Acme' }, undo = async () => true) {
    vi.useFakeTimers();
    let root: ShadowRoot | undefined;
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    const actions = { undo: vi.fn(undo), open: vi.fn() };
    const remove = showToast(document, job, actions, 8000);
    spy.mockRestore();
    const host = document.documentElement.lastElementChild as HTMLElement;
    vi.advanceTimersByTime(100);
    return { host, root: root!, actions, remove };
  }

  it('gives the page an empty, attribute-free host with a random name and a closed root', () => {
    const { host } = mount();
    expect(host.tagName).toMatch(/^X-[A-Z]{12}$/);
    expect(host.attributes.length).toBe(0);
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(document.documentElement.textContent).not.toMatch(/Baskets|Data Analyst|Undo/);
    expect(host.parentElement).toBe(document.documentElement);
  });

  it('keeps every word out of the DOM text: generated content for the eye, aria-labels for screen readers', () => {
    const { root } = mount({ title: 'Data "Analyst"', company: 'Acme' });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    while (walker.nextNode()) if (walker.currentNode.parentElement?.tagName !== 'STYLE') texts.push(walker.currentNode.textContent ?? '');
    expect(texts.join('')).toBe('');
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.getAttribute('aria-label')).toBe('Saved to Baskets: Data "Analyst" at Acme');
    const style = root.querySelector('style')!.textContent!;
    expect(style).toContain(`.msg::before { content: ${cssString('Saved to Baskets: Data "Analyst" at Acme')}; }`);
    expect(style).toMatch(/:host \{\s*all: initial !important;/);
    const labels = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Undo', 'Open Baskets', 'Dismiss']);
  });

  it('Undo asks the background, then says the result; Open and Escape close it; it hides itself', async () => {
    const { root, host, actions } = mount();
    root.querySelector<HTMLButtonElement>('button[aria-label="Undo"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.getAttribute('aria-label')).toBe('Removed from Baskets.'));
    expect(actions.undo).toHaveBeenCalledTimes(1);
    expect(root.querySelector('button[aria-label="Undo"]')).toBeNull();
    root.querySelector<HTMLButtonElement>('button[aria-label="Open Baskets"]')!.click();
    expect(actions.open).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(false);

    const second = mount();
    second.root.querySelector('.toast')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(second.host.isConnected).toBe(false);

    const third = mount();
    vi.advanceTimersByTime(7899); // 100 ms already passed in mount()
    expect(third.host.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(third.host.isConnected).toBe(false);
  });

  it('says so when Undo fails', async () => {
    const { root } = mount(undefined, async () => false);
    root.querySelector<HTMLButtonElement>('button[aria-label="Undo"]')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.getAttribute('aria-label')).toBe('Could not undo; open Baskets to remove it.'),
    );
  });

  it('two notes never share a name', () => {
    const a = mount().host.tagName;
    const b = mount().host.tagName;
    expect(a).not.toBe(b);
  });
});
