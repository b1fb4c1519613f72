/**
 * Plan B: how the user's hopes are spread over employers, and a kind, concrete warning when too much
 * rests on one of them. Pure: no browser API, no clock.
 *
 * Every active application carries hope weighted by its stage (applied 1, screening 2, interviewing 4,
 * offer 8 by default). An employer's share is its hope over all hope. The effective number of employers
 * is 1/Σshare² (the inverse Herfindahl index): "your hopes are spread as if over 1.6 employers", which
 * belongs under "How is this measured?", not in the note. The note itself is one message per situation:
 * warm when there is progress at one employer, a calm nudge when there are applications only, and one
 * number to act on. A snooze hides it for three days, or until the situation changes.
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

/**
 * The one Plan-B note, shown whenever a warning applies. `good-news`: the top employer has moved past the
 * application (screening, interview, offer). `nudge`: applications only. The action is the one button the
 * note offers: log an application, or see the employers already in play.
 */
export interface PlanBNote {
  tone: 'good-news' | 'nudge';
  headline: string;
  suggestion: string;
  action: 'log' | 'employers';
  /**
   * New employers, one fresh application each, that leave no warning: the top share under the target and
   * at least minActiveEmployers in play. The suggestion quotes it unless `capped`.
   */
  addEmployers: number;
  /** True when addEmployers is above SUGGESTION_CAP: the suggestion then quotes no number. */
  capped: boolean;
}

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
  /** The facts behind the note, one plain sentence each, with no advice. */
  warnings: SpreadWarning[];
  suggestion?: SpreadSuggestion;
  /** The note to show, present exactly when `warnings` is not empty. */
  note?: PlanBNote;
  /** For "How is this measured?": the weights, the effective number of employers, the thresholds. */
  explanation: string;
  /** One or two plain sentences for a badge tooltip or notification: the note's words when there is one. */
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

/** Ends a sentence on a name without doubling its own full stop ("Dune & Co."). */
export function endSentence(name: string): string {
  return /[.!?]$/.test(name) ? name : `${name}.`;
}

/** "62%": plain rounding, but never "100%" unless it is all, nor "0%" when there is some. */
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
export function employersNeeded(topHope: number, allCounts: StageCounts, weights: SpreadSettings['hopeWeights'], target: number): number {
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

  const effectiveEmployers = totalHope > 0 ? Math.min(active.length, Math.max(1, (totalHope * totalHope) / sumSquares)) : 0;
  return finishSpread({ employers: active, totalHope, activeApplications, effectiveEmployers, allCounts }, settings);
}

/** The numbers analyzeSpread gathers from the records, before any judgement or wording. */
export interface SpreadFacts {
  /** Active employers with their shares, most hope first. */
  employers: SpreadEmployer[];
  totalHope: number;
  activeApplications: number;
  effectiveEmployers: number;
  /** Every active application counted by stage. */
  allCounts: StageCounts;
}

/**
 * From the numbers to the judgement and the words: level, facts, the one note and its suggestion, the
 * explanation and the summary. Split from analyzeSpread so that the reference implementation in the tests
 * can check the counting on its own and share the wording.
 */
export function finishSpread(facts: SpreadFacts, settings: SpreadSettings = DEFAULT_SETTINGS): SpreadResult {
  const { employers: active, totalHope, activeApplications, effectiveEmployers, allCounts } = facts;
  const weights = settings.hopeWeights;
  const activeEmployers = active.length;
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
      explanation: explainMeasure(settings, 0),
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

  // The facts behind the note, one sentence each, with no advice: the advice is the note's alone.
  const where = `${top.name} (${stagePhrase(top.stage, top.stageCount)})`;
  const warnings: SpreadWarning[] = [];
  if (single) {
    const text =
      activeApplications === 1
        ? `Your only active application is with ${where}.`
        : activeApplications === 2
          ? `Both of your active applications are with ${where}.`
          : `All ${activeApplications} of your active applications are with ${where}.`;
    warnings.push({ kind: 'single-employer', text });
  }
  if (topWarn) {
    warnings.push({ kind: 'top-share', text: `${formatShare(topShare)} of your hopes rest on ${where}.` });
  }
  if (fewEmployers) {
    const text = activeEmployers === 1 ? 'Only 1 employer is still in play.' : `Only ${activeEmployers} employers are still in play.`;
    warnings.push({ kind: 'few-employers', text });
  }

  const alertShare = settings.topShareWarn + (1 - settings.topShareWarn) / 2;
  const level: SpreadLevel = warnings.length === 0 ? 'ok' : enoughApplications && (single || topShare >= alertShare) ? 'alert' : 'warn';

  const note =
    warnings.length === 0
      ? undefined
      : planBNote(top, {
          activeEmployers,
          activeApplications,
          single,
          topWarn,
          // Enough new employers to bring the top share under the target and to reach the minimum number of
          // employers: then no warning is left. One number, never two that disagree.
          addEmployers: Math.max(suggestion?.addEmployers ?? 0, settings.minActiveEmployers - activeEmployers, single ? 1 : 0),
        });

  const summary = note
    ? `${note.headline} ${note.suggestion}`
    : `Your hopes are spread over ${activeEmployers} employers. The largest share, ${formatShare(topShare)}, rests on ${endSentence(top.name)}`;

  const result: SpreadResult = {
    employers: active,
    totalHope,
    topShare,
    activeEmployers,
    activeApplications,
    effectiveEmployers,
    level,
    warnings,
    explanation: explainMeasure(settings, effectiveEmployers),
    summary,
  };
  if (suggestion) result.suggestion = suggestion;
  if (note) result.note = note;
  return result;
}

function employerCount(n: number): string {
  return `${n} more employer${n === 1 ? '' : 's'}`;
}

/**
 * The one note for a concentrated spread. Progress at the top employer (a screening, an interview, an offer)
 * is good news, told warmly; applications only get a calm nudge. Either way one suggestion with one number.
 */
function planBNote(
  top: SpreadEmployer,
  s: { activeEmployers: number; activeApplications: number; single: boolean; topWarn: boolean; addEmployers: number },
): PlanBNote {
  const n = Math.max(1, s.addEmployers);
  const capped = n > SUGGESTION_CAP;
  const stage = stagePhrase(top.stage, top.stageCount);
  if (top.stage !== 'applied') {
    const headline =
      top.stage === 'offer' ? `Congratulations on ${stage} from ${endSentence(top.name)}` : `Nice, ${stage} at ${endSentence(top.name)}`;
    const suggestion = capped
      ? "Keeping a few other employers in play, with an application or two each week, means one answer won't decide everything."
      : `Keeping ${employerCount(n)} in play means one answer won't decide everything.`;
    return { tone: 'good-news', headline, suggestion, action: s.activeEmployers > 1 ? 'employers' : 'log', addEmployers: n, capped };
  }
  const headline = s.single
    ? s.activeApplications === 1
      ? `Your one active application is with ${endSentence(top.name)}`
      : `All your active applications are with ${endSentence(top.name)}`
    : s.topWarn
      ? `Much of your hope rests on ${top.name} for now.`
      : 'Your applications are with few employers for now.';
  const suggestion = capped
    ? "An application or two elsewhere each week means one answer won't decide everything."
    : `Applying to ${employerCount(n)} means one answer won't decide everything.`;
  return { tone: 'nudge', headline, suggestion, action: 'log', addEmployers: n, capped };
}

function formatWeight(w: number): string {
  return String(Math.round(w * 10) / 10);
}

/** "How is this measured?": the weights, what a share is, the effective number of employers and when a note shows. */
export function explainMeasure(settings: SpreadSettings, effectiveEmployers: number): string {
  const w = settings.hopeWeights;
  const parts = [
    `Each active application counts by how far it has got: an application ${formatWeight(w.applied)}, a screening ${formatWeight(w.screening)}, an interview ${formatWeight(w.interviewing)}, an offer ${formatWeight(w.offer)}.`,
    "An employer's share is its part of that total.",
  ];
  if (effectiveEmployers > 0) {
    parts.push(
      `${describeEffectiveEmployers(effectiveEmployers)} That is one divided by the sum of the squared shares: the more evenly your hopes are spread, the higher it is.`,
    );
  }
  parts.push(
    `Baskets suggests a Plan B when one employer holds ${formatShare(settings.topShareWarn)} or more of your hopes, or fewer than ${settings.minActiveEmployers} employers are in play.`,
  );
  return parts.join(' ');
}

/**
 * A short string naming the warning state (level, warning kinds, the top employer). The background stores
 * the last one it notified about and notifies again only when this changes, so the same state never
 * produces a second notification. Share changes within the same state do not count as a new state.
 */
export function spreadStateKey(result: SpreadResult): string {
  if (result.level === 'none' || result.level === 'ok') return result.level;
  const kinds = result.warnings
    .map((w) => w.kind)
    .sort()
    .join(',');
  const top = result.employers[0]?.key ?? '';
  return `${result.level}:${kinds}@${top}`;
}

/** "Remind me in 3 days". */
export const PLANB_SNOOZE_MS = 3 * 24 * 60 * 60 * 1000;

/** A snoozed Plan-B note: hidden while the state key stays `stateKey` and the time is before `until` (epoch ms). */
export interface PlanBSnooze {
  stateKey: string;
  until: number;
}

/** The snooze to store when the user asks to be reminded later, at `now` (epoch ms). */
export function snoozePlanB(result: SpreadResult, now: number): PlanBSnooze {
  return { stateKey: spreadStateKey(result), until: now + PLANB_SNOOZE_MS };
}

/** A stored snooze, or null when `value` is not one. */
export function readPlanBSnooze(value: unknown): PlanBSnooze | null {
  if (!value || typeof value !== 'object') return null;
  const { stateKey, until } = value as Record<string, unknown>;
  return typeof stateKey === 'string' && stateKey !== '' && typeof until === 'number' && Number.isFinite(until)
    ? { stateKey, until }
    : null;
}

/**
 * Whether the note for `result` is snoozed at `now`: the same state as when the user snoozed it, and less
 * than three days later. A different state (worse, or a new employer on top) shows the note again. A snooze
 * ending further ahead than three days (a clock set back) does not count.
 */
export function isPlanBSnoozed(result: SpreadResult, stored: unknown, now: number): boolean {
  const snooze = readPlanBSnooze(stored);
  if (!snooze || !result.note) return false;
  return snooze.stateKey === spreadStateKey(result) && now < snooze.until && snooze.until - now <= PLANB_SNOOZE_MS;
}
