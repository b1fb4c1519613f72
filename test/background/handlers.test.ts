// The background's message handling over the real store (fake-indexeddb) and a fake session area.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addApplication, addPending, allApplications, deleteApplications, deleteEverything, listPending, setStatus } from '../../src/db/index';
import { createHandlers, mergeWithContext, type HandlerDeps, type SessionStore } from '../../src/background/handlers';
import { deliver, type Transport } from '../../src/content/deliver';
import type { CaptureMessage } from '../../src/messages';
import type { SenderInfo } from '../../src/background/sender';

const RUNTIME = 'baskets-test-id';
const BASE = 'chrome-extension://baskets-test-id/';
const lever = { company: 'Acme', title: 'Data Analyst', location: 'Berlin', url: 'https://jobs.lever.co/acme/1234', jobId: '1234', source: 'lever' };
const tabSender = (tabId = 7, url = 'https://jobs.lever.co/acme/1234/thanks'): SenderInfo => ({ id: RUNTIME, url, tab: { id: tabId }, frameId: 0 });

function memorySession(): SessionStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(k: string) => structuredClone(data.get(k)) as T | undefined,
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}

function makeDeps(session: SessionStore, now = () => Date.now()): HandlerDeps & { changes: string[]; alarms: number[]; failures: string[] } {
  const changes: string[] = [];
  const alarms: number[] = [];
  const failures: string[] = [];
  return {
    changes,
    alarms,
    failures,
    writeFailed: async (m) => void failures.push(m),
    trust: async () => ({
      runtimeId: RUNTIME,
      extensionBase: BASE,
      isSupportedUrl: (u) => u.hostname === 'jobs.lever.co' || u.hostname.endsWith('greenhouse.io'),
      anySiteGranted: false,
    }),
    session,
    db: { addApplication, addPending, deleteApplications },
    toastEnabled: async () => true,
    changed: async (r) => void changes.push(r),
    openDashboard: async () => undefined,
    schedulePendingCheck: (tabId) => void alarms.push(tabId),
    now,
  };
}

const capture = (attemptId: string, job = lever, kind: 'submitted' | 'pending' = 'submitted'): CaptureMessage => ({
  type: 'capture',
  kind,
  attemptId,
  job,
  signal: 'url:/thanks',
});

beforeEach(async () => {
  await deleteEverything();
});

describe('capture delivery', () => {
  it('a runtime that drops the first N messages still ends in exactly one record', async () => {
    for (const dropped of [0, 1, 3, 6]) {
      await deleteEverything();
      const handlers = createHandlers(makeDeps(memorySession()));
      let calls = 0;
      const transport: Transport = {
        send: async (m) => {
          calls++;
          if (calls <= dropped) throw new Error('Could not establish connection. Receiving end does not exist.');
          return handlers.onMessage(m, tabSender());
        },
      };
      const ack = await deliver(capture(`attempt${dropped}`), transport, null, { sleep: async () => undefined });
      expect(ack?.ok).toBe(true);
      expect(calls).toBe(dropped + 1);
      expect(await allApplications()).toHaveLength(1);
    }
  });

  it('a lost reply (the write happened, the answer did not arrive) is retried without a second record', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    let calls = 0;
    const transport: Transport = {
      send: async (m) => {
        calls++;
        const reply = await handlers.onMessage(m, tabSender());
        return calls <= 2 ? undefined : reply;
      },
    };
    const ack = await deliver(capture('lostreply'), transport, null, { sleep: async () => undefined });
    expect(ack?.created).toBe(true);
    expect(await allApplications()).toHaveLength(1);
  });

  it('a restarted worker (new handlers, same session and database) answers a retried delivery the same way', async () => {
    const session = memorySession();
    const first = await createHandlers(makeDeps(session)).onMessage(capture('restart1'), tabSender());
    const second = await createHandlers(makeDeps(session)).onMessage(capture('restart1'), tabSender());
    expect(second).toEqual(first);
    expect(await allApplications()).toHaveLength(1);
  });

  it('a capture left in the outbox by a page that navigated away is stored when the worker starts, once', async () => {
    const session = memorySession();
    await session.set('outbox', [capture('leftover'), { type: 'capture', attemptId: 'bad one' }]);
    expect(await createHandlers(makeDeps(session)).drainOutbox()).toBe(1);
    expect(await createHandlers(makeDeps(session)).drainOutbox()).toBe(0);
    expect(await session.get('outbox')).toEqual([]);
    expect(await allApplications()).toHaveLength(1);
    // The content script's own retry arriving later changes nothing.
    await createHandlers(makeDeps(session)).onMessage(capture('leftover'), tabSender());
    expect(await allApplications()).toHaveLength(1);
  });

  it('the same job captured again (reload, second tab) stays one record', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const a = (await handlers.onMessage(capture('tab1'), tabSender(1))) as { id: string; created: boolean };
    const b = (await handlers.onMessage(capture('tab2'), tabSender(2))) as { id: string; created: boolean };
    expect(b.id).toBe(a.id);
    expect(b.created).toBe(false);
    expect(await allApplications()).toHaveLength(1);
  });

  it('fills what a confirmation page does not repeat from the job seen in the same tab', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await handlers.onMessage({ type: 'context', job: lever }, tabSender(3, 'https://jobs.lever.co/acme/1234/apply'));
    await handlers.onMessage(capture('thanks', { ...lever, title: '', location: '' }), tabSender(3));
    const [record] = await allApplications();
    expect(record?.title).toBe('Data Analyst');
    expect(record?.location).toBe('Berlin');
  });

  it('an edit and a capture arriving at the same moment both land', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const { record } = await addApplication(lever, { method: 'auto', signal: 'first' });
    await Promise.all([setStatus(record.id, 'interviewing', 'call on Tuesday'), handlers.onMessage(capture('concurrent'), tabSender())]);
    const [after] = await allApplications();
    expect(after?.status).toBe('interviewing');
    expect(after?.history.some((h) => h.note === 'call on Tuesday')).toBe(true);
    expect(await allApplications()).toHaveLength(1);
  });
});

describe('a full disk', () => {
  it('a capture refused for quota is reported to the user, answered as not saved, and stores nothing', async () => {
    const deps = makeDeps(memorySession());
    deps.db = {
      ...deps.db,
      addApplication: async () => {
        const err = new Error('Your browser has no room left for Baskets data.');
        err.name = 'StorageFullError';
        throw err;
      },
    };
    const reply = await createHandlers(deps).onMessage(capture('quota'), tabSender());
    expect(reply).toEqual({ ok: false, error: 'Your browser has no room left for Baskets data.' });
    expect(deps.failures).toEqual(['Your browser has no room left for Baskets data.']);
    expect(await allApplications()).toHaveLength(0);
  });
});

describe('pending candidates', () => {
  it('a submit click with no confirmation becomes one pending candidate, not an application', async () => {
    let now = 1_000_000;
    const deps = makeDeps(memorySession(), () => now);
    const handlers = createHandlers(deps);
    await handlers.onMessage({ type: 'attempt', state: 'started', job: lever }, tabSender(9, 'https://jobs.lever.co/acme/1234/apply'));
    expect(deps.alarms).toEqual([9]);
    now += 61_000;
    await handlers.pendingCheck(9);
    await handlers.pendingCheck(9);
    expect(await listPending()).toHaveLength(1);
    expect(await allApplications()).toHaveLength(0);
  });

  it('a form that came back with errors cancels the attempt', async () => {
    let now = 1_000_000;
    const handlers = createHandlers(makeDeps(memorySession(), () => now));
    await handlers.onMessage({ type: 'attempt', state: 'started', job: lever }, tabSender(4));
    await handlers.onMessage({ type: 'attempt', state: 'cancelled', job: lever }, tabSender(4));
    now += 120_000;
    await handlers.pendingCheck(4);
    expect(await listPending()).toHaveLength(0);
  });
});

describe('senders and payloads', () => {
  it('drops captures from pages, other extensions, unsupported hosts and extension pages', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const bad: SenderInfo[] = [
      { id: 'other-extension', url: 'https://jobs.lever.co/acme/1/thanks', tab: { id: 1 } },
      { id: RUNTIME, url: 'https://evil.example/thanks', tab: { id: 1 } },
      { id: RUNTIME, url: 'https://jobs.lever.co/acme/1/thanks' },
      { id: RUNTIME, url: `${BASE}popup.html` },
      { id: RUNTIME, url: 'file:///etc/passwd', tab: { id: 1 } },
      {},
    ];
    for (const sender of bad) expect(await handlers.onMessage(capture(`s${Math.random().toString(36).slice(2)}`), sender)).toBeUndefined();
    expect(handlers.counters.dropped).toBe(bad.length);
    expect(await allApplications()).toHaveLength(0);
  });

  it('thousands of random or malformed payloads cause no write and no crash', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const senders = fc.oneof(
      fc.constant(tabSender()),
      fc.record({ id: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), tab: fc.record({ id: fc.integer() }) }, { requiredKeys: [] }),
    );
    const payloads = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom('capture', 'context', 'attempt', 'undo-capture', 'data-changed', 'delete'),
        kind: fc.oneof(fc.constantFrom('submitted', 'pending'), fc.string()),
        attemptId: fc.oneof(fc.string(), fc.integer()),
        signal: fc.oneof(fc.string(), fc.constant(null)),
        id: fc.string(),
        job: fc.oneof(
          fc.anything(),
          fc.record({ company: fc.oneof(fc.string({ maxLength: 500 }), fc.integer()), title: fc.anything(), source: fc.string(), url: fc.string() }),
        ),
      }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(payloads, senders, async (payload, sender) => {
        const reply = await handlers.onMessage(payload, sender);
        // Only a fully valid capture from a trusted sender may write; fast-check essentially never builds one.
        if (reply && typeof reply === 'object' && (reply as { kind?: string }).kind === 'submitted') return;
        expect(await allApplications()).toHaveLength(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('undo from the toast', () => {
  it('removes only a record this tab just captured', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const ack = (await handlers.onMessage(capture('undo1'), tabSender(5))) as { id: string };
    expect(await handlers.onMessage({ type: 'undo-capture', id: ack.id }, tabSender(6))).toMatchObject({ ok: false });
    expect(await allApplications()).toHaveLength(1);
    expect(await handlers.onMessage({ type: 'undo-capture', id: ack.id }, tabSender(5))).toEqual({ ok: true });
    expect(await allApplications()).toHaveLength(0);
  });
});

describe('mergeWithContext', () => {
  const now = 10_000_000;
  it('never borrows from another site or another job', () => {
    const ctx = { job: lever, seenAt: now - 1000 };
    expect(mergeWithContext({ ...lever, source: 'greenhouse', title: '' }, ctx, now).title).toBe('');
    expect(mergeWithContext({ ...lever, jobId: '999', title: '' }, ctx, now).title).toBe('');
    expect(mergeWithContext({ ...lever, title: '' }, { job: lever, seenAt: now - 7 * 3600_000 }, now).title).toBe('');
    expect(mergeWithContext({ ...lever, title: '' }, ctx, now).title).toBe('Data Analyst');
  });
});

