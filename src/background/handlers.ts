/**
 * The background's message handling, with every browser API passed in, so it is tested in Node with
 * fakes (a restarted worker is just a new `createHandlers` over the same session storage and database).
 */
import type { Application, JobDetails } from '../core/application';
import { OUTBOX_KEY, parseMessage, type CaptureAck, type CaptureMessage, type ErrorReply, type Message } from '../messages';
import { isTrustedSender, type SenderInfo, type TrustContext } from './sender';

/** What is remembered per tab in storage.session: the job seen on the posting or form, and a submit attempt. */
export interface TabContext {
  job?: JobDetails;
  seenAt?: number;
  attempt?: { job: JobDetails; at: number };
  /** Ids of records this tab captured recently: the toast's Undo may remove only those. */
  captured?: Array<{ id: string; at: number }>;
}

export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface HandlerDeps {
  trust(): Promise<TrustContext>;
  session: SessionStore;
  db: {
    addApplication(
      job: JobDetails,
      opts: { method: 'auto'; signal: string },
    ): Promise<{ record: Application; created: boolean }>;
    addPending(job: JobDetails, signal: string): Promise<{ id: string }>;
    deleteApplications(ids: string[]): Promise<Application[]>;
  };
  toastEnabled(): Promise<boolean>;
  /** Badge refresh and the Plan-B notification check; `status` is set for status changes and captures. */
  changed(reason: 'capture' | 'status' | 'edit'): Promise<void>;
  openDashboard(id?: string): Promise<void>;
  schedulePendingCheck(tabId: number, delayMs: number): void;
  /** A capture could not be stored (the disk is full): tell the user where they look next. */
  writeFailed(message: string): Promise<void>;
  now(): number;
}

/** How long a tab's job context stays useful (a long application form, then the confirmation). */
export const CONTEXT_TTL_MS = 6 * 60 * 60 * 1000;
/** A submit click with no evidence of success after this long becomes a pending candidate. */
export const PENDING_AFTER_MS = 60 * 1000;
const UNDO_WINDOW_MS = 10 * 60 * 1000;
const ACK_KEY = 'acks';

export interface Counters {
  dropped: number;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/**
 * Confirmation pages often do not repeat the title (Lever's /thanks, Indeed's post-apply): fill what
 * the page did not say from what this tab saw on the posting or form, when it is the same site and job.
 */
export function mergeWithContext(job: JobDetails, ctx: TabContext | undefined, now: number): JobDetails {
  const seen = ctx?.attempt?.job ?? ctx?.job;
  const at = ctx?.attempt?.at ?? ctx?.seenAt ?? 0;
  if (!seen || seen.source !== job.source || now - at > CONTEXT_TTL_MS) return job;
  if (job.jobId && seen.jobId && job.jobId !== seen.jobId) return job;
  if (job.company && seen.company && job.company.toLowerCase() !== seen.company.toLowerCase() && job.title) return job;
  return {
    ...job,
    company: job.company || seen.company,
    title: job.title || seen.title,
    location: job.location || seen.location,
    url: job.url || seen.url,
    ...(job.jobId || seen.jobId ? { jobId: job.jobId || seen.jobId } : {}),
  };
}

export function createHandlers(deps: HandlerDeps, counters: Counters = { dropped: 0 }) {
  const readTab = async (tabId: number) => (tabId < 0 ? {} : ((await deps.session.get<TabContext>(tabKey(tabId))) ?? {}));
  const writeTab = async (tabId: number, ctx: TabContext) => {
    if (tabId >= 0) await deps.session.set(tabKey(tabId), ctx);
  };

  async function capture(msg: CaptureMessage, tabId: number): Promise<CaptureAck | ErrorReply> {
    // Idempotent deliveries: a retried message gets the answer the first one got.
    const acks = (await deps.session.get<Record<string, CaptureAck>>(ACK_KEY)) ?? {};
    const known = acks[msg.attemptId];
    if (known) return known;

    const ctx = await readTab(tabId);
    const job = mergeWithContext(msg.job, ctx, deps.now());
    if (!job.title && !job.company) return { ok: false, error: 'Nothing to record: no company and no title.' };
    let ack: CaptureAck;
    if (msg.kind === 'submitted') {
      const { record, created } = await deps.db.addApplication(job, { method: 'auto', signal: msg.signal });
      ack = { ok: true, id: record.id, created, kind: 'submitted', company: record.company, title: record.title, toast: await deps.toastEnabled() };
      const captured = (ctx.captured ?? []).filter((c) => deps.now() - c.at < UNDO_WINDOW_MS);
      if (created) captured.push({ id: record.id, at: deps.now() });
      await writeTab(tabId, { ...ctx, attempt: undefined, captured });
    } else {
      const pending = await deps.db.addPending(job, msg.signal);
      ack = { ok: true, id: pending.id, created: true, kind: 'pending', company: job.company, title: job.title, toast: false };
      await writeTab(tabId, { ...ctx, attempt: undefined });
    }
    const recent = Object.entries({ ...acks, [msg.attemptId]: ack }).slice(-50);
    await deps.session.set(ACK_KEY, Object.fromEntries(recent));
    await deps.changed('capture');
    return ack;
  }

  async function handle(message: Message, sender: SenderInfo): Promise<unknown> {
    const tabId = sender.tab?.id ?? -1;
    switch (message.type) {
      case 'context': {
        const ctx = await readTab(tabId);
        await writeTab(tabId, { ...ctx, job: message.job, seenAt: deps.now() });
        return { ok: true };
      }
      case 'get-context':
        return { ok: true, context: await readTab(tabId) };
      case 'attempt': {
        const ctx = await readTab(tabId);
        if (message.state === 'started' && message.job) {
          await writeTab(tabId, { ...ctx, attempt: { job: message.job, at: deps.now() } });
          deps.schedulePendingCheck(tabId, PENDING_AFTER_MS);
        } else {
          await writeTab(tabId, { ...ctx, attempt: undefined });
        }
        return { ok: true };
      }
      case 'capture':
        return capture(message, tabId);
      case 'undo-capture': {
        const ctx = await readTab(tabId);
        const mine = (ctx.captured ?? []).find((c) => c.id === message.id && deps.now() - c.at < UNDO_WINDOW_MS);
        if (!mine) return { ok: false, error: 'Only a capture just made in this tab can be undone here.' };
        await deps.db.deleteApplications([message.id]);
        await writeTab(tabId, { ...ctx, captured: (ctx.captured ?? []).filter((c) => c.id !== message.id) });
        await deps.changed('edit');
        return { ok: true };
      }
      case 'open-dashboard':
        await deps.openDashboard(message.id);
        return { ok: true };
      case 'data-changed':
        await deps.changed(message.status ? 'status' : 'edit');
        return { ok: true };
    }
  }

  return {
    counters,
    /** Entry point for runtime.onMessage: validates shape and sender, then handles. Never throws. */
    async onMessage(raw: unknown, sender: SenderInfo): Promise<unknown> {
      const message = parseMessage(raw);
      if (!message || !isTrustedSender(message.type, sender, await deps.trust())) {
        counters.dropped++;
        return undefined;
      }
      try {
        return await handle(message, sender);
      } catch (err) {
        const error = err instanceof Error ? err.message : 'Baskets could not handle that.';
        if (err instanceof Error && err.name === 'StorageFullError') await deps.writeFailed(error).catch(() => undefined);
        return { ok: false, error } satisfies ErrorReply;
      }
    },
    /**
     * Captures a content script kept in storage.session but could not get acknowledged (its page
     * navigated away while the worker was restarting): handled when the worker starts. Idempotent,
     * like every delivery; entries that fail (a full disk) stay for the next start.
     */
    async drainOutbox(): Promise<number> {
      const list = await deps.session.get<unknown[]>(OUTBOX_KEY);
      if (!Array.isArray(list) || list.length === 0) return 0;
      const settled = new Set<unknown>();
      let stored = 0;
      for (const raw of list) {
        const message = parseMessage(raw);
        const id = (raw as { attemptId?: unknown } | null)?.attemptId;
        if (message?.type !== 'capture') {
          settled.add(id);
          continue;
        }
        try {
          const reply = await capture(message, -1);
          if (reply.ok) stored++;
          settled.add(id);
        } catch {
          // Stays in the outbox.
        }
      }
      const now = (await deps.session.get<unknown[]>(OUTBOX_KEY)) ?? [];
      await deps.session.set(
        OUTBOX_KEY,
        now.filter((m) => !settled.has((m as { attemptId?: unknown } | null)?.attemptId)),
      );
      return stored;
    },
    /** Alarm for a submit click that never showed a confirmation: leave a pending candidate. */
    async pendingCheck(tabId: number): Promise<void> {
      const ctx = await readTab(tabId);
      if (!ctx.attempt || deps.now() - ctx.attempt.at < PENDING_AFTER_MS - 1000) return;
      await deps.db.addPending(ctx.attempt.job, `submit clicked on ${ctx.attempt.job.source}, no confirmation seen`);
      await writeTab(tabId, { ...ctx, attempt: undefined });
      await deps.changed('capture');
    },
    forgetTab: (tabId: number) => deps.session.remove(tabKey(tabId)),
  };
}
