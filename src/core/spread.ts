/**
 * Plan B: how the user's hopes are spread over employers, and a kind, concrete warning when too much
 * rests on one of them. Pure: no browser API, no clock.
 *
 * Every active application carries hope weighted by its stage (applied 1, screening 2, interviewing 4,
 * offer 8 by default). An employer's share is its hope over all hope. The effective number of employers
 * is 1/Σshare² (the inverse Herfindahl index): "your hopes are spread as if over 1.6 employers".
 */
import { ACTIVE_STATUSES, type ActiveStatus, type Application } from './application';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type SpreadSettings = Pick<
  Settings,
  'hopeWeights' | 'topShareWarn' | 'minActiveEmployers' | 'minActiveApplications' | 'targetShare'
>;

export interface SpreadEmployer {
  /** companyKey */
  key: string;
  /** The most recent `company` spelling recorded for this key. */
  name: string;
  hope: number;
  /** hope / totalHope, 0..1 */
  share: number;
  /** The furthest stage among this employer's active applications. */
  stage: ActiveStatus;
  /** How many of its active applications are at that furthest stage. */
  stageCount: number;
  /** Active applications at this employer. */
  applications: number;
}

export type SpreadWarningKind = 'top-share' | 'few-employers' | 'single-employer';

export interface SpreadWarning {
  kind: SpreadWarningKind;
  text: string;
}

export interface SpreadSuggestion {
  /** The minimum number of new employers, each with one fresh application, that brings the top share under targetShare. */
  addEmployers: number;
  /** The share aimed for: the target, never above the warning threshold. */
  targetShare: number;
  /** True when the number is above SUGGESTION_CAP; the text then does not quote it. */
  capped: boolean;
}

export type SpreadLevel = 'none' | 'ok' | 'warn' | 'alert';

export interface SpreadResult {
  /** Active employers, most hope first (ties by name, then key). */
  employers: SpreadEmployer[];
  totalHope: number;
  /** Share of the employer with the most hope; 0 when nothing is active. */
  topShare: number;
  activeEmployers: number;
  activeApplications: number;
  /** 1/Σshare², between 1 and activeEmployers; 0 when nothing is active. */
  effectiveEmployers: number;
  /**
   * none: nothing active. ok: no warning. warn: some warning. alert: all active applications at one
   * employer, or one employer holding at least halfway between the warning share and 100%
   * (75% by default), in both cases with at least minActiveApplications active applications.
   */
  level: SpreadLevel;
  warnings: SpreadWarning[];
  suggestion?: SpreadSuggestion;
  /** One or two plain sentences for a badge tooltip, popup or notification. */
  summary: string;
}

/** Above this, "apply to N more" stops quoting N: it would read as a chore, not a plan. */
export const SUGGESTION_CAP = 20;

const STAGE_NOUN: Record<ActiveStatus, [singular: string, plural: string]> = {
  applied: ['an application', 'applications'],
  screening: ['a screening', 'screenings'],
  interviewing: ['an interview', 'interviews'],
  offer: ['an offer', 'offers'],
};

/** "an interview", "2 interviews" */
export function stagePhrase(stage: ActiveStatus, count = 1): string {
  const [one, many] = STAGE_NOUN[stage];
  return count <= 1 ? one : `${count} ${many}`;
}

/** "62%" (rounded down near a threshold would mislead, so plain rounding, but never "100%" unless it is all). */
/** Ends a sentence on a name without doubling its own full stop ("Dune & Co."). */
export function endSentence(name: string): string {
  return /[.!?]$/.test(name) ? name : `${name}.`;
}

export function formatShare(share: number): string {
  let pct = Math.round(share * 100);
  if (pct === 100 && share < 1) pct = 99;
  if (pct === 0 && share > 0) pct = 1;
  return `${pct}%`;
}

/** "Your hopes are spread as if over 1.6 employers." */
export function describeEffectiveEmployers(effective: number): string {
  if (effective <= 0) return 'No application is active yet, so no hope rests anywhere.';
  const rounded = effective.toFixed(1);
  if (rounded === '1.0') return 'Your hopes are spread as if over 1.0 employer: all on one.';
  return `Your hopes are spread as if over ${rounded} employers.`;
}

interface Bucket {
  key: string;
  name: string;
  /** Recency of `name`: the appliedAt, createdAt and id of the record it came from. */
  appliedAt: string;
  createdAt: string;
  id: string;
  /** Active applications by stage, in ACTIVE_STATUSES order. */
  counts: [number, number, number, number];
}

/**
 * Recency for the display name: 1 when `app` is more recent than the record that named `bucket`, -1 when
 * older, 0 when they tie. ISO strings as Baskets stores them (toISOString) sort as text, which avoids parsing
 * 10,000 dates; createdAt then id break ties so any record order gives one answer. Compared field by field,
 * without building a tuple per record.
 */
function recency(app: Application, bucket: Bucket): number {
  const appliedAt = app.appliedAt ?? '';
  if (appliedAt !== bucket.appliedAt) return appliedAt > bucket.appliedAt ? 1 : -1;
  const createdAt = app.createdAt ?? '';
  if (createdAt !== bucket.createdAt) return createdAt > bucket.createdAt ? 1 : -1;
  const id = app.id ?? '';
  if (id !== bucket.id) return id > bucket.id ? 1 : -1;
  return 0;
}

/** The position of an active status in ACTIVE_STATUSES, -1 for any other status (one switch, no array search). */
function activeIndex(status: string): number {
  switch (status) {
    case 'applied':
      return 0;
    case 'screening':
      return 1;
    case 'interviewing':
      return 2;
    case 'offer':
      return 3;
    default:
      return -1;
  }
}

function employerKey(app: Application): string {
  const k = typeof app.companyKey === 'string' ? app.companyKey.trim() : '';
  return k || `id:${app.id}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type StageCounts = Record<ActiveStatus, number>;

function stageCounts([applied, screening, interviewing, offer]: readonly [number, number, number, number]): StageCounts {
  return { applied, screening, interviewing, offer };
}

/** Total hope of some active applications, counted by stage: Σ count·weight in a fixed stage order. */
export function hopeOf(counts: StageCounts, weights: SpreadSettings['hopeWeights']): number {
  let total = 0;
  for (const s of ACTIVE_STATUSES) if (counts[s] > 0) total += counts[s] * Math.max(0, weights[s]);
  return total;
}

/**
 * The smallest number of new employers, each carrying one fresh application (the `applied` weight), that
 * brings the largest share strictly under `target`; 0 when it is already under. `allCounts` counts every
 * active application by stage; the total is computed exactly as analyzeSpread computes it, so the answer
 * holds to the last bit, not just on paper.
 */
export function employersNeeded(
  topHope: number,
  allCounts: StageCounts,
  weights: SpreadSettings['hopeWeights'],
  target: number,
): number {
  const w = Math.max(0, weights.applied);
  if (!(hopeOf(allCounts, weights) > 0) || !(target > 0) || !(w > 0)) return 0;
  const top = (n: number) => Math.max(topHope, n > 0 ? w : 0) / hopeOf({ ...allCounts, applied: allCounts.applied + n }, weights);
  if (top(0) < target) return 0;
  // Closed form for topHope/(T + n·w) < t, then nudged to absorb floating-point error.
  const total = hopeOf(allCounts, weights);
  let n = Math.max(1, Math.floor((topHope / target - total) / w) + 1);
  while (n > 1 && top(n - 1) < target) n--;
  while (top(n) >= target) n++;
  return n;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Analyse how hope is spread over employers. Any order of `records` gives the same result. */
export function analyzeSpread(records: readonly Application[], settings: SpreadSettings = DEFAULT_SETTINGS): SpreadResult {
  const weights = settings.hopeWeights;
  const buckets = new Map<string, Bucket>();
  let activeApplications = 0;
  const all: [number, number, number, number] = [0, 0, 0, 0];

  for (const app of records) {
    const key = employerKey(app);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        key,
        name: app.company,
        appliedAt: app.appliedAt ?? '',
        createdAt: app.createdAt ?? '',
        id: app.id ?? '',
        counts: [0, 0, 0, 0],
      };
      buckets.set(key, bucket);
    } else {
      const r = recency(app, bucket);
      if (r > 0 || (r === 0 && compareText(app.company, bucket.name) > 0)) {
        bucket.name = app.company;
        bucket.appliedAt = app.appliedAt ?? '';
        bucket.createdAt = app.createdAt ?? '';
        bucket.id = app.id ?? '';
      }
    }
    const stage = activeIndex(app.status);
    if (stage >= 0) {
      bucket.counts[stage]!++;
      all[stage]!++;
      activeApplications++;
    }
  }
  const allCounts = stageCounts(all);

  // Hope from integer counts in a fixed stage order: the same for any record order.
  const active: SpreadEmployer[] = [];
  const inPlay: Bucket[] = [];
  for (const b of buckets.values()) if (b.counts[0] + b.counts[1] + b.counts[2] + b.counts[3] > 0) inPlay.push(b);
  for (const b of inPlay.sort((x, y) => compareText(x.key, y.key))) {
    const counts = stageCounts(b.counts);
    const hope = hopeOf(counts, weights);
    let applications = 0;
    let stage: ActiveStatus | undefined;
    for (const s of ACTIVE_STATUSES) {
      const c = counts[s];
      if (c > 0) {
        applications += c;
        stage = s;
      }
    }
    if (stage && applications > 0) {
      active.push({ key: b.key, name: b.name.trim() || b.key, hope, share: 0, stage, stageCount: counts[stage], applications });
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

/**
 * A short string naming the warning state (level, warning kinds, the top employer). The background stores
 * the last one it notified about and notifies again only when this changes, so the same state never
 * produces a second notification. Share changes within the same state do not count as a new state.
 */
export function spreadStateKey(result: SpreadResult): string {
  if (result.level === 'none' || result.level === 'ok') return result.level;
  const kinds = result.warnings.map((w) => w.kind).sort().join(',');
  const top = result.employers[0]?.key ?? '';
  return `${result.level}:${kinds}@${top}`;
}
