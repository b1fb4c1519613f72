import { describe, expect, it } from 'vitest';
import { isRecord, isSiteId } from '../../src/core/guards';
import { SITE_CATALOG } from '../../src/core/site-catalog';

describe('guards', () => {
  it('a record is a plain object, not null or an array', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    for (const v of [null, undefined, [], 'x', 3, true]) expect(isRecord(v)).toBe(false);
  });

  it('one site-id rule takes every site Baskets knows and the special sources, and nothing odd', () => {
    for (const site of SITE_CATALOG) expect(isSiteId(site.id), site.id).toBe(true);
    for (const id of ['generic', 'manual', 'import', 'acme-jobs', 'a'.repeat(40)]) expect(isSiteId(id), id).toBe(true);
    for (const id of ['', 'Greenhouse', '-lever', 'lever.co', 'a b', 'a'.repeat(41), 'ünicode', 3, null])
      expect(isSiteId(id), String(id)).toBe(false);
  });
});
