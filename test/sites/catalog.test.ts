import { describe, expect, it } from 'vitest';
import { SITE_CATALOG } from '../../src/sites/catalog';
import { SITES } from '../../src/sites/index';

describe('site catalog', () => {
  it('lists exactly the registered sites, with their labels, in registry order', () => {
    expect(SITE_CATALOG).toEqual(SITES);
  });
});
