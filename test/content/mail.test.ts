// The mail content script on the webmail fixtures in jsdom, at their real addresses, with the fixtures' stand-in
// for the webmail's own script: nothing while the option is off or outside the top frame, one message per
// opened message, again for another message, never twice for one, and the page's DOM left as it was.
import { describe, expect, it } from 'vitest';
import { watchMail } from '../../src/content/mail-watch';
import type { ContentExtensionApi } from '../../src/content/ext';
import { parseMessage, type Message } from '../../src/messages';
import { loadFixture, localIso, type MailWindow } from '../sites/mail/load';

const DELAY = 5;

function fakeApi(settings: unknown) {
  const sent: Message[] = [];
  const store: Record<string, unknown> = { settings };
  let reads = 0;
  const api: ContentExtensionApi = {
    runtime: {
      sendMessage: async (message) => {
        sent.push(structuredClone(message));
        return { ok: true };
      },
    },
    storage: {
      local: {
        get: async (key: string) => {
          reads++;
          return key in store ? { [key]: structuredClone(store[key]) } : {};
        },
        set: async (items) => void Object.assign(store, items),
      },
    },
  };
  return { api, sent, store, reads: () => reads };
}

/** Lets the watcher's timers and promises run (it looks at most every DELAY ms after a change). */
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, tries = 100): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await settle(10);
}

function emails(sent: Message[]) {
  return sent.map((m) => {
    expect(m.type).toBe('mail-opened');
    // Every message passes the background's parser unchanged.
    expect(parseMessage(m)).toEqual(m);
    return (m as Extract<Message, { type: 'mail-opened' }>).email;
  });
}

describe('mail content script', () => {
  for (const settings of [undefined, {}, { inbox: false }, { inbox: 'true' }, { inbox: 1 }, 'inbox']) {
    it(`reads and sends nothing while the option is not exactly on (${JSON.stringify(settings)})`, async () => {
      const { window } = loadFixture('gmail', 'inbox');
      const { api, sent } = fakeApi(settings);
      await watchMail({ win: window, api, delay: DELAY });
      window.__open('FMfcgzQbfBsKxGlobexRej1');
      await settle();
      expect(sent).toEqual([]);
    });
  }

  it('sends the message open at load once, and leaves the page as it was', async () => {
    const { window, meta } = loadFixture('gmail', 'message');
    const before = window.document.documentElement.outerHTML;
    const { api, sent } = fakeApi({ inbox: true });
    await watchMail({ win: window, api, delay: DELAY });
    await until(() => sent.length > 0);
    // Gmail keeps updating the page (relative times, hover states): no second send for the same message.
    for (let i = 0; i < 5; i++) {
      window.document.querySelector('span.g3')!.textContent = `10:12 AM (${i + 2} hours ago)`;
      await settle(15);
    }
    await settle();
    const [email, ...rest] = emails(sent);
    expect(rest).toEqual([]);
    expect(email).toMatchObject({
      provider: 'gmail',
      messageId: meta.expected!.messageId,
      from: meta.expected!.from,
      subject: meta.expected!.subject,
      date: localIso(meta.expected!.dateLocal),
    });
    expect(email!.body).toContain('Unfortunately, we have decided to move forward with other candidates');
    window.document.querySelector('span.g3')!.textContent = '10:12 AM (2 hours ago)';
    expect(window.document.documentElement.outerHTML).toBe(before);
  });

  it('on the list sends nothing; each opened thread sends once; reopening one does not send again', async () => {
    const { window } = loadFixture('gmail', 'inbox');
    const { api, sent } = fakeApi({ inbox: true });
    await watchMail({ win: window, api, delay: DELAY });
    await settle();
    expect(sent).toEqual([]);

    window.__open('FMfcgzQbfBsKxGlobexRej1');
    await until(() => sent.length === 1);
    window.__back!();
    await settle();
    window.__open('FMfcgzQbfBsKxAcmeIntv01');
    await until(() => sent.length === 2);
    window.__back!();
    await settle();
    window.__open('FMfcgzQbfBsKxGlobexRej1');
    await settle(100);
    expect(emails(sent).map((e) => [e.messageId, e.subject])).toEqual([
      ['193f1a2b3c4d5e01', 'Your application to Globex'],
      ['193e00aa11bb2202', 'Interview invitation: Frontend Engineer at Acme'],
    ]);
  });

  it('in a thread, sends the open message, then the one the user expands, never a collapsed one', async () => {
    const { window } = loadFixture('gmail', 'thread');
    const { api, sent } = fakeApi({ inbox: true });
    await watchMail({ win: window, api, delay: DELAY });
    await until(() => sent.length === 1);
    expect(window.__expand!('193f9000aa000101')).toBe(true);
    await until(() => sent.length === 2);
    await settle();
    const got = emails(sent);
    expect(got.map((e) => e.messageId)).toEqual(['193f9000aa000103', '193f9000aa000101']);
    expect(got[1]!.body).toContain('Thank you for applying to Initech!');
    expect(got.some((e) => e.body.includes('Unfortunately'))).toBe(false);
  });

  it('on Outlook, sends the item opened by an address change no event reports (pushState)', async () => {
    const { window } = loadFixture('outlook', 'list-and-pane');
    const { api, sent } = fakeApi({ inbox: true });
    await watchMail({ win: window, api, delay: DELAY });
    await settle();
    expect(sent).toEqual([]);
    window.__open('AQMkADAwATNiZmYAZC1hNDhkLTAwAi0wMAoARgAAA3lVHobexPnEn0DyxZZ5VYcHAGPaperco2');
    await until(() => sent.length === 1);
    window.__open('AQMkADAwATNiZmYAZC1hNDhkLTAwAi0wMAoARgAAA3lVHobexPnEn0DyxZZ5VYcHAHooli01');
    await until(() => sent.length === 2);
    const got = emails(sent);
    expect(got.map((e) => e.from)).toEqual(['Paperco <no-reply@hire.lever.co>', 'Hooli Recruiting <recruiting@hooli.example>']);
    expect(got[1]!.body).not.toContain('Unfortunately');
  });

  it('stops for good once the option is switched off, and on abort', async () => {
    const { window } = loadFixture('gmail', 'inbox');
    const { api, sent, store } = fakeApi({ inbox: true });
    await watchMail({ win: window, api, delay: DELAY });
    store.settings = { inbox: false };
    window.__open('FMfcgzQbfBsKxGlobexRej1');
    await settle();
    store.settings = { inbox: true };
    window.__back!();
    window.__open('FMfcgzQbfBsKxAcmeIntv01');
    await settle();
    expect(sent).toEqual([]);

    const second = loadFixture('gmail', 'inbox').window;
    const other = fakeApi({ inbox: true });
    const controller = new AbortController();
    await watchMail({ win: second, api: other.api, delay: DELAY, signal: controller.signal });
    controller.abort();
    second.__open('FMfcgzQbfBsKxGlobexRej1');
    await settle();
    expect(other.sent).toEqual([]);
  });

  it('does nothing in a frame, on a page no webmail claims, or without the extension API', async () => {
    const { window } = loadFixture('gmail', 'message');
    const { api, sent, reads } = fakeApi({ inbox: true });
    const framed = new Proxy(window, {
      get: (target, key) => {
        if (key === 'top') return {};
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as MailWindow & typeof globalThis;
    await watchMail({ win: framed, api, delay: DELAY });
    const elsewhere = loadFixture('gmail', 'message', 'https://calendar.google.com/calendar/u/0/r').window;
    await watchMail({ win: elsewhere, api, delay: DELAY });
    await watchMail({ win: window, api: undefined, delay: DELAY });
    await settle();
    expect(sent).toEqual([]);
    // Not even the setting was read.
    expect(reads()).toBe(0);
  });

  it('survives an extension that went away (sendMessage rejects)', async () => {
    const { window } = loadFixture('gmail', 'inbox');
    const { api } = fakeApi({ inbox: true });
    let calls = 0;
    api.runtime.sendMessage = async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    };
    await watchMail({ win: window, api, delay: DELAY });
    window.__open('FMfcgzQbfBsKxGlobexRej1');
    await until(() => calls === 1);
    window.__back!();
    window.__open('FMfcgzQbfBsKxAcmeIntv01');
    await until(() => calls === 2);
    expect(calls).toBe(2);
  });
});
