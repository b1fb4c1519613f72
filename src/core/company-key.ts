/**
 * `companyKey(name)`: one key per employer, so that "Acme, Inc.", "ACME Inc" and "acme" count as one basket.
 *
 * What it ignores: case, diacritics, punctuation and spacing, a leading "The", and legal-form suffixes at the end
 * ("Inc", "GmbH & Co. KG", "Pty Ltd", "S.A.S." …). What it never does: prefix or fuzzy matching, so "Meta" and
 * "Metabase", "Square" and "Squarespace" stay two employers. Users join names that really are one employer with
 * aliases (see src/db/aliases.ts). Pure, no browser API.
 */

/** Legal-form words (after dots are removed and case folded) dropped from the end of a name. */
const LEGAL_SUFFIXES = new Set([
  // English-speaking
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lllp',
  'lp',
  'pllc',
  'ltd',
  'limited',
  'plc',
  'pty',
  'pte',
  'pvt',
  'ulc',
  'lc',
  // German-speaking
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'ug',
  'se',
  // French, Spanish, Portuguese, Italian
  'sa',
  'sas',
  'sasu',
  'sarl',
  'sl',
  'slu',
  'sau',
  'srl',
  'spa',
  'ltda',
  'sca',
  'snc',
  'eirl',
  // Dutch, Belgian, Nordic
  'bv',
  'nv',
  'bvba',
  'ab',
  'asa',
  'oy',
  'oyj',
  'aps',
  // Elsewhere
  'kk',
  'bhd',
  'sdn',
  'sro',
  'zoo',
  'spzoo',
  'doo',
  'ooo',
]);

/**
 * Words dropped only inside a suffix chain, when the word after them was a suffix:
 * "GmbH & Co. KG", "Private Limited", "Sp. z o.o.".
 */
const CHAIN_WORDS = new Set(['and', 'private', 'sp', 'z']);

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

function fold(value: string): string {
  // Twice: lower-casing can produce new combining marks (e.g. "İ" → "i̇").
  return value.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** Split a name into folded word tokens; dots are removed so "S.A." and "B.V." become single words. */
function tokens(name: string): string[] {
  const s = fold(name)
    .replace(/&/g, ' and ')
    .replace(/['’`´.]/g, '')
    .replace(NOT_WORD, ' ')
    .trim();
  return s ? s.split(' ') : [];
}

/**
 * The normalised employer key: lower-case letters and digits only, legal suffixes and a leading "The" removed.
 * Returns '' only when the name has no letter or digit at all.
 */
export function companyKey(name: string): string {
  if (typeof name !== 'string' || !HAS_WORD.test(name)) return '';
  const words = tokens(name.length > 1000 ? name.slice(0, 1000) : name);
  if (words.length === 0) {
    // Letters only made of marks, e.g. a lone combining accent: keep them rather than lose the employer.
    return name.toLowerCase().replace(NOT_WORD, '');
  }
  let start = 0;
  if (words.length > 1 && words[0] === 'the') start = 1;
  // Trailing legal suffixes, never dropping the last remaining word ("The Limited" the retailer stays "limited").
  let end = words.length;
  let strippedAny = false;
  while (end - start > 1) {
    const w = words[end - 1] as string;
    if (LEGAL_SUFFIXES.has(w) || (strippedAny && CHAIN_WORDS.has(w))) {
      end -= 1;
      strippedAny = true;
    } else break;
  }
  return words.slice(start, end).join('');
}

/** True when two names are the same employer by key (aliases are applied by the store, not here). */
export function sameCompany(a: string, b: string): boolean {
  const ka = companyKey(a);
  return ka !== '' && ka === companyKey(b);
}
