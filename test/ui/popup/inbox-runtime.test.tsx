// The popup's door to the inbox suggestions (src/ui/runtime.ts): it reads what the background stored under
// INBOX_SUGGESTIONS_KEY (checked, malformed entries left out), follows its changes, and sends `inbox-resolve`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INBOX_SUGGESTIONS_KEY, parseMessage } from '../../../src/messages';

const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const reply: { value: unknown; fail: boolean } = { value: { ok: true }, fail: false };
  return {
    data,
    listeners,
    sent,
    reply,
    browser: {
      storage: {
        local: { get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}) },
        onChanged: {
          addListener: (l: Listener) => void listeners.add(l),
          removeListener: (l: Listener) => void listeners.delete(l),
        },
      },
      runtime: {
        sendMessage: async (m: unknown) => {
          sent.push(m);
          if (reply.fail) throw new Error('Could not establish connection. Receiving end does not exist.');
          return reply.value;
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { loadInboxSuggestions, onInboxSuggestionsChanged, resolveInboxSuggestion } from '../../../src/ui/runtime';

const good = {
  key: '0123456789abcdef',
  kind: 'rejection',
  applicationIds: ['app-1'],
  company: 'Acme',
  title: 'Data Analyst',
  emailDate: '2026-12-03T14:30:00.000Z',
  senderDomain: 'greenhouse-mail.io',
  createdAt: '2026-12-03T14:31:00.000Z',
};

beforeEach(() => {
  fake.data.clear();
  fake.listeners.clear();
  fake.sent.length = 0;
  fake.reply.value = { ok: true };
  fake.reply.fail = false;
});

describe('inbox suggestions through the runtime', () => {
  it('reads the stored list, leaving out what is malformed, and an empty list when there is none', async () => {
    expect(await loadInboxSuggestions()).toEqual([]);
    fake.data.set(INBOX_SUGGESTIONS_KEY, [
      good,
      { ...good, key: 'not hex', kind: 'rejection' },
      { ...good, key: 'fedcba9876543210', kind: 'none' },
    ]);
    expect(await loadInboxSuggestions()).toEqual([good]);
  });

  it('follows changes of that key in storage.local only, until unsubscribed', () => {
    const seen: unknown[] = [];
    const stop = onInboxSuggestionsChanged((s) => seen.push(s));
    for (const l of fake.listeners) l({ [INBOX_SUGGESTIONS_KEY]: { newValue: [good] } }, 'local');
    for (const l of fake.listeners) l({ [INBOX_SUGGESTIONS_KEY]: { newValue: [good] } }, 'session');
    for (const l of fake.listeners) l({ settings: { newValue: {} } }, 'local');
    for (const l of fake.listeners) l({ [INBOX_SUGGESTIONS_KEY]: { oldValue: [good] } }, 'local');
    expect(seen).toEqual([[good], []]);
    stop();
    expect(fake.listeners.size).toBe(0);
  });

  it('sends inbox-resolve as the background parses it, and tells whether the background confirmed it', async () => {
    expect(await resolveInboxSuggestion(good.key, 'recorded')).toBe(true);
    expect(fake.sent).toEqual([{ type: 'inbox-resolve', key: good.key, outcome: 'recorded' }]);
    expect(parseMessage(fake.sent[0])).toEqual(fake.sent[0]);
    fake.reply.value = { ok: false, error: 'no handler' };
    expect(await resolveInboxSuggestion(good.key, 'dismissed')).toBe(false);
    fake.reply.fail = true;
    expect(await resolveInboxSuggestion(good.key, 'dismissed')).toBe(false);
  });
});
