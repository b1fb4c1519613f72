/**
 * Stats and charts, computed only when this view opens (never on the first paint of the table):
 * rates overall and by source, median days to a first response, the funnel, applications per week against
 * the goal, hope spread across employers, outcomes by source.
 */
import { STATUS_LABELS, type Status } from '../../core/application';
import { analyzeSpread } from '../../core/spread';
import { computeStats, formatRate, type SourceStats, type Stats } from '../../core/stats';
import { allApplications } from '../../db/index';
import { Banner } from '../components/banner';
import { Loading } from '../components/states';
import { ChartFigure, FunnelSvg, StackedSvg, WeeklySvg } from './charts';
import { useDashboard } from './context';
import { siteLabel } from './format';
import { SpreadChart } from './planb-view';
import { useLoad } from './use-records';
import { useSettings } from './use-settings';

export const CHART_WEEKS = 12;
const SOURCES_SHOWN = 10;

/** A source site as people name it; every site Baskets does not know by name is "Other sites", as in the table. */
function siteName(source: string): string {
  return source === 'generic' ? 'Other sites' : siteLabel(source);
}

/** A `YYYY-MM-DD` day as a local date. */
function localDay(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The one way charts write a week's start, in the user's locale: day and month ("14 Sept", "Sep 14", "14.09."
 * as the locale has it), with the year when the weeks shown span two years. Axes, tables and tooltips all use it.
 */
export function weekDateFormat(locale: string | undefined, days: readonly string[]): (ymd: string) => string {
  const years = new Set(days.map((d) => d.slice(0, 4)));
  const options: Intl.DateTimeFormatOptions =
    years.size > 1 ? { year: 'numeric', month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat(undefined, options);
  }
  return (ymd) => format.format(localDay(ymd));
}

function defaultLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language || undefined;
}

export function ChartsView({ locale = defaultLocale() }: { locale?: string | undefined } = {}) {
  const api = useDashboard();
  const settings = useSettings();
  const loaded = useLoad(async () => {
    const all = await allApplications();
    return { all, now: new Date() };
  }, [api.version]);

  return (
    <section aria-labelledby="charts-heading" class="charts-view">
      <h2 id="charts-heading">Charts and numbers</h2>
      {loaded.state === 'loading' && <Loading label="Counting…" />}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
      {loaded.state === 'ready' &&
        (loaded.value.all.length === 0 ? (
          <p>No applications yet: charts appear once you have applied somewhere.</p>
        ) : (
          <ChartsBody
            stats={computeStats(loaded.value.all, loaded.value.now, { weeks: CHART_WEEKS, weeklyGoal: settings.weeklyGoal })}
            spread={analyzeSpread(loaded.value.all, settings)}
            locale={locale}
          />
        ))}
    </section>
  );
}

function days(n: number | null): string {
  if (n === null) return 'no response yet';
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

/** Everything below the heading; `locale` decides how dates are written (the browser's language by default). */
export function ChartsBody({
  stats,
  spread,
  locale,
}: {
  stats: Stats;
  spread: ReturnType<typeof analyzeSpread>;
  locale?: string | undefined;
}) {
  const o = stats.overall;
  return (
    <div class="charts">
      <section aria-labelledby="rates-heading">
        <h3 id="rates-heading">Rates</h3>
        <ul class="plain-list stats-grid">
          <li class="stat">
            <span class="stat-figure">{formatRate(o.responseRate)}</span> response rate
            <span class="muted small">
              {' '}
              ({o.responded} of {o.total})
            </span>
          </li>
          <li class="stat">
            <span class="stat-figure">{formatRate(o.interviewRate)}</span> interview rate
            <span class="muted small">
              {' '}
              ({o.interviews} of {o.total})
            </span>
          </li>
          <li class="stat">
            <span class="stat-figure">{formatRate(o.offerRate)}</span> offer rate
            <span class="muted small">
              {' '}
              ({o.offers} of {o.total})
            </span>
          </li>
          <li class="stat">
            <span class="stat-figure">{days(stats.medianDaysToFirstResponse)}</span> median time to a first response
          </li>
        </ul>
        <RatesBySource sources={stats.bySource} />
      </section>
      <FunnelChart stats={stats} />
      <WeeklyChart stats={stats} locale={locale} />
      <SpreadChart spread={spread} />
      <OutcomesChart sources={stats.bySource} />
    </div>
  );
}

function RatesBySource({ sources }: { sources: SourceStats[] }) {
  return (
    <table class="data-table">
      <caption>Rates by source site</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Applications</th>
          <th scope="col">Response rate</th>
          <th scope="col">Interview rate</th>
          <th scope="col">Offer rate</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.source}>
            <th scope="row">{siteName(s.source)}</th>
            <td>{s.total}</td>
            <td>{formatRate(s.responseRate)}</td>
            <td>{formatRate(s.interviewRate)}</td>
            <td>{formatRate(s.offerRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FunnelChart({ stats }: { stats: Stats }) {
  const steps = stats.funnel.map((f) =>
    f.conversion === null
      ? { stage: f.stage, label: STATUS_LABELS[f.stage], count: f.count }
      : { stage: f.stage, label: STATUS_LABELS[f.stage], count: f.count, conversionText: formatRate(f.conversion) },
  );
  const summary = stats.funnel
    .map((f, i) =>
      i === 0
        ? `${f.count} applied`
        : `${f.count} reached ${STATUS_LABELS[f.stage].toLowerCase()} (${f.conversion === null ? '—' : formatRate(f.conversion)})`,
    )
    .join(', ');
  return (
    <ChartFigure
      title="Pipeline funnel"
      summary={`${summary}.`}
      table={{
        columns: ['Stage', 'Applications that reached it', 'Conversion from the step before'],
        rows: stats.funnel.map((f) => [STATUS_LABELS[f.stage], f.count, f.conversion === null ? '—' : formatRate(f.conversion)]),
      }}
    >
      <FunnelSvg stages={steps} />
    </ChartFigure>
  );
}

function WeeklyChart({ stats, locale }: { stats: Stats; locale?: string | undefined }) {
  const goal = stats.weeklyGoal;
  const met = stats.weeks.filter((w) => w.metGoal).length;
  const current = stats.weeks[stats.weeks.length - 1];
  const day = weekDateFormat(
    locale,
    stats.weeks.map((w) => w.start),
  );
  const summary =
    `${stats.weeks.reduce((a, w) => a + w.count, 0)} applications in the last ${stats.weeks.length} weeks` +
    (current ? `, ${current.count} this week` : '') +
    (goal > 0 ? `. Weekly goal ${goal}, met in ${met} of ${stats.weeks.length} weeks.` : '. No weekly goal set.');
  return (
    <ChartFigure
      title="Applications per week"
      summary={summary}
      table={{
        columns: ['Week starting', 'Applications', ...(goal > 0 ? [`Goal of ${goal} met`] : [])],
        rows: stats.weeks.map((w) => [
          day(w.start),
          w.count,
          ...(goal > 0 ? [w.metGoal ? { text: '✓', label: 'met' } : { text: '—', label: 'not met' }] : []),
        ]),
      }}
    >
      <WeeklySvg weeks={stats.weeks.map((w) => ({ key: w.week, label: day(w.start), count: w.count }))} goal={goal} />
    </ChartFigure>
  );
}

/** Outcome segments, each in the colour of a status chip: still active ones take the Applied chip's colour. */
const OUTCOMES: Array<{ label: string; tone: Status }> = [
  { label: 'Still active', tone: 'applied' },
  { label: 'Accepted', tone: 'accepted' },
  { label: 'Rejected', tone: 'rejected' },
  { label: 'Ghosted', tone: 'ghosted' },
  { label: 'Withdrawn', tone: 'withdrawn' },
];

function outcomeValues(s: SourceStats): number[] {
  const b = s.byStatus;
  return [b.applied + b.screening + b.interviewing + b.offer, b.accepted, b.rejected, b.ghosted, b.withdrawn];
}

function OutcomesChart({ sources }: { sources: SourceStats[] }) {
  const shown = sources.slice(0, SOURCES_SHOWN);
  const rows = shown.map((s) => ({ label: siteName(s.source), values: outcomeValues(s) }));
  const rest = sources.slice(SOURCES_SHOWN);
  if (rest.length > 0) {
    const sum = rest.map(outcomeValues).reduce((acc, v) => acc.map((x, i) => x + (v[i] ?? 0)), [0, 0, 0, 0, 0]);
    rows.push({ label: `${rest.length} other sources`, values: sum });
  }
  const best = [...sources].filter((s) => s.total > 0).sort((a, b) => b.responseRate - a.responseRate)[0];
  const summary =
    `Outcomes for ${sources.length} source site${sources.length === 1 ? '' : 's'}` +
    (best ? `; ${siteName(best.source)} has the best response rate, ${formatRate(best.responseRate)} of ${best.total}.` : '.');
  return (
    <ChartFigure
      title="Outcomes by source site"
      summary={summary}
      table={{
        columns: ['Source', ...OUTCOMES.map((o) => o.label), 'Total'],
        rows: rows.map((r) => [r.label, ...r.values, r.values.reduce((a, b) => a + b, 0)]),
      }}
    >
      <StackedSvg rows={rows} segments={OUTCOMES} />
    </ChartFigure>
  );
}
