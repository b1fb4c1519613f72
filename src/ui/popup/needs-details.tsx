/**
 * "You applied on Indeed: which job was it?" — confirmed submissions whose job could not be read (`needsDetails`),
 * asked about first, one compact row each: one field, one button. Saving names the job and the row leaves.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import type { DetailsPatch } from '../../db/index';
import { fillDetails } from '../data';
import { daysAgo, errorMessage } from '../components/format';
import { siteLabel } from '../dashboard/format';
import { openDashboard } from '../runtime';

/** Rows shown at once: the questions never push the list of applications out of the popup. */
export const NEEDS_DETAILS_SHOWN = 2;

/** What the one field asks for, given what the record already knows. */
export type Ask = 'title' | 'company' | 'both';

export function askFor(app: Pick<Application, 'company' | 'title'>): Ask {
  if (app.company && !app.title) return 'title';
  if (app.title && !app.company) return 'company';
  return 'both';
}

/**
 * The user's answer as details for the record, or why it cannot be. For `both`, "Job title at Company" split on
 * the LAST " at " ("Head of Data at Scale at Acme" is a title at Acme).
 */
export function parseAnswer(ask: Ask, text: string): { details: DetailsPatch } | { error: string } {
  const value = text.replace(/\s+/g, ' ').trim();
  if (!value) {
    return {
      error:
        ask === 'company' ? 'Enter the company’s name.' : ask === 'title' ? 'Enter the job title.' : 'Enter the job title and the company.',
    };
  }
  if (ask === 'title') return { details: { title: value } };
  if (ask === 'company') return { details: { company: value } };
  const at = value.toLowerCase().lastIndexOf(' at ');
  const title = at > 0 ? value.slice(0, at).trim() : '';
  const company = at > 0 ? value.slice(at + 4).trim() : '';
  if (!title || !company)
    return { error: 'Write the job title, then “at”, then the company: for example “Night Auditor at Harborview Hotels”.' };
  return { details: { title, company } };
}

const HINTS: Record<Ask, string> = {
  title: 'Job title',
  company: 'Company',
  both: 'Job title at Company, e.g. “Cook at Acme”',
};

function question(app: Application): string {
  const site = siteLabel(app.source, app.url);
  const ask = askFor(app);
  if (ask === 'title') return `You applied to ${app.company} on ${site}: which job was it?`;
  if (ask === 'company') return `You applied for ${app.title} on ${site}: at which company?`;
  return `You applied on ${site}: which job was it?`;
}

export function NeedsDetails({
  records,
  now,
  onDone,
  onError,
}: {
  /** Records the popup has read (newest rows, active records): the ones that need details are picked out here. */
  records: readonly Application[];
  now: Date;
  /** After a job is named: the message, and the record as it was before, so the popup can offer Undo. */
  onDone: (message: string, before?: Application) => void;
  onError: (message: string) => void;
}) {
  // Named jobs leave at once, not when the popup's lists have reloaded.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const open = useMemo(() => {
    const byId = new Map<string, Application>();
    for (const r of records) if (r.needsDetails && !answered.has(r.id)) byId.set(r.id, r);
    return [...byId.values()].sort((a, b) => (a.appliedAt < b.appliedAt ? 1 : a.appliedAt > b.appliedAt ? -1 : 0));
  }, [records, answered]);
  if (open.length === 0) return null;
  const shown = open.slice(0, NEEDS_DETAILS_SHOWN);
  const more = open.length - shown.length;

  return (
    <section class="popup-section needs-details" aria-label="Jobs to name">
      <ul class="plain-list">
        {shown.map((app) => (
          <NeedsDetailsRow
            key={app.id}
            app={app}
            now={now}
            onSaved={(saved) => {
              setAnswered((prev) => new Set(prev).add(app.id));
              onDone(`Saved: ${saved.title} at ${saved.company}.`, app);
            }}
            onError={onError}
          />
        ))}
      </ul>
      {more > 0 && (
        <p class="small needs-more">
          {more === 1 ? '1 more job' : `${more} more jobs`} to name.{' '}
          <button type="button" class="btn btn-quiet btn-small" onClick={() => void openDashboard()}>
            Open the dashboard
          </button>
        </p>
      )}
    </section>
  );
}

function NeedsDetailsRow({
  app,
  now,
  onSaved,
  onError,
}: {
  app: Application;
  now: Date;
  onSaved: (saved: Application) => void;
  onError: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const ask = askFor(app);
  const id = `needs-${app.id}`;
  const when = daysAgo(app.appliedAt, now).long;

  async function save(e: Event) {
    e.preventDefault();
    const answer = parseAnswer(ask, text);
    if ('error' in answer) {
      setProblem(answer.error);
      document.getElementById(id)?.focus();
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      const saved = await fillDetails(app.id, answer.details);
      onSaved(saved);
    } catch (err) {
      onError(errorMessage(err, 'The job could not be saved.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="card needs-item">
      <form onSubmit={(e) => void save(e)} noValidate>
        <label for={id} class="needs-question">
          {question(app)} <span class="muted small">({when})</span>
        </label>
        <span class="small muted needs-hint" id={`${id}-hint`}>
          {HINTS[ask]}
        </span>
        <div class="needs-controls">
          <input
            id={id}
            type="text"
            value={text}
            autoComplete="off"
            maxLength={520}
            aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={problem ? 'true' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-primary btn-small" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
        {problem && (
          <span class="field-error small" id={`${id}-error`} role="alert">
            {problem}
          </span>
        )}
      </form>
    </li>
  );
}
