/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). Opening a message puts its
 * item id in the address (`/mail/inbox/id/<ItemId>`, `/mail/0/inbox/id/…`, `/mail/deeplink/read/…`) and renders
 * it in the reading pane (`#ReadingPaneContainerId`, `[data-app-section="ConversationContainer"]` or
 * `[aria-label="Reading Pane"]`), beside the message list, which is never read. Each message of the conversation
 * shown open has a body `[aria-label="Message body"]` (role `document`), a sender persona whose `title` is the
 * address, and a time `[data-testid="SentReceivedSavedTime"]`; a collapsed one shows a one-line preview and no
 * body. Outlook's class names are generated and change with each release: only ARIA, `data-*` and the address
 * are used.
 */
import { bodyText, capId, emailAddress, isShownElement, mailbox, MAIL_CAPS, parseNumericDate } from './lib';
import { cleanText } from '../../core/sanitize';
import type { MailAdapter, OpenedMail } from './types';

const PANE = [
  '[data-app-section="ConversationContainer"]',
  '[data-app-section="ItemContainer"]',
  '#ReadingPaneContainerId',
  '[aria-label="Reading Pane"]',
  '[aria-label="Reading pane"]',
];
const BODY = '[aria-label="Message body"], [aria-label="Nachrichtentext"], [aria-label="Corps du message"], div[role="document"]';
/** One message of the conversation: the nearest of these around a body. */
const ITEM = '[data-app-section="ItemContainer"], [role="listitem"], [aria-label="Email message"], [tabindex="-1"][aria-expanded]';
const SUBJECT = [
  '[data-app-section="SubjectLine"]',
  '[role="heading"][aria-level="2"]',
  'h2[role="heading"]',
  'h1[role="heading"]',
  '[role="heading"]',
];
const DATE = ['[data-testid="SentReceivedSavedTime"]', '[data-testid="SentReceivedTime"]', 'time[datetime]'];
/** Quoted history Outlook folds into "…" and the original message below a reply. */
const SKIP =
  '#divRplyFwdMsg, #divRplyFwdMsg ~ *, [id$="_divRplyFwdMsg"], [id^="x_divRplyFwdMsg"] ~ *, .gmail_quote, blockquote[type="cite"]';

/** The item id in the address, decoded, or ''. */
export function outlookItemId(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const m = /\/mail\/(?:\d+\/)?(?:[^?#]*?\/)?(?:id|read)\/([^/?#]+)/.exec(path);
  if (!m) return '';
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return '';
  }
  return /^[A-Za-z0-9+/=_.-]{8,}$/.test(id) ? id : '';
}

function panes(doc: Document): Element[] {
  const out: Element[] = [];
  for (const s of PANE) for (const el of doc.querySelectorAll(s)) if (!out.some((o) => o.contains(el))) out.push(el);
  return out;
}

/** The open messages of the reading pane: shown bodies, each with its item, in page order. */
function openMessages(doc: Document): Array<{ item: Element; body: Element }> {
  const out: Array<{ item: Element; body: Element }> = [];
  for (const pane of panes(doc)) {
    for (const body of pane.querySelectorAll(BODY)) {
      if (out.some((o) => o.body.contains(body)) || !isShownElement(body)) continue;
      const item = body.parentElement?.closest(ITEM);
      out.push({ item: item && pane.contains(item) ? item : pane, body });
    }
  }
  return out;
}

/** The ids of the open messages: the item id, with the message's place when the conversation shows several. */
function ids(url: string, count: number): string[] {
  const base = outlookItemId(url);
  if (!base || !count) return [];
  return count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}#${i}`);
}

function firstShownIn(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) for (const el of root.querySelectorAll(s)) if (isShownElement(el)) return el;
  return null;
}

/** The sender: the first shown element of the item's header whose `title` is an address, and its name. */
function senderOf(item: Element, body: Element): string {
  for (const el of item.querySelectorAll('[title*="@"]')) {
    if (body.contains(el) || !isShownElement(el)) continue;
    const address = emailAddress(el.getAttribute('title'));
    if (!address) continue;
    const name = (el.textContent ?? '').replace(/<?[^\s<>]+@[^\s<>]+>?/g, ' ');
    return mailbox(name, address);
  }
  return '';
}

/** Month first for US English (and a page that does not say), day first elsewhere. */
function monthFirst(doc: Document): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  return !lang || lang === 'en-us' || lang === 'en';
}

export const outlook: MailAdapter = {
  provider: 'outlook',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  claims: (url) => /^https:\/\/outlook\.(?:live\.com|office\.com|office365\.com)\/mail\//.test(url),
  openIds(doc, url) {
    return ids(url, openMessages(doc).length);
  },
  openedMessage(doc, url, id) {
    const open = openMessages(doc);
    const all = ids(url, open.length);
    if (!all.length) return null;
    const at = id ? all.indexOf(id) : all.length - 1;
    const message = open[at];
    if (!message) return null;
    const { item, body } = message;
    const pane = panes(doc).find((p) => p.contains(item)) ?? item;
    const dateEl = firstShownIn(item, DATE);
    const dateText = dateEl?.getAttribute('datetime') || dateEl?.getAttribute('title') || dateEl?.textContent || '';
    const subjectEl = firstShownIn(pane, SUBJECT) ?? firstShownIn(doc, ['[role="main"] [role="heading"][aria-level="2"]']);
    const mail: OpenedMail = {
      provider: 'outlook',
      messageId: capId(all[at]),
      from: senderOf(item, body),
      subject: cleanText(subjectEl?.getAttribute('title') || subjectEl?.textContent || '', MAIL_CAPS.subject),
      date: parseNumericDate(dateText, monthFirst(doc)),
      body: bodyText(body, SKIP),
    };
    return mail.body || mail.subject ? mail : null;
  },
};
