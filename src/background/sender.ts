/**
 * Who may talk to the background. Capture-related messages come only from our own content scripts
 * in a tab, on a supported host (or any http(s) host once the user granted the any-site opt-in);
 * page-side messages such as "data changed" come only from our own extension pages. An opened email comes only
 * from our mail content script in the top frame of a tab on a webmail, while the user has the inbox opt-in on.
 */
import { MAIL_ORIGINS } from '../core/inbox/types';
import type { MessageType } from '../messages';

export interface SenderInfo {
  id?: string;
  url?: string;
  /** `openerTabId`: the tab whose page opened this one (window.open, a link with a target). */
  tab?: { id?: number; openerTabId?: number };
  frameId?: number;
}

export interface TrustContext {
  runtimeId: string;
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBase: string;
  isSupportedUrl(url: URL): boolean;
  anySiteGranted: boolean;
  /** The inbox opt-in is on and its host permissions are granted (the mail content script may run). */
  inboxEnabled?: boolean;
}

/** The webmail hosts of the inbox opt-in (`mail.google.com`, `outlook.live.com`, …). */
const MAIL_HOSTS: ReadonlySet<string> = new Set(MAIL_ORIGINS.map((o) => new URL(o.replace('/*', '/')).hostname));

const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['context', 'capture', 'attempt', 'undo-capture', 'open-dashboard']);
const FROM_PAGES: ReadonlySet<MessageType> = new Set(['data-changed', 'open-dashboard', 'inbox-resolve']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** An opened email: our content script, in a tab's top frame, on a webmail over https, with the opt-in on. */
function trustedMailSender(sender: SenderInfo, trust: TrustContext): boolean {
  if (!trust.inboxEnabled || sender.frameId !== 0 || typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  const url = parseUrl(sender.url ?? '');
  return !!url && url.protocol === 'https:' && url.port === '' && MAIL_HOSTS.has(url.hostname);
}

export function isTrustedSender(type: MessageType, sender: SenderInfo, trust: TrustContext): boolean {
  if (sender.id !== trust.runtimeId || !sender.url) return false;
  if (sender.url.startsWith(trust.extensionBase)) return FROM_PAGES.has(type);
  if (type === 'mail-opened') return trustedMailSender(sender, trust);
  if (!FROM_CONTENT.has(type) || typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return trust.isSupportedUrl(url) || trust.anySiteGranted;
}
