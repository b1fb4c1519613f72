import { describe, expect, it } from 'vitest';
import { mapHeaders, parseDateLoose, parseStatusWord, readDateLoose, readTrackerRow } from '../../src/core/import-map';

describe('mapHeaders', () => {
  it.each([
    [['Company', 'Job Title', 'Status', 'Date Applied', 'Location', 'URL', 'Notes']],
    [['Company Name', 'Position', 'Stage', 'Applied On', 'City', 'Link', 'Comments']],
    [['Employer', 'Role', 'Application Status', 'Application Date', 'Job Location', 'Job Link', 'Note']],
    [['Organization', 'Title', 'stage', 'applied_on', 'location', 'job_url', 'notes']],
  ])('maps a tracker header %j', (headers) => {
    const map = mapHeaders(headers);
    expect(map).toEqual({ company: 0, title: 1, status: 2, appliedAt: 3, location: 4, url: 5, notes: 6 });
  });

  it('ignores unknown columns and finds fields anywhere', () => {
    expect(mapHeaders(['Salary', 'Recruiter', 'Employer', 'Position'])).toEqual({ company: 2, title: 3 });
  });
});

describe('parseStatusWord', () => {
  it.each([
    ['Rejected', 'rejected'],
    ['Interview', 'interviewing'],
    ['Phone screen', 'screening'],
    ['Offer', 'offer'],
    ['No response', 'ghosted'],
    ['Applied', 'applied'],
    ['', 'applied'],
    ['Withdrawn', 'withdrawn'],
    ['Hired', 'accepted'],
    ['2nd interview scheduled', 'interviewing'],
    ['Rejected after onsite', 'rejected'],
    ['OFFER ACCEPTED', 'accepted'],
  ])('%j → %s', (word, status) => {
    expect(parseStatusWord(word)).toBe(status);
  });

  it('says so when it does not understand a word', () => {
    expect(parseStatusWord('Bookmarked')).toBeUndefined();
  });

  it('reads only a blank cell as applied, never a word made of symbols', () => {
    expect(parseStatusWord('   ')).toBe('applied');
    for (const word of ['💀', '?', '—', '✓✓']) expect(parseStatusWord(word)).toBeUndefined();
  });
});

describe('parseDateLoose', () => {
  const noonMar5 = '2024-03-05T12:00:00.000Z';
  it.each([
    ['2024-03-05', noonMar5],
    ['03/05/2024', noonMar5],
    ['5 Mar 2024', noonMar5],
    ['March 5, 2024', noonMar5],
    ['05-Mar-2024', noonMar5],
    ['Tue 5th March 2024', noonMar5],
    ['05.03.2024', noonMar5],
    ['2024/03/05', noonMar5],
    ['25/03/2024', '2024-03-25T12:00:00.000Z'],
    ['2024-03-05T10:30:00Z', '2024-03-05T10:30:00.000Z'],
  ])('%j → %s', (input, iso) => {
    expect(parseDateLoose(input)).toBe(iso);
  });

  it.each(['yesterday', '2024-02-30', '13/13/2024', 'soon', '5 constructor 2024', '1 __proto__ 2024'])('rejects %j', (input) => {
    expect(parseDateLoose(input)).toBeUndefined();
  });

  it.each([
    // Date.parse in Chromium rolls each of these over into the next month.
    ['2025-02-29T10:00', 'names no real day (February 2025 has 28 days)'],
    ['2026-02-30T08:15:00Z', 'names no real day (February 2026 has 28 days)'],
    ['2024-04-31T23:59:59.999+02:00', 'names no real day (April 2024 has 30 days)'],
    ['2025-02-29', 'names no real day (February 2025 has 28 days)'],
    ['31/04/2024', 'names no real day (April 2024 has 30 days)'],
    ['30.02.2024', 'names no real day (February 2024 has 29 days)'],
    ['Feb 30, 2026', 'names no real day (February 2026 has 28 days)'],
    ['2024-03-05T24:30', 'names no real time of day'],
    ['2024-03-05T10:60:00Z', 'names no real time of day'],
  ])('refuses %j: it %s', (input, error) => {
    expect(readDateLoose(input)).toEqual({ error });
    expect(parseDateLoose(input)).toBeUndefined();
  });

  it('reads a real leap day and a date-time with an offset exactly as written', () => {
    expect(parseDateLoose('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00.000Z');
    expect(parseDateLoose('2024-02-29T10:00:00+02:00')).toBe('2024-02-29T08:00:00.000Z');
    expect(parseDateLoose('2024-12-31T23:30:00-01:00')).toBe('2025-01-01T00:30:00.000Z');
    // Without an offset a date-time is local time, as in Date.parse.
    expect(parseDateLoose('2024-02-29T10:00')).toBe(new Date(2024, 1, 29, 10, 0).toISOString());
  });
});

describe('readTrackerRow', () => {
  const map = mapHeaders(['Company', 'Job Title', 'Status', 'Date Applied', 'Location', 'URL', 'Notes']);

  it('reads a row into a clean job', () => {
    const r = readTrackerRow(['  Acme, Inc. ', 'Dev', 'Phone screen', '5 Mar 2024', 'Berlin', 'jobs.acme.com/1?utm_source=x', 'nice'], map);
    expect(r).toEqual({
      row: {
        company: 'Acme, Inc.',
        title: 'Dev',
        status: 'screening',
        appliedAt: '2024-03-05T12:00:00.000Z',
        location: 'Berlin',
        url: 'https://jobs.acme.com/1',
        source: 'import',
        notes: 'nice',
      },
    });
  });

  it('explains a bad row', () => {
    expect(readTrackerRow(['', '', 'Applied'], map)).toEqual({ error: 'no company and no job title' });
    expect(readTrackerRow(['Acme', 'Dev', 'Applied', 'someday'], map)).toEqual({ error: 'the date "someday" is not understood' });
  });

  it('refuses a date that names no real day instead of rolling it over', () => {
    expect(readTrackerRow(['Acme', 'Dev', 'Applied', '2025-02-29T10:00'], map)).toEqual({
      error: 'the date "2025-02-29T10:00" names no real day (February 2025 has 28 days)',
    });
  });

  it('refuses a status it does not know, and still reads a blank status as applied', () => {
    const known = 'applied, screening, interviewing, offer, accepted, rejected, ghosted, withdrawn, or leave it blank for applied';
    expect(readTrackerRow(['Acme', 'Dev', '💀'], map)).toEqual({ error: `the status "💀" is not one Baskets knows (${known})` });
    expect(readTrackerRow(['Acme', 'Dev', 'Bookmarked'], map)).toEqual({
      error: `the status "Bookmarked" is not one Baskets knows (${known})`,
    });
    expect(readTrackerRow(['Acme', 'Dev', '\u202e\u200b'], map)).toEqual({
      error: `the status made only of invisible characters is not one Baskets knows (${known})`,
    });
    const blank = readTrackerRow(['Acme', 'Dev', '  '], map);
    expect('row' in blank && blank.row.status).toBe('applied');
    expect('row' in blank && blank.row.notes).toBe('');
  });
});
