/**
 * Delivers a capture to the background and waits for its acknowledgement. The service worker may be
 * asleep, restarting or may drop a message: retry with exponential backoff until acknowledged. The
 * background treats deliveries idempotently (same attemptId → same answer), so a retry never adds a record.
 */
import type { CaptureAck, CaptureMessage } from '../messages';

export interface Transport {
  send(message: CaptureMessage): Promise<unknown>;
}

/** Where an unacknowledged capture waits until acknowledged: one storage.local key per capture (see start.ts). */
export interface Outbox {
  put(message: CaptureMessage): Promise<void>;
  remove(attemptId: string): Promise<void>;
}

export interface DeliverOptions {
  attempts?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** A reply that has not come after this long counts as lost. */
  replyTimeoutMs?: number;
}

function isAck(reply: unknown): reply is CaptureAck {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    (reply as { ok?: unknown }).ok === true &&
    typeof (reply as { id?: unknown }).id === 'string'
  );
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function deliver(
  message: CaptureMessage,
  transport: Transport,
  outbox: Outbox | null,
  { attempts = 8, firstDelayMs = 250, maxDelayMs = 8_000, sleep = defaultSleep, replyTimeoutMs = 10_000 }: DeliverOptions = {},
): Promise<CaptureAck | null> {
  await outbox?.put(message).catch(() => undefined);
  let delay = firstDelayMs;
  for (let i = 0; i < attempts; i++) {
    try {
      let stopTimer = () => {};
      const reply = await Promise.race([
        transport.send(message),
        new Promise<undefined>((r) => {
          const t = setTimeout(r, replyTimeoutMs);
          stopTimer = () => clearTimeout(t);
        }),
      ]).finally(() => stopTimer());
      if (isAck(reply)) {
        await outbox?.remove(message.attemptId).catch(() => undefined);
        return reply;
      }
    } catch {
      // "Receiving end does not exist" while the worker restarts, or a lost message: try again.
    }
    if (i < attempts - 1) {
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
  return null;
}
