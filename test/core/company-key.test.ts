import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { companyKey, sameCompany } from '../../src/core/company-key';

/** Real-world spellings that name ONE employer. */
const SAME: Array<[string, string]> = [
  ['Acme, Inc.', 'acme'],
  ['ACME Inc', 'Acme'],
  ['Acme Incorporated', 'ACME'],
  ['Google LLC', 'Google'],
  ['Alphabet Inc.', 'alphabet'],
  ['Apple Inc.', 'Apple'],
  ['Microsoft Corporation', 'Microsoft Corp.'],
  ['Amazon.com, Inc.', 'Amazon.com'],
  ['Siemens AG', 'Siemens'],
  ['SAP SE', 'SAP'],
  ['Robert Bosch GmbH', 'Robert Bosch'],
  ['Dr. Ing. h.c. F. Porsche AG', 'Dr Ing hc F Porsche'],
  ['Lidl Stiftung & Co. KG', 'Lidl Stiftung'],
  ['Aldi GmbH & Co. KG', 'ALDI'],
  ['Unilever PLC', 'Unilever'],
  ['Tesco plc', 'TESCO'],
  ['BP p.l.c.', 'BP'],
  ['Nestlé S.A.', 'Nestle'],
  ['L’Oréal S.A.', "L'Oreal"],
  ['Société Générale S.A.', 'Societe Generale'],
  ['Danone SAS', 'Danone'],
  ['Criteo S.A.S.', 'Criteo'],
  ['Booking.com B.V.', 'booking.com'],
  ['Koninklijke Philips N.V.', 'Koninklijke Philips'],
  ['Atlassian Pty Ltd', 'Atlassian'],
  ['Canva Pty. Ltd.', 'Canva'],
  ['Infosys Limited', 'Infosys'],
  ['Tata Consultancy Services Private Limited', 'Tata Consultancy Services'],
  ['Grab Holdings Pte. Ltd.', 'Grab Holdings'],
  ['Spotify AB', 'Spotify'],
  ['Equinor ASA', 'Equinor'],
  ['Nokia Oyj', 'Nokia'],
  ['Ferrari S.p.A.', 'Ferrari'],
  ['Luxottica S.r.l.', 'Luxottica'],
  ['Inditex, S.A.', 'Inditex'],
  ['Toyota Motor Co., Ltd.', 'Toyota Motor'],
  ['Ford Motor Company', 'Ford Motor Co'],
  ['The Home Depot', 'Home Depot'],
  ['The New York Times Company', 'New York Times'],
  ['The Coca-Cola Company', 'Coca Cola'],
  ['Procter & Gamble Co.', 'Procter and Gamble'],
  ['Deloitte LLP', 'Deloitte'],
  ['Ernst & Young LLP', 'Ernst and Young'],
  ['Mercedes-Benz Group AG', 'Mercedes Benz Group'],
  ['Zalando SE', 'zalando'],
  ['Škoda Auto a.s.', 'Skoda Auto a.s.'],
  ['Čapek', 'CAPEK'],
  ['  Stripe,   Inc. ', 'stripe'],
  ['Yahoo!', 'Yahoo'],
  ['McDonald’s Corporation', "McDonald's"],
];

/** Names that must stay DIFFERENT employers (no prefix or fuzzy matching). */
const DIFFERENT: Array<[string, string]> = [
  ['Meta', 'Metabase'],
  ['Square', 'Squarespace'],
  ['Apple', 'Applebee’s'],
  ['Intel', 'Intellias'],
  ['Oracle', 'Oracle Health Partners'],
  ['Amazon', 'Amazon Web Services'],
  ['Box', 'Dropbox'],
  ['Slack', 'Slackline Co'],
  ['Uber', 'Uberall GmbH'],
  ['Shop', 'Shopify Inc.'],
  ['Notion', 'Notional Finance'],
  ['Snap Inc.', 'Snapdeal'],
  ['Target', 'Targetprocess'],
  ['Visa', 'Visage Imaging'],
  ['Ford Motor Company', 'Ford Foundation'],
  ['Siemens AG', 'Siemens Energy AG'],
  ['Johnson & Johnson', 'Johnson Controls'],
  ['Home Depot', 'Office Depot'],
  ['Stripe', 'Stripes Group'],
  ['Zoom', 'ZoomInfo'],
];

describe('companyKey', () => {
  it.each(SAME)('treats %j and %j as one employer', (a, b) => {
    expect(companyKey(a)).not.toBe('');
    expect(companyKey(a)).toBe(companyKey(b));
    expect(sameCompany(a, b)).toBe(true);
  });

  it.each(DIFFERENT)('keeps %j and %j apart', (a, b) => {
    expect(companyKey(a)).not.toBe(companyKey(b));
    expect(sameCompany(a, b)).toBe(false);
  });

  it('has at least 40 real-world pairs in its table', () => {
    expect(SAME.length + DIFFERENT.length).toBeGreaterThanOrEqual(40);
  });

  it('gives the documented key for the canonical example', () => {
    expect(companyKey('Acme, Inc.')).toBe('acme');
    expect(companyKey('ACME Inc')).toBe('acme');
    expect(companyKey('The Acme Co.')).toBe('acme');
  });

  it('never drops the whole name when it is only a suffix or "The"', () => {
    expect(companyKey('Limited')).toBe('limited');
    expect(companyKey('The Limited')).toBe('limited');
    expect(companyKey('The')).toBe('the');
    expect(companyKey('Co.')).toBe('co');
    expect(companyKey('Inc. Inc.')).toBe('inc');
  });

  it('keeps non-Latin names', () => {
    expect(companyKey('株式会社 メルカリ')).not.toBe('');
    expect(companyKey('Яндекс')).toBe('яндекс');
    expect(companyKey('ЯНДЕКС')).toBe(companyKey('Яндекс'));
  });

  it('returns an empty key only when there is no letter or digit', () => {
    expect(companyKey('')).toBe('');
    expect(companyKey('  ,.-! ')).toBe('');
    expect(companyKey('3M')).toBe('3m');
    expect(companyKey('7-Eleven, Inc.')).toBe('7eleven');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (name) => {
        const k = companyKey(name);
        expect(companyKey(k)).toBe(k);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on company-like names (property)', () => {
    const word = fc.constantFrom('Acme', 'the', 'Inc.', 'GmbH', '&', 'Co', 'S.A.', 'Ltd', 'Ölfabrik', 'ß', 'İstanbul', 'ǅ', 'ﬁ');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const name = words.join(' ');
        const k = companyKey(name);
        expect(companyKey(k)).toBe(k);
      }),
    );
  });

  it('never returns an empty key for a name with a letter or digit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (name) => {
        if (/[\p{L}\p{N}]/u.test(name)) expect(companyKey(name)).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});
