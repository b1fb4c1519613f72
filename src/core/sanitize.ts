/**
 * Every string taken from a page, a message or an import file is hostile until it has been through here.
 * Pure functions, no browser API.
 */

// C0/C1 controls (tab and newline are folded into spaces first), zero-width space, directional marks,
// bidirectional embeddings, overrides and isolates, invisible operators, BOM, and lone surrogates. U+200C (zero-width
// non-joiner) and U+200D (zero-width joiner) stay: they are part of the text, not formatting around it. Emoji
// sequences (👩‍💻) are joined by ZWJ, and Persian and Indic words spell with ZWNJ and ZWJ.
const CONTROL = /[\p{Cc}\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** The first `max` UTF-16 units, never ending in half a surrogate pair or in a joiner that joins nothing. */
function capLength(s: string, max: number): string {
  let out = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/[\u200c\u200d]+$/, '');
}

/** Normalise whitespace, strip control and bidi characters, cap the length (in UTF-16 units, never splitting a pair). */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string' || max <= 0) return '';
  let s = value.length > max * 4 + 64 ? value.slice(0, max * 4 + 64) : value;
  s = s.replace(WHITESPACE, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '').trim();
  if (s.length > max) s = capLength(s, max).trimEnd();
  return s;
}

/** Like cleanText, but keeps line breaks (for notes and lessons the user writes). */
export function cleanMultiline(value: unknown, max: number): string {
  if (typeof value !== 'string' || max <= 0) return '';
  const lines = value
    .slice(0, max * 2)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\t\u00a0]+/g, ' ')
        .replace(CONTROL, '')
        .replace(LONE_SURROGATE, '')
        .trimEnd(),
    );
  let s = lines.join('\n').trim();
  if (s.length > max) s = capLength(s, max);
  return s;
}

/** Accept only absolute http(s) URLs, without credentials, at most `max` long. Returns '' otherwise. */
export function cleanUrl(value: unknown, max = 2048): string {
  if (typeof value !== 'string') return '';
  const raw = value.trim();
  if (!raw || raw.length > max) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  url.username = '';
  url.password = '';
  const out = url.href;
  return out.length <= max ? out : '';
}
