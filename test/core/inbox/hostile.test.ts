import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { classifyEmail, matchEmail, readEmail } from '../../../src/core/inbox';
import {
  MAIL_BODY_MAX,
  MAIL_KINDS,
  MAIL_QUOTE_MAX,
  type EmailInput,
  type KnownApplication,
  type MailVerdict,
} from '../../../src/core/inbox/types';

const APPS: KnownApplication[] = [
  { id: 'a', company: 'Acme', companyKey: 'acme', title: 'Data Analyst', status: 'applied', appliedAt: '2026-01-01T00:00:00Z' },
  { id: 'b', company: 'Acme', companyKey: 'acme', title: 'Designer', status: 'rejected', appliedAt: '2026-01-01T00:00:00Z' },
  { id: 'c', company: 'Notion', companyKey: 'notion', title: 'Engineer', status: 'interviewing', appliedAt: '2026-01-01T00:00:00Z' },
];
const REJECT = 'Unfortunately, we have decided to move forward with other candidates.';

function expectValid(v: MailVerdict): void {
  expect(MAIL_KINDS).toContain(v.kind);
  expect(v.confidence).toBeGreaterThanOrEqual(0);
  expect(v.confidence).toBeLessThanOrEqual(1);
  expect(['exact', 'ambiguous', 'none']).toContain(v.match.strength);
  if (v.match.strength === 'exact') {
    expect(typeof v.match.applicationId).toBe('string');
    expect(v.match.candidates).toEqual([v.match.applicationId]);
  } else {
    expect(v.match.applicationId).toBeNull();
    if (v.match.strength === 'ambiguous') expect(v.match.candidates.length).toBeGreaterThanOrEqual(2);
    else expect(v.match.candidates).toEqual([]);
  }
  expect(typeof v.match.reason).toBe('string');
  expect(typeof v.company).toBe('string');
  expect(typeof v.title).toBe('string');
  expect(v.senderDomain).toBe(v.senderDomain.toLowerCase());
  expect(v.quote.length).toBeLessThanOrEqual(MAIL_QUOTE_MAX);
  if (v.kind === 'none') expect(v.quote).toBe('');
}

describe('readEmail on hostile input', () => {
  it('reads a 100 KB body (past the cap) without trouble, and finds the outcome at its top', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2000);
    const v = readEmail({ from: 'Acme <jobs@acme.com>', subject: 'Your application', body: `${REJECT}\n${filler}`, date: '' }, APPS);
    expect(filler.length).toBeGreaterThan(100_000);
    expectValid(v);
    expect(v.kind).toBe('rejection');
  });

  it('reads no further than MAIL_BODY_MAX characters of the body', () => {
    const body = `${'Hello there. '.repeat(Math.ceil(MAIL_BODY_MAX / 13))}\n${REJECT}`;
    expect(classifyEmail({ from: 'jobs@acme.com', subject: 'Hi', body, date: '' }).kind).toBe('none');
  });

  it('reads through HTML tags and entities left in the text', () => {
    const body =
      '<html><head><style>p{color:red}</style></head><body><p>Hi&nbsp;Jo,</p><p>Unfortunately, we&#39;ve decided to <b>move forward</b> with other candidates.</p></body></html>';
    const v = readEmail({ from: 'Acme Talent <jobs@acme.com>', subject: 'Update', body, date: '' }, APPS);
    expectValid(v);
    expect(v.kind).toBe('rejection');
    expect(v.quote).not.toMatch(/[<>]/);
  });

  it('ignores control and bidi characters, and keeps them out of the quote', () => {
    const body = 'Unfortunately,\u202e we have\u0000 decided to move\u200b forward with other\u2066 candidates.';
    const v = readEmail({ from: 'Acme\u202e <jobs@acme.com>', subject: '\u0007Update', body, date: '' }, APPS);
    expectValid(v);
    expect(v.kind).toBe('rejection');
    // eslint-disable-next-line no-control-regex -- checking that control characters are gone
    expect(v.quote).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b]/);
  });

  it('treats empty and missing fields as nothing', () => {
    for (const email of [
      { from: '', subject: '', body: '', date: '' },
      {} as EmailInput,
      null as unknown as EmailInput,
      { from: 42, subject: ['x'], body: { a: 1 }, date: null } as unknown as EmailInput,
    ]) {
      const v = readEmail(email, APPS);
      expectValid(v);
      expect(v.kind).toBe('none');
      expect(v.match.strength).toBe('none');
    }
  });

  it('survives hostile applications and aliases', () => {
    const apps = [
      null,
      { id: '' },
      { id: 'x', company: 'Acme', companyKey: '', title: null, status: 7, appliedAt: '' },
    ] as unknown as KnownApplication[];
    const v = readEmail(
      { from: 'Acme <jobs@acme.com>', subject: 'Update', body: REJECT, date: '' },
      apps,
      new Map([
        ['', ''],
        ['acme', 'acme'],
      ]),
    );
    expectValid(v);
    expect(v.kind).toBe('rejection');
    expectValid(
      readEmail(
        { from: 'a@b.c', subject: 's', body: 'b', date: '' },
        'nope' as unknown as KnownApplication[],
        {} as unknown as Map<string, string>,
      ),
    );
  });

  it('keeps a long sentence quote within MAIL_QUOTE_MAX, around the phrase', () => {
    const body = `${'We looked at a very large number of profiles over several weeks and talked to many people, '.repeat(4)}and unfortunately we have decided to move forward with other candidates for the role we discussed in detail.`;
    const v = classifyEmail({ from: 'jobs@acme.com', subject: 'Update', body, date: '' });
    expect(v.kind).toBe('rejection');
    expect(v.quote.length).toBeLessThanOrEqual(MAIL_QUOTE_MAX);
    expect(v.quote).toContain('move forward with other candidates');
  });

  it('never throws and always returns a valid verdict (property)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        REJECT,
        'Thank you for applying to Acme',
        '<p>We would like to invite you to an interview</p>',
        '{a|b}',
        '\u202e\u0000',
        'On Mon wrote:\n> x',
      ),
    );
    const body = fc.array(text, { maxLength: 8 }).map((parts) => parts.join('\n'));
    const app = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      company: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Acme', 'Notion', 'Meta', 'The Limited', 'ß&Co KG')),
      title: fc.string({ maxLength: 30 }),
      status: fc.constantFrom('applied', 'rejected', 'interviewing', 'offer', 'weird'),
      appliedAt: fc.constant('2026-01-01T00:00:00Z'),
    });
    fc.assert(
      fc.property(
        fc.record({
          from: fc.oneof(text, fc.constant('Acme Talent <jobs@acme.com>')),
          subject: text,
          body,
          date: fc.string({ maxLength: 30 }),
        }),
        fc.array(app, { maxLength: 5 }),
        (email, rawApps) => {
          const apps: KnownApplication[] = rawApps.map((a) => ({ ...a, companyKey: companyKey(a.company) }));
          const aliases = new Map(apps.map((a) => [a.companyKey, apps[0]?.companyKey ?? '']));
          // The parts are not wrapped in readEmail's safety net: they must not throw either.
          expect(MAIL_KINDS).toContain(classifyEmail(email).kind);
          expect(['exact', 'ambiguous', 'none']).toContain(matchEmail(email, apps, aliases).strength);
          const v = readEmail(email, apps, aliases);
          expectValid(v);
          if (v.match.strength !== 'none') for (const id of v.match.candidates) expect(apps.some((a) => a.id === id)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('quoted history and separators', () => {
  it('a decorative line of underscores does not hide the message below it', () => {
    const body =
      'Acme Careers\n____________________\nUnfortunately, we have decided to move forward with other candidates for the Analyst role.';
    expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Your application', body, date: '' }).kind).toBe('rejection');
  });
  it("Outlook's separator before a From: header ends the message", () => {
    const body =
      'Thanks!\n________________________________\nFrom: Acme <jobs@acme.com>\nSent: Monday\nUnfortunately, we have decided to move forward with other candidates.';
    expect(classifyEmail({ from: 'Jo <jo@outlook.com>', subject: 'RE: Your application', body, date: '' }).kind).toBe('none');
  });
});
