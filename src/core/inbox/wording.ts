/**
 * How an inbox suggestion is said and what it records: one place for the badge's title, the popup's card
 * and the history note, so they never drift apart. Pure.
 */
import type { Status } from '../application';
import type { InboxSuggestion, OutcomeKind } from './types';

/** The status each outcome records. An assessment is a screening step. */
export const OUTCOME_STATUS: Readonly<Record<OutcomeKind, Status>> = Object.freeze({
  rejection: 'rejected',
  interview: 'interviewing',
  offer: 'offer',
  assessment: 'screening',
});

const NOUN: Readonly<Record<OutcomeKind, string>> = Object.freeze({
  rejection: 'a rejection',
  interview: 'an interview',
  offer: 'an offer',
  assessment: 'an assessment',
});

const BARE: Readonly<Record<OutcomeKind, string>> = Object.freeze({
  rejection: 'rejection',
  interview: 'interview',
  offer: 'offer',
  assessment: 'assessment',
});

/** "From your inbox: Acme has answered about Data Analyst. Record a rejection?" */
export function suggestionQuestion(s: Pick<InboxSuggestion, 'kind' | 'company' | 'title'>): string {
  const who = s.company.trim() || 'An employer';
  const about = s.title.trim() ? ` about ${s.title.trim()}` : '';
  return `From your inbox: ${who} has answered${about}. Record ${NOUN[s.kind]}?`;
}

/** The record button: "Record rejection". */
export function recordLabel(kind: OutcomeKind): string {
  return `Record ${BARE[kind]}`;
}

/** A date as "3 Dec 2026" in UTC-independent form (the email's own calendar day as the ISO string has it). */
function emailDay(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return 'an unknown date';
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The history note of a recorded suggestion: "From an email of 3 Dec 2026 from greenhouse-mail.io: “…”". */
export function suggestionNote(s: Pick<InboxSuggestion, 'emailDate' | 'senderDomain' | 'quote'>): string {
  const from = s.senderDomain ? ` from ${s.senderDomain}` : '';
  const quote = s.quote ? `: “${s.quote}”` : '';
  return `From an email of ${emailDay(s.emailDate)}${from}${quote}`;
}
