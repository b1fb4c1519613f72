/**
 * analyzeSpread as it was before its loop was made cheaper (commit 3de845e), kept verbatim as the oracle for
 * test/core/aggregates-reference.test.ts: the faster one must give exactly the same result for any records.
 */
import { ACTIVE_STATUSES, isActive, type ActiveStatus, type Application } from '../../../src/core/application';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  finishSpread,
  hopeOf,
  type SpreadEmployer,
  type SpreadResult,
  type SpreadSettings,
  type StageCounts,
} from '../../../src/core/spread';

interface Bucket {
  key: string;
  name: string;
  nameRank: [string, string, string];
  counts: Record<ActiveStatus, number>;
}

// Recency for the display name. ISO strings as Baskets stores them (toISOString) sort as text,
// which avoids parsing 10,000 dates; createdAt then id break ties so any record order gives one answer.
function recency(app: Application): [string, string, string] {
  return [app.appliedAt ?? '', app.createdAt ?? '', app.id ?? ''];
}

function newer(a: [string, string, string], b: [string, string, string]): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] > b[1];
  return a[2] > b[2];
}

function employerKey(app: Application): string {
  const k = typeof app.companyKey === 'string' ? app.companyKey.trim() : '';
  return k || `id:${app.id}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Analyse how hope is spread over employers. Any order of `records` gives the same result. */
export function referenceAnalyzeSpread(records: readonly Application[], settings: SpreadSettings = DEFAULT_SETTINGS): SpreadResult {
  const weights = settings.hopeWeights;
  const buckets = new Map<string, Bucket>();
  let activeApplications = 0;
  const allCounts: StageCounts = { applied: 0, screening: 0, interviewing: 0, offer: 0 };

  for (const app of records) {
    const key = employerKey(app);
    let bucket = buckets.get(key);
    const rank = recency(app);
    if (!bucket) {
      bucket = { key, name: app.company, nameRank: rank, counts: { applied: 0, screening: 0, interviewing: 0, offer: 0 } };
      buckets.set(key, bucket);
    } else if (newer(rank, bucket.nameRank) || (!newer(bucket.nameRank, rank) && compareText(app.company, bucket.name) > 0)) {
      bucket.name = app.company;
      bucket.nameRank = rank;
    }
    if (isActive(app.status)) {
      bucket.counts[app.status]++;
      allCounts[app.status]++;
      activeApplications++;
    }
  }

  // Hope from integer counts in a fixed stage order: the same for any record order.
  const active: SpreadEmployer[] = [];
  for (const b of [...buckets.values()].sort((x, y) => compareText(x.key, y.key))) {
    const hope = hopeOf(b.counts, weights);
    let applications = 0;
    let stage: ActiveStatus | undefined;
    for (const s of ACTIVE_STATUSES) {
      const c = b.counts[s];
      if (c > 0) {
        applications += c;
        stage = s;
      }
    }
    if (stage && applications > 0) {
      active.push({ key: b.key, name: b.name.trim() || b.key, hope, share: 0, stage, stageCount: b.counts[stage], applications });
    }
  }

  // The total from stage counts (not a running sum over employers), so that adding employers changes it
  // exactly as employersNeeded predicts, whatever their keys.
  const totalHope = hopeOf(allCounts, weights);
  let sumSquares = 0;
  for (const e of active) sumSquares += e.hope * e.hope;
  for (const e of active) e.share = totalHope > 0 ? e.hope / totalHope : 0;
  active.sort((a, b) => b.hope - a.hope || compareText(a.name, b.name) || compareText(a.key, b.key));

  const effectiveEmployers = totalHope > 0 ? Math.min(active.length, Math.max(1, (totalHope * totalHope) / sumSquares)) : 0;
  // The judgement and the words are shared (finishSpread); this reference checks the counting.
  return finishSpread({ employers: active, totalHope, activeApplications, effectiveEmployers, allCounts }, settings);
}
