/**
 * Plan B: each fact said once. A lead line (how many applications at how many employers), the one note
 * from spread.ts with its action and snooze, the employers in play with their share of hope, and
 * "How is this measured?" for the method.
 */
import { useRef, useState } from 'preact/hooks';
import { LIMITS, STATUS_LABELS } from '../../core/application';
import { analyzeSpread, describeEffectiveEmployers, formatShare, stagePhrase, type SpreadResult } from '../../core/spread';
import { activeApplications } from '../../db/index';
import { addApplication, deleteApplications } from '../data';
import { Banner } from '../components/banner';
import { TextField } from '../components/fields';
import { errorMessage } from '../components/format';
import { PlanBMeasure, PlanBNote, SPREAD_OK_TEXT } from '../components/spread-meter';
import { Loading } from '../components/states';
import { usePlanBSnooze } from '../planb-snooze';
import { BarsSvg, ChartFigure } from './charts';
import { useDashboard } from './context';
import { useLoad } from './use-records';
import { useSettings } from './use-settings';

export function PlanBView({ onLog }: { onLog?: () => void } = {}) {
  const api = useDashboard();
  const settings = useSettings();
  const loaded = useLoad(() => activeApplications(), [api.version]);
  const spread = loaded.state === 'ready' ? analyzeSpread(loaded.value, settings) : null;

  return (
    <section aria-labelledby="planb-heading" class="planb">
      <h2 id="planb-heading">Plan B</h2>
      {loaded.state === 'loading' && <Loading label="Reading your active applications…" />}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
      {spread && <PlanBBody spread={spread} onLog={onLog} />}
    </section>
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function PlanBBody({ spread, onLog }: { spread: SpreadResult; onLog?: (() => void) | undefined }) {
  const snooze = usePlanBSnooze(spread);
  const [logging, setLogging] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const logButton = useRef<HTMLButtonElement>(null);

  const startLog = onLog ?? (() => setLogging(true));
  const logForm = logging && (
    <LogApplicationForm
      onClose={() => {
        setLogging(false);
        queueMicrotask(() => logButton.current?.focus());
      }}
    />
  );

  if (spread.level === 'none') {
    return (
      <>
        <p class="planb-lead">{spread.summary}</p>
        {logForm || (
          <button ref={logButton} type="button" class="btn" onClick={startLog}>
            Log an application
          </button>
        )}
        <PlanBMeasure spread={spread} />
      </>
    );
  }

  const note = spread.note;
  return (
    <>
      <p class="planb-lead">
        {plural(spread.activeApplications, 'active application')} at {plural(spread.activeEmployers, 'employer')}.
      </p>
      {note && snooze.ready && !snooze.snoozed && (
        <PlanBNote spread={spread} onLog={startLog} onEmployers={() => table.current?.focus()} onSnooze={snooze.snooze} />
      )}
      {note && snooze.snoozed && (
        <p class="planb-snoozed">
          You asked to be reminded on{' '}
          {new Date(snooze.until!).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}.{' '}
          <button type="button" class="btn btn-quiet btn-small" onClick={() => void snooze.unsnooze()}>
            Show the note now
          </button>
        </p>
      )}
      {!note && <p class="planb-ok">{SPREAD_OK_TEXT}</p>}
      {logForm}
      <table ref={table} tabIndex={-1} class="data-table planb-table">
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
          {spread.employers.map((e, i) => (
            <tr key={e.key}>
              <th scope="row">{employerName(e)}</th>
              <td>
                {STATUS_LABELS[e.stage]}
                {e.stageCount > 1 && e.stage !== 'applied' ? ` (${stagePhrase(e.stage, e.stageCount)})` : ''}
              </td>
              <td>{e.applications}</td>
              <td>
                <span class="planb-share">
                  <span
                    class={`meter-track planb-share-track${i === 0 && note && !snooze.snoozed ? ' meter-warn' : ''}`}
                    aria-hidden="true"
                  >
                    <span class="meter-fill" style={{ width: `${Math.max(2, Math.round(e.share * 100))}%` }} />
                  </span>
                  {formatShare(e.share)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PlanBMeasure spread={spread} />
    </>
  );
}

/** A short form to log an application by hand: company and job title, saved as Applied, with Undo. */
function LogApplicationForm({ onClose }: { onClose: () => void }) {
  const api = useDashboard();
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ company?: string; title?: string }>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!company.trim()) next.company = 'Enter the company name.';
    if (!title.trim()) next.title = 'Enter the job title.';
    setErrors(next);
    if (next.company || next.title) {
      const form = e.currentTarget as HTMLFormElement;
      queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    setSaveError('');
    try {
      const { record, created } = await addApplication(
        { company: company.trim(), title: title.trim(), location: '', url: '', source: 'manual' },
        { method: 'manual', signal: 'dashboard: plan b', status: 'applied' },
      );
      if (created) {
        api.offerUndo(`Logged: ${record.title} at ${record.company}.`, async () => {
          await deleteApplications([record.id]);
        });
      } else {
        api.announce(`Already in your list: ${record.title} at ${record.company}. Nothing was duplicated.`);
      }
      onClose();
    } catch (err) {
      setSaveError(errorMessage(err, 'The application could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card planb-log" aria-labelledby="planb-log-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="planb-log-heading">Log an application</h3>
      <div class="planb-log-fields">
        <TextField
          label="Company"
          value={company}
          onInput={setCompany}
          error={errors.company}
          maxLength={LIMITS.company}
          required
          autoFocus
        />
        <TextField label="Job title" value={title} onInput={setTitle} error={errors.title} maxLength={LIMITS.title} required />
      </div>
      {saveError && (
        <p class="field-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={saving}>
          Save as applied
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
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

/** Hope spread across employers as bars (used by the charts view); beyond 12 employers the rest are summed into one bar. */
export function SpreadChart({ spread }: { spread: SpreadResult }) {
  const shown = spread.employers.slice(0, CHART_ROWS);
  const rest = spread.employers.slice(CHART_ROWS);
  const rows = shown.map((e, i) => ({
    label: employerName(e),
    value: e.share,
    valueText: formatShare(e.share),
    warn: i === 0 && !!spread.note,
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
