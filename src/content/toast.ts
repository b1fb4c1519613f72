/**
 * The in-page note after a capture: "Saved to Baskets: <title> at <company>", with Undo, Open and a close
 * button. It shows only what the content script read from this page, never stored fields or the fact of
 * an earlier application: the page already knows what it showed, so the note tells it nothing new.
 *
 * What a page can learn or do to it:
 * - Its name: the host element is `x-` plus random letters, new for every note, with no attribute, class
 *   or id to key on. Its rect is 0 × 0 (the box inside is fixed to the viewport), so not even the length
 *   of the text shows.
 * - Its words: they live in a closed shadow root and are drawn as CSS generated content (`::before`
 *   strings, escaped by `cssString`), which `window.find()`, `innerText` and `textContent` do not see.
 *   Assistive technology does: the message is a polite status region, the buttons carry aria-labels.
 * - Its styles: `:host { all: initial !important … }` inside the shadow root beats any page rule, even an
 *   `!important` one (for important declarations the inner tree context wins). An inline style would do
 *   the same but is an attribute the page could select on.
 * - Removing it: a page script can. That is why the toolbar badge and the popup confirm every capture too.
 */

export interface ToastActions {
  undo(): Promise<boolean>;
  open(): void;
}

/** The job as the content script read it from this page. */
export interface PageJob {
  title: string;
  company: string;
}

/** The note's message: "Saved to Baskets: <title> at <company>", or with just the one that is known. */
export function noteText(job: PageJob): string {
  const title = typeof job?.title === 'string' ? job.title.trim() : '';
  const company = typeof job?.company === 'string' ? job.company.trim() : '';
  const what = title && company ? `${title} at ${company}` : title || company;
  return what ? `Saved to Baskets: ${what}` : 'Saved to Baskets';
}

/**
 * A CSS string literal (with its quotes) that reads back as exactly `text`: `\` and `"` are escaped, and
 * every control character (C0, DEL, C1, including newlines), the line and paragraph separators and any
 * lone surrogate become hex escapes, so no title can end the string, the rule or the sheet.
 */
export function cssString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
        continue;
      }
    }
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) out += '\\fffd ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      out += `\\${code.toString(16)} `;
    } else out += ch;
  }
  return `${out}"`;
}

/** A custom-element name no page can know in advance: `x-` and 12 random lowercase letters. */
export function randomHostName(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const letters = Array.from(random(12), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `x-${letters}`;
}

const HOST = `
:host {
  all: initial !important;
  display: block !important; position: fixed !important; right: 0 !important; bottom: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; margin: 0 !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;
  pointer-events: auto !important; transform: none !important; filter: none !important;
  clip-path: none !important; mask: none !important; contain: none !important; zoom: 1 !important;
  content-visibility: visible !important;
}`;

const CSS = `
.toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; box-sizing: border-box;
  width: max-content; max-width: min(420px, calc(100vw - 32px));
  display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #f8fafc; background: #0b3f3a;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); border: 1px solid #14b8a6; visibility: visible; opacity: 1;
  text-align: start; letter-spacing: normal; text-transform: none; white-space: normal; }
.msg { flex: 1 1 200px; overflow-wrap: anywhere; min-height: 1.4em; }
button { font: inherit; font-weight: 600; cursor: pointer; border-radius: 6px; padding: 4px 10px; margin: 0;
  border: 1px solid #99f6e4; background: transparent; color: #f0fdfa; }
button:hover { background: #115e56; }
button:focus-visible { outline: 3px solid #fbbf24; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .toast { animation: in .18s ease-out; } }
@keyframes in { from { transform: translateY(8px); opacity: 0; } }
`;

/** How long the status region stays empty before the message arrives, so screen readers announce it. */
const ANNOUNCE_DELAY_MS = 50;

export function showToast(doc: Document, job: PageJob, actions: ToastActions, hideAfterMs = 8000): () => void {
  const host = doc.createElement(randomHostName());
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = doc.createElement('style');
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Baskets');
  const msg = doc.createElement('div');
  msg.className = 'msg';
  msg.setAttribute('role', 'status');
  msg.setAttribute('aria-live', 'polite');
  msg.setAttribute('aria-atomic', 'true');
  const button = (cls: string, label: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.setAttribute('aria-label', label);
    return b;
  };
  const undo = button('undo', 'Undo');
  const open = button('open', 'Open Baskets');
  const close = button('close', 'Dismiss');
  box.append(msg, undo, open, close);
  root.append(sheet, box);

  // Every word on screen is generated content; the status's aria-label carries the same message.
  const render = (message: string | null) => {
    sheet.textContent =
      HOST +
      CSS +
      `.undo::before { content: ${cssString('Undo')}; }\n` +
      `.open::before { content: ${cssString('Open')}; }\n` +
      `.close::before { content: ${cssString('×')}; }\n` +
      (message === null ? '' : `.msg::before { content: ${cssString(message)}; }\n`);
    if (message === null) msg.removeAttribute('aria-label');
    else msg.setAttribute('aria-label', message);
  };
  render(null);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const remove = () => {
    if (timer) clearTimeout(timer);
    clearTimeout(announce);
    host.remove();
  };
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(remove, hideAfterMs);
  };
  // Hold still while the user reads or tabs through it.
  box.addEventListener('mouseenter', () => timer && clearTimeout(timer));
  box.addEventListener('mouseleave', arm);
  box.addEventListener('focusin', () => timer && clearTimeout(timer));
  box.addEventListener('focusout', arm);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') remove();
  });
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    const ok = await actions.undo().catch(() => false);
    clearTimeout(announce);
    render(ok ? 'Removed from Baskets.' : 'Could not undo; open Baskets to remove it.');
    open.focus();
    undo.remove();
    arm();
  });
  open.addEventListener('click', () => {
    actions.open();
    remove();
  });
  close.addEventListener('click', remove);
  // After <body>, as the root's last child: rules on the body (a transform, a filter) do not reach it.
  doc.documentElement.append(host);
  // The live region exists first, then its text arrives: that change is what screen readers announce.
  const text = noteText(job);
  // Declared last, read only by the handlers above, which cannot run before this line.
  const announce = setTimeout(() => render(text), ANNOUNCE_DELAY_MS);
  arm();
  return remove;
}
