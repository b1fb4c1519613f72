/**
 * The contract of a webmail adapter: pure DOM reading of the one message the user opened, tested in jsdom.
 * No browser API beyond the document; the mail content script (src/content/mail.ts) does the watching and sending.
 */
import type { EmailInput, MailProvider } from '../../core/inbox/types';

/** What an adapter reads from an opened message: the email, the webmail, and the webmail's own id of the message. */
export interface OpenedMail extends EmailInput {
  provider: MailProvider;
  /** Never shown; the background only hashes it (the same message never suggests twice). */
  messageId: string;
}

export interface MailAdapter {
  provider: MailProvider;
  /** Match patterns of the pages the adapter reads (the opt-in registers the mail content script on them). */
  matches: readonly string[];
  /** True for an address of this webmail (any view: the list too; reading decides whether a message is open). */
  claims(url: string): boolean;
  /**
   * The ids of the messages shown open (expanded), in page order. Attributes and the address only, never text:
   * the content script calls it after every settled change of the page, so it must stay cheap.
   */
  openIds(doc: Document, url: string): string[];
  /**
   * Reads one open message: the one with `id`, else the last open one. Null when no message is open and rendered
   * (the list, a collapsed message, a message still loading).
   */
  openedMessage(doc: Document, url: string, id?: string): OpenedMail | null;
}
