/** Plan B: how hope is spread over employers, in plain words, with spread.ts's warnings and suggestion. */
import { STATUS_LABELS } from '../../core/application';
import { analyzeSpread, describeEffectiveEmployers, endSentence, formatShare, stagePhrase, type SpreadResult } from '../../core/spread';
import { activeApplications } from '../../db/index';
import { Banner } from '../components/banner';
import { Loading } from '../components/states';
import { SpreadMeter, SpreadWarningBanner } from '../components/spread-meter';
import { BarsSvg, ChartFigure } from './charts';
import { useDashboard } from './context';
import { useLoad } from './use-records';
import { useSettings } from './use-settings';

export function PlanBView() {
  const api = useDashboard();
  const settings = useSettings();
  const loaded = useLoad(() => activeApplications(), [api.version]);

  return (
    <section aria-labelledby="planb-heading" class="planb">
      <h2 id="planb-heading">Plan B</h2>
      {loaded.state === 'loading' && <Loading label="Reading your active applications…" />}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
      {loaded.state === 'ready' && <PlanBBody spread={analyzeSpread(loaded.value, settings)} />}
    </section>
  );
}

function PlanBBody({ spread }: { spread: SpreadResult }) {
  if (spread.level === 'none') {
    return <p>{spread.summary}</p>;
  }
  const top = spread.employers[0];
  return (
    <>
      <div class="card planb-summary">
        <p>
          {spread.activeApplications} active application{spread.activeApplications === 1 ? '' : 's'} at{' '}
          {spread.activeEmployers} employer{spread.activeEmployers === 1 ? '' : 's'}.
          {top ? ` The largest share, ${formatShare(spread.topShare)}, rests on ${endSentence(employerName(top))}` : ''}
        </p>
        <SpreadMeter spread={spread} />
      </div>
      {spread.warnings.length > 0 ? (
        <SpreadWarningBanner spread={spread} />
      ) : (
        <Banner tone="success" title="Plan B">
          <p>No single answer decides everything: your hopes are spread well.</p>
        </Banner>
      )}
      {spread.suggestion && (
        <p class="planb-suggestion">
          <strong>Suggestion: </strong>
          {spread.suggestion.capped
            ? 'A few steady applications elsewhere each week keep a door open if this one closes.'
            : `Apply to ${spread.suggestion.addEmployers} more employer${spread.suggestion.addEmployers === 1 ? '' : 's'} to bring the largest share under ${formatShare(spread.suggestion.targetShare)}.`}
        </p>
      )}
      <SpreadChart spread={spread} />
      <table class="data-table">
        <caption>Active employers, most hope first</caption>
        <thead>
          <tr>
            <th scope="col">Employer</th>
            <th scope="col">Furthest stage</th>
            <th scope="col">Active applications</th>
            <th scope="col">Share of hope</th>
          </tr>
        </thead>
        <tbody>
          {spread.employers.map((e) => (
            <tr key={e.key}>
              <th scope="row">{employerName(e)}</th>
              <td>
                {STATUS_LABELS[e.stage]} ({stagePhrase(e.stage, e.stageCount)})
              </td>
              <td>{e.applications}</td>
              <td>{formatShare(e.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const CHART_ROWS = 12;

/**
 * A record kept without its company (needsDetails) is an employer of its own, which analyzeSpread names by its
 * key (`id:<record id>`): say what it is instead.
 */
function employerName(e: { key: string; name: string }): string {
  return !e.name.trim() || (e.name === e.key && e.key.startsWith('id:')) ? 'Employer not known yet' : e.name;
}

/** Hope spread across employers as bars; beyond 12 employers the rest are summed into one bar. */
export function SpreadChart({ spread }: { spread: SpreadResult }) {
  const shown = spread.employers.slice(0, CHART_ROWS);
  const rest = spread.employers.slice(CHART_ROWS);
  const rows = shown.map((e, i) => ({
    label: employerName(e),
    value: e.share,
    valueText: formatShare(e.share),
    warn: i === 0 && spread.level !== 'ok',
  }));
  if (rest.length > 0) {
    const share = rest.reduce((a, e) => a + e.share, 0);
    rows.push({ label: `${rest.length} others`, value: share, valueText: formatShare(share), warn: false });
  }
  const top = spread.employers[0];
  const summary =
    spread.level === 'none' || !top
      ? 'No active application yet.'
      : `${describeEffectiveEmployers(spread.effectiveEmployers)} ${employerName(top)} holds the largest share, ${formatShare(spread.topShare)}, across ${spread.activeEmployers} active employer${spread.activeEmployers === 1 ? '' : 's'}.`;
  return (
    <ChartFigure
      title="Hope spread across employers"
      summary={summary}
      table={{ columns: ['Employer', 'Share of hope'], rows: rows.map((r) => [r.label, r.valueText]) }}
    >
      <BarsSvg rows={rows} max={1} />
    </ChartFigure>
  );
}
