/**
 * Possible duplicates (same employer and title from another site within 30 days) are only ever flagged;
 * records are merged when the user says so.
 */
import type { Application } from '../core/application';
import { POSSIBLE_DUPLICATE_DAYS, mergeRecords, possibleDuplicateReason } from '../core/dedupe';
import { withTx } from './connection';
import { ValidationError } from './errors';
import { nowIso } from './records';
import { mergedKey } from './applications';

const WINDOW_MS = POSSIBLE_DUPLICATE_DAYS * 24 * 60 * 60 * 1000;

/** Every flagged pair, walking the [companyKey, appliedAt] index once. */
export async function possibleDuplicates(): Promise<Array<{ a: Application; b: Application; reason: string }>> {
  return withTx(['applications'], 'readonly', async (tx) => {
    const pairs: Array<{ a: Application; b: Application; reason: string }> = [];
    let group: Application[] = [];
    const flush = (): void => {
      for (let i = 0; i < group.length; i++) {
        const a = group[i] as Application;
        const ta = Date.parse(a.appliedAt);
        for (let j = i + 1; j < group.length; j++) {
          const b = group[j] as Application;
          if (Date.parse(b.appliedAt) - ta > WINDOW_MS) break;
          const reason = possibleDuplicateReason(a, b);
          if (reason) pairs.push({ a, b, reason });
        }
      }
      group = [];
    };
    let cursor = await tx.objectStore('applications').index('companyKey_appliedAt').openCursor();
    while (cursor) {
      const r = cursor.value;
      if (group.length && (group[0] as Application).companyKey !== r.companyKey) flush();
      if (r.companyKey) group.push(r);
      cursor = await cursor.continue();
    }
    flush();
    return pairs;
  });
}

/** `keepId` absorbs `mergeId`: histories merged by time, earliest appliedAt, notes and lessons kept; the other is removed. */
export async function mergeApplications(keepId: string, mergeId: string): Promise<Application> {
  if (keepId === mergeId) throw new ValidationError('Choose two different applications to merge.');
  return withTx(['applications', 'meta'], 'readwrite', async (tx) => {
    const store = tx.objectStore('applications');
    const keep = await store.get(keepId);
    const other = await store.get(mergeId);
    if (!keep || !other) throw new ValidationError('One of these applications no longer exists.');
    const merged = mergeRecords(keep, other, nowIso());
    await store.delete(mergeId);
    await store.put(merged);
    // A later capture of the removed record's job (a reloaded confirmation page) lands in the kept record.
    await tx.objectStore('meta').put({ key: mergedKey(other.dedupeKey), value: keepId });
    return merged;
  });
}
