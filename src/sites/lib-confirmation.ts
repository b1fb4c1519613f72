/**
 * Confirmation language in seven languages, the shown confirmation on a page, and stage results.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';
import { isShown, queryAll, textOf } from './lib-dom';
import type { Stage, StageResult } from './types';

/** A StageResult with a cleaned, capped signal. */
export function stage(value: Stage, signal: string): StageResult {
  return { stage: value, signal: cleanText(signal, LIMITS.signal) };
}

// ---------------------------------------------------------------------------------------------
// Confirmation language (shared by generic and site adapters)

/**
 * `\b` is ASCII-only: it never matches next to "ü" or "é" ("übermittelt", "envoyée"). The
 * confirmation patterns use a word boundary over Latin letters instead. They are compiled on first
 * use, not when the content script loads: most pages never show a confirmation, and every page pays
 * for what runs at load.
 */
const LETTER = '0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const BOUNDARY = `(?:(?<=[${LETTER}])(?![${LETTER}])|(?<![${LETTER}])(?=[${LETTER}]))`;
function words(source: string): RegExp {
  return new RegExp(source.split(String.raw`\b`).join(BOUNDARY), 'i');
}

/**
 * "Your application was received/submitted" in English, German, French, Spanish, Dutch, Portuguese
 * and Italian. Deliberately requires the word for "application" so that "Thanks for subscribing" is not enough.
 */
const CONFIRMATION_SOURCES: readonly string[] = [
  String.raw`\bapplication\b[^.!?]{0,60}\b(?:has been|was|is|been)?\s*(?:successfully\s+)?(?:received|submitted|sent|completed)\b`,
  String.raw`\b(?:received|submitted)\s+your\s+application\b`,
  String.raw`\bthanks?(?: you)? for (?:your )?appl(?:ying|ication)\b`,
  String.raw`\bapplication (?:sent|submitted|received|complete)\b`,
  String.raw`\bBewerbung\b[^.!?]{0,80}\b(?:eingegangen|erhalten|versendet|versandt|abgeschickt|übermittelt|uebermittelt|abgesendet)\b`,
  String.raw`\b(?:Danke|Vielen Dank) für (?:Ihre|deine|Deine) Bewerbung\b`,
  String.raw`\bcandidature\b[^.!?]{0,80}\b(?:envoyée|reçue|transmise|enregistrée|bien été)\b`,
  String.raw`\bmerci (?:pour|de) votre candidature\b`,
  String.raw`\bsolicitud\b[^.!?]{0,80}\b(?:enviada|recibida)\b`,
  String.raw`\bpostulación\b[^.!?]{0,80}\b(?:enviada|recibida)\b`,
  String.raw`\bsollicitatie\b[^.!?]{0,80}\b(?:ontvangen|verzonden|verstuurd|ingediend)\b`,
  String.raw`\bcandidatura\b[^.!?]{0,80}\b(?:enviada|recebida|inviata|ricevuta|submetida)\b`,
  String.raw`\bgrazie per (?:la tua|la sua) candidatura\b`,
];

/** Promises and instructions are not confirmations: "will be submitted after the last step". */
const NOT_YET_SOURCE = String.raw`\b(?:will|would|can|could|must|should|shall|to) be (?:submitted|sent|received|completed)\b|\bbefore (?:you )?(?:submit|send)\b|\bonce (?:you(?:'ve| have)? )?(?:submit|send|complete)\b|\bwird\b[^.!?]{0,60}\b(?:versendet|übermittelt|gesendet|abgeschickt)\b|\bnach dem (?:Absenden|Abschicken)\b|\bsera (?:envoyée|transmise)\b`;

let compiled: { confirmation: readonly RegExp[]; notYet: RegExp } | undefined;
function patterns() {
  compiled ??= { confirmation: CONFIRMATION_SOURCES.map(words), notYet: words(NOT_YET_SOURCE) };
  return compiled;
}

/** Newsletter / job-alert / account language: a "Thanks" that is not an application. */
export const NOT_AN_APPLICATION: RegExp =
  /\b(?:job alerts?|newsletter|subscri(?:be|bed|bing|ption)|talent (?:community|network|pool)|e-?mail alerts?|account (?:created|has been created)|verify your e-?mail|Jobabo|Job-?Alert|alerte emploi|alerta de empleo|vacature-?alert)\b/i;

const CONFIRMATION_HEADING = /^(?:thank(?:s| you)\b|success!?$|applied!?$|application (?:sent|submitted|received|complete))/i;

/** A heading or title that is a confirmation message, not the name of a job. */
export function isConfirmationHeading(text: string): boolean {
  return CONFIRMATION_HEADING.test(text.trim()) || (CONFIRMATION_WORD.test(text) && isApplicationConfirmation(text));
}

/**
 * A cheap first look: every confirmation pattern contains one of these words. Job titles are read on
 * every page, the full patterns only run when one of these is in the title.
 */
const CONFIRMATION_WORD = /appl|bewerb|candidat|solicitud|postulaci|sollicitatie|thank|danke|merci|grazie/i;

/** A promise or an instruction ("will be submitted after the last step"), not a confirmation. */
export function isNotYet(text: string): boolean {
  return patterns().notYet.test(text);
}

/** True when `text` reads like an application confirmation and not like a newsletter/alert sign-up or a promise. */
export function isApplicationConfirmation(text: string): boolean {
  if (!text || NOT_AN_APPLICATION.test(text) || isNotYet(text)) return false;
  return patterns().confirmation.some((re) => re.test(text));
}

/** Validation-error markers common to forms (ARIA first). */
/**
 * Where a page states its outcome when it has no element of its own for it: status and alert regions,
 * then the headings. The last entries of most sites' confirmation scopes.
 */
export const HEADLINE_SCOPES: readonly string[] = ['[role="status"]', '[role="alert"]', 'main h1', 'main h2', 'h1', 'h2'];

export const FORM_ERROR_SELECTORS: readonly string[] = [
  '[aria-invalid="true"]',
  '[role="alert"]:not(:empty)',
  '.field-error',
  '.error-message',
  '.invalid-feedback',
];

/** CAPTCHA widgets that are waiting for the user. */
export const CAPTCHA_SELECTORS: readonly string[] = [
  'iframe[src*="recaptcha/api2/bframe"]',
  'iframe[src*="hcaptcha.com"][title*="challenge" i]',
  '#challenge-stage',
  '[data-captcha-state="pending"]',
];

/** Form fields that still ask the user for something: text inside such a form is a label or a hint, not an outcome. */
export const ASKING_FIELDS = 'input[type="file"], input[type="email"], textarea';

/**
 * The first element text, among `selectors` (in order), that reads like an application confirmation
 * (see `isApplicationConfirmation`) and is shown (see `isShown`); '' when none. Skips text inside a form
 * that still asks for a file, an e-mail or a message (a hint next to the résumé field is not an outcome).
 * At most `maxReads` element reads.
 */
export function confirmationIn(root: ParentNode, selectors: readonly string[], maxReads = 120): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 15)) {
      if (++reads > maxReads) return '';
      if (el.closest('form')?.querySelector(ASKING_FIELDS)) continue;
      const t = textOf(el, 400);
      if (t && isApplicationConfirmation(t) && isShown(el)) return t;
    }
  }
  return '';
}

/**
 * Text of the first shown element among `selectors` matching `pattern`, or ''. Bounded like `confirmationIn`.
 * With `outsideForms`, elements inside a form that still asks for a file or an e-mail are skipped.
 */
export function textLike(root: ParentNode, selectors: readonly string[], pattern: RegExp, outsideForms = false, maxReads = 60): string {
  let reads = 0;
  for (const s of selectors) {
    for (const el of queryAll(root, s, 10)) {
      if (++reads > maxReads) return '';
      if (outsideForms && el.closest('form')?.querySelector('input[type="file"], input[type="email"]')) continue;
      const t = textOf(el, 400);
      if (t && pattern.test(t) && isShown(el)) return t;
    }
  }
  return '';
}

/** `signal` text for a confirmation: "text:" + the first 120 characters. */
export function textSignal(text: string): string {
  return `text:${cleanText(text, 120)}`;
}
