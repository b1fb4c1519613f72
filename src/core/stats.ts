/**
 * Numbers about the search: response, interview and offer rates (overall and by source site), time to a
 * first response, applications per ISO week against a goal, the funnel and outcomes by source.
 * One pass over the records, no quadratic work: 10,000 records take a few milliseconds. Pure: callers pass `now`.
 *
 * Definitions
 * - An application *got a response* when its history (or current status) holds any status other than
 *   applied, ghosted or withdrawn: screening, interviewing, offer, accepted, or rejected (a rejection is an answer).
 * - Its *first response* is the earliest such history entry; days to first response count from appliedAt.
 * - *Stage reached* is the furthest of applied → screening → interviewing → offer in its history
 *   (accepted implies offer); see `stageReached` in lessons.ts. Interview rate = reached interviewing or
 *   further / all; offer rate = reached offer / all.
 * - Rates are fractions 0..1 and 0 when there is nothing to divide.
 */
import { ACTIVE_STATUSES, STATUSES, type ActiveStatus, type Application, type Status } from './application';
import { DAY_MS, isoWeekKey, localDateKey, parseTime, startOfIsoWeek } from './dates';

const NO_RESPONSE: ReadonlySet<Status> = new Set<Status>(['applied', 'ghosted', 'withdrawn']);
const RANK: Record<Status, number> = {
  applied: 0,
  screening: 1,
  interviewing: 2,
  offer: 3,
  accepted: 3,
  rejected: -1,
  ghosted: -1,
  withdrawn: -1,
};

export interface Rates {
  total: number;
  /** Applications that got a response (see the definition above). */
  responded: number;
  /** Reached interviewing or further. */
  interviews: number;
  /** Reached an offer (or accepted). */
  offers: number;
  responseRate: number;
  interviewRate: number;
  offerRate: number;
}

export interface SourceStats extends Rates {
  source: string;
  /** Still applied, screening, interviewing or offer. */
  active: number;
  /** Current status counts: the outcomes. */
  byStatus: Record<Status, number>;
}

export interface FunnelStep {
  stage: ActiveStatus;
  /** Applications that reached this stage or a later one. */
  count: number;
  /** count / the previous step's count; null for the first step or when the previous step is 0. */
  conversion: number | null;
}

export interface WeekCount {
  /** ISO week, `2025-W03` */
  week: string;
  /** The Monday that starts it, local `YYYY-MM-DD`. */
  start: string;
  count: number;
  /** count >= the weekly goal (false when there is no goal). */
  metGoal: boolean;
}

export interface Stats {
  overall: SourceStats;
  /** Most applications first, then by name. */
  bySource: SourceStats[];
  /** Median days from applying to the first response, over applications that got one; null when none did. */
  medianDaysToFirstResponse: number | null;
  /** Oldest week first; the last entry is the current week. */
  weeks: WeekCount[];
  weeklyGoal: number;
  funnel: FunnelStep[];
}

export interface StatsOptions {
  /** How many ISO weeks to count, ending with the current one (default 8, 1–104). */
  weeks?: number;
  /** Applications per week aimed for (default 10; 0 = no goal). */
  weeklyGoal?: number;
}

/** The earliest response in an application's history, as ms since the epoch; NaN when there is none with a valid date. */
export function firstResponseTime(app: Pick<Application, 'history'>): number {
  let first = Number.NaN;
  for (const entry of app.history ?? []) {
    if (NO_RESPONSE.has(entry.status)) continue;
    const t = parseTime(entry.at);
    if (Number.isFinite(t) && !(t >= first)) first = t;
  }
  return first;
}

/** Whether the employer answered at all: any status other than applied, ghosted or withdrawn. */
export function gotResponse(app: Pick<Application, 'status' | 'history'>): boolean {
  if (!NO_RESPONSE.has(app.status)) return true;
  for (const entry of app.history ?? []) if (!NO_RESPONSE.has(entry.status)) return true;
  return false;
}

function emptyByStatus(): Record<Status, number> {
  const out = {} as Record<Status, number>;
  for (const s of STATUSES) out[s] = 0;
  return out;
}

function emptySource(source: string): SourceStats {
  return {
    source,
    total: 0,
    responded: 0,
    interviews: 0,
    offers: 0,
    responseRate: 0,
    interviewRate: 0,
    offerRate: 0,
    active: 0,
    byStatus: emptyByStatus(),
  };
}

function finishRates(s: SourceStats): SourceStats {
  if (s.total > 0) {
    s.responseRate = s.responded / s.total;
    s.interviewRate = s.interviews / s.total;
    s.offerRate = s.offers / s.total;
  }
  return s;
}

function median(values: Float64Array): number | null {
  if (values.length === 0) return null;
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

// The status facts the loop below needs, by position in STATUSES, so each status string is looked up once
// (one Map read) instead of once per fact. The extra last slot is a status Baskets does not know: rank 0 and
// an answer, as `RANK[s] ?? 0` and `!NO_RESPONSE.has(s)` have it.
const STATUS_INDEX: ReadonlyMap<unknown, number> = new Map(STATUSES.map((s, i) => [s, i]));
const UNKNOWN_STATUS = STATUSES.length;
const RANK_AT = Int8Array.from([...STATUSES.map((s) => RANK[s]), 0]);
const ANSWER_AT = Uint8Array.from([...STATUSES.map((s) => (NO_RESPONSE.has(s) ? 0 : 1)), 1]);
/** Still applied, screening, interviewing or offer: the first four statuses. */
const ACTIVE_BELOW = ACTIVE_STATUSES.length;

/** One source's running counts; `byStatus` by position in STATUSES, turned into a record at the end. */
interface Tally {
  stats: SourceStats;
  byStatus: Int32Array;
}

/** All the numbers for the dashboard, in one pass over the records. */
export function computeStats(apps: readonly Application[], now: Date, options: StatsOptions = {}): Stats {
  const weekCount = Math.min(104, Math.max(1, Math.round(options.weeks ?? 8)));
  const weeklyGoal = Math.max(0, options.weeklyGoal ?? 10);

  // Week boundaries (local Mondays), oldest first; computed with calendar arithmetic so DST is respected.
  const starts: number[] = [];
  const thisWeek = startOfIsoWeek(now);
  for (let i = weekCount - 1; i >= 0; i--) {
    const d = new Date(thisWeek);
    d.setDate(d.getDate() - 7 * i);
    starts.push(d.getTime());
  }
  const nextWeek = new Date(thisWeek);
  nextWeek.setDate(nextWeek.getDate() + 7);
  const first = starts[0] as number;
  const end = nextWeek.getTime();
  const perWeek = new Array<number>(weekCount).fill(0);

  const overall = emptySource('all');
  const bySource = new Map<string, Tally>();
  /** Applications whose furthest stage is exactly applied, screening, interviewing, offer. */
  const furthest = [0, 0, 0, 0];
  const delays = new Float64Array(apps.length);
  let delayCount = 0;

  for (const app of apps) {
    const source = app.source || 'unknown';
    let tally = bySource.get(source);
    if (!tally) {
      tally = { stats: emptySource(source), byStatus: new Int32Array(STATUSES.length) };
      bySource.set(source, tally);
    }
    const src = tally.stats;
    const status = STATUS_INDEX.get(app.status) ?? UNKNOWN_STATUS;

    // One walk over the history: stage reached, response, first response time.
    let rank = Math.max(0, RANK_AT[status] as number);
    let responded = ANSWER_AT[status] === 1;
    let firstResponse = Number.NaN;
    const history = app.history ?? [];
    for (let i = 0; i < history.length; i++) {
      const entry = history[i] as (typeof history)[number];
      const e = STATUS_INDEX.get(entry.status) ?? UNKNOWN_STATUS;
      const r = RANK_AT[e] as number;
      if (r > rank) rank = r;
      if (ANSWER_AT[e] === 1) {
        responded = true;
        const t = parseTime(entry.at);
        if (t === t && !(t >= firstResponse)) firstResponse = t;
      }
    }
    const applied = parseTime(app.appliedAt);

    src.total++;
    if (status === UNKNOWN_STATUS) {
      // Not a Baskets status (a damaged record): counted under its own name, as it always was.
      (overall.byStatus as Record<string, number>)[app.status]!++;
      (src.byStatus as Record<string, number>)[app.status]!++;
    } else {
      tally.byStatus[status]!++;
      if (status < ACTIVE_BELOW) src.active++;
    }
    if (responded) {
      src.responded++;
      if (firstResponse === firstResponse && applied === applied) delays[delayCount++] = Math.max(0, (firstResponse - applied) / DAY_MS);
    }
    if (rank >= 2) src.interviews++;
    if (rank >= 3) src.offers++;
    furthest[rank]!++;

    if (applied >= first && applied < end) {
      // Estimate the week, then correct for a daylight-saving hour either side.
      let w = Math.min(weekCount - 1, Math.floor((applied - first) / (7 * DAY_MS)));
      while (w > 0 && applied < (starts[w] as number)) w--;
      while (w < weekCount - 1 && applied >= (starts[w + 1] as number)) w++;
      perWeek[w]!++;
    }
  }

  // The overall figures are the sums of the per-source ones.
  for (const { stats: src, byStatus } of bySource.values()) {
    for (let i = 0; i < STATUSES.length; i++) {
      const s = STATUSES[i] as Status;
      src.byStatus[s] += byStatus[i] as number;
      overall.byStatus[s] += byStatus[i] as number;
    }
    overall.total += src.total;
    overall.active += src.active;
    overall.responded += src.responded;
    overall.interviews += src.interviews;
    overall.offers += src.offers;
  }

  // Reached a stage = got to it or further.
  const reached = [0, 0, 0, 0];
  for (let i = 3, sum = 0; i >= 0; i--) reached[i] = sum += furthest[i] as number;
  const funnel: FunnelStep[] = ACTIVE_STATUSES.map((stage, i) => {
    const count = reached[i] as number;
    const prev = i > 0 ? (reached[i - 1] as number) : 0;
    return { stage, count, conversion: i === 0 || prev === 0 ? null : count / prev };
  });

  const weeks: WeekCount[] = starts.map((start, i) => {
    const d = new Date(start);
    const count = perWeek[i] as number;
    return { week: isoWeekKey(d), start: localDateKey(d), count, metGoal: weeklyGoal > 0 && count >= weeklyGoal };
  });

  return {
    overall: finishRates(overall),
    bySource: [...bySource.values()]
      .map((t) => finishRates(t.stats))
      .sort((a, b) => b.total - a.total || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    medianDaysToFirstResponse: median(delays.subarray(0, delayCount)),
    weeks,
    weeklyGoal,
    funnel,
  };
}

/** "12%" */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
