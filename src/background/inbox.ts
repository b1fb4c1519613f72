/**
 * Outcomes from the inbox (opt-in), the background's part: an email the user opened is classified, then
 * dropped; what is kept is a suggestion (the outcome, the application, the email's date, the sender's domain
 * and, only with "remember a quote" on, a short quote) or, for a confirmation of an application Baskets does
 * not have, a pending "Did you apply to …?" question. Nothing about the email is stored or logged otherwise.
 *
 * Every browser API is passed in, so this is tested in Node with fakes.
 */
import { isFurtherAlong, type JobDetails, type Status } from '../core/application';
import {
  MAIL_QUOTE_MAX,
  OUTCOME_KINDS,
  type EmailInput,
  type InboxSuggestion,
  type KnownApplication,
  type MailVerdict,
  type OutcomeKind,
} from '../core/inbox/types';
import { OUTCOME_STATUS } from '../core/inbox/wording';
import { INBOX_HANDLED_KEY, INBOX_SUGGESTIONS_KEY, readInboxSuggestions, type OpenedEmail } from '../messages';

/** At most this many suggestions wait (newest first); an older one falls off when a new one comes. */
export const SUGGESTIONS_KEPT = 20;
/** At most this many recorded or dismissed keys are remembered (newest last). */
export const HANDLED_KEPT = 2000;
/** The pending question's source and signal for a confirmation email of an application Baskets does not have. */
export const EMAIL_SOURCE = 'email';
export const EMAIL_CONFIRMATION_SIGNAL = 'email-confirmation';

/** The classifier's entry point (src/core/inbox/index.ts), injected. */
export type ReadEmail = (
  email: EmailInput,
  applications: readonly KnownApplication[],
  aliases?: ReadonlyMap<string, string>,
) => MailVerdict;

/** The part of storage.local the inbox uses. */
export interface LocalStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface InboxDeps {
  /** The user's two switches: the opt-in itself and "remember a quote". */
  inboxSettings(): Promise<{ inbox: boolean; inboxQuote: boolean }>;
  local: LocalStore;
  /** Every application (all statuses), as the matcher needs them. */
  applications(): Promise<KnownApplication[]>;
  /** Employer aliases: alias companyKey → canonical companyKey. */
  aliases(): Promise<ReadonlyMap<string, string>>;
  readEmail: ReadEmail;
  /** `appliedAt`: the confirmation email's date, so a "Yes" records the day the application was sent. */
  addPending(job: JobDetails, signal: string, appliedAt?: string): Promise<{ id: string }>;
  now(): number;
}

/** What became of one opened email (for tests; the content script only gets `ok`). */
export type MailOutcome = 'off' | 'seen' | 'none' | 'suggested' | 'pending';

/** A suggestion's key: SHA-256 (hex) of `provider:messageId`. The message id itself is never kept. */
export async function suggestionKey(email: Pick<OpenedEmail, 'provider' | 'messageId'>): Promise<string> {
  const bytes = new TextEncoder().encode(`${email.provider}:${email.messageId}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether recording `kind` moves `status` forward: a later stage or a close of an open application. An interview
 * for an application already interviewing is a new round, still worth recording.
 */
export function outcomeMovesForward(kind: OutcomeKind, status: string): boolean {
  const next = OUTCOME_STATUS[kind];
  if (kind === 'interview' && status === 'interviewing') return true;
  return isFurtherAlong(next, status as Status);
}

function isOutcome(kind: string): kind is OutcomeKind {
  return (OUTCOME_KINDS as readonly string[]).includes(kind);
}

/** A short quote, cut on a character boundary, at most MAIL_QUOTE_MAX characters. */
function cutQuote(quote: string): string {
  const chars = Array.from(quote.trim());
  return chars.length <= MAIL_QUOTE_MAX ? chars.join('') : `${chars.slice(0, MAIL_QUOTE_MAX - 1).join('')}…`;
}

function isoDate(date: string): string {
  const t = Date.parse(date);
  return date && Number.isFinite(t) ? new Date(t).toISOString() : '';
}

/** The stored handled keys, as a list of strings. */
function readHandled(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

/**
 * The suggestions still worth asking, as they are read: each keeps only the applications that still exist and
 * that its outcome would still move forward (the user may have recorded it by hand meanwhile); a suggestion left
 * with none is dropped. `statusById`: every application's current status.
 */
export function liveSuggestions(value: unknown, statusById: ReadonlyMap<string, string>): InboxSuggestion[] {
  return readInboxSuggestions(value)
    .map((s) => ({
      ...s,
      applicationIds: s.applicationIds.filter((id) => {
        const status = statusById.get(id);
        return status !== undefined && outcomeMovesForward(s.kind, status);
      }),
    }))
    .filter((s) => s.applicationIds.length > 0);
}

export function createInbox(deps: InboxDeps) {
  async function remember(key: string, handled: string[]): Promise<void> {
    const next = [...handled.filter((k) => k !== key), key].slice(-HANDLED_KEPT);
    await deps.local.set({ [INBOX_HANDLED_KEY]: next });
  }

  return {
    /**
     * The user opened `email` (the sender is already checked). Classified against every application, then
     * dropped: only the suggestion or the pending question it leads to is kept.
     */
    async mailOpened(email: OpenedEmail): Promise<MailOutcome> {
      const settings = await deps.inboxSettings();
      if (!settings.inbox) return 'off';
      const key = await suggestionKey(email);
      const stored = await deps.local.get([INBOX_SUGGESTIONS_KEY, INBOX_HANDLED_KEY]);
      const suggestions = readInboxSuggestions(stored[INBOX_SUGGESTIONS_KEY]);
      const handled = readHandled(stored[INBOX_HANDLED_KEY]);
      // The same message opened again, or one the user already answered: never twice.
      if (handled.includes(key) || suggestions.some((s) => s.key === key)) return 'seen';

      const [applications, aliases] = await Promise.all([deps.applications(), deps.aliases()]);
      const { from, subject, body, date } = email;
      const verdict = deps.readEmail({ from, subject, body, date }, applications, aliases);
      const byId = new Map(applications.map((a) => [a.id, a]));

      if (verdict.kind === 'confirmation') {
        // Only an application Baskets does not have yet, with an employer to ask about.
        if (verdict.match.strength !== 'none' || !verdict.company.trim()) return 'none';
        const job: JobDetails = { company: verdict.company, title: verdict.title, location: '', url: '', source: EMAIL_SOURCE };
        await deps.addPending(job, EMAIL_CONFIRMATION_SIGNAL, date || undefined);
        await remember(key, handled);
        return 'pending';
      }
      if (!isOutcome(verdict.kind)) return 'none';
      const kind = verdict.kind;

      let ids: string[];
      if (verdict.match.strength === 'exact' && verdict.match.applicationId) {
        ids = [verdict.match.applicationId];
      } else if (verdict.match.strength === 'ambiguous') {
        // The user picks, among the candidates this outcome would move forward.
        ids = verdict.match.candidates;
      } else {
        return 'none';
      }
      ids = [...new Set(ids)].filter((id) => {
        const app = byId.get(id);
        return !!app && outcomeMovesForward(kind, app.status);
      });
      if (ids.length === 0) return 'none';

      const first = byId.get(ids[0]!)!;
      const suggestion: InboxSuggestion = {
        key,
        kind,
        applicationIds: ids,
        company: first.company,
        // Several candidates: the title is the user's pick, not ours.
        title: ids.length === 1 ? first.title : '',
        emailDate: isoDate(date),
        senderDomain: verdict.senderDomain,
        createdAt: new Date(deps.now()).toISOString(),
      };
      const quote = settings.inboxQuote ? cutQuote(verdict.quote) : '';
      if (quote) suggestion.quote = quote;
      // The older ones are pruned as they are read: those whose applications are gone or have moved on.
      const older = liveSuggestions(suggestions, new Map(applications.map((a) => [a.id, a.status])));
      await deps.local.set({ [INBOX_SUGGESTIONS_KEY]: [suggestion, ...older].slice(0, SUGGESTIONS_KEPT) });
      return 'suggested';
    },

    /**
     * The user changed the inbox switches: with the option off no suggestion waits any more; with "remember a
     * quote" off the waiting ones keep no quote. Handled keys stay, so a message answered never asks again.
     */
    async settingsChanged(): Promise<void> {
      const settings = await deps.inboxSettings();
      const stored = await deps.local.get([INBOX_SUGGESTIONS_KEY]);
      if (stored[INBOX_SUGGESTIONS_KEY] === undefined) return;
      const suggestions = readInboxSuggestions(stored[INBOX_SUGGESTIONS_KEY]);
      let next = suggestions;
      if (!settings.inbox) next = [];
      else if (!settings.inboxQuote) next = suggestions.map(({ quote: _quote, ...rest }) => rest);
      if (JSON.stringify(next) !== JSON.stringify(stored[INBOX_SUGGESTIONS_KEY])) await deps.local.set({ [INBOX_SUGGESTIONS_KEY]: next });
    },

    /** The user recorded or dismissed a suggestion: it leaves the list and its message never suggests again. */
    async resolve(key: string): Promise<void> {
      const stored = await deps.local.get([INBOX_SUGGESTIONS_KEY, INBOX_HANDLED_KEY]);
      const suggestions = readInboxSuggestions(stored[INBOX_SUGGESTIONS_KEY]);
      await deps.local.set({ [INBOX_SUGGESTIONS_KEY]: suggestions.filter((s) => s.key !== key) });
      await remember(key, readHandled(stored[INBOX_HANDLED_KEY]));
    },
  };
}

export type Inbox = ReturnType<typeof createInbox>;
