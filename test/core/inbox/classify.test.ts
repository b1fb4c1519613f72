import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/inbox';
import { MAIL_QUOTE_MAX } from '../../../src/core/inbox/types';
import { KIND_CASES, TRAP_CASES } from './mails';

describe('classifyEmail: every kind in every language', () => {
  for (const c of KIND_CASES) {
    it(`${c.lang} ${c.kind}: ${c.name}`, () => {
      const r = classifyEmail(c.email);
      expect(r.kind).toBe(c.kind);
      expect(r.confidence).toBeGreaterThan(0.6);
      expect(r.quote.length).toBeGreaterThan(0);
      expect(r.quote.length).toBeLessThanOrEqual(MAIL_QUOTE_MAX);
    });
  }
  it('covers the five kinds in all seven languages', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'nl', 'pt', 'it']) {
      const kinds = new Set(KIND_CASES.filter((c) => c.lang === lang).map((c) => c.kind));
      expect([...kinds].sort()).toEqual(['assessment', 'confirmation', 'interview', 'offer', 'rejection']);
    }
  });
});

describe('classifyEmail: traps', () => {
  for (const c of TRAP_CASES) {
    it(c.name, () => {
      expect(classifyEmail(c.email).kind).toBe(c.kind);
    });
  }
});
