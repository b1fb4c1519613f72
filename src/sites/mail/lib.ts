/**
 * What the webmail adapters share: the text of a message body as the user sees it (hidden and quoted parts left
 * out, capped), the sender as a mailbox, the caps of the mail-opened message, and the webmails' displayed dates
 * turned into ISO 8601. Pure DOM and strings.
 */
import { MAIL_BODY_MAX } from '../../core/inbox/types';
import { cleanText } from '../../core/sanitize';

/** The caps the background's parser holds an opened email to (MAIL_LIMITS in src/messages.ts, which sites may not import). */
export const MAIL_CAPS = { messageId: 300, from: 500, subject: 1000, date: 64, body: MAIL_BODY_MAX } as const;

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'OBJECT',
]);
/** Never part of what is read: form fields (values are never read) and the compose box. */
const FORM_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'OPTION']);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

type Visible = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/** Whether the document is laid out (a browser) or not (jsdom, a parsed document): decides how hidden is told. */
export function hasLayout(doc: Document): boolean {
  const box = doc.documentElement.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether an element hides itself and everything in it: `hidden`, `display:none`, `visibility:hidden`, opacity 0,
 * font-size 0, and with layout a zero-sized box that clips its content, or a positioned box pushed off the page to the left.
 * Checked on the way down, so each element is looked at once (ancestors were checked before it).
 */
function hidesItself(el: Element, layout: boolean): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = styleOf(el);
  if (style) {
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (style.opacity === '0' || style.fontSize === '0px') return true;
  }
  if (layout) {
    const box = el.getBoundingClientRect();
    if ((box.width === 0 || box.height === 0) && style && style.display !== 'contents' && style.overflow !== 'visible') return true;
    // Pushed out of the page to the left (`position:absolute; left:-9999px`). Not the top: a box scrolled up out
    // of view has a negative top too, and it is text the user has read.
    if (box.right <= 0 && style && (style.position === 'absolute' || style.position === 'fixed')) return true;
  }
  return false;
}

/** Whether `el` is shown to the user: itself and every ancestor up to the document (see hidesItself). */
export function isShownElement(el: Element): boolean {
  if (!el.isConnected) return false;
  const layout = hasLayout(el.ownerDocument);
  const v = el as Visible;
  if (layout && typeof v.checkVisibility === 'function' && !v.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return false;
  }
  let depth = 0;
  for (let node: Element | null = el; node && depth < 80; node = node.parentElement, depth++) {
    if (node.hasAttribute('hidden')) return false;
    const style = styleOf(node);
    if (style && (style.display === 'none' || style.opacity === '0')) return false;
    if (node === el && style && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  }
  if (layout) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
  }
  return true;
}

/**
 * The text of a message body as the user sees it, one line per block: what is hidden is left out (pages lie: a
 * hidden "Unfortunately…" is not read), as are elements matching `skip` (quoted history, the webmail's own
 * chrome). Stops reading well past the cap, then cleans and caps to MAIL_BODY_MAX.
 */
export function bodyText(root: Element, skip: string): string {
  const layout = hasLayout(root.ownerDocument);
  const parts: string[] = [];
  let length = 0;
  const limit = MAIL_BODY_MAX * 2;
  const walk = (node: Node): void => {
    if (length > limit) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t) {
        parts.push(t);
        length += t.length;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName.toUpperCase()) || FORM_TAGS.has(el.tagName.toUpperCase())) return;
    if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return;
    if (el !== root && skip && safeMatches(el, skip)) return;
    if (hidesItself(el, layout)) return;
    if (el.tagName.toUpperCase() === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return cleanBody(parts.join(''));
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

const CONTROL = /[\p{Cc}\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/** Lines trimmed, runs of spaces and blank lines folded, controls and bidi marks dropped, capped to MAIL_BODY_MAX. */
export function cleanBody(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\t\u00a0 \u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
        .replace(CONTROL, '')
        .trim(),
    );
  const out: string[] = [];
  for (const line of lines) {
    if (!line && (!out.length || !out[out.length - 1])) continue;
    out.push(line);
  }
  let s = out.join('\n').trim();
  if (s.length > MAIL_BODY_MAX) {
    s = s.slice(0, MAIL_BODY_MAX);
    if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

const ADDRESS = /^[^\s@<>()",;:]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** A bare email address, lower-cased domain, or '' when `value` is not one. */
export function emailAddress(value: string | null | undefined): string {
  const v = (value ?? '')
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '');
  if (!ADDRESS.test(v) || v.length > 254) return '';
  const at = v.lastIndexOf('@');
  return v.slice(0, at) + '@' + v.slice(at + 1).toLowerCase();
}

/**
 * The sender as an RFC 5322 mailbox: `Name <address>`, the bare address when the name is missing or is the
 * address, '' without an address (a name alone is not a mailbox).
 */
export function mailbox(name: string | null | undefined, address: string | null | undefined): string {
  const addr = emailAddress(address);
  if (!addr) return '';
  const n = cleanText((name ?? '').replace(/<[^>]*>/g, ' ').replace(/["<>]/g, ''), 200);
  const out = n && n.toLowerCase() !== addr.toLowerCase() ? `${n} <${addr}>` : addr;
  return out.length <= MAIL_CAPS.from ? out : addr.slice(0, MAIL_CAPS.from);
}

/** A webmail's id of a message, kept within the cap (the end of a long id is its distinctive part). */
export function capId(id: string | null | undefined): string {
  const v = cleanText(id ?? '', 2000);
  return v.length > MAIL_CAPS.messageId ? v.slice(-MAIL_CAPS.messageId) : v;
}

// ---------------------------------------------------------------------------------------------
// Dates as the webmails show them, in the user's language

/** Month names and abbreviations in the seven languages the capture knows (lower case, without the final dot). */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'januar', 'jänner', 'janv', 'janvier', 'ene', 'enero', 'januari', 'gen', 'gennaio', 'janeiro'],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'febrero', 'februari', 'febbraio', 'fev', 'fevereiro'],
  ['mar', 'march', 'mär', 'märz', 'mars', 'marzo', 'mrt', 'maart', 'março', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mei', 'mag', 'maggio', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];
const MONTH_INDEX = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i] as [string, number])));

function isoOf(year: number, month: number, day: number, hour: number, minute: number): string {
  if (year < 1990 || year > 2200 || month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59) return '';
  // The webmail shows the user's local time: read it as local time.
  const d = new Date(year, month, day, hour, minute);
  if (d.getMonth() !== month || d.getDate() !== day) return '';
  return d.toISOString();
}

/** Hour and minute of "10:12", "10:12 AM", "22.12 Uhr", "3:05 p.m."; [0, 0] when there is no time. */
function timeOf(text: string): [number, number] | null {
  const m = /(\d{1,2})[:.](\d{2})(?![.\d])\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i.exec(text);
  if (!m) return [0, 0];
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/[.\s]/g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return [hour, minute];
}

/**
 * A displayed date with the month as a word, as Gmail's `title` shows it in the user's language:
 * "Thu, Dec 3, 2026, 10:12 AM", "Thu, 3 Dec 2026, 10:12", "Do., 3. Dez. 2026, 10:12", "jeu. 3 déc. 2026, 10:12",
 * "3 de dic. de 2026, 10:12". Returns ISO 8601 (read as local time), or '' when it cannot be read for certain.
 */
export function parseWordDate(text: string): string {
  const s = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ');
  const year = /\b(19\d\d|2\d\d\d)\b/.exec(s);
  if (!year) return '';
  // The day and the month word next to each other, day first ("3. Dez.", "3 de dez.") or month first ("Dec 3"):
  // a weekday that shares a month's abbreviation ("mar" is Tuesday in Spanish, French and Italian) is never next
  // to the day. The time is blanked first, so "10:12" is never taken for a day.
  const noTime = s.replace(/\d{1,2}[:.]\d{2}(?![.\d])/g, (t) => ' '.repeat(t.length));
  let month = -1;
  let day = 0;
  for (const m of noTime.matchAll(/(?<![\d\p{L}])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)/gu)) {
    const i = MONTH_INDEX.get(m[2]!);
    if (i !== undefined) {
      [day, month] = [Number(m[1]), i];
      break;
    }
  }
  if (month < 0) {
    for (const m of noTime.matchAll(/(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2})(?!\d)/gu)) {
      const i = MONTH_INDEX.get(m[1]!);
      if (i !== undefined) {
        [day, month] = [Number(m[2]), i];
        break;
      }
    }
  }
  if (month < 0 || !day) return '';
  const afterYear = s.slice((year.index ?? 0) + 4);
  const time = timeOf(afterYear) ?? null;
  if (!time) return '';
  return isoOf(Number(year[1]), month, day, time[0], time[1]);
}

/**
 * A displayed numeric date, as Outlook shows it: "Thu 12/3/2026 10:12 AM" (month first in US English),
 * "Do 03.12.2026 10:12" (day first), "2026-12-03 10:12". `monthFirst` comes from the page's language. ISO or ''.
 */
export function parseNumericDate(text: string, monthFirst: boolean): string {
  const s = text.replace(/[\u00a0\u202f]/g, ' ');
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  const num = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/.exec(s);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = s.slice((iso.index ?? 0) + iso[0].length);
  } else if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    year = Number(num[4]);
    // A dot is always day first; a slash follows the page's language.
    const dayFirst = num[2] === '.' || !monthFirst;
    [day, month] = dayFirst ? [a, b] : [b, a];
    rest = s.slice((num.index ?? 0) + num[0].length);
  } else {
    return parseWordDate(s);
  }
  const time = timeOf(rest);
  if (!time) return '';
  return isoOf(year, month - 1, day, time[0], time[1]);
}
