/**
 * Gmail (mail.google.com). A thread opens in place of the list (the address becomes `#inbox/<thread id>`,
 * `#label/Jobs/<id>`, `#search/acme/<id>`…); Gmail keeps earlier views in the page, hidden, so only what is
 * shown counts. In the thread each message is a `div.adn` carrying its own ids (`data-legacy-message-id`, a hex
 * id, and `data-message-id`, "#msg-f:<decimal>"). An open (expanded) message renders its header (sender
 * `span.gD[email][name]`, date `span.g3[title]`) and its body `div.a3s`; a collapsed one renders a one-line
 * snippet and no body, and is never read. Quoted history (`.gmail_quote`, folded behind "…") is another message:
 * it is never read either. Class names are Gmail's own short ones, stable for a decade; the ids and the `email`
 * attribute are the anchors, classes the fallbacks.
 */
import { bodyText, capId, isShownElement, mailbox, MAIL_CAPS, parseWordDate } from './lib';
import { cleanText } from '../../core/sanitize';
import type { MailAdapter, OpenedMail } from './types';

const MESSAGE = 'div.adn, div[data-message-id], div[data-legacy-message-id]';
const BODY = 'div.a3s, div.ii.gt';
const SUBJECT = ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'];
const SENDER = ['span.gD[email]', 'h3 span[email]', 'span[email][name]'];
const DATE = ['span.g3[title]', 'span[title].g3', 'td.gH span[title]'];
/** Inside a body: the quoted history, Gmail's signature fold and its "show trimmed content" control. */
const SKIP = '.gmail_quote, .gmail_extra, blockquote.gmail_quote, .yj6qo, .adL > .im, div.ajR, .gmail_attr';

/** The message's own id: the legacy hex id, else the "#msg-f:" id without its prefix. */
function idOf(el: Element): string {
  const legacy = el.getAttribute('data-legacy-message-id');
  if (legacy && /^[\w-]{4,64}$/.test(legacy)) return legacy;
  const full = (el.getAttribute('data-message-id') ?? '').replace(/^#?msg-[a-z]:/, '');
  return /^[\w-]{4,64}$/.test(full) ? full : '';
}

/** The outermost message element for `el` (Gmail nests a div[data-message-id] inside div.adn). */
function messageOf(el: Element): Element {
  let top = el;
  for (let p = el.parentElement?.closest(MESSAGE); p; p = p.parentElement?.closest(MESSAGE)) top = p;
  return top;
}

/** The open messages: shown, with a shown body and an id, in page order. */
function openMessages(doc: Document): Array<{ el: Element; id: string; body: Element }> {
  const out: Array<{ el: Element; id: string; body: Element }> = [];
  const seen = new Set<Element>();
  for (const body of doc.querySelectorAll(BODY)) {
    const el = body.closest(MESSAGE);
    if (!el) continue;
    const message = messageOf(el);
    if (seen.has(message)) continue;
    const id = idOf(message) || idOf(el);
    if (!id || !isShownElement(body)) continue;
    seen.add(message);
    out.push({ el: message, id, body });
  }
  return out;
}

/** The thread's id in the address (`#inbox/FMfcg…`), or '' on the list and other views. */
export function gmailThreadId(url: string): string {
  const hash = url.split('#')[1] ?? '';
  const parts = hash.split('?')[0]!.split('/').filter(Boolean);
  if (parts.length < 2) return '';
  const last = decodeURIComponent(parts[parts.length - 1]!);
  return /^[A-Za-z0-9_-]{12,}$/.test(last) ? last : '';
}

function firstShownIn(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) for (const el of root.querySelectorAll(s)) if (isShownElement(el)) return el;
  return null;
}

export const gmail: MailAdapter = {
  provider: 'gmail',
  matches: ['https://mail.google.com/*'],
  claims: (url) => /^https:\/\/mail\.google\.com\/mail\//.test(url),
  openIds(doc, url) {
    if (!gmailThreadId(url)) return [];
    return openMessages(doc).map((m) => m.id);
  },
  openedMessage(doc, url, id) {
    // Only a thread's page shows messages: on the list nothing is read, whatever the page holds.
    if (!gmailThreadId(url)) return null;
    const open = openMessages(doc);
    const message = id ? open.find((m) => m.id === id) : open[open.length - 1];
    if (!message) return null;
    const { el, body } = message;
    const view = el.closest('[role="main"]') ?? doc;
    const sender = firstShownIn(el, SENDER);
    const dateEl = firstShownIn(el, DATE);
    const subjectEl = firstShownIn(view, SUBJECT);
    const mail: OpenedMail = {
      provider: 'gmail',
      messageId: capId(message.id),
      from: mailbox(sender?.getAttribute('name') || sender?.textContent, sender?.getAttribute('email')),
      subject: cleanText(subjectEl?.textContent ?? '', MAIL_CAPS.subject),
      date: parseWordDate(dateEl?.getAttribute('title') ?? ''),
      body: bodyText(body, SKIP),
    };
    return mail.body || mail.subject ? mail : null;
  },
};
