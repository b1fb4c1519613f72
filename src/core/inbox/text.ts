/**
 * Turning one email's text into what the classifier reads: plain lines without HTML, quoted history,
 * signatures or control characters, split into sentences, each with a normalised form for phrase lookup.
 * Pure and linear in the input: every regular expression here is anchored or bounded.
 */
import { MAIL_BODY_MAX } from './types';

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[^\u0080-\uffff]*$/;
const NOT_WORD_ASCII = /[^a-z0-9]+/g;
// Controls except tab/newline, zero-width space, bidi marks, embeddings, overrides, isolates, invisible operators, BOM.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The slow, exact fold of one character (or surrogate pair): NFKD, marks dropped, lower case, ligatures spelled. */
function foldSlow(value: string): string {
  return value
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(NOT_WORD, ' ');
}

const FOLD_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  let r = FOLD_CACHE.get(ch);
  if (r === undefined) {
    r = foldSlow(ch);
    if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(ch, r);
  }
  return r;
}

/**
 * Case, accents, "ß" and punctuation folded away; words joined by single spaces; no padding.
 * One pass, character by character (each non-ASCII character folded once and remembered), so a 20 KB body
 * costs a fraction of a millisecond.
 */
export function fold(value: string): string {
  if (ASCII.test(value)) return value.toLowerCase().replace(NOT_WORD_ASCII, ' ').trim();
  let out = '';
  let space = true;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    let piece: string;
    if (c < 128) {
      if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) piece = value[i] as string;
      else piece = ' ';
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      piece = foldChar(value.slice(i, i + 2));
      i++;
    } else piece = foldChar(value[i] as string);
    if (piece === '') continue;
    if (piece === ' ') {
      if (!space) {
        out += ' ';
        space = true;
      }
      continue;
    }
    if (space && piece.startsWith(' ')) piece = piece.trimStart();
    out += piece;
    space = piece.endsWith(' ');
    if (space) out = out.replace(/ +$/, ' ');
  }
  return out.trimEnd();
}

/** The same fold over the whole string at once: the reference `fold` must agree with (tests only). */
export function foldReference(value: string): string {
  return foldSlow(value).replace(/ +/g, ' ').trim();
}

/** Folded and padded with one space on each side, so `includes(' phrase ')` finds whole words only. */
export function padded(value: string): string {
  const f = fold(value);
  return f ? ` ${f} ` : ' ';
}

/** A string input made safe: not a string → '', invisible characters and lone surrogates removed, capped. */
export function safeString(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const s = value.length > max ? value.slice(0, max) : value;
  return s.replace(INVISIBLE, '').replace(LONE_SURROGATE, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** Tags left in by a webmail (or an HTML part read as text) become line breaks; common entities are decoded. */
export function stripHtml(text: string): string {
  return text
    .replace(/<(?:style|script)\b[^>]{0,500}>[^<]{0,20000}<\/(?:style|script)\s*>/gi, '\n')
    .replace(/<\/?(?:br|p|div|tr|li|h[1-6]|table|td|ul|ol|blockquote)\b[^<>]{0,1000}>/gi, '\n')
    .replace(/<\/?[a-z!][^<>]{0,1000}>/gi, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
      const c = code.toLowerCase();
      if (c.startsWith('#x')) return safeCodePoint(parseInt(c.slice(2), 16));
      if (c.startsWith('#')) return safeCodePoint(parseInt(c.slice(1), 10));
      return ENTITIES[c] ?? whole;
    });
}

function safeCodePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return ' ';
  return String.fromCodePoint(n);
}

/**
 * A line where quoted history starts: "On Mon, 3 Mar 2025 at 10:00, Jane <j@x.com> wrote:", "Am … schrieb …:",
 * "Le … a écrit :", "El … escribió:", "Op … schreef …:", "Em … escreveu:", "Il … ha scritto:", Outlook's
 * "-----Original Message-----", forwarded-message separators in each language, and "From: … / Von: … / De: … / Van: … / Da: …" header blocks, "________".
 */
const QUOTE_START: readonly RegExp[] = [
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original|messaggio originale|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada|messaggio inoltrato)\s*-{2,}/i,
  /^\s*(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|início da mensagem (?:reencaminhada|encaminhada))\s*:\s*$/i,
  /^\s*(?:on|am|le|el|op|em|il)\s.{4,200}\s(?:wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto)\s*:?\s*$/i,
  /^\s*(?:from|von|de|van|da|envoyé par)\s*:\s.{1,200}$/i,
  /^\s*_{8,}\s*$/,
];
const HEADER_FROM = /^\s*(?:from|von|de|van|da|envoyé par)\s*:/i;
/** Lines that start a signature or a standard footer; what follows is not the message. */
const SIGNATURE_START: readonly RegExp[] = [/^\s*--\s*$/, /^\s*sent from my (?:iphone|ipad|android|mobile)/i];

export interface CleanedEmail {
  /** The body's own lines, before quoted history and the signature (with a forwarded message's body, see below). */
  lines: string[];
  /** The quoted history under a reply ("On … wrote:", "> …"): context for what the thread is about, never a kind. */
  quoted: string[];
}

/** A forwarded-message separator, in each language (a line of its own). */
const FORWARD_START: readonly RegExp[] = [
  /^\s*-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada|messaggio inoltrato)\s*-{2,}/i,
  /^\s*(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|início da mensagem (?:reencaminhada|encaminhada))\s*:\s*$/i,
];
/** A header line of a forwarded message ("From: …", "Oggetto: …"), skipped: the subject line is read as text. */
const FORWARD_HEADER =
  /^\s*(?:from|von|de|van|da|envoyé par|mittente|remitente|afzender|remetente|sent|gesendet|envoyé|enviado|verzonden|inviato|date|datum|fecha|data|to|an|à|para|aan|a|cc|subject|betreff|objet|asunto|onderwerp|assunto|oggetto)\s*:/i;
const FORWARD_SUBJECT = /^\s*(?:subject|betreff|objet|asunto|onderwerp|assunto|oggetto)\s*:\s*/i;

/** A "To:" line of a forwarded header block, in each language. */
const FORWARD_TO = /^\s*(?:to|an|à|a|para|aan)\s*:\s*/i;

/** Who forwards: the mail's sender, and whether its subject forwards ("Fwd:", "WG:", "TR:", "I:" …). */
export interface Forwarder {
  subject: boolean;
  /** The sender's display name and address, as written. */
  name: string;
  address: string;
}

/**
 * Was the forwarded message addressed to the one who forwards it: its "To:" holds the forwarder's address, or its
 * greeting ("Dear Alex,", "Gentile Alex,") the forwarder's first name? Then it is their own news, passed on.
 */
function addressedToForwarder(toLine: string, bodyStart: readonly string[], who: Forwarder): boolean {
  const address = who.address.toLowerCase();
  if (address && toLine.toLowerCase().includes(address)) return true;
  const first = fold(who.name.split(/[\s,]+/)[0] ?? '');
  if (first.length < 2) return false;
  if (` ${fold(toLine.replace(FORWARD_TO, ''))} `.includes(` ${first} `)) return true;
  const greeting =
    /^\s*(?:dear|hi|hello|hey|hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|bonjour|cher|chère|hola|estimado|estimada|querido|querida|beste|geachte|hoi|olá|ola|caro|cara|gentile|ciao|buongiorno)\b/i;
  return bodyStart.some((l) => greeting.test(l) && ` ${fold(l)} `.includes(` ${first} `));
}

/** Body → its own lines: HTML stripped, invisible characters removed, quoted history ("> …", "On … wrote:") cut. */
export function ownLines(body: unknown): string[] {
  // (no forwarder known: a forwarded message stays quoted history)
  return splitBody(body).lines;
}

/**
 * Body → its own lines and the quoted history under them. A forwarded message ("---------- Forwarded message
 * ---------", "Begin forwarded message:") is read as the mail's own text: a rejection the user forwards is still a
 * rejection. Its header block is skipped (its "Subject:" kept as a line); a reply quoted inside it still ends it.
 * Only a message addressed to the forwarder (see `addressedToForwarder`); anything else forwarded ("look what
 * Lea got") is quoted history. When the subject forwards ("Fwd:", "WG:", "TR:", "I:" …), Outlook's plain
 * "From: … Sent: …" block or "-----Original Message-----" also starts a forwarded message.
 */
export function splitBody(body: unknown, forwarder?: Forwarder): CleanedEmail {
  const forwardSubject = forwarder?.subject === true;
  const raw = safeString(body, MAIL_BODY_MAX);
  const text = raw.includes('<') || raw.includes('&') ? stripHtml(raw) : raw;
  const out: string[] = [];
  const quoted: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let forwards = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const outlookForward =
      forwardSubject &&
      forwards === 0 &&
      (/^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original|messaggio originale)\s*-{2,}/i.test(
        line,
      ) ||
        (/^\s*_{8,}\s*$/.test(line) &&
          HEADER_FROM.test(
            lines
              .slice(i + 1, i + 3)
              .join('\n')
              .trimStart(),
          )) ||
        (HEADER_FROM.test(line) && FORWARD_HEADER.test(lines[i + 1] ?? '')));
    if (outlookForward || (forwards < 2 && FORWARD_START.some((re) => re.test(line)))) {
      // Skip the forwarded header block, keeping its subject; the forwarded body follows.
      forwards++;
      let j = HEADER_FROM.test(line) ? i : i + 1;
      let toLine = '';
      let forwardedSubject = '';
      while (j < lines.length && j < i + 12) {
        const l = lines[j] as string;
        if (FORWARD_HEADER.test(l)) {
          if (FORWARD_SUBJECT.test(l)) forwardedSubject = l.replace(FORWARD_SUBJECT, '');
          if (FORWARD_TO.test(l)) toLine = l;
          j++;
        } else if (!l.trim() && j === i + 1) j++;
        else break;
      }
      const bodyStart = lines
        .slice(j, j + 8)
        .filter((l) => l.trim())
        .slice(0, 3);
      if (!forwarder || !addressedToForwarder(toLine, bodyStart, forwarder)) {
        for (let k = i + 1; k < lines.length && quoted.length < 200; k++) quoted.push(lines[k] as string);
        break;
      }
      if (forwardedSubject) out.push(`${forwardedSubject}.`);
      out.push('');
      i = j - 1;
      continue;
    }
    if (out.length > 0 && QUOTE_START.some((re) => re.test(line))) {
      // A line of underscores is Outlook's separator only when a "From:" header follows it.
      if (
        /^\s*_{8,}\s*$/.test(line) &&
        !HEADER_FROM.test(
          lines
            .slice(i + 1, i + 3)
            .join('\n')
            .trimStart(),
        )
      ) {
        out.push(line);
        continue;
      }
      // A "From:" line starts a header block only when another header line follows it closely.
      if (HEADER_FROM.test(line)) {
        const next = lines.slice(i + 1, i + 4).join('\n');
        if (
          !/^\s*(?:sent|gesendet|envoyé|enviado|verzonden|inviato|date|datum|to|an|à|para|aan|a|subject|betreff|objet|asunto|onderwerp|assunto|oggetto)\s*:/im.test(
            next,
          )
        ) {
          out.push(line);
          continue;
        }
      }
      for (let j = i + 1; j < lines.length && quoted.length < 200; j++) quoted.push((lines[j] as string).replace(/^\s*(?:>\s*)+/, ''));
      break;
    }
    if (out.length > 0 && SIGNATURE_START.some((re) => re.test(line))) break;
    if (/^\s*>/.test(line)) {
      if (quoted.length < 200) quoted.push(line.replace(/^\s*(?:>\s*)+/, ''));
      continue;
    }
    out.push(line);
  }
  return { lines: out, quoted };
}

export interface Sentence {
  /** As written (whitespace collapsed), for the quote. */
  text: string;
  /** `padded(text)`. */
  norm: string;
  /** 0 for the subject, then 1, 2 … in body order. */
  index: number;
}

/**
 * Sentences read per email. A hiring email says what it says well before this; the cap keeps a pathological body
 * (thousands of one-word lines) as cheap as a real one.
 */
export const MAX_SENTENCES = 200;

const SENTENCE_END = /(?<=[.!?。！？])\s+(?=\S)|\s*[•·|]\s+|\n+/;

/** Split lines into sentences (at . ! ? and line breaks), each folded for lookup. Empty ones are dropped. */
export function sentences(subject: string, lines: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (text: string): void => {
    if (out.length >= MAX_SENTENCES) return;
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const norm = padded(t);
    if (norm.length < 3) return;
    out.push({ text: t, norm, index: out.length });
  };
  push(subject || ' ');
  if (out.length === 0) out.push({ text: '', norm: ' ', index: 0 });
  // Join soft-wrapped lines of one paragraph first so a sentence broken across lines is read whole.
  const paragraphs = lines.join('\n').split(/\n\s*\n/);
  for (const para of paragraphs) {
    const joined = para.replace(/\n(?=[^\n]*[a-zà-ÿ])/g, (m, offset: number, all: string) => {
      // Keep a break after a line that ends a sentence or looks like a list item / heading.
      const before = all.slice(Math.max(0, offset - 1), offset);
      return /[.!?:]/.test(before) ? '\n' : ' ';
    });
    for (const part of joined.split(SENTENCE_END)) if (part) push(part);
  }
  return out;
}
