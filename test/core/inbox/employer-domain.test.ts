import { describe, expect, it } from 'vitest';
import { employerApplications } from '../../../src/core/inbox/match';
import { companyKey } from '../../../src/core/company-key';
import type { KnownApplication } from '../../../src/core/inbox/types';

const app = (id: string, company: string): KnownApplication => ({
  id,
  company,
  companyKey: companyKey(company),
  title: 'Analyst',
  status: 'applied',
  appliedAt: '2026-11-01T00:00:00Z',
});

describe('employerApplications: the employer whose own domain sent the mail', () => {
  const apps = [app('smit', 'Smit & Berg'), app('nimbus', 'Nimbus AI'), app('gr', 'GR'), app('brand', 'Brandwatch')];

  it('reads a name joined by "&" without its "and", and a top-level domain that is part of the name', () => {
    expect(employerApplications('smitberg.nl', apps).map((a) => a.id)).toEqual(['smit']);
    expect(employerApplications('nimbus.ai', apps).map((a) => a.id)).toEqual(['nimbus']);
  });

  it('never drops letters from the domain: "grand.com" is not "GR", and a name with "and" in a word still matches', () => {
    expect(employerApplications('grand.com', apps)).toEqual([]);
    expect(employerApplications('brandwatch.com', apps).map((a) => a.id)).toEqual(['brand']);
  });
});
