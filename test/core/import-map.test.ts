import { describe, expect, it } from 'vitest';
import { mapHeaders, parseDateLoose, parseStatusWord, readTrackerRow } from '../../src/core/import-map';

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

  it.each(['yesterday', '2024-02-30', '13/13/2024', 'soon'])('rejects %j', (input) => {
    expect(parseDateLoose(input)).toBeUndefined();
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

  it('keeps a status word it does not know in the notes', () => {
    const r = readTrackerRow(['Acme', 'Dev', 'Bookmarked'], map);
    expect('row' in r && r.row.status).toBe('applied');
    expect('row' in r && r.row.notes).toBe('Status in the imported file: Bookmarked');
  });
});
