/**
 * Pending candidates: the content script saw a submit click but no confirmation. They wait in their own store
 * until the user confirms ("Did you finish applying?") or dismisses them; they never count as applications.
 */
import type { Application, JobDetails } from '../core/application';
import { LIMITS } from '../core/application';
import { dedupeKeyFor } from '../core/dedupe';
import { cleanText } from '../core/sanitize';
import { upsertJob } from './applications';
import { withTx } from './connection';
import { ValidationError } from './errors';
import { cleanJob, nowIso } from './records';
import type { PendingCandidate } from './schema';

/**
 * Remember a candidate; one per dedupe key (seeing the same job again refreshes it). `appliedAt` (ISO 8601) is
 * when the application was sent, where a source tells it (a confirmation email's date): a "Yes" records that
 * day. A date in the future, or none, means now.
 */
export async function addPending(job: JobDetails, signal: string, appliedAt?: string): Promise<PendingCandidate> {
  const clean = cleanJob(job);
  const cleanSignal = cleanText(signal, LIMITS.signal);
  const sent = appliedAt ? Date.parse(appliedAt) : Number.NaN;
  return withTx(['pending'], 'readwrite', async (tx) => {
    const store = tx.objectStore('pending');
    const now = nowIso();
    const first = Number.isFinite(sent) && sent <= Date.now() ? new Date(sent).toISOString() : now;
    const id = crypto.randomUUID();
    const dedupeKey = dedupeKeyFor({ ...clean, id });
    const existing = await store.index('dedupeKey').get(dedupeKey);
    const candidate: PendingCandidate = existing
      ? { ...existing, ...clean, signal: cleanSignal || existing.signal, updatedAt: now }
      : { ...clean, id, signal: cleanSignal, dedupeKey, createdAt: first, updatedAt: now };
    await store.put(candidate);
    return candidate;
  });
}

/** Newest first. */
export async function listPending(): Promise<PendingCandidate[]> {
  const all = await withTx(['pending'], 'readonly', (tx) => tx.objectStore('pending').getAll());
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The user confirms: the candidate becomes an application (or merges into the existing one) and leaves `pending`. */
export async function confirmPending(id: string): Promise<Application> {
  return withTx(['applications', 'aliases', 'meta', 'pending'], 'readwrite', async (tx) => {
    const pending = tx.objectStore('pending');
    const candidate = await pending.get(id);
    if (!candidate) throw new ValidationError('This question was already answered: the application may have been logged meanwhile.');
    const clean = cleanJob(candidate);
    const { record } = await upsertJob(
      tx,
      clean,
      { method: 'auto', signal: `user-confirmed: ${candidate.signal}`.slice(0, LIMITS.signal), appliedAt: candidate.createdAt },
      nowIso(),
    );
    await pending.delete(id);
    return record;
  });
}

export async function dismissPending(id: string): Promise<void> {
  await withTx(['pending'], 'readwrite', (tx) => tx.objectStore('pending').delete(id));
}
