/** The webmail adapters, and which one reads a page. */
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { MailAdapter } from './types';

export const MAIL_ADAPTERS: readonly MailAdapter[] = [gmail, outlook];

/** The adapter for a page's address, or null when no webmail claims it. */
export function mailAdapterFor(url: string): MailAdapter | null {
  return MAIL_ADAPTERS.find((a) => a.claims(url)) ?? null;
}
