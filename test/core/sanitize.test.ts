import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText } from '../../src/core/sanitize';

const WOMAN_TECHNOLOGIST = '\u{1F469}\u200D\u{1F4BB}'; // 👩‍💻
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 👨‍👩‍👧
// Persian "mi-khaham" (I want) is spelled with a zero-width non-joiner after the prefix "mi".
const PERSIAN = 'می\u200Cخواهم';
// Hindi "kṣa" with an explicit half form needs a ZWJ; Malayalam chillu forms are written with one too.
const DEVANAGARI = 'क्\u200Dष';

describe('cleanText keeps the joiners that are part of the text', () => {
  it.each([
    ['an emoji sequence', `Engineer ${WOMAN_TECHNOLOGIST}`],
    ['a family emoji', `${FAMILY} Kita`],
    ['a Persian name with ZWNJ', PERSIAN],
    ['an Indic name with ZWJ', DEVANAGARI],
  ])('keeps %s exactly', (_label, text) => {
    expect(cleanText(text, 200)).toBe(text);
    expect(cleanMultiline(text, 200)).toBe(text);
  });

  it('still removes C0 and C1 controls, bidi overrides and isolates, zero-width spaces and lone surrogates', () => {
    const hostile = `A\u0000c\u0007m\u009fe\u202E gnp.exe\u202C \u2067x\u2069\u200B\u200E\u200F${'\uD800'}!${'\uDC00'}`;
    expect(cleanText(hostile, 200)).toBe('Acme gnp.exe x!');
    expect(cleanMultiline(`line\u202E one\n\u0000two${'\uDBFF'}`, 200)).toBe('line one\ntwo');
  });

  it('still caps lengths, and never ends on half a pair or a joiner that joins nothing', () => {
    expect(cleanText('x'.repeat(500), 200)).toHaveLength(200);
    // Cut right after the ZWJ: the joiner is dropped with the emoji it would have joined.
    const cut = cleanText(`${'a'.repeat(197)}${WOMAN_TECHNOLOGIST}`, 200);
    expect(cut).toBe(`${'a'.repeat(197)}\u{1F469}`);
    // Cut in the middle of the second emoji's surrogate pair: neither the half pair nor the ZWJ stays.
    expect(cleanText(`${'a'.repeat(196)}${WOMAN_TECHNOLOGIST}`, 200)).toBe(`${'a'.repeat(196)}\u{1F469}`);
    expect(cleanMultiline(`${'b'.repeat(10)}\u200D\u200C${'c'.repeat(10)}`, 12)).toBe('b'.repeat(10));
  });
});
