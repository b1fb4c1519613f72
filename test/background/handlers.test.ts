// The background's message handling over the real store (fake-indexeddb) and a fake session area.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addApplication,
  addPending,
  allApplications,
  deleteApplications,
  deleteEverything,
  listPending,
  setStatus,
} from '../../src/db/index';
import { createHandlers, RATE_LIMITS, type HandlerDeps, type OutboxStore, type SessionStore } from '../../src/background/handlers';
import { deliver, type Transport } from '../../src/content/deliver';
import type { CaptureMessage } from '../../src/messages';
import type { JobDetails } from '../../src/core/application';
import type { SenderInfo } from '../../src/background/sender';

const RUNTIME = 'baskets-test-id';
const BASE = 'chrome-extension://baskets-test-id/';
const lever: JobDetails = {
  company: 'Acme',
  title: 'Data Analyst',
  location: 'Berlin',
  url: 'https://jobs.lever.co/acme/1234',
  jobId: '1234',
  source: 'lever',
};
const tabSender = (tabId = 7, url = 'https://jobs.lever.co/acme/1234/thanks'): SenderInfo => ({
  id: RUNTIME,
  url,
  tab: { id: tabId },
  frameId: 0,
});

function memorySession(): SessionStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(k: string) => structuredClone(data.get(k)) as T | undefined,
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}

function memoryOutbox(): OutboxStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    entries: async () => [...data.entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]),
    remove: async (keys) => void keys.forEach((k) => data.delete(k)),
  };
}

/** The user's click on the form's submit button in `tabId`, as the content script reports it. */
async function attempt(handlers: ReturnType<typeof createHandlers>, tabId = 7, job: typeof lever = lever) {
  await handlers.onMessage({ type: 'attempt', state: 'started', job }, tabSender(tabId, `${job.url}/apply`));
}

function makeDeps(
  session: SessionStore,
  now = () => Date.now(),
): HandlerDeps & { changes: string[]; alarms: number[]; failures: string[] } {
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
      await attempt(handlers);
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
    await attempt(handlers);
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
    await attempt(createHandlers(makeDeps(session)));
    const first = await createHandlers(makeDeps(session)).onMessage(capture('restart1'), tabSender());
    const second = await createHandlers(makeDeps(session)).onMessage(capture('restart1'), tabSender());
    expect(second).toEqual(first);
    expect(await allApplications()).toHaveLength(1);
  });

  it('a capture left in the outbox by a page that navigated away is stored for its tab, once, and leaves the outbox', async () => {
    const session = memorySession();
    const outbox = memoryOutbox();
    const deps = () => ({ ...makeDeps(session), outbox });
    await attempt(createHandlers(deps()), 7);
    outbox.data.set('outbox:leftover', { ...capture('leftover'), tabId: 7 });
    outbox.data.set('outbox:bad', { type: 'capture', attemptId: 'bad one' });
    outbox.data.set('settings', { toast: true });
    expect(await createHandlers(deps()).drainOutbox()).toBe(1);
    expect(await createHandlers(deps()).drainOutbox()).toBe(0);
    expect([...outbox.data.keys()]).toEqual(['settings']);
    expect(await allApplications()).toHaveLength(1);
    // The content script's own retry arriving later changes nothing.
    await createHandlers(deps()).onMessage(capture('leftover'), tabSender());
    expect(await allApplications()).toHaveLength(1);
  });

  it('a hundred outbox entries written at once from many tabs all become records or questions; none is lost', async () => {
    const session = memorySession();
    const outbox = memoryOutbox();
    const handlers = createHandlers({ ...makeDeps(session), outbox });
    for (let i = 0; i < 100; i++) {
      const job = { ...lever, jobId: `job${i}`, url: `https://jobs.lever.co/acme/job${i}`, title: `Role ${i}` };
      await attempt(handlers, 100 + i, job);
      outbox.data.set(`outbox:a${i}`, { ...capture(`a${i}`, job), tabId: 100 + i });
    }
    await handlers.drainOutbox();
    const records = await allApplications();
    const pending = await listPending();
    // Past 30 per site per hour, the rest are questions for the user.
    expect(records).toHaveLength(RATE_LIMITS.perSitePerHour);
    expect(records.length + pending.length).toBe(100);
    expect(new Set([...records, ...pending].map((r) => r.jobId)).size).toBe(100);
    expect(outbox.data.size).toBe(0);
  });

  it('the same job captured again (reload, second tab) stays one record', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 1);
    await attempt(handlers, 2);
    const a = (await handlers.onMessage(capture('tab1'), tabSender(1))) as { id: string; created: boolean };
    const b = (await handlers.onMessage(capture('tab2'), tabSender(2))) as { id: string; created: boolean };
    expect(b.id).toBe(a.id);
    expect(b.created).toBe(false);
    expect(await allApplications()).toHaveLength(1);
  });

  it('fills what a confirmation page does not repeat from the job seen in the same tab', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await handlers.onMessage({ type: 'context', job: lever }, tabSender(3, 'https://jobs.lever.co/acme/1234/apply'));
    await attempt(handlers, 3);
    await handlers.onMessage(capture('thanks', { ...lever, title: '', location: '' }), tabSender(3));
    const [record] = await allApplications();
    expect(record?.title).toBe('Data Analyst');
    expect(record?.location).toBe('Berlin');
  });

  it('a slug-guessed company on the confirmation never beats the one the form stated', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const form = { ...lever, company: 'Acme Robotics & Co', fields: { company: 'structured' as const, title: 'labelled' as const } };
    await attempt(handlers, 3, form);
    await handlers.onMessage(
      capture('slug', { ...lever, company: 'Acmerobotics', title: 'Acme Robotics', fields: { company: 'slug', title: 'title' } }),
      tabSender(3),
    );
    const [record] = await allApplications();
    expect(record?.company).toBe('Acme Robotics & Co');
    expect(record?.title).toBe('Data Analyst');
  });

  it('an edit and a capture arriving at the same moment both land', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers);
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
    const handlers = createHandlers(deps);
    await attempt(handlers);
    const reply = await handlers.onMessage(capture('quota'), tabSender());
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
      fc.record(
        {
          type: fc.constantFrom('capture', 'context', 'attempt', 'undo-capture', 'data-changed', 'delete'),
          kind: fc.oneof(fc.constantFrom('submitted', 'pending'), fc.string()),
          attemptId: fc.oneof(fc.string(), fc.integer()),
          signal: fc.oneof(fc.string(), fc.constant(null)),
          id: fc.string(),
          job: fc.oneof(
            fc.anything(),
            fc.record({
              company: fc.oneof(fc.string({ maxLength: 500 }), fc.integer()),
              title: fc.anything(),
              source: fc.string(),
              url: fc.string(),
            }),
          ),
        },
        { requiredKeys: ['type'] },
      ),
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
    await attempt(handlers, 5);
    const ack = (await handlers.onMessage(capture('undo1'), tabSender(5))) as { id: string };
    expect(await handlers.onMessage({ type: 'undo-capture', id: ack.id }, tabSender(6))).toMatchObject({ ok: false });
    expect(await allApplications()).toHaveLength(1);
    expect(await handlers.onMessage({ type: 'undo-capture', id: ack.id }, tabSender(5))).toEqual({ ok: true });
    expect(await allApplications()).toHaveLength(0);
  });
});

describe('sites the user switched off', () => {
  it('keeps nothing from them: no journey, no record, no question', async () => {
    const deps = { ...makeDeps(memorySession()), siteEnabled: async (source: string) => source !== 'lever' };
    const handlers = createHandlers(deps);
    await attempt(handlers, 21);
    expect(await handlers.onMessage(capture('off'), tabSender(21))).toMatchObject({ ok: false });
    expect(await allApplications()).toHaveLength(0);
    expect(await listPending()).toHaveLength(0);
  });
});

describe('evidence a page cannot forge', () => {
  it('a confirmation with no submit seen in the tab is a question, not a record', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const ack = await handlers.onMessage(capture('noattempt'), tabSender(11));
    expect(ack).toMatchObject({ ok: true, kind: 'pending' });
    expect(await allApplications()).toHaveLength(0);
    const [question] = await listPending();
    expect(question?.signal).toMatch(/^no-attempt: /);
  });

  it('an attempt for another job of the same site does not make a confirmation that names its job count', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 12, { ...lever, jobId: '999', url: 'https://jobs.lever.co/acme/999' });
    expect(await handlers.onMessage(capture('otherjob'), tabSender(12))).toMatchObject({ kind: 'pending' });
    expect(await allApplications()).toHaveLength(0);
  });

  it('a hidden, tiny or sandboxed frame stores nothing at all, even after an attempt in the tab', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 13);
    const frameSender = { ...tabSender(13), frameId: 4 };
    for (const frame of [{ visible: false, sandboxed: false }, { visible: true, sandboxed: true }, undefined]) {
      const ack = await handlers.onMessage({ ...capture(`frame${String(frame?.sandboxed)}${String(frame?.visible)}`), frame }, frameSender);
      expect(ack).toMatchObject({ ok: true, kind: 'ignored' });
    }
    expect(await allApplications()).toHaveLength(0);
    expect(await listPending()).toHaveLength(0);
    const ok = await handlers.onMessage({ ...capture('visibleframe'), frame: { visible: true, sandboxed: false } }, frameSender);
    expect(ok).toMatchObject({ kind: 'submitted', created: true });
  });

  it('a form that submits into a new window: the attempt in the opener tab counts', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 30);
    const popup = { ...tabSender(31), tab: { id: 31, openerTabId: 30 } };
    expect(await handlers.onMessage(capture('newwindow'), popup)).toMatchObject({ kind: 'submitted', created: true });
  });

  it('windows one page opened, untouched by the user, with no attempt anywhere: one question at most', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    const kinds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const popup = { ...tabSender(40 + i), tab: { id: 40 + i, openerTabId: 39 } };
      kinds.push(((await handlers.onMessage(capture(`burst${i}`, { ...lever, jobId: `b${i}` }), popup)) as { kind: string }).kind);
    }
    expect(kinds).toEqual(['pending', 'ignored', 'ignored', 'ignored', 'ignored', 'ignored']);
    expect(await listPending()).toHaveLength(1);
    expect(await allApplications()).toHaveLength(0);
  });

  it('an attempt reported by a hidden frame is not an attempt', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await handlers.onMessage(
      { type: 'attempt', state: 'started', job: lever, frame: { visible: false, sandboxed: false } },
      { ...tabSender(14), frameId: 2 },
    );
    expect(await handlers.onMessage(capture('hiddenattempt'), tabSender(14))).toMatchObject({ kind: 'pending' });
  });

  it('past 3 new records a minute in one tab, the rest are questions that say why', async () => {
    let now = 5_000_000;
    const handlers = createHandlers(makeDeps(memorySession(), () => now));
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const job = { ...lever, jobId: `r${i}`, url: `https://jobs.lever.co/acme/r${i}` };
      await attempt(handlers, 15, job);
      kinds.push(((await handlers.onMessage(capture(`rate${i}`, job), tabSender(15))) as { kind: string }).kind);
      now += 1000;
    }
    expect(kinds).toEqual(['submitted', 'submitted', 'submitted', 'pending', 'pending']);
    expect((await listPending()).every((p) => p.signal.startsWith('rate-limit: '))).toBe(true);
    // A minute later the tab may record again.
    now += 60_000;
    const job = { ...lever, jobId: 'r9', url: 'https://jobs.lever.co/acme/r9' };
    await attempt(handlers, 15, job);
    expect(await handlers.onMessage(capture('rate9', job), tabSender(15))).toMatchObject({ kind: 'submitted' });
  });

  it('a reload of a recorded confirmation finds the same record and is not rate-limited', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 16);
    const first = (await handlers.onMessage(capture('once'), tabSender(16))) as { id: string };
    for (let i = 0; i < 5; i++) {
      expect(await handlers.onMessage(capture(`reload${i}`), tabSender(16))).toMatchObject({
        kind: 'submitted',
        id: first.id,
        created: false,
      });
    }
    expect(await allApplications()).toHaveLength(1);
  });

  it('a confirmed submission whose job is unknown is kept as one record that asks for its details', async () => {
    const handlers = createHandlers(makeDeps(memorySession()));
    await attempt(handlers, 17, { ...lever, company: '', title: '', location: '', jobId: 'x', url: 'https://jobs.lever.co/acme/x' });
    const bare = { company: '', title: '', location: '', url: 'https://jobs.lever.co/acme/x/thanks', source: 'lever' };
    const ack = await handlers.onMessage(capture('bare', bare as typeof lever), tabSender(17));
    expect(ack).toMatchObject({ ok: true, kind: 'submitted' });
    const [record] = await allApplications();
    expect(record?.needsDetails).toBe(true);
    expect(record?.source).toBe('lever');
  });
});
