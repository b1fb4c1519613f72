/**
 * Second tuning round: mail written by hand, not by templates: forwards, replies in a thread, short notes from a
 * person at the employer, offers that never say "offer". Each example is written for this test (general wording,
 * not a copy of any email in an evaluation set). Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { classifyEmail, readEmail } from '../../../src/core/inbox';
import type { KnownApplication, MailKind } from '../../../src/core/inbox/types';

type Row = readonly [MailKind, string, string, string];

function check(rows: readonly Row[]): void {
  for (const [kind, from, subject, body] of rows) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(classifyEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }).kind).toBe(kind);
    });
  }
}

const FORWARDS: readonly Row[] = [
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'Fwd: Your application',
    'sigh, for the records\n\n---------- Forwarded message ---------\nFrom: Pinecrest Talent <jobs@pinecrest.com>\nDate: Mon, 2 Mar 2026\nSubject: Your application\nTo: ana@mail.example\n\nDear Ana,\nUnfortunately your application has not been successful on this occasion.\nWe wish you well.',
  ],
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'I: Esito colloquio',
    'Ti giro la risposta.\n\n-------- Messaggio inoltrato --------\nOggetto: Esito colloquio\nData: 3 marzo 2026\nMittente: Ufficio HR <hr@lunaria.it>\nA: Ana <ana@mail.example>\n\nGentile Ana,\npurtroppo abbiamo deciso di proseguire con un altro candidato.\nCordiali saluti',
  ],
  // Outlook: "FW:" and a plain "From: … Sent: …" block
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'FW: Analyst role',
    'FYI\n\nFrom: Jo Reed <jo@harbourline.co.uk>\nSent: 2 March 2026 10:00\nTo: Ana Silva\nSubject: Analyst role\n\nHi Ana,\nWe have decided to proceed with other candidates for the Analyst role.\nBest, Jo',
  ],
  // a reply (not a forward) still reads only the new text
  [
    'none',
    'Ana Silva <ana@mail.example>',
    'Re: Analyst role',
    'Thanks Jo, understood.\n\nOn Mon, 2 Mar 2026 at 10:00, Jo Reed <jo@harbourline.co.uk> wrote:\n> We have decided to proceed with other candidates for the Analyst role.',
  ],
];

const THREADS: readonly Row[] = [
  // the new text names no job, the quoted history does: a thread about the application
  [
    'interview',
    'Rui Costa <rui@lattice-works.io>',
    'Re: quick chat?',
    "Great, Thursday at 3pm works. I've sent you a calendar invite with a Meet link. You'll be speaking with me and our design lead.\n\nOn Tue, 3 Mar 2026 at 09:12, Ana Silva <ana@mail.example> wrote:\n> Thanks for getting back to me about the Designer role! Thursday afternoon works.",
  ],
  // without the thread, the same note is not about hiring
  [
    'none',
    'Rui Costa <rui@lattice-works.io>',
    'quick chat?',
    "Great, Thursday at 3pm works. I've sent you a calendar invite with a Meet link.",
  ],
  // a quotation mark opened in the middle of a sentence: a review site quoting someone
  [
    'none',
    'Reviews <noreply@reviews.example>',
    'What interviewing at Pinecrest is like',
    'Pinecrest — Analyst interview "Two stages: an online numerical test and a competency interview. I got an offer after three weeks." — Anonymous',
  ],
];

describe('forwarded messages are read, replies are not', () => check(FORWARDS));
describe('a thread about an application, and quotation marks opened mid-sentence', () => check(THREADS));

describe("a short note from a person at the employer's own domain", () => {
  const apps: KnownApplication[] = [
    {
      id: 'a1',
      company: 'Kestrel Labs',
      companyKey: companyKey('Kestrel Labs'),
      title: 'ML Engineer',
      status: 'interviewing',
      appliedAt: '2026-02-01',
    },
  ];
  const note = {
    from: 'Dev <dev@kestrellabs.com>',
    subject: 'tomorrow',
    body: 'Hi Ana, can we reschedule our system design round to Friday, same time? Same Meet link. Sorry!',
    date: '2026-04-01T10:00:00Z',
  };
  it('is an interview when the user applied there', () => {
    expect(readEmail(note, apps).kind).toBe('interview');
  });
  it('is not when the sender is no employer of the user', () => {
    expect(readEmail({ ...note, from: 'Dev <dev@otherplace.com>' }, apps).kind).toBe('none');
  });
});
