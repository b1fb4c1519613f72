/**
 * analyzeSpread as it was before its loop was made cheaper (commit 3de845e), kept verbatim as the oracle for
 * test/core/aggregates-reference.test.ts: the faster one must give exactly the same result for any records.
 */
import { ACTIVE_STATUSES, isActive, type ActiveStatus, type Application } from '../../../src/core/application';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  SUGGESTION_CAP,
  describeEffectiveEmployers,
  employersNeeded,
  endSentence,
  formatShare,
  hopeOf,
  stagePhrase,
  type SpreadEmployer,
  type SpreadLevel,
  type SpreadResult,
  type SpreadSettings,
  type SpreadSuggestion,
  type SpreadWarning,
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

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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

  const activeEmployers = active.length;
  const effectiveEmployers =
    totalHope > 0 ? Math.min(activeEmployers, Math.max(1, (totalHope * totalHope) / sumSquares)) : 0;
  const top = active[0];
  const topShare = top && totalHope > 0 ? top.share : 0;

  if (!top || totalHope <= 0) {
    return {
      employers: active,
      totalHope,
      topShare: 0,
      activeEmployers,
      activeApplications,
      effectiveEmployers: 0,
      level: 'none',
      warnings: [],
      summary: 'No application is active yet. Once you apply, Baskets shows how your hopes are spread.',
    };
  }

  const target = Math.min(settings.targetShare, settings.topShareWarn);
  const enoughApplications = activeApplications >= settings.minActiveApplications;
  const topWarn = enoughApplications && topShare >= settings.topShareWarn;
  const fewEmployers = activeEmployers < settings.minActiveEmployers;
  const single = activeEmployers === 1;

  let suggestion: SpreadSuggestion | undefined;
  if ((topWarn || fewEmployers || single) && topShare >= target) {
    const n = employersNeeded(top.hope, allCounts, weights, target);
    if (n > 0) suggestion = { addEmployers: n, targetShare: target, capped: n > SUGGESTION_CAP };
  }

  const where = `${top.name} (${stagePhrase(top.stage, top.stageCount)})`;
  const pctTarget = formatShare(target);
  const suggestionText = suggestion
    ? suggestion.capped
      ? `It would take more than ${SUGGESTION_CAP} new employers to bring it under ${pctTarget}, so there is no need to chase a number: a few steady applications elsewhere each week keep a door open if this one closes.`
      : `Applying to ${plural(suggestion.addEmployers, 'more employer', 'more employers')} would bring it under ${pctTarget}.`
    : '';

  const warnings: SpreadWarning[] = [];
  if (single) {
    const what =
      activeApplications === 1
        ? `Your only active application is with ${where}.`
        : activeApplications === 2
          ? `Both of your active applications are with ${where}.`
          : `All ${activeApplications} of your active applications are with ${where}.`;
    // When the top-share warning follows, it carries the number; this one just names the situation.
    const text = topWarn
      ? `${what} Other employers in play would give you a Plan B if this one says no.`
      : `${what} ${suggestionText}`.trim();
    warnings.push({ kind: 'single-employer', text });
  }
  if (topWarn) {
    warnings.push({ kind: 'top-share', text: `${formatShare(topShare)} of your hopes rest on ${where}. ${suggestionText}`.trim() });
  }
  if (fewEmployers) {
    const missing = settings.minActiveEmployers - activeEmployers;
    const have =
      activeEmployers === 1 ? 'Only 1 employer is still in play' : `Only ${activeEmployers} employers are still in play`;
    warnings.push({
      kind: 'few-employers',
      text: `${have}. Applying to ${plural(missing, 'more', 'more')} would give you ${settings.minActiveEmployers}, so no single answer weighs too much.`,
    });
  }

  const alertShare = settings.topShareWarn + (1 - settings.topShareWarn) / 2;
  const level: SpreadLevel =
    warnings.length === 0
      ? 'ok'
      : enoughApplications && (single || topShare >= alertShare)
        ? 'alert'
        : 'warn';

  const first = warnings.find((w) => w.kind === 'top-share') ?? warnings[0];
  const summary = first
    ? first.text
    : `${describeEffectiveEmployers(effectiveEmployers)} The largest share, ${formatShare(topShare)}, rests on ${endSentence(top.name)}`;

  const result: SpreadResult = {
    employers: active,
    totalHope,
    topShare,
    activeEmployers,
    activeApplications,
    effectiveEmployers,
    level,
    warnings,
    summary,
  };
  if (suggestion) result.suggestion = suggestion;
  return result;
}
