/**
 * The background's message handling, with every browser API passed in, so it is tested in Node with
 * fakes (a restarted worker is just a new `createHandlers` over the same session storage and database).
 *
 * What a capture becomes:
 * - a record, when this tab's journey holds the user's submit attempt for the same site (and the same
 *   job, where both name one) within the TTL. Each field is chosen on its own from the confirmation and
 *   the journey (`resolveConfirmation`): the strongest evidence wins. A record whose job stays unknown
 *   is still kept, and asks the user for the job (`needsDetails`);
 * - a pending question ("Did you apply to …?"), when no attempt was seen, or past the rate limit;
 * - nothing, when it came from a frame the user cannot see (hidden, tiny or sandboxed).
 * Messages are handled one at a time, so no two tabs rewrite each other's session state.
 */
import type { Application, JobDetails } from '../core/application';
import { JOURNEY_TTL_MS, journeyKey, markCaptured, rememberJob, resolveConfirmation, type JourneyEntry } from '../core/journey';
import {
  OUTBOX_PREFIX,
  parseMessage,
  type CaptureAck,
  type CaptureMessage,
  type ErrorReply,
  type FrameView,
  type LastCapture,
  type MessageOf,
  type MessageType,
  type ReplyTo,
} from '../messages';
import type { Inbox } from './inbox';
import { isTrustedSender, type SenderInfo, type TrustContext } from './sender';

/** What is remembered per tab in storage.session (trusted contexts only): its journey and recent captures. */
export interface TabContext {
  journey?: JourneyEntry[];
  /** Journey keys of submit attempts already turned into a "did you finish?" question. */
  asked?: string[];
  /** Ids of records this tab captured recently: the toast's Undo may remove only those. */
  captured?: Array<{ id: string; at: number }>;
}

export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The content scripts' outbox in storage.local: one key per undelivered capture. */
export interface OutboxStore {
  entries(): Promise<Array<[key: string, value: unknown]>>;
  remove(keys: string[]): Promise<void>;
}

export interface HandlerDeps {
  trust(): Promise<TrustContext>;
  session: SessionStore;
  outbox?: OutboxStore;
  db: {
    addApplication(job: JobDetails, opts: { method: 'auto'; signal: string }): Promise<{ record: Application; created: boolean }>;
    addPending(job: JobDetails, signal: string): Promise<{ id: string }>;
    deleteApplications(ids: string[]): Promise<Application[]>;
  };
  toastEnabled(): Promise<boolean>;
  /** False for a site the user switched off in the options: nothing from it is kept. */
  siteEnabled?(source: string): Promise<boolean>;
  /** Badge refresh and the Plan-B notification check; `status` is set for status changes and captures. */
  changed(reason: 'capture' | 'status' | 'edit'): Promise<void>;
  /** A new record was stored: the badge flashes "+1" and the popup offers its Undo. */
  announce?(capture: LastCapture): Promise<void>;
  openDashboard(id?: string, view?: string): Promise<void>;
  schedulePendingCheck(tabId: number, delayMs: number): void;
  /** A capture could not be stored (the disk is full): tell the user where they look next. */
  writeFailed(message: string): Promise<void>;
  /** Outcomes from the inbox (inbox.ts): absent where the opt-in is not wired (then its messages are refused). */
  inbox?: Inbox;
  now(): number;
}

/** How long a tab's journey stays useful (a long application form, then the confirmation). */
export const CONTEXT_TTL_MS = JOURNEY_TTL_MS;
/** A submit click with no evidence of success after this long becomes a pending candidate. */
export const PENDING_AFTER_MS = 60 * 1000;
/** At most this many new records per tab per minute, and per site per hour; past that, questions. */
export const RATE_LIMITS = { perTabPerMinute: 3, perSitePerHour: 30 } as const;
const UNDO_WINDOW_MS = 10 * 60 * 1000;
const ACK_KEY = 'acks';
const RATE_KEY = 'rate';
const ACKS_KEPT = 300;
const OPENER_ASKS_KEY = 'openerAsks';
const OPENER_ASK_MS = 10 * 60 * 1000;

export interface Counters {
  dropped: number;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/** A frame that the user cannot be seen to use: nothing it says counts. */
function unseenFrame(sender: SenderInfo | undefined, frame: FrameView | undefined): boolean {
  if (frame && (frame.sandboxed || !frame.visible)) return true;
  // A frame that does not say how it looks is not believed either.
  return !!sender && typeof sender.frameId === 'number' && sender.frameId !== 0 && !frame;
}

export function createHandlers(deps: HandlerDeps, counters: Counters = { dropped: 0 }) {
  const readTab = async (tabId: number): Promise<TabContext> =>
    tabId < 0 ? {} : ((await deps.session.get<TabContext>(tabKey(tabId))) ?? {});
  const writeTab = async (tabId: number, ctx: TabContext) => {
    if (tabId >= 0) await deps.session.set(tabKey(tabId), ctx);
  };

  // One message at a time: every handler reads and rewrites session state.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function overRateLimit(tabId: number, source: string): Promise<string | undefined> {
    const now = deps.now();
    const rate = (await deps.session.get<Record<string, number[]>>(RATE_KEY)) ?? {};
    const tabTimes = (rate[tabKey(tabId)] ?? []).filter((t) => now - t < 60_000);
    const siteTimes = (rate[`site:${source}`] ?? []).filter((t) => now - t < 3_600_000);
    if (tabId >= 0 && tabTimes.length >= RATE_LIMITS.perTabPerMinute)
      return `more than ${RATE_LIMITS.perTabPerMinute} in a minute in one tab`;
    if (siteTimes.length >= RATE_LIMITS.perSitePerHour) return `more than ${RATE_LIMITS.perSitePerHour} in an hour on one site`;
    return undefined;
  }

  async function countCreated(tabId: number, source: string): Promise<void> {
    const now = deps.now();
    const rate = (await deps.session.get<Record<string, number[]>>(RATE_KEY)) ?? {};
    const keep = (list: number[] | undefined, window: number) => (list ?? []).filter((t) => now - t < window);
    const next: Record<string, number[]> = {};
    for (const [key, list] of Object.entries(rate)) {
      const kept = keep(list, key.startsWith('site:') ? 3_600_000 : 60_000);
      if (kept.length) next[key] = kept;
    }
    if (tabId >= 0) next[tabKey(tabId)] = [...keep(rate[tabKey(tabId)], 60_000), now];
    next[`site:${source}`] = [...keep(rate[`site:${source}`], 3_600_000), now];
    await deps.session.set(RATE_KEY, next);
  }

  async function question(job: JobDetails, signal: string): Promise<CaptureAck> {
    const pending = await deps.db.addPending(job, signal);
    return { ok: true, id: pending.id, created: true, kind: 'pending', company: job.company, title: job.title, toast: false };
  }

  async function capture(msg: CaptureMessage, tabId: number, sender?: SenderInfo): Promise<CaptureAck | ErrorReply> {
    // Idempotent deliveries: a retried message gets the answer the first one got.
    const acks = (await deps.session.get<Record<string, CaptureAck>>(ACK_KEY)) ?? {};
    const known = acks[msg.attemptId];
    if (known) return known;

    let ack: CaptureAck;
    const ctx = await readTab(tabId);
    const now = deps.now();
    // A form that submits into a new window: the attempt was made in the tab that opened this one.
    const openerId = sender?.tab?.openerTabId;
    const opener = typeof openerId === 'number' && openerId >= 0 && openerId !== tabId ? await readTab(openerId) : undefined;
    const journey = [...(opener?.journey ?? []), ...(ctx.journey ?? [])];
    const { job, entry, attempted } = resolveConfirmation(journey, msg.job, now);
    // Windows one page opens, where the user has done nothing and no tab holds an attempt: one question at
    // most every 10 minutes for all of them, so a page cannot fill the popup with questions.
    let unasked = false;
    if (!attempted && opener && openerId !== undefined && !ctx.journey?.length && msg.kind === 'submitted') {
      const asks = (await deps.session.get<Record<string, number>>(OPENER_ASKS_KEY)) ?? {};
      const last = asks[String(openerId)];
      unasked = last !== undefined && now - last < OPENER_ASK_MS;
      if (!unasked) {
        const kept = Object.fromEntries(Object.entries(asks).filter(([, at]) => now - at < OPENER_ASK_MS));
        await deps.session.set(OPENER_ASKS_KEY, { ...kept, [String(openerId)]: now });
      }
    }
    const knownJob = !!job.company || !!job.title;
    if (unseenFrame(sender, msg.frame)) {
      // A hidden, tiny or sandboxed frame: the user cannot have seen it. Nothing is kept.
      ack = { ok: true, id: '', created: false, kind: 'ignored', company: '', title: '', toast: false };
    } else if (msg.kind === 'pending') {
      if (!knownJob) return { ok: false, error: 'Nothing to ask about: no company and no title.' };
      ack = await question(job, msg.signal);
    } else if (!attempted) {
      // A confirmation address or text with no submit seen in this tab: a page can show one without the
      // user ever applying (a frame, a window it opened). Ask, don't record.
      if (!knownJob || unasked) {
        ack = { ok: true, id: '', created: false, kind: 'ignored', company: '', title: '', toast: false };
      } else {
        ack = await question(job, `no-attempt: ${msg.signal}`);
      }
    } else {
      const limit = entry?.capturedAt === undefined ? await overRateLimit(tabId, job.source) : undefined;
      if (limit) {
        ack = knownJob
          ? await question(job, `rate-limit: ${limit}; ${msg.signal}`)
          : { ok: true, id: '', created: false, kind: 'ignored', company: '', title: '', toast: false };
      } else {
        const { record, created } = await deps.db.addApplication(job, { method: 'auto', signal: msg.signal });
        // The note shows what the pages of this tab showed, never what is stored (the user's edits).
        ack = {
          ok: true,
          id: record.id,
          created,
          kind: 'submitted',
          company: job.company,
          title: job.title,
          toast: await deps.toastEnabled(),
        };
        const captured = (ctx.captured ?? []).filter((c) => now - c.at < UNDO_WINDOW_MS);
        if (created) {
          captured.push({ id: record.id, at: now });
          await countCreated(tabId, job.source);
          await deps
            .announce?.({ id: record.id, at: now, company: record.company, title: record.title, source: record.source })
            .catch(() => undefined);
        }
        await writeTab(tabId, { ...ctx, journey: markCaptured(ctx.journey ?? [], job, now), captured });
        if (opener && openerId !== undefined)
          await writeTab(openerId, { ...opener, journey: markCaptured(opener.journey ?? [], job, now) });
      }
    }
    const recent = Object.entries({ ...acks, [msg.attemptId]: ack }).slice(-ACKS_KEPT);
    await deps.session.set(ACK_KEY, Object.fromEntries(recent));
    if (ack.kind !== 'ignored') await deps.changed('capture');
    return ack;
  }

  /** One handler per message type, each held by the compiler to the reply `Replies` promises for it. */
  const handlers: { [T in MessageType]: (message: MessageOf<T>, sender: SenderInfo, tabId: number) => Promise<ReplyTo<T>> } = {
    async context(message, sender, tabId) {
      // A hidden frame's job is not what the user is looking at.
      if (unseenFrame(sender, message.frame)) return { ok: true, tab: tabId };
      const ctx = await readTab(tabId);
      await writeTab(tabId, { ...ctx, journey: rememberJob(ctx.journey ?? [], message.job, deps.now()) });
      return { ok: true, tab: tabId };
    },
    async attempt(message, sender, tabId) {
      if (unseenFrame(sender, message.frame)) return { ok: true, tab: tabId };
      const ctx = await readTab(tabId);
      const now = deps.now();
      if (message.state === 'started' && message.job) {
        const journey = rememberJob(ctx.journey ?? [], message.job, now, true);
        const key = journeyKey(message.job);
        await writeTab(tabId, { ...ctx, journey, asked: (ctx.asked ?? []).filter((k) => k !== key) });
        deps.schedulePendingCheck(tabId, PENDING_AFTER_MS);
      } else if (message.job) {
        // The form came back with errors: that attempt did not submit.
        const key = journeyKey(message.job);
        const journey = (ctx.journey ?? []).map((e) => (journeyKey(e.job) === key && !e.capturedAt ? { ...e, attemptAt: undefined } : e));
        await writeTab(tabId, { ...ctx, journey });
      }
      return { ok: true, tab: tabId };
    },
    capture: (message, sender, tabId) => capture(message, tabId, sender),
    async 'undo-capture'(message, _sender, tabId) {
      const ctx = await readTab(tabId);
      const mine = (ctx.captured ?? []).find((c) => c.id === message.id && deps.now() - c.at < UNDO_WINDOW_MS);
      if (!mine) return { ok: false, error: 'Only a capture just made in this tab can be undone here.' };
      await deps.db.deleteApplications([message.id]);
      await writeTab(tabId, { ...ctx, captured: (ctx.captured ?? []).filter((c) => c.id !== message.id) });
      await deps.changed('edit');
      return { ok: true };
    },
    async 'open-dashboard'(message) {
      await deps.openDashboard(message.id, message.view);
      return { ok: true };
    },
    async 'data-changed'(message) {
      await deps.changed(message.status ? 'status' : 'edit');
      return { ok: true };
    },
    async 'mail-opened'(message) {
      if (!deps.inbox) return { ok: false, error: 'Outcomes from the inbox are not available.' };
      // The email goes no further than this call: only what it leads to is kept.
      const outcome = await deps.inbox.mailOpened(message.email);
      if (outcome === 'suggested' || outcome === 'pending') await deps.changed('edit');
      return { ok: true };
    },
    async 'inbox-resolve'(message) {
      if (!deps.inbox) return { ok: false, error: 'Outcomes from the inbox are not available.' };
      await deps.inbox.resolve(message.key);
      // The popup's own write already reported a status change (data-changed); this only refreshes the badge.
      await deps.changed('edit');
      return { ok: true };
    },
  };

  async function handle<T extends MessageType>(message: MessageOf<T>, sender: SenderInfo): Promise<ReplyTo<T>> {
    const tabId = sender.tab?.id ?? -1;
    if ((message.type === 'context' || message.type === 'attempt' || message.type === 'capture') && deps.siteEnabled) {
      const source = (message as MessageOf<'context' | 'attempt' | 'capture'>).job?.source;
      if (source && !(await deps.siteEnabled(source))) return { ok: false, error: 'This site is switched off in the options.' };
    }
    // The map is indexed by the message's own type, so this handler takes this message.
    const handler = handlers[message.type] as (m: MessageOf<T>, s: SenderInfo, t: number) => Promise<ReplyTo<T>>;
    return handler(message, sender, tabId);
  }

  const fail = async (err: unknown): Promise<ErrorReply> => {
    const error = err instanceof Error ? err.message : 'Baskets could not handle that.';
    if (err instanceof Error && err.name === 'StorageFullError') await deps.writeFailed(error).catch(() => undefined);
    return { ok: false, error };
  };

  let draining: Promise<number> | undefined;
  let drainedAt = 0;

  /**
   * Captures content scripts kept in the outbox but could not get acknowledged (the page navigated away,
   * the worker was restarting). Each is handled like a delivery (idempotent by attempt id) for the tab it
   * came from, then removed; an entry that fails for a full disk stays for the next drain.
   */
  async function drainOutbox(): Promise<number> {
    if (!deps.outbox) return 0;
    const entries = await deps.outbox.entries();
    let stored = 0;
    const settled: string[] = [];
    for (const [key, raw] of entries) {
      if (!key.startsWith(OUTBOX_PREFIX)) continue;
      const message = parseMessage(raw);
      if (message?.type !== 'capture') {
        settled.push(key);
        continue;
      }
      try {
        const reply = await serial(() => capture(message, message.tabId ?? -1));
        if (reply.ok && reply.kind !== 'ignored') stored++;
        settled.push(key);
      } catch (err) {
        if (!(err instanceof Error && err.name === 'StorageFullError')) settled.push(key);
        else await fail(err);
      }
    }
    if (settled.length) await deps.outbox.remove(settled);
    return stored;
  }

  return {
    counters,
    /** Entry point for runtime.onMessage: validates shape and sender, then handles. Never throws. */
    async onMessage(raw: unknown, sender: SenderInfo): Promise<ReplyTo<MessageType> | undefined> {
      const message = parseMessage(raw);
      if (!message || !isTrustedSender(message.type, sender, await deps.trust())) {
        counters.dropped++;
        return undefined;
      }
      try {
        return await serial(() => handle(message, sender));
      } catch (err) {
        return fail(err);
      } finally {
        // Whatever a page could not deliver earlier is picked up on the next message, too.
        if (message.type === 'capture' || message.type === 'context' || message.type === 'attempt') void this.drainSoon();
      }
    },
    drainOutbox: (): Promise<number> => {
      draining ??= drainOutbox().finally(() => {
        draining = undefined;
        drainedAt = deps.now();
      });
      return draining;
    },
    /** A drain, at most every few seconds (messages come in bursts). */
    drainSoon(): Promise<number> {
      if (draining || deps.now() - drainedAt < 3000) return Promise.resolve(0);
      return this.drainOutbox().catch(() => 0);
    },
    /** Alarm for a submit click that never showed a confirmation: leave a pending candidate. */
    async pendingCheck(tabId: number): Promise<void> {
      await serial(async () => {
        const ctx = await readTab(tabId);
        const now = deps.now();
        const asked = new Set(ctx.asked ?? []);
        const due = (ctx.journey ?? []).filter(
          (e) =>
            e.attemptAt !== undefined && !e.capturedAt && now - e.attemptAt >= PENDING_AFTER_MS - 1000 && !asked.has(journeyKey(e.job)),
        );
        if (!due.length) return;
        for (const e of due) {
          if (!e.job.company && !e.job.title) continue;
          await deps.db.addPending(e.job, `submit clicked on ${e.job.source}, no confirmation seen`);
          asked.add(journeyKey(e.job));
        }
        await writeTab(tabId, { ...ctx, asked: [...asked].slice(-50) });
        await deps.changed('capture');
      });
    },
    forgetTab: (tabId: number) => deps.session.remove(tabKey(tabId)),
    /** The inbox switches changed (inbox.ts): in turn with the messages, so no new suggestion is lost to it. */
    inboxSettingsChanged: (): Promise<void> => (deps.inbox ? serial(() => deps.inbox!.settingsChanged()) : Promise.resolve()),
  };
}
