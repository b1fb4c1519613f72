import { describe, expect, it } from 'vitest';
import { Lexicon, compile, firstWords } from '../../../src/core/inbox/lexicon';
import { CONDITIONAL_AFTER, CONDITIONAL_BEFORE, FUTURE_BEFORE, KIND_PHRASES, NONE_SIGNALS, expand } from '../../../src/core/inbox/phrases';
import { padded } from '../../../src/core/inbox/text';

const ALL: string[] = [
  ...Object.values(KIND_PHRASES).flatMap((byLang) =>
    Object.values(byLang).flatMap((t) => [...t.strong, ...(t.medium ?? []), ...(t.weak ?? [])]),
  ),
  ...Object.values(NONE_SIGNALS).flat(),
  ...CONDITIONAL_BEFORE,
  ...FUTURE_BEFORE,
  ...CONDITIONAL_AFTER,
];

describe('phrase lists', () => {
  it('are folded already: lower case, no accents, no punctuation but the {a|b} syntax', () => {
    for (const p of ALL) expect(p, p).toMatch(/^[a-z0-9 {}|~]+$/);
  });

  it('expand to single-spaced phrases, every one found by the lexicon as a whole phrase', () => {
    for (const p of ALL) {
      const lex = new Lexicon([[p, true]]);
      const expansions = expand(p);
      expect(expansions.length, p).toBeGreaterThan(0);
      for (const e of expansions.slice(0, 400)) {
        expect(e, `${p} → "${e}"`).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
        expect(lex.any(padded(`Well, ${e}.`)), `${p} → "${e}"`).toBe(true);
      }
    }
    // Spelling out every pattern (over a million phrases) takes seconds on a busy shared machine.
  }, 60_000);

  it('match whole words only', () => {
    const lex = new Lexicon([['regret to inform you', true]]);
    expect(lex.any(padded('We regret to inform you that'))).toBe(true);
    expect(lex.any(padded('We regret to inform youth groups'))).toBe(false);
    expect(lex.any(padded('We deregret to inform you'))).toBe(false);
  });

  it('index each pattern by every word it can start with', () => {
    expect(firstWords('{decided|chosen} not to')).toEqual(['decided', 'chosen']);
    expect(firstWords('{first |}interview')).toEqual(['first', 'interview']);
    expect(firstWords('termin{vorschlag|e} fur')).toEqual(['terminvorschlag', 'termine']);
    expect(compile('a {b |}c').test(' a c ')).toBe(false); // sticky: only where it is asked to start
  });
});

describe('fold', () => {
  it('agrees with the whole-string reference on Latin text with accents, ligatures, marks and punctuation', async () => {
    const fc = (await import('fast-check')).default;
    const { fold, foldReference } = await import('../../../src/core/inbox/text');
    const chars = fc.constantFrom(...'aAzZ09 .,;:!?-\'’"«»éÉèàÀçÇñÑöÖüÜßẞæÆœŒøØåÅłŁ\u0301\u0308\u00a0\t\nİıﬁ½'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (arr) => fold(arr.join('')) === foldReference(arr.join(''))),
      { numRuns: 2000 },
    );
    expect(fold('  Müller & Söhne — Straße ')).toBe('muller sohne strasse');
  });
});
