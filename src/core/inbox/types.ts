/**
 * Outcomes from the inbox (opt-in): the shapes shared by the classifier (src/core/inbox), the webmail
 * adapters (src/sites/mail), the background and the popup. Pure types and constants; no browser API.
 */

/** What an email says about an application. `none`: nothing to record (alerts, newsletters, outreach, "viewed"). */
export const MAIL_KINDS = ['rejection', 'interview', 'offer', 'assessment', 'confirmation', 'none'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** The kinds that can become a status change on an application Baskets already has. */
export const OUTCOME_KINDS = ['rejection', 'interview', 'offer', 'assessment'] as const satisfies readonly MailKind[];
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export function isMailKind(value: unknown): value is MailKind {
  return typeof value === 'string' && (MAIL_KINDS as readonly string[]).includes(value);
}

/** The optional host permissions the opt-in asks for, and the pages the mail content script runs on. */
export const MAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
] as const;

/** The webmails Baskets reads an opened message from. */
export const MAIL_PROVIDERS = ['gmail', 'outlook'] as const;
export type MailProvider = (typeof MAIL_PROVIDERS)[number];

/** Longest body text read from an opened message (characters). */
export const MAIL_BODY_MAX = 20_000;
/** Longest quote kept (only with the "remember a quote" option on). */
export const MAIL_QUOTE_MAX = 200;

/**
 * One email, as the classifier reads it. Nothing else about the message is ever read.
 * - `from`: the sender as an RFC 5322 mailbox, `Name <address>` or a bare `address` ('' when unknown).
 * - `date`: ISO 8601 ('' when the page showed none).
 * - `body`: plain text, at most MAIL_BODY_MAX characters.
 */
export interface EmailInput {
  from: string;
  subject: string;
  body: string;
  date: string;
}

/** The part of an application the matcher needs (an `Application` has all of it). */
export interface KnownApplication {
  id: string;
  company: string;
  /** Normalised employer key, see core/company-key.ts. */
  companyKey: string;
  title: string;
  status: string;
  /** ISO 8601 */
  appliedAt: string;
}

/**
 * Which application an email is about.
 * - `exact`: one application, strongly named (employer, and the title where several are open there).
 * - `ambiguous`: the employer is strongly named but several of its applications fit: the user picks among
 *   `candidates`; nothing is chosen for them.
 * - `none`: no application, or only a weak hint. Nothing is ever changed on it.
 */
export interface MailMatch {
  strength: 'exact' | 'ambiguous' | 'none';
  /** Set only when `strength` is `exact`. */
  applicationId: string | null;
  /** `exact`: [applicationId]; `ambiguous`: two or more ids; `none`: []. */
  candidates: string[];
  /** Short, for tests and the eval: "company in subject", "sender domain", "title in body"… */
  reason: string;
}

/** The classifier's and matcher's answer for one email. */
export interface MailVerdict {
  kind: MailKind;
  /** 0–1. The background acts only on `kind !== 'none'`, which the classifier gives only when sure enough. */
  confidence: number;
  match: MailMatch;
  /**
   * The employer and job the email names, as best read from it, for a confirmation of an application Baskets
   * does not have yet (it becomes a "Did you apply to …?" question). '' when not found.
   */
  company: string;
  title: string;
  /** The sender's domain, lower-cased ('' when none). */
  senderDomain: string;
  /** One sentence from the email that carried the decision, at most MAIL_QUOTE_MAX characters ('' when none). */
  quote: string;
}

/**
 * A suggestion waiting for the user's one click (storage.local, INBOX_SUGGESTIONS_KEY in messages.ts).
 * It keeps only: the outcome, the application(s), the email's date, the sender's domain, and a quote when the
 * user keeps "remember a quote" on. Never the subject, the body or the sender's address.
 */
export interface InboxSuggestion {
  /** A hash of the provider and the message's own id: the same message never suggests twice. */
  key: string;
  kind: OutcomeKind;
  /** One id: matched. Several: the user picks. */
  applicationIds: string[];
  /** For display: the employer and job title as Baskets has them. */
  company: string;
  title: string;
  /** ISO 8601, the email's date (the status change is recorded at it). */
  emailDate: string;
  senderDomain: string;
  /** Only with "remember a quote" on; at most MAIL_QUOTE_MAX characters. */
  quote?: string;
  /** ISO 8601 */
  createdAt: string;
}
