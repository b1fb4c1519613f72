/**
 * The classifier: what one email says about an application (rejection, interview, offer, assessment,
 * confirmation) or `none`. Phrase lists in seven languages (phrases.ts); hiring-system senders (senders.ts) only
 * raise confidence. Precision first: hypothetical wording ("if selected, we will invite you…"), negations,
 * quoted history and anything after a job-alert or newsletter block never decide an outcome. Pure.
 */
import { parseSender, namedCompanyAndTitle, type Sender } from './extract';
import { Lexicon, type PhraseHit } from './lexicon';
import {
  ASSESSMENT_DONE,
  CONDITIONAL_AFTER,
  CONDITIONAL_BEFORE,
  FUTURE_BEFORE,
  HIRING_CONTEXT,
  KIND_PHRASES,
  NONE_SIGNALS,
  type OutcomeOrConfirmation,
} from './phrases';
import { THREAD_REPLY_REJECTIONS } from './people';
import { ALERT_LOCAL_PARTS, isAtsDomain, isJobBoardDomain } from './senders';
import { padded, safeString, sentences, splitBody, type Sentence } from './text';
import { MAIL_QUOTE_MAX, type EmailInput, type MailKind } from './types';

type Tier = 'strong' | 'medium' | 'weak';
const TIER_SCORE: Readonly<Record<Tier, number>> = { strong: 2, medium: 1, weak: 0.5 };
const KINDS: readonly OutcomeOrConfirmation[] = ['rejection', 'interview', 'offer', 'assessment', 'confirmation'];
type NoneSignal = keyof typeof NONE_SIGNALS;

const KIND_LEXICON = new Lexicon<{ kind: OutcomeOrConfirmation; tier: Tier }>(
  KINDS.flatMap((kind) =>
    Object.values(KIND_PHRASES[kind]).flatMap((tiers) =>
      (['strong', 'medium', 'weak'] as const).flatMap((tier) => (tiers[tier] ?? []).map((p) => [p, { kind, tier }] as const)),
    ),
  ),
);
const NONE_LEXICON = new Lexicon<NoneSignal>(
  (Object.keys(NONE_SIGNALS) as NoneSignal[]).flatMap((signal) => NONE_SIGNALS[signal].map((p) => [p, signal] as const)),
);
const CONDITIONAL = new Lexicon<true>(CONDITIONAL_BEFORE.map((p) => [p, true] as const));
const FUTURE = new Lexicon<true>(FUTURE_BEFORE.map((p) => [p, true] as const));
const AFTER = new Lexicon<true>(CONDITIONAL_AFTER.map((p) => [p, true] as const));
const HIRING = new Lexicon<true>(HIRING_CONTEXT.map((p) => [p, true] as const));
const DONE = new Lexicon<true>(ASSESSMENT_DONE.map((p) => [p, true] as const));
const THREAD_REPLY = new Lexicon<true>(THREAD_REPLY_REJECTIONS.map((p) => [p, true] as const));
/** At most this many sentences of its own (the subject apart) make a reply short. */
const SHORT_REPLY = 4;
/** "Don't hesitate / forget / miss": a negation that does not negate what follows. */
const NOT_NEGATING = new Set([
  'hesitate',
  'forget',
  'miss',
  'wait',
  'zogern',
  'vergessen',
  'hesitez',
  'oubliez',
  'dudes',
  'olvides',
  'aarzel',
  'vergeet',
  'hesite',
  'esquece',
  'esitare',
  'dimenticare',
]);
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  't',
  'cannot',
  'unable',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'pas',
  'jamais',
  'niet',
  'geen',
  'nao',
  'non',
  'nunca',
  'nie',
]);

export interface Classification {
  kind: MailKind;
  confidence: number;
  quote: string;
  company: string;
  title: string;
}

/** Everything the classifier read, for the matcher (so the email is parsed once). */
export interface ReadMail extends Classification {
  sender: Sender;
  subject: string;
  sentences: Sentence[];
  /**
   * For a `none` email: is it still about one application ("your application was viewed", "finish your
   * application", or some hiring wording short of a kind)? Job alerts, newsletters, outreach, account mail and
   * mail without any hiring wording are about no application, whatever employers they name.
   */
  aboutAnApplication: boolean;
}

interface KindEvidence {
  score: number;
  strong: number;
  mediumSentences: number;
  first: number;
  best: { sentence: Sentence; hit: PhraseHit<unknown>; tier: Tier } | null;
}

/** What follows "offer you" when the offer is a meeting: "…offer you an interview", "…vous proposer un entretien". */
const OFFERED_MEETING =
  /^ (?:an? |the |your |ein |einen |un |une |una |een |um |uma )?(?:(?:first|second|final|technical|phone|video|in person|short|quick|erstes|kurzes|premier|primera|eerste|primeira) )?(?:interview|phone screen|call|chat|conversation|meeting|gesprach|telefonat|entretien|echange|entrevista|llamada|gesprek|colloquio|conversa) /;

/** Up to four words before `start` hold a negation ("we are not able to invite you to an interview"). */
function negatedBefore(norm: string, start: number): boolean {
  const words = norm
    .slice(Math.max(0, start - 40), start)
    .trim()
    .split(' ')
    .slice(-4);
  // "Don't hesitate to share your availability" does not negate the invitation.
  if (words.some((w) => NOT_NEGATING.has(w))) return false;
  return words.some((w) => NEGATIONS.has(w));
}

/**
 * A first-person decision, then a negation, before the phrase: "we have decided not to invite you to a second
 * interview", "besloten je niet uit te nodigen voor een tweede gesprek", "entschieden, Sie nicht zu einem zweiten
 * Gespräch einzuladen", "décidé de ne pas vous proposer un deuxième entretien", "decidimos não te convidar…". Never
 * an invitation, offer or test, whatever the verb between; within eight words, a rejection (strong on an invitation's
 * own phrase, medium on a bare "interview").
 */
const DECIDED_NOT =
  / (?:decided|chosen|opted|besloten|beslist|entschieden|beschlossen|decide|decidido|decidimos|decidiu|deciso|scelto|optado|opte)(?: [a-z0-9]+){0,3} (?:not|niet|nicht|kein|keine|keinen|geen|pas|no|nao|non) /;

/** 0: no such decision before `start`; 1: one, far from it; 2: one within eight words of it (the decision's object). */
function decidedNot(norm: string, start: number): 0 | 1 | 2 {
  const before = norm.slice(0, start);
  const m = DECIDED_NOT.exec(before);
  if (!m) return 0;
  const between = before.slice(m.index + m[0].length).trim();
  return between === '' || between.split(' ').length <= 8 ? 2 : 1;
}

/** Quotation marks around a passage: “…” „…“ «…» ‹…› "…" and ‘…’ / '…' (not an apostrophe inside a word). */
const QUOTED = [
  /[“„‟]([^“”„‟]{1,400})[”“]/g,
  /«([^«»]{1,400})»/g,
  /‹([^‹›]{1,400})›/g,
  /"([^"]{1,400})"/g,
  // bounded, so a long line of lone apostrophes stays linear
  /(?<![\p{L}\p{N}])['‘]((?:[^'‘’]|(?<=[\p{L}])['’](?=[\p{L}])){1,400})['’](?![\p{L}\p{N}])/gu,
];
/** Double quotation marks; an odd number of them in one sentence means a passage crosses the sentence edge. */
const DOUBLE_MARKS = /[“”„‟«»‹›"]/g;
/** An opening mark whose passage runs past the sentence end ("«We regret… [.] …»", 'Acme — "Two rounds: …'). */
const OPEN_TO_END = /[“„«‹"]([^“”„‟«»‹›"]+)$/;
/** A closing mark whose passage began in an earlier sentence. */
const START_TO_CLOSE = /^([^“”„‟«»‹›"]+)[”“»›"]/;

/** The passages of a sentence inside quotation marks, folded: a newsletter quoting "we have decided…". */
function quotedPassages(text: string): string[] {
  const out: string[] = [];
  for (const re of QUOTED) for (const m of text.matchAll(re)) if (m[1] && m[1].length >= 12) out.push(padded(m[1]));
  // Balanced marks ("… the “Analyst” role …") leave nothing open across the sentence edge.
  if ((text.match(DOUBLE_MARKS)?.length ?? 0) % 2 === 1) {
    const open = OPEN_TO_END.exec(text);
    if (open?.[1] && open[1].length >= 12) out.push(padded(open[1]));
    const close = START_TO_CLOSE.exec(text);
    if (close?.[1] && close[1].length >= 12) out.push(padded(close[1]));
  }
  return out;
}

/** Is the phrase found at `hit` inside a quoted passage of the sentence? Quoted words are reported, not said. */
function quotedHit(sentence: Sentence, quoted: readonly string[], hit: PhraseHit<unknown>): boolean {
  if (quoted.length === 0) return false;
  const words = sentence.norm.slice(hit.start, hit.end).trim();
  return quoted.some((q) => q.includes(` ${words} `));
}

/** Does this hit count? Hypothetical or negated wording never decides a kind. */
function counts(norm: string, hit: PhraseHit<{ kind: OutcomeOrConfirmation; tier: Tier }>): boolean {
  if (CONDITIONAL.any(norm, hit.start)) return false;
  if (hit.tag.kind === 'rejection') return true;
  if (negatedBefore(norm, hit.start)) return false;
  if (FUTURE.any(norm, hit.start)) return false;
  if (hit.tag.kind !== 'confirmation' && AFTER.any(norm, Infinity, hit.end)) return false;
  // "We'd like to offer you an interview / ein Gespräch": an invitation, not a job offer.
  if (hit.tag.kind === 'offer' && OFFERED_MEETING.test(norm.slice(hit.end))) return false;
  return true;
}

function quoteOf(sentence: Sentence, hit: PhraseHit<unknown>): string {
  const text = sentence.text;
  if (text.length <= MAIL_QUOTE_MAX) return text;
  // The phrase's place in the original, estimated from its place in the folded text (they differ only slightly).
  const at = Math.floor((hit.start / Math.max(1, sentence.norm.length)) * text.length);
  let from = Math.max(0, at - 60);
  const space = text.lastIndexOf(' ', from);
  if (from > 0 && space > 0 && from - space < 20) from = space + 1;
  const prefix = from > 0 ? '…' : '';
  let out = prefix + text.slice(from, from + MAIL_QUOTE_MAX - prefix.length);
  if (out.length > MAIL_QUOTE_MAX) out = out.slice(0, MAIL_QUOTE_MAX);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  if (from + MAIL_QUOTE_MAX - prefix.length < text.length) out = `${out.slice(0, MAIL_QUOTE_MAX - 1).trimEnd()}…`;
  return out.slice(0, MAIL_QUOTE_MAX);
}

/** A subject that forwards a message: "Fwd:", "FW:", "WG:", "TR:", "RV:", "I:", "Enc:", "Doorst:". */
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|sv|antw)\s*:\s*)*(?:fwd?|wg|tr|rv|i|enc|doorst|fwd)\s*:/i;

export interface ReadOptions {
  /**
   * The sender's own domain is the domain of an employer the user applied to (see match.ts): the mail is about
   * hiring even when a short note from a person there names no job ("can we push tomorrow's round to Friday?").
   */
  employerSender?: boolean;
  /** Does the mail name the title of the user's application at that employer? Then it is hiring mail. */
  namesApplication?: (subject: string, body: readonly Sentence[]) => boolean;
}

/** Read one email: its kind, how sure, the sentence that decided it, and the employer and job it names. */
export function readMail(email: EmailInput, options: ReadOptions = {}): ReadMail {
  const e = (email ?? {}) as Partial<EmailInput>;
  const sender = parseSender(e.from);
  const subject = safeString(e.subject, 1000).replace(/\s+/g, ' ').trim();
  const { lines, quoted: quotedHistory } = splitBody(e.body, {
    subject: FORWARD_SUBJECT.test(subject),
    name: sender.name,
    address: sender.address,
  });
  const sents = sentences(subject, lines);

  const evidence = new Map<OutcomeOrConfirmation, KindEvidence>();
  for (const kind of KINDS) evidence.set(kind, { score: 0, strong: 0, mediumSentences: 0, first: Infinity, best: null });
  const firstNone = new Map<NoneSignal, number>();
  const local = sender.local;
  if (ALERT_LOCAL_PARTS.includes(local)) firstNone.set('alert', 0);

  // A reply in a thread about the user's application: the quoted history says what the thread is about (context
  // only: quoted words never decide a kind).
  let hiringContext = isAtsDomain(sender.domain);
  const threadAboutHiring = quotedHistory.length > 0 && HIRING.any(padded(quotedHistory.join(' ').slice(0, 4000)));
  if (threadAboutHiring) hiringContext = true;
  // A short reply in that thread: a bare "we went another way" is its answer (see THREAD_REPLY_REJECTIONS).
  const shortThreadReply = threadAboutHiring && sents.length - 1 <= SHORT_REPLY;
  let assessmentDone = false;
  for (const s of sents) {
    if (!hiringContext && HIRING.any(s.norm)) hiringContext = true;
    for (const signal of new Set(NONE_LEXICON.find(s.norm).map((h) => h.tag))) if (!firstNone.has(signal)) firstNone.set(signal, s.index);
    const bestHere = new Map<OutcomeOrConfirmation, { hit: PhraseHit<{ kind: OutcomeOrConfirmation; tier: Tier }>; tier: Tier }>();
    const hits = KIND_LEXICON.find(s.norm);
    if (shortThreadReply && s.index > 0) {
      for (const h of THREAD_REPLY.find(s.norm)) {
        hits.push({ tag: { kind: 'rejection', tier: 'strong' }, start: h.start, end: h.end, pattern: h.pattern });
      }
    }
    const quoted = hits.length > 0 ? quotedPassages(s.text) : [];
    for (const hit of hits) {
      const decided = hit.tag.kind !== 'rejection' && hit.tag.kind !== 'confirmation' ? decidedNot(s.norm, hit.start) : 0;
      if (decided > 0) {
        const prevRejection = bestHere.get('rejection');
        if (
          decided === 2 &&
          (!prevRejection || TIER_SCORE[prevRejection.tier] < TIER_SCORE[hit.tag.tier === 'weak' ? 'medium' : 'strong']) &&
          !CONDITIONAL.any(s.norm, hit.start)
        ) {
          // "…decided not to invite you to a second interview": the invitation's own wording makes it plain
          const tier: Tier = hit.tag.tier === 'weak' ? 'medium' : 'strong';
          bestHere.set('rejection', { hit: { ...hit, tag: { kind: 'rejection', tier } }, tier });
        }
        continue;
      }
      const prev = bestHere.get(hit.tag.kind);
      if (prev && TIER_SCORE[prev.tier] >= TIER_SCORE[hit.tag.tier]) continue;
      if (!counts(s.norm, hit)) continue;
      if (quotedHit(s, quoted, hit)) continue;
      bestHere.set(hit.tag.kind, { hit, tier: hit.tag.tier });
    }
    if (bestHere.has('assessment') && DONE.any(s.norm)) assessmentDone = true;
    for (const [kind, { hit, tier }] of bestHere) {
      const ev = evidence.get(kind) as KindEvidence;
      ev.score += TIER_SCORE[tier];
      if (tier === 'strong') ev.strong += 1;
      if (tier === 'medium') ev.mediumSentences += 1;
      if (tier !== 'weak' && s.index < ev.first) ev.first = s.index;
      if (!ev.best || TIER_SCORE[tier] > TIER_SCORE[ev.best.tier]) ev.best = { sentence: s, hit, tier };
    }
  }

  // A recruiter who introduces themself ("I'm a recruiter at…") about the user's own application ("thank you for
  // applying", "your application") is not cold outreach.
  if ((evidence.get('confirmation') as KindEvidence).score > 0) firstNone.delete('outreach');

  if (!hiringContext && options.employerSender && options.namesApplication?.(subject, sents.slice(1))) hiringContext = true;

  // Where the mail stops being about an application: a job-alert block, a newsletter, a recruiter's pitch…
  let noneAt = Infinity;
  for (const at of firstNone.values()) noneAt = Math.min(noneAt, at);

  const qualifies = (kind: OutcomeOrConfirmation): boolean => {
    const ev = evidence.get(kind) as KindEvidence;
    if (ev.score < 2) return false;
    // Without a strong phrase: two medium sentences, or (for a rejection) one plus the usual consolations
    // ("We regret to inform you…" + "Unfortunately…" + "We wish you the best in your search").
    if (ev.strong === 0 && ev.mediumSentences < 2 && !(kind === 'rejection' && ev.mediumSentences === 1 && ev.score >= 2)) return false;
    if (ev.first >= noneAt) return false;
    // A receipt for a test already taken: nothing new to record.
    if (kind === 'assessment' && assessmentDone) return false;
    // A vendor's "we'd like to invite you to a call", a failed payment that "has not been successful": not about a job.
    // From the own domain of an employer the user applied to, a mail without hiring words ("can we push tomorrow's
    // round to Friday? Same Meet link.") can still be an invitation, a reschedule or an offer, on more evidence than
    // one phrase (a colleague there also writes "which of these times work" about a coffee), or a rejection on a
    // strong phrase (not a shop's "we regret… your payment has not been successful").
    if (!hiringContext) {
      if (!options.employerSender || kind === 'confirmation') return false;
      if (kind === 'rejection' ? ev.strong === 0 : ev.score < 3) return false;
    }
    // A confirmation that describes the process ("next: a phone screen, then a call with the hiring manager") is
    // not an invitation: beside a confirmation, an interview, offer or assessment needs a strong phrase of its own.
    const confirmed = (evidence.get('confirmation') as KindEvidence).strong > 0;
    if (confirmed && ev.strong === 0 && kind !== 'rejection' && kind !== 'confirmation') return false;
    return true;
  };

  let kind: MailKind = 'none';
  if (qualifies('rejection')) kind = 'rejection';
  else {
    let bestScore = 0;
    for (const k of ['offer', 'interview', 'assessment'] as const) {
      const ev = evidence.get(k) as KindEvidence;
      if (qualifies(k) && ev.score > bestScore) {
        kind = k;
        bestScore = ev.score;
      }
    }
    if (kind === 'none' && qualifies('confirmation')) kind = 'confirmation';
  }

  const bodyTexts = sents.slice(1).map((s) => s.text);
  const named = namedCompanyAndTitle(sender, subject, bodyTexts);
  let confidence: number;
  let quote = '';
  if (kind === 'none') {
    let strongest = 0;
    for (const ev of evidence.values()) strongest = Math.max(strongest, ev.score);
    confidence = firstNone.size > 0 ? 0.9 : strongest >= 1 ? 0.6 : 0.8;
  } else {
    const ev = evidence.get(kind) as KindEvidence;
    confidence = 0.55 + 0.1 * Math.min(ev.score, 4);
    const fromHiringSystem =
      isAtsDomain(sender.domain) || (isJobBoardDomain(sender.domain) && /jobs?-?noreply|apply|indeedapply/.test(local));
    if (fromHiringSystem) confidence += 0.08;
    if (ev.first === 0) confidence += 0.04;
    confidence = Math.min(0.99, Math.round(confidence * 100) / 100);
    if (ev.best) quote = quoteOf(ev.best.sentence, ev.best.hit);
  }
  let anyEvidence = false;
  for (const ev of evidence.values()) if (ev.score > 0) anyEvidence = true;
  const aboutAnApplication =
    kind !== 'none' ||
    (!firstNone.has('alert') &&
      !firstNone.has('newsletter') &&
      !firstNone.has('outreach') &&
      !firstNone.has('account') &&
      (firstNone.has('viewed') || firstNone.has('reminder') || anyEvidence));
  return { kind, confidence, quote, company: named.company, title: named.title, sender, subject, sentences: sents, aboutAnApplication };
}

/** The classifier alone: kind, confidence, quote, and the employer and job the email names. */
export function classifyEmail(email: EmailInput, options: ReadOptions = {}): Classification {
  const { kind, confidence, quote, company, title } = readMail(email, options);
  return { kind, confidence, quote, company, title };
}
