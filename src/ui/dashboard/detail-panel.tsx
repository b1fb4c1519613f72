/**
 * One application, every field editable and validated; its status history as a timeline; a safe link to
 * the posting; "Ask for feedback"; delete with undo. Opened by `#id=<id>`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STATUS_LABELS, type Application, type CapturedField } from '../../core/application';
import { deleteApplications, getApplication, restoreApplications, setStatus, updateApplication } from '../../db/index';
import { Banner } from '../components/banner';
import { errorMessage } from '../components/format';
import { StatusChip } from '../components/status-chip';
import { StatusSelect } from '../components/status-select';
import { useDashboard, type FocusRequest } from './context';
import { FeedbackDialog } from './feedback-dialog';
import { formatDate, formatDateTime, safeHref, siteLabel } from './format';
import { WeakMark } from './weak-mark';
import { formFromRecord, validateRecordForm, type FormErrors, type RecordForm } from './validate-record';

/** The input of one of the job's fields, focused with its text selected so typing replaces a guess. */
function focusField(field: CapturedField): boolean {
  const input = document.getElementById(`detail-${field}`);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

export function DetailPanel({ id, focus = null }: { id: string; focus?: FocusRequest | null }) {
  const api = useDashboard();
  const [record, setRecord] = useState<Application | null | undefined>(undefined);
  const [form, setForm] = useState<RecordForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Load the record when the id changes or after a write; keep a draft the user is editing.
  const loaded = useRef<Application | null>(null);
  const draft = useRef<RecordForm | null>(null);
  draft.current = form;
  useEffect(() => {
    let cancelled = false;
    getApplication(id)
      .then((found) => {
        if (cancelled) return;
        const before = loaded.current;
        const pristine =
          !draft.current || !before || before.id !== found?.id || sameForm(draft.current, formFromRecord(before));
        loaded.current = found ?? null;
        setRecord(found ?? null);
        if (pristine) setForm(found ? formFromRecord(found) : null);
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setRecord(null);
          api.showError(error);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [id, api.version]);

  // A new record opened: forget the previous one's draft and errors.
  useEffect(() => {
    setErrors({});
    setSaveError('');
    setFeedbackOpen(false);
  }, [id]);
  useEffect(() => {
    if (!record) return;
    // Opened from a "check it" mark in the table: straight to that field's input.
    if (focus && focus.id === record.id && focusField(focus.field)) return;
    heading.current?.focus();
  }, [record?.id, focus?.n]);

  if (record === undefined) {
    return (
      <aside class="detail-panel" aria-label="Application details">
        <p role="status">Loading…</p>
      </aside>
    );
  }
  if (record === null || !form) {
    return (
      <aside class="detail-panel" aria-label="Application details">
        <Banner tone="warning" role="alert" title="Application not found">
          <p>It may have been deleted or merged into another record.</p>
        </Banner>
        <button type="button" class="btn" onClick={api.closeRecord}>
          Close
        </button>
      </aside>
    );
  }

  const current = record;
  const set = (key: keyof RecordForm) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
    setForm((f) => (f ? { ...f, [key]: value } : f));
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!form) return;
    const result = validateRecordForm(form, current);
    if (!result.ok) {
      setErrors(result.errors);
      setSaveError('Some fields need your attention.');
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`detail-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaveError('');
    setSaving(true);
    try {
      let latest = current;
      if (Object.keys(result.patch).length > 0) latest = await updateApplication(current.id, result.patch);
      if (result.status) latest = await setStatus(current.id, result.status, result.statusNote);
      setRecord(latest);
      setForm(formFromRecord(latest));
      await api.afterWrite(result.status);
      api.announce(
        Object.keys(result.patch).length > 0 || result.status ? 'Changes saved.' : 'Nothing to save: no field changed.',
      );
    } catch (error) {
      setSaveError(errorMessage(error, 'The changes could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    try {
      const removed = await deleteApplications([current.id]);
      api.closeRecord();
      await api.afterWrite();
      api.offerUndo(`Deleted ${current.company} — ${current.title || 'untitled'}.`, async () => {
        await restoreApplications(removed);
        await api.afterWrite();
      });
    } catch (error) {
      api.showError(error);
    }
  }

  const href = safeHref(current.url);
  const field = (
    key: keyof RecordForm,
    label: string,
    control: (attrs: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => preact.JSX.Element,
    hint?: string,
    mark?: preact.JSX.Element | null,
  ) => {
    const error = errors[key];
    const describedBy = [hint ? `detail-${key}-hint` : '', error ? `detail-${key}-error` : ''].filter(Boolean).join(' ');
    const attrs: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string } = { id: `detail-${key}` };
    if (error) attrs['aria-invalid'] = 'true';
    if (describedBy) attrs['aria-describedby'] = describedBy;
    return (
      <div class="field">
        <label for={`detail-${key}`}>{label}</label>
        {mark}
        {hint && (
          <span class="field-hint" id={`detail-${key}-hint`}>
            {hint}
          </span>
        )}
        {control(attrs)}
        {error && (
          <span class="field-error" id={`detail-${key}-error`}>
            {error}
          </span>
        )}
      </div>
    );
  };
  const text = (key: keyof RecordForm, type = 'text') => (attrs: { id: string }) => (
    <input {...attrs} type={type} value={form[key]} onInput={set(key)} />
  );
  const area = (key: keyof RecordForm, rows = 3) => (attrs: { id: string }) => (
    <textarea {...attrs} rows={rows} value={form[key]} onInput={set(key)} />
  );

  const history = [...current.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return (
    <aside
      class="detail-panel"
      aria-labelledby="detail-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !feedbackOpen) {
          e.preventDefault();
          api.closeRecord();
        }
      }}
    >
      <div class="row-spread detail-head">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {current.company || 'Job not known'} <span class="muted">— {current.title || 'untitled'}</span>
        </h2>
        <button type="button" class="btn" onClick={api.closeRecord} aria-label="Close details" aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <p class="row">
        <StatusChip status={current.status} />
        <span class="muted small">
          Applied {formatDate(current.appliedAt)} · via {siteLabel(current.source, current.url)} · {current.capture.method === 'auto' ? 'logged automatically' : current.capture.method === 'import' ? 'imported' : 'added by hand'}
        </span>
      </p>
      {current.needsDetails && (
        <Banner tone="warning" title="Job not known — add details" class="needs-details-banner">
          <p>
            You applied on {siteLabel(current.source, current.url)}, but Baskets could not read which job it was. Enter the{' '}
            {!current.company && !current.title ? 'company and the job title' : !current.company ? 'company' : 'job title'} below
            and save.
          </p>
        </Banner>
      )}
      {href ? (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open the original posting<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : (
        <p class="muted small">No link to the original posting.</p>
      )}
      <div class="row detail-actions">
        <button type="button" class="btn" onClick={() => setFeedbackOpen(true)}>
          Ask for feedback
        </button>
        <button type="button" class="btn btn-danger" onClick={() => void remove()}>
          Delete application
        </button>
      </div>
      {current.feedbackRequestedAt && (
        <p class="small">
          Feedback requested {formatDate(current.feedbackRequestedAt)}
          {current.followUpAt ? `; follow up on ${formatDate(current.followUpAt)}.` : '.'}
        </p>
      )}

      <form class="detail-form" onSubmit={(e) => void save(e)} noValidate aria-label="Edit application">
        {saveError && (
          <Banner tone="danger" role="alert">
            <p>{saveError}</p>
          </Banner>
        )}
        <fieldset>
          <legend>The job</legend>
          {field('company', 'Company', text('company', 'text'), undefined, <WeakMark app={current} field="company" long onEdit={focusField} />)}
          {field('title', 'Job title', text('title', 'text'), undefined, <WeakMark app={current} field="title" long onEdit={focusField} />)}
          {field('location', 'Location', text('location', 'text'), undefined, <WeakMark app={current} field="location" long onEdit={focusField} />)}
          {field('url', 'Posting address (URL)', text('url', 'url'))}
          {field('source', 'Source site', text('source', 'text'), 'Site id, e.g. greenhouse, linkedin, manual.')}
          {field('jobId', 'Job id on that site', text('jobId', 'text'))}
          {field('appliedAt', 'Applied on', text('appliedAt', 'date'))}
        </fieldset>
        <fieldset>
          <legend>Progress</legend>
          <div class="field">
            <label for="detail-status">Status</label>
            <StatusSelect
              id="detail-status"
              label="Status"
              value={current.status === form.status ? current.status : (form.status as Application['status'])}
              onChange={(s) => setForm((f) => (f ? { ...f, status: s } : f))}
            />
          </div>
          {form.status !== current.status &&
            field('statusNote', 'Note for this status change (optional)', text('statusNote', 'text'))}
          {field('followUpAt', 'Follow up on', text('followUpAt', 'date'))}
          {field('feedbackRequestedAt', 'Feedback requested on', text('feedbackRequestedAt', 'date'))}
          {field('notes', 'Notes', area('notes', 4))}
        </fieldset>
        <fieldset>
          <legend>Lessons</legend>
          {field('wentWell', 'What went well', area('wentWell', 3))}
          {field('couldImprove', 'What I could improve', area('couldImprove', 3))}
          {field('feedback', 'Feedback from the employer', area('feedback', 3))}
        </fieldset>
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save changes'}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setForm(formFromRecord(current));
              setErrors({});
              setSaveError('');
            }}
          >
            Discard changes
          </button>
        </div>
      </form>

      <section aria-labelledby="timeline-heading" class="timeline">
        <h3 id="timeline-heading">Status history</h3>
        <ol>
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <time dateTime={h.at}>{formatDateTime(h.at)}</time> — <strong>{STATUS_LABELS[h.status]}</strong>
              {h.note ? <span class="muted"> · {h.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      {feedbackOpen && <FeedbackDialog record={current} onClose={() => setFeedbackOpen(false)} />}
    </aside>
  );
}

function sameForm(a: RecordForm, b: RecordForm): boolean {
  return (Object.keys(a) as Array<keyof RecordForm>).every((k) => a[k] === b[k]);
}
