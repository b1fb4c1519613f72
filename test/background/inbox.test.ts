// Outcomes from the inbox, the background's part: which opened emails are accepted, what they leave behind
// (a suggestion, a pending question, or nothing), and that the email itself is never kept.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import {
  addApplication,
  addPending,
  allApplications,
  confirmPending,
  deleteApplications,
  deleteEverything,
  listPending,
  setStatus,
} from '../../src/db/index';
import { createHandlers, type HandlerDeps } from '../../src/background/handlers';
import {
  createInbox,
  EMAIL_CONFIRMATION_SIGNAL,
  HANDLED_KEPT,
  liveSuggestions,
  outcomeMovesForward,
  suggestionKey,
  SUGGESTIONS_KEPT,
  type InboxDeps,
  type ReadEmail,
} from '../../src/background/inbox';
import type { SenderInfo } from '../../src/background/sender';
import { INBOX_HANDLED_KEY, INBOX_SUGGESTIONS_KEY, readInboxSuggestions, type OpenedEmail } from '../../src/messages';
import type { EmailInput, KnownApplication, MailVerdict } from '../../src/core/inbox/types';
import { pendingReason } from '../../src/ui/popup/pending-list';

// The popup's pending list is imported for its wording only: no browser API is reached.
vi.mock('../../src/ui/runtime', () => ({ notifyDataChanged: async () => undefined }));

const RUNTIME = 'baskets-test-id';
const BASE = 'chrome-extension://baskets-test-id/';
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbKqRv';

const email = (messageId = 'msg-1', over: Partial<OpenedEmail> = {}): OpenedEmail => ({
  provider: 'gmail',
  messageId,
  from: 'Acme Talent <no-reply@greenhouse-mail.io>',
  subject: 'Your application to Acme',
  body: 'Dear Ada, thank you for your interest. Unfortunately we have decided to move forward with other candidates.',
  date: '2026-12-03T09:30:00.000Z',
  ...over,
});

const verdict = (over: Partial<MailVerdict> = {}): MailVerdict => ({
  kind: 'rejection',
  confidence: 0.97,
  match: { strength: 'none', applicationId: null, candidates: [], reason: '' },
  company: '',
  title: '',
  senderDomain: 'greenhouse-mail.io',
  quote: 'Unfortunately we have decided to move forward with other candidates.',
  ...over,
});

const exact = (id: string): MailVerdict['match'] => ({
  strength: 'exact',
  applicationId: id,
  candidates: [id],
  reason: 'company in subject',
});

function memoryLocal() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
  };
}

/** An inbox over the real store, a fake storage.local and a classifier that answers `answer` (and records what it read). */
function makeInbox(answer: (apps: readonly KnownApplication[]) => MailVerdict, settings = { inbox: true, inboxQuote: true }) {
  const local = memoryLocal();
  const read: EmailInput[] = [];
  const readEmail: ReadEmail = (e, apps) => {
    read.push(e);
    return answer(apps);
  };
  const deps: InboxDeps = {
    inboxSettings: async () => settings,
    local,
    applications: allApplications,
    aliases: async () => new Map(),
    readEmail,
    addPending,
    now: () => Date.parse('2026-12-04T10:00:00Z'),
  };
  return { inbox: createInbox(deps), local, read, settings };
}

async function application(company = 'Acme', title = 'Data Analyst', jobId = '1') {
  const { record } = await addApplication(
    { company, title, location: '', url: `https://jobs.lever.co/${company.toLowerCase()}/${jobId}`, jobId, source: 'lever' },
    { method: 'auto', signal: 'test' },
  );
  return record;
}

beforeEach(async () => {
  await deleteEverything();
});

describe('an opened email', () => {
  it('becomes a suggestion for the matched application, keyed by a hash of the message id, and nothing of the email is kept', async () => {
    const app = await application();
    const { inbox, local, read } = makeInbox(() => verdict({ match: exact(app.id) }));
    expect(await inbox.mailOpened(email())).toBe('suggested');
    expect(read).toEqual([{ from: email().from, subject: email().subject, body: email().body, date: email().date }]);
    const [s, ...rest] = readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY));
    expect(rest).toEqual([]);
    expect(s).toEqual({
      key: createHash('sha256').update('gmail:msg-1').digest('hex'),
      kind: 'rejection',
      applicationIds: [app.id],
      company: 'Acme',
      title: 'Data Analyst',
      emailDate: '2026-12-03T09:30:00.000Z',
      senderDomain: 'greenhouse-mail.io',
      quote: 'Unfortunately we have decided to move forward with other candidates.',
      createdAt: '2026-12-04T10:00:00.000Z',
    });
    const kept = JSON.stringify([...local.data.values()]);
    for (const secret of ['msg-1', 'no-reply@', 'Acme Talent', 'Your application to Acme', 'Dear Ada']) expect(kept).not.toContain(secret);
    // Nothing was changed on the application itself: recording is the user's click.
    expect((await allApplications())[0]?.status).toBe('applied');
  });

  it('keeps no quote while "remember a quote" is off, and cuts a long one to 200 characters', async () => {
    const app = await application();
    const off = makeInbox(() => verdict({ match: exact(app.id) }), { inbox: true, inboxQuote: false });
    await off.inbox.mailOpened(email());
    expect(readInboxSuggestions(off.local.data.get(INBOX_SUGGESTIONS_KEY))[0]).not.toHaveProperty('quote');
    const long = makeInbox(() => verdict({ match: exact(app.id), quote: 'é'.repeat(500) }));
    await long.inbox.mailOpened(email());
    expect(Array.from(readInboxSuggestions(long.local.data.get(INBOX_SUGGESTIONS_KEY))[0]?.quote ?? '')).toHaveLength(200);
  });

  it('is not even read while the option is off', async () => {
    const app = await application();
    const { inbox, local, read } = makeInbox(() => verdict({ match: exact(app.id) }), { inbox: false, inboxQuote: true });
    expect(await inbox.mailOpened(email())).toBe('off');
    expect(read).toEqual([]);
    expect(local.data.size).toBe(0);
  });

  it('suggests once per message: opened again, or after the user recorded or dismissed it, it never comes back', async () => {
    const app = await application();
    const { inbox, local, read } = makeInbox(() => verdict({ match: exact(app.id) }));
    await inbox.mailOpened(email());
    expect(await inbox.mailOpened(email())).toBe('seen');
    const key = await suggestionKey(email());
    await inbox.resolve(key);
    expect(readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY))).toEqual([]);
    expect(local.data.get(INBOX_HANDLED_KEY)).toEqual([key]);
    expect(await inbox.mailOpened(email())).toBe('seen');
    expect(read).toHaveLength(1);
    // The same id in the other webmail is another message.
    expect(await inbox.mailOpened(email('msg-1', { provider: 'outlook' }))).toBe('suggested');
  });

  it('suggests only what moves the application forward; a second interview is a new round', async () => {
    const app = await application();
    await setStatus(app.id, 'interviewing');
    for (const [kind, want] of [
      ['interview', 'suggested'],
      ['assessment', 'none'],
      ['offer', 'suggested'],
      ['rejection', 'suggested'],
    ] as const) {
      const { inbox } = makeInbox(() => verdict({ kind, match: exact(app.id) }));
      expect(await inbox.mailOpened(email(`m-${kind}`))).toBe(want);
    }
    await setStatus(app.id, 'rejected');
    const { inbox } = makeInbox(() => verdict({ match: exact(app.id) }));
    expect(await inbox.mailOpened(email('closed'))).toBe('none');
    expect(outcomeMovesForward('rejection', 'offer')).toBe(true);
    expect(outcomeMovesForward('offer', 'accepted')).toBe(false);
  });

  it('lets the user pick between open applications the email fits equally; a weak match or no outcome changes nothing', async () => {
    const a = await application('Acme', 'Data Analyst', '1');
    const b = await application('Acme', 'Data Engineer', '2');
    const c = await application('Acme', 'Analyst Intern', '3');
    await setStatus(c.id, 'withdrawn');
    const ambiguous = makeInbox(() =>
      verdict({ match: { strength: 'ambiguous', applicationId: null, candidates: [a.id, b.id, c.id], reason: 'company in sender' } }),
    );
    expect(await ambiguous.inbox.mailOpened(email())).toBe('suggested');
    const [s] = readInboxSuggestions(ambiguous.local.data.get(INBOX_SUGGESTIONS_KEY));
    expect(s?.applicationIds).toEqual([a.id, b.id]);
    expect(s?.title).toBe('');
    expect(s?.company).toBe('Acme');

    const weak = makeInbox(() => verdict({ match: { strength: 'none', applicationId: null, candidates: [], reason: 'sender domain' } }));
    expect(await weak.inbox.mailOpened(email())).toBe('none');
    const alert = makeInbox(() => verdict({ kind: 'none', match: exact(a.id) }));
    expect(await alert.inbox.mailOpened(email())).toBe('none');
    expect(weak.local.data.size + alert.local.data.size).toBe(0);
  });

  it('a confirmation of an application Baskets does not have becomes a pending question the popup can confirm', async () => {
    const { inbox, local } = makeInbox(() => verdict({ kind: 'confirmation', company: 'Globex', title: 'Controller' }));
    expect(await inbox.mailOpened(email('conf'))).toBe('pending');
    const [p, ...more] = await listPending();
    expect(more).toEqual([]);
    expect(p).toMatchObject({ company: 'Globex', title: 'Controller', source: 'email', signal: EMAIL_CONFIRMATION_SIGNAL });
    expect(pendingReason(p!.signal)).toMatch(/email/i);
    // Opened again: no second question, even after the user answered the first.
    expect(await inbox.mailOpened(email('conf'))).toBe('seen');
    const record = await confirmPending(p!.id);
    expect(record).toMatchObject({ company: 'Globex', title: 'Controller', source: 'email', status: 'applied' });
    // Applied on the day the email says, not the day it was opened.
    expect(record.appliedAt).toBe('2026-12-03T09:30:00.000Z');
    expect(local.data.get(INBOX_SUGGESTIONS_KEY)).toBeUndefined();

    // A confirmation for a known application, or one naming no employer, asks nothing.
    const known = await application();
    const matched = makeInbox(() => verdict({ kind: 'confirmation', company: 'Acme', match: exact(known.id) }));
    expect(await matched.inbox.mailOpened(email('conf2'))).toBe('none');
    const nameless = makeInbox(() => verdict({ kind: 'confirmation', company: ' ' }));
    expect(await nameless.inbox.mailOpened(email('conf3'))).toBe('none');
    expect(await listPending()).toEqual([]);
  });

  it('keeps the newest 20 suggestions and the newest 2000 answered keys', async () => {
    const app = await application();
    const { inbox, local } = makeInbox(() => verdict({ match: exact(app.id) }));
    for (let i = 0; i < SUGGESTIONS_KEPT + 5; i++) await inbox.mailOpened(email(`m${i}`));
    const list = readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY));
    expect(list).toHaveLength(SUGGESTIONS_KEPT);
    expect(list[0]?.key).toBe(await suggestionKey(email(`m${SUGGESTIONS_KEPT + 4}`)));
    local.data.set(
      INBOX_HANDLED_KEY,
      Array.from({ length: HANDLED_KEPT }, (_, i) => i.toString(16).padStart(16, '0')),
    );
    await inbox.resolve(list[0]!.key);
    const handled = local.data.get(INBOX_HANDLED_KEY) as string[];
    expect(handled).toHaveLength(HANDLED_KEPT);
    expect(handled.at(-1)).toBe(list[0]!.key);
    expect(handled[0]).toBe((1).toString(16).padStart(16, '0'));
  });

  it('switching "remember a quote" off drops the waiting quotes; switching the option off drops the suggestions, not the answered keys', async () => {
    const app = await application();
    const settings = { inbox: true, inboxQuote: true };
    const { inbox, local } = makeInbox(() => verdict({ match: exact(app.id) }), settings);
    await inbox.mailOpened(email('q1'));
    await inbox.mailOpened(email('q2'));
    await inbox.resolve(await suggestionKey(email('q2')));
    await inbox.settingsChanged();
    expect(readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY))[0]?.quote).toMatch(/^Unfortunately/);
    settings.inboxQuote = false;
    await inbox.settingsChanged();
    const [waiting, ...none] = readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY));
    expect(none).toEqual([]);
    expect(waiting).not.toHaveProperty('quote');
    expect(waiting?.applicationIds).toEqual([app.id]);
    settings.inbox = false;
    await inbox.settingsChanged();
    expect(local.data.get(INBOX_SUGGESTIONS_KEY)).toEqual([]);
    expect(local.data.get(INBOX_HANDLED_KEY)).toEqual([await suggestionKey(email('q2'))]);
  });

  it('drops suggestions whose applications are gone or already moved on when they are read', async () => {
    const s = { kind: 'rejection', company: 'Acme', title: '', emailDate: '', senderDomain: '', createdAt: '2026-12-04T10:00:00Z' };
    const stored = [
      { ...s, key: 'a'.repeat(64), applicationIds: ['gone'] },
      { ...s, key: 'b'.repeat(64), applicationIds: ['gone', 'here', 'closed'] },
      { ...s, key: 'c'.repeat(64), applicationIds: ['closed'] },
    ];
    const statuses = new Map([
      ['here', 'screening'],
      ['closed', 'rejected'],
    ]);
    expect(liveSuggestions(stored, statuses)).toEqual([{ ...s, key: 'b'.repeat(64), applicationIds: ['here'] }]);

    // The handler prunes the same way when it adds a suggestion.
    const gone = await application('Initech', 'Analyst', '9');
    const kept = await application('Globex', 'Controller', '8');
    let target = gone.id;
    const { inbox, local } = makeInbox(() => verdict({ match: exact(target) }));
    await inbox.mailOpened(email('one'));
    await deleteApplications([gone.id]);
    target = kept.id;
    await inbox.mailOpened(email('two'));
    expect(readInboxSuggestions(local.data.get(INBOX_SUGGESTIONS_KEY)).map((x) => x.applicationIds)).toEqual([[kept.id]]);
  });
});

describe('who may send inbox messages', () => {
  const sender = (over: Partial<SenderInfo> = {}): SenderInfo => ({ id: RUNTIME, url: GMAIL, tab: { id: 4 }, frameId: 0, ...over });

  function handlersWith(inboxEnabled: boolean) {
    const changes: string[] = [];
    const calls: string[] = [];
    const deps: HandlerDeps = {
      trust: async () => ({ runtimeId: RUNTIME, extensionBase: BASE, isSupportedUrl: () => true, anySiteGranted: true, inboxEnabled }),
      session: { get: async () => undefined, set: async () => undefined, remove: async () => undefined },
      db: {
        addApplication: () => Promise.reject(new Error('no')),
        addPending: () => Promise.reject(new Error('no')),
        deleteApplications: async () => [],
      },
      toastEnabled: async () => true,
      changed: async (r) => void changes.push(r),
      openDashboard: async () => undefined,
      schedulePendingCheck: () => undefined,
      writeFailed: async () => undefined,
      inbox: {
        mailOpened: async (e) => (calls.push(`opened ${e.messageId}`), 'suggested'),
        resolve: async (key) => void calls.push(`resolve ${key}`),
        settingsChanged: async () => void calls.push('settings'),
      },
      now: () => 0,
    };
    return { handlers: createHandlers(deps), changes, calls };
  }

  it('takes an opened email only from a webmail tab’s top frame over https, and only while the option is on', async () => {
    const { handlers, calls, changes } = handlersWith(true);
    for (const url of [
      GMAIL,
      'https://outlook.live.com/mail/0/inbox/id/AQMk',
      'https://outlook.office.com/mail/id/1',
      'https://outlook.office365.com/mail/',
    ]) {
      expect(await handlers.onMessage({ type: 'mail-opened', email: email(url) }, sender({ url }))).toEqual({ ok: true });
    }
    expect(calls).toHaveLength(4);
    expect(changes).toEqual(['edit', 'edit', 'edit', 'edit']);
    const refused: SenderInfo[] = [
      sender({ frameId: 2 }),
      sender({ url: 'http://mail.google.com/mail/u/0/' }),
      sender({ url: 'https://mail.google.com.evil.example/mail/' }),
      sender({ url: 'https://jobs.lever.co/acme/1' }),
      sender({ url: 'https://mail.google.com:8443/mail/' }),
      sender({ tab: undefined }),
      sender({ id: 'another-extension' }),
      sender({ url: `${BASE}popup.html`, tab: undefined }),
    ];
    for (const s of refused) expect(await handlers.onMessage({ type: 'mail-opened', email: email('x') }, s)).toBeUndefined();
    expect(await handlersWith(false).handlers.onMessage({ type: 'mail-opened', email: email('x') }, sender())).toBeUndefined();
    expect(calls).toHaveLength(4);
  });

  it('takes a resolve only from the extension’s own pages', async () => {
    const { handlers, calls } = handlersWith(true);
    const message = { type: 'inbox-resolve', key: 'c'.repeat(64), outcome: 'recorded' };
    expect(await handlers.onMessage(message, sender())).toBeUndefined();
    expect(await handlers.onMessage(message, sender({ url: 'https://jobs.lever.co/acme/1' }))).toBeUndefined();
    expect(await handlers.onMessage(message, { id: RUNTIME, url: `${BASE}popup.html` })).toEqual({ ok: true });
    expect(calls).toEqual([`resolve ${'c'.repeat(64)}`]);
  });
});
