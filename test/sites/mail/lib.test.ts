// The webmail helpers: displayed dates in the languages the capture knows, the sender as a mailbox, the caps.
import { describe, expect, it } from 'vitest';
import { MAIL_BODY_MAX } from '../../../src/core/inbox/types';
import { MAIL_LIMITS } from '../../../src/messages';
import { capId, cleanBody, emailAddress, MAIL_CAPS, mailbox, parseNumericDate, parseWordDate } from '../../../src/sites/mail/lib';

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();

describe('parseWordDate (Gmail titles)', () => {
  it.each([
    ['Thu, Dec 3, 2026, 10:12 AM', local(2026, 12, 3, 10, 12)],
    ['Thu, Dec 3, 2026, 10:12\u202fPM', local(2026, 12, 3, 22, 12)],
    ['Tue, Dec 1, 2026, 12:05 AM', local(2026, 12, 1, 0, 5)],
    ['Tue, Dec 1, 2026, 12:05 PM', local(2026, 12, 1, 12, 5)],
    ['Thu, 3 Dec 2026, 10:12', local(2026, 12, 3, 10, 12)],
    ['Do., 3. Dez. 2026, 14:07', local(2026, 12, 3, 14, 7)],
    ['Mo., 30. Nov. 2026, 08:15', local(2026, 11, 30, 8, 15)],
    ['Di., 3. März 2026, 09:00', local(2026, 3, 3, 9, 0)],
    ['jeu. 3 déc. 2026, 10:12', local(2026, 12, 3, 10, 12)],
    ['mar. 1 déc. 2026, 18:30', local(2026, 12, 1, 18, 30)],
    ['mar, 1 dic 2026, 18:30', local(2026, 12, 1, 18, 30)],
    ['mar 1 dic 2026, 18:30', local(2026, 12, 1, 18, 30)],
    ['qui., 3 de dez. de 2026, 10:12', local(2026, 12, 3, 10, 12)],
    ['do 3 dec. 2026 10:12', local(2026, 12, 3, 10, 12)],
    ['wo 4 mrt 2026 07:45', local(2026, 3, 4, 7, 45)],
  ])('%s', (text, iso) => {
    expect(parseWordDate(text)).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '10:12 AM (2 hours ago)',
    'Dec 3',
    'Feb 30, 2026, 10:00 AM',
    'Thu, Dec 3, 2026, 25:12',
    'Smarch 3, 2026, 10:00',
  ])('reads no date from %j', (text) => {
    expect(parseWordDate(text)).toBe('');
  });
});

describe('parseNumericDate (Outlook)', () => {
  it('reads month first for US English, day first otherwise and always with dots', () => {
    expect(parseNumericDate('Thu 12/3/2026 3:27 PM', true)).toBe(local(2026, 12, 3, 15, 27));
    expect(parseNumericDate('Thu 03/12/2026 15:27', false)).toBe(local(2026, 12, 3, 15, 27));
    expect(parseNumericDate('Mi 02.12.2026 11:30', true)).toBe(local(2026, 12, 2, 11, 30));
    expect(parseNumericDate('2026-12-03T10:12:00', true)).toBe(local(2026, 12, 3, 10, 12));
    expect(parseNumericDate('Thu, Dec 3, 2026 10:12 AM', true)).toBe(local(2026, 12, 3, 10, 12));
  });
  it('reads no date from what is not one', () => {
    expect(parseNumericDate('13/13/2026 10:00', true)).toBe('');
    expect(parseNumericDate('Yesterday 10:00', true)).toBe('');
    expect(parseNumericDate('', false)).toBe('');
  });
});

describe('the sender', () => {
  it('is `Name <address>`, the bare address, or nothing without an address', () => {
    expect(mailbox('Acme Talent', 'talent@ACME.example')).toBe('Acme Talent <talent@acme.example>');
    expect(mailbox('"Acme" <other@acme.example>', 'talent@acme.example')).toBe('Acme <talent@acme.example>');
    expect(mailbox('talent@acme.example', 'talent@acme.example')).toBe('talent@acme.example');
    expect(mailbox('', 'talent@acme.example')).toBe('talent@acme.example');
    expect(mailbox('Acme Talent', '')).toBe('');
    expect(mailbox('Acme', 'not an address')).toBe('');
    expect(mailbox('Acme', 'a@b')).toBe('');
    expect(mailbox('A'.repeat(5000), 'talent@acme.example').length).toBeLessThanOrEqual(MAIL_LIMITS.from);
  });
  it('takes an address only when it is one', () => {
    expect(emailAddress('mailto:Jobs@Hooli.Example')).toBe('Jobs@hooli.example');
    expect(emailAddress('<jobs@hooli.example>')).toBe('jobs@hooli.example');
    expect(emailAddress('jobs@hooli.example, other@x.example')).toBe('');
    expect(emailAddress('javascript:alert(1)@x.example')).toBe('');
  });
});

describe('caps', () => {
  it('matches the background parser and keeps ids and bodies within them', () => {
    expect(MAIL_CAPS).toEqual(MAIL_LIMITS);
    expect(capId('x'.repeat(1000)).length).toBe(MAIL_LIMITS.messageId);
    expect(cleanBody('a'.repeat(MAIL_BODY_MAX + 500)).length).toBe(MAIL_BODY_MAX);
    // Never half a surrogate pair at the cut.
    const cut = cleanBody('a'.repeat(MAIL_BODY_MAX - 1) + '😀😀');
    expect(cut.length).toBe(MAIL_BODY_MAX - 1);
  });
  it('folds blank lines and spaces, drops controls and direction marks', () => {
    expect(cleanBody('  Hi\u00a0 Alex,\n\n\n\n\tThanks\u202e!\u0007  \r\n')).toBe('Hi Alex,\n\nThanks!');
  });
});
