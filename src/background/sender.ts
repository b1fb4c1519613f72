/**
 * Who may talk to the background. Capture-related messages come only from our own content scripts
 * in a tab, on a supported host (or any http(s) host once the user granted the any-site opt-in);
 * page-side messages such as "data changed" come only from our own extension pages.
 */
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
}

const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['context', 'capture', 'attempt', 'undo-capture', 'open-dashboard']);
const FROM_PAGES: ReadonlySet<MessageType> = new Set(['data-changed', 'open-dashboard']);

export function isTrustedSender(type: MessageType, sender: SenderInfo, trust: TrustContext): boolean {
  if (sender.id !== trust.runtimeId || !sender.url) return false;
  if (sender.url.startsWith(trust.extensionBase)) return FROM_PAGES.has(type);
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
