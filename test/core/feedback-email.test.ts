import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HistoryEntry, Status } from '../../src/core/application';
import { feedbackEmailDraft, mailtoUrl } from '../../src/core/feedback-email';

function rec(company: string, title: string, path: Status[]) {
  const history: HistoryEntry[] = path.map((status, i) => ({ status, at: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() }));
  return { company, title, status: path[path.length - 1]!, history };
}

describe('feedbackEmailDraft', () => {
  it('names company and role, thanks warmly and asks for feedback, briefly', () => {
    const d = feedbackEmailDraft(rec('Acme', 'Data Analyst', ['applied', 'rejected']), { senderName: 'Robin' });
    expect(d.subject).toBe('Feedback on my application for Data Analyst at Acme');
    expect(d.body).toBe(
      [
        'Hello,',
        '',
        'Thank you for considering my application for the Data Analyst role at Acme. I was sorry to hear it did not work out, and I appreciate you letting me know.',
        '',
        'If you have a moment, I would be grateful for any feedback on my application: even a line or two on what I could do better would help me a great deal.',
        '',
        'Thank you again, and all the best to you and the team.',
        '',
        'Kind regards,',
        'Robin',
      ].join('\n'),
    );
    expect(d.body.split(/\s+/).length).toBeLessThan(120);
  });

  it('speaks of the interviews after an interview, and addresses a named contact', () => {
    const d = feedbackEmailDraft(rec('Acme', 'Engineer', ['applied', 'interviewing', 'rejected']), { contactName: 'Sam' });
    expect(d.body.startsWith('Dear Sam,\n')).toBe(true);
    expect(d.body).toContain('for the time you and the team spent with me in the interviews');
    expect(d.body).toContain('any feedback on my interviews');
    // No name set: the draft ends at the closing line, never in a placeholder for the user to spot and fill.
    expect(d.body.endsWith('Kind regards,')).toBe(true);
    expect(d.body).not.toMatch(/\[|\]|your name/i);
  });

  it('after a silence, is one polite follow-up that does not assume a rejection', () => {
    const d = feedbackEmailDraft(rec('Acme', 'Engineer', ['applied', 'ghosted']), { senderName: 'Robin' });
    expect(d.subject).toBe('Following up on my application for Engineer at Acme');
    expect(d.body).not.toContain('sorry to hear');
    expect(d.body).toContain('is the position still open?');
    expect(d.body).toContain('If it has moved on without me, that is fine.');
    expect(d.body.endsWith('Kind regards,\nRobin')).toBe(true);
  });

  it('signs with the name set in options, cleaned to one line', () => {
    const d = feedbackEmailDraft(rec('Acme', '', ['applied', 'withdrawn']), { senderName: ' Robin\r\nMeyer ' });
    expect(d.subject).toBe('Feedback on my application at Acme');
    expect(d.body).toContain('Although I withdrew from the process');
    expect(d.body.split('\n').slice(-2)).toEqual(['Kind regards,', 'Robin Meyer']);
  });

  it('keeps control characters and line breaks out of names', () => {
    const d = feedbackEmailDraft(rec('Acme\r\nBcc: x@evil.test', 'Dev\u202e', ['applied', 'rejected']));
    expect(d.subject).toBe('Feedback on my application for Dev at Acme Bcc: x@evil.test');
    expect(d.subject).not.toMatch(/[\r\n\u202e]/);
  });
});

describe('mailtoUrl', () => {
  const draft = { subject: 'Feedback & thanks?', body: 'Hello,\n\nThanks = 100%\n#1' };

  it('encodes subject and body so the mail program shows them exactly', () => {
    const url = mailtoUrl(draft, 'hr@acme.example');
    expect(url).toBe('mailto:hr@acme.example?subject=Feedback%20%26%20thanks%3F&body=Hello%2C%0D%0A%0D%0AThanks%20%3D%20100%25%0D%0A%231');
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('hr@acme.example');
    expect(parsed.searchParams.get('subject')).toBe(draft.subject);
    expect(parsed.searchParams.get('body')).toBe('Hello,\r\n\r\nThanks = 100%\r\n#1');
  });

  it('leaves out a recipient that could smuggle in headers or more recipients', () => {
    for (const to of [
      'a@b.example?bcc=x@y.example',
      'a@b.example,c@d.example',
      'a@b.example&cc=x',
      'not an address',
      'a@b.example\r\nBcc: x',
    ]) {
      expect(mailtoUrl(draft, to).startsWith('mailto:?subject=')).toBe(true);
    }
  });

  it('round-trips any subject and body, with only subject and body parameters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const parsed = new URL(mailtoUrl({ subject, body }));
        expect([...parsed.searchParams.keys()]).toEqual(['subject', 'body']);
        expect(parsed.searchParams.get('body')).toBe(body.replace(/\r\n?|\n/g, '\r\n'));
        expect(parsed.searchParams.get('subject')).toBe(subject.replace(/[\r\n]+/g, ' '));
      }),
    );
  });

  it('survives a broken character in edited text instead of throwing', () => {
    const parsed = new URL(mailtoUrl({ subject: 'Hi \ud800', body: 'x\udc00y' }));
    expect(parsed.searchParams.get('subject')).toBe('Hi \ufffd');
    expect(parsed.searchParams.get('body')).toBe('x\ufffdy');
  });
});
