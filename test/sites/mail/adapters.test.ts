// Both webmail adapters on every fixture, at the fixture's real address: the right fields from the message
// the user opened, nothing from the list, collapsed messages, quoted history or hidden text, and the caps held.
import { describe, expect, it } from 'vitest';
import { MAIL_BODY_MAX } from '../../../src/core/inbox/types';
import { MAIL_LIMITS, parseMessage } from '../../../src/messages';
import { mailAdapterFor } from '../../../src/sites/mail';
import { gmail } from '../../../src/sites/mail/gmail';
import { outlook } from '../../../src/sites/mail/outlook';
import type { OpenedMail } from '../../../src/sites/mail/types';
import { fixtureCases, loadFixture, localIso, type Expected } from './load';

function check(mail: OpenedMail | null, expected: Expected | null, provider: string): void {
  if (!expected) {
    expect(mail).toBeNull();
    return;
  }
  expect(mail).not.toBeNull();
  const m = mail!;
  expect(m.provider).toBe(provider);
  expect(m.messageId).toBe(expected.messageId);
  expect(m.from).toBe(expected.from);
  expect(m.subject).toBe(expected.subject);
  expect(m.date).toBe(localIso(expected.dateLocal));
  for (const s of expected.bodyIncludes) expect(m.body).toContain(s);
  for (const s of expected.bodyExcludes) expect(m.body).not.toContain(s);
  if (expected.bodyLength !== undefined) expect(m.body.length).toBe(expected.bodyLength);
  // Within every cap, so the background's parser takes it as it is.
  expect(m.body.length).toBeLessThanOrEqual(MAIL_BODY_MAX);
  expect(m.from.length).toBeLessThanOrEqual(MAIL_LIMITS.from);
  expect(m.subject.length).toBeLessThanOrEqual(MAIL_LIMITS.subject);
  expect(m.messageId.length).toBeLessThanOrEqual(MAIL_LIMITS.messageId);
  const parsed = parseMessage({ type: 'mail-opened', email: m });
  expect(parsed).not.toBeNull();
}

for (const provider of ['gmail', 'outlook'] as const) {
  const adapter = provider === 'gmail' ? gmail : outlook;
  describe(`${provider} fixtures`, () => {
    for (const name of fixtureCases(provider)) {
      if (loadFixture(provider, name).meta.layoutOnly) continue;
      it(`${name}: reads the opened message and nothing else`, () => {
        const { window, meta } = loadFixture(provider, name);
        expect(mailAdapterFor(window.location.href)).toBe(adapter);
        const before = window.document.documentElement.outerHTML;
        const mail = adapter.openedMessage(window.document, window.location.href);
        check(mail, meta.expected, provider);
        if (meta.expected) expect(adapter.openIds(window.document, window.location.href)).toContain(meta.expected.messageId);
        else expect(adapter.openIds(window.document, window.location.href)).toEqual([]);
        // Reading changes nothing in the page.
        expect(window.document.documentElement.outerHTML).toBe(before);
      });

      const { meta } = loadFixture(provider, name);
      for (const open of meta.opens ?? []) {
        it(`${name}: after opening ${open.thread}, reads that message`, () => {
          const { window } = loadFixture(provider, name);
          expect(window.__open(open.thread)).toBe(true);
          const url = window.location.href;
          if (open.url) expect(url).toBe(open.url);
          check(adapter.openedMessage(window.document, url), open.expected, provider);
        });
      }
      for (const exp of meta.expands ?? []) {
        it(`${name}: after expanding ${exp.message}, reads it by its id, the others stay as they were`, () => {
          const { window } = loadFixture(provider, name);
          const url = window.location.href;
          const before = adapter.openIds(window.document, url);
          expect(before).not.toContain(exp.expected.messageId);
          expect(window.__expand!(exp.message)).toBe(true);
          const after = adapter.openIds(window.document, url);
          expect(after).toContain(exp.expected.messageId);
          check(adapter.openedMessage(window.document, url, exp.expected.messageId), exp.expected, provider);
        });
      }
    }
  });
}

describe('addresses', () => {
  it('claims the webmails, not other pages of their hosts or other hosts', () => {
    expect(mailAdapterFor('https://mail.google.com/mail/u/0/#inbox')).toBe(gmail);
    expect(mailAdapterFor('https://mail.google.com/mail/u/1/#label/Jobs/FMfcgzQbfBsKxGlobexRej1')).toBe(gmail);
    expect(mailAdapterFor('https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1')).toBe(outlook);
    expect(mailAdapterFor('https://outlook.office.com/mail/inbox/id/AAQkAGI2')).toBe(outlook);
    expect(mailAdapterFor('https://outlook.office365.com/mail/')).toBe(outlook);
    expect(mailAdapterFor('https://outlook.live.com/calendar/0/view/month')).toBeNull();
    expect(mailAdapterFor('https://mail.google.com.evil.example/mail/u/0/')).toBeNull();
    expect(mailAdapterFor('https://calendar.google.com/calendar/u/0/r')).toBeNull();
  });
});
