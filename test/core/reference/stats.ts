/**
 * computeStats (and the parseTime it used) as they were before the loop was made cheaper (commit 3de845e),
 * kept verbatim as the oracle for test/core/aggregates-reference.test.ts.
 */
import { ACTIVE_STATUSES, STATUSES, type Application, type Status } from '../../../src/core/application';
import { DAY_MS, isoWeekKey, localDateKey, startOfIsoWeek } from '../../../src/core/dates';
import type { FunnelStep, SourceStats, Stats, StatsOptions, WeekCount } from '../../../src/core/stats';

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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Milliseconds since the epoch for an ISO 8601 string, or NaN when it does not parse. The exact
 * `toISOString()` form (`2025-03-12T10:00:00.000Z`, what Baskets stores) is read by hand, several times
 * faster than Date.parse, which matters over 10,000 records; anything else goes to Date.parse.
 */
export function referenceParseTime(value: string | undefined | null): number {
  if (typeof value !== 'string' || value === '') return Number.NaN;
  if (value.length === 24 && value.charCodeAt(23) === 90 /* Z */ && value.charCodeAt(10) === 84 /* T */) {
    const y = digits(value, 0, 4);
    const mo = digits(value, 5, 2);
    const d = digits(value, 8, 2);
    const h = digits(value, 11, 2);
    const mi = digits(value, 14, 2);
    const sec = digits(value, 17, 2);
    const ms = digits(value, 20, 3);
    if (
      y >= 100 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= 31 &&
      h >= 0 &&
      h <= 23 &&
      mi >= 0 &&
      mi <= 59 &&
      sec >= 0 &&
      sec <= 59 &&
      ms >= 0 &&
      value[4] === '-' &&
      value[7] === '-' &&
      value[13] === ':' &&
      value[16] === ':' &&
      value[19] === '.'
    ) {
      // Date.UTC would roll 2025-02-30 over into March; Date.parse rejects it. Do the same.
      if (d > daysInMonth(y, mo)) return Number.NaN;
      return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
    }
  }
  return Date.parse(value);
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

/** All the numbers for the dashboard, in one pass over the records. */
export function referenceComputeStats(apps: readonly Application[], now: Date, options: StatsOptions = {}): Stats {
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
  const bySource = new Map<string, SourceStats>();
  const reached = [0, 0, 0, 0];
  const delays = new Float64Array(apps.length);
  let delayCount = 0;

  for (const app of apps) {
    const source = app.source || 'unknown';
    let src = bySource.get(source);
    if (!src) {
      src = emptySource(source);
      bySource.set(source, src);
    }

    // One walk over the history: stage reached, response, first response time.
    let rank = Math.max(0, RANK[app.status] ?? 0);
    let responded = !NO_RESPONSE.has(app.status);
    let firstResponse = Number.NaN;
    const history = app.history ?? [];
    for (let i = 0; i < history.length; i++) {
      const entry = history[i] as (typeof history)[number];
      const r = RANK[entry.status] ?? 0;
      if (r > rank) rank = r;
      if (!NO_RESPONSE.has(entry.status)) {
        responded = true;
        const t = referenceParseTime(entry.at);
        if (t === t && !(t >= firstResponse)) firstResponse = t;
      }
    }
    const applied = referenceParseTime(app.appliedAt);

    overall.total++;
    src.total++;
    overall.byStatus[app.status]++;
    src.byStatus[app.status]++;
    if (RANK[app.status] >= 0 && app.status !== 'accepted') {
      overall.active++;
      src.active++;
    }
    if (responded) {
      overall.responded++;
      src.responded++;
      if (firstResponse === firstResponse && applied === applied) delays[delayCount++] = Math.max(0, (firstResponse - applied) / DAY_MS);
    }
    if (rank >= 2) {
      overall.interviews++;
      src.interviews++;
    }
    if (rank >= 3) {
      overall.offers++;
      src.offers++;
    }
    for (let s = 0; s <= rank; s++) reached[s]!++;

    if (applied >= first && applied < end) {
      // Estimate the week, then correct for a daylight-saving hour either side.
      let w = Math.min(weekCount - 1, Math.floor((applied - first) / (7 * DAY_MS)));
      while (w > 0 && applied < (starts[w] as number)) w--;
      while (w < weekCount - 1 && applied >= (starts[w + 1] as number)) w++;
      perWeek[w]!++;
    }
  }

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
      .map(finishRates)
      .sort((a, b) => b.total - a.total || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    medianDaysToFirstResponse: median(delays.subarray(0, delayCount)),
    weeks,
    weeklyGoal,
    funnel,
  };
}
