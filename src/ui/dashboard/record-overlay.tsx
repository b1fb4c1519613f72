/**
 * One application in a side sheet over the page (opened by `#id=<id>`): status and next step first, then the job,
 * follow-up, notes, lessons and history. Every field saves in place (on leaving it or on Enter) and every change
 * offers Undo; a change to rejected, ghosted or withdrawn opens the closing step. A sheet over the table, not a
 * column beside it, so the table keeps its width. Modal: focus stays inside (and on the Undo bar) until it closes.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLOSED_NEGATIVE_STATUSES, STATUS_LABELS, type Application, type CapturedField, type Status } from '../../core/application';
import { getApplication } from '../../db/index';
import { deleteApplications, restoreApplications, setStatus, updateApplication } from '../data';
import { Banner } from '../components/banner';
import { ClosingFlow } from '../components/closing-flow';
import { errorMessage } from '../components/format';
import { StatusMenu } from '../components/status-menu';
import { useDashboard, type FocusRequest } from './context';
import { FeedbackDialog } from './feedback-dialog';
import { formatDate, formatDateTime, safeHref, siteChoices, siteLabel } from './format';
import { useSettings } from './use-settings';
import {
  formFromRecord,
  nextStepFromRecord,
  validateField,
  validateNextStep,
  type FormErrors,
  type NextStepForm,
  type RecordForm,
} from './validate-record';
import { WeakMark } from './weak-mark';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The fields saved in place, as the Undo bar names them. */
const FIELD_WORDS: Record<keyof RecordForm, string> = {
  company: 'company',
  title: 'job title',
  location: 'location',
  url: 'link',
  source: 'site',
  jobId: 'job number',
  appliedAt: 'applied date',
  status: 'status',
  statusNote: 'status note',
  notes: 'notes',
  wentWell: 'lesson',
  couldImprove: 'lesson',
  feedback: 'feedback',
  feedbackRequestedAt: 'feedback request date',
  followUpAt: 'follow-up date',
};

/** The fields of the form that are edited in place (status has its menu; the status note is not used here). */
const EDITABLE = (Object.keys(FIELD_WORDS) as Array<keyof RecordForm>).filter((k) => k !== 'status' && k !== 'statusNote');

const CLOSING: readonly Status[] = CLOSED_NEGATIVE_STATUSES;

/** The question asked when a hopeful status has no next step yet. */
const NEXT_PROMPT: Partial<Record<Status, string>> = {
  interviewing: 'When is the interview?',
  offer: 'When do you need to decide?',
};

/** The input of one of the job's fields, focused with its text selected so typing replaces a guess. */
function focusField(field: CapturedField): boolean {
  const input = document.getElementById(`detail-${field}`);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

/** A history note as people read it: the store names the job number by its field's name. */
function historyNote(note: string): string {
  return note.replace(/\bjob id\b/g, 'job number');
}

/** Keep what the user is typing; take the stored value for every field they have not touched. */
function merge<T extends object>(draft: T | null, before: T | null, fresh: T): T {
  if (!draft || !before) return fresh;
  const out = { ...fresh };
  for (const k of Object.keys(fresh) as Array<keyof T>) {
    if (draft[k] !== before[k]) out[k] = draft[k];
  }
  return out;
}

interface Closing {
  app: Application;
  previous: Status;
  undo: () => Promise<void>;
}

export function RecordOverlay({ id, focus = null }: { id: string; focus?: FocusRequest | null }) {
  const api = useDashboard();
  const settings = useSettings();
  const [record, setRecord] = useState<Application | null | undefined>(undefined);
  const [form, setForm] = useState<RecordForm | null>(null);
  const [step, setStep] = useState<NextStepForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [stepErrors, setStepErrors] = useState<Partial<Record<keyof NextStepForm, string>>>({});
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const [closing, setClosing] = useState<Closing | null>(null);
  const sheet = useRef<HTMLDivElement>(null);
  // Writes run one after another: a blur and a click on Close must not save the same field twice (the second
  // would offer an Undo that puts back the first's result).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serial = <T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  };
  const heading = useRef<HTMLHeadingElement>(null);

  // The stored record and the drafts, for handlers that run after a render (blur while closing, Undo).
  const latest = useRef<Application | null>(null);
  const formRef = useRef<RecordForm | null>(null);
  const stepRef = useRef<NextStepForm | null>(null);
  formRef.current = form;
  stepRef.current = step;

  // Load the record when the id changes or after a write; keep what the user is still typing.
  useEffect(() => {
    let cancelled = false;
    getApplication(id)
      .then((found) => {
        if (cancelled) return;
        const before = latest.current && latest.current.id === found?.id ? latest.current : null;
        latest.current = found ?? null;
        setRecord(found ?? null);
        if (!found) {
          formRef.current = stepRef.current = null;
          setForm(null);
          setStep(null);
          return;
        }
        formRef.current = merge(formRef.current, before && formFromRecord(before), formFromRecord(found));
        stepRef.current = merge(stepRef.current, before && nextStepFromRecord(before), nextStepFromRecord(found));
        setForm(formRef.current);
        setStep(stepRef.current);
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

  // The page behind stays still while the sheet scrolls.
  useEffect(() => {
    document.documentElement.classList.add('overlay-open');
    return () => document.documentElement.classList.remove('overlay-open');
  }, []);

  // A new record opened: forget the previous one's drafts, errors and dialogs.
  useEffect(() => {
    latest.current = null;
    formRef.current = stepRef.current = null;
    setForm(null);
    setStep(null);
    setErrors({});
    setStepErrors({});
    setFeedbackOpen(false);
    setClosing(null);
  }, [id]);

  useEffect(() => {
    if (!record) return;
    // Opened from a "check it" mark in the table: straight to that field's input.
    if (focus && focus.id === record.id && focusField(focus.field)) return;
    heading.current?.focus();
  }, [record?.id, focus?.n]);

  // Drafts change in the refs at once, so a blur that follows an input before the next render reads the new value.
  function updateForm(change: Partial<RecordForm>) {
    if (!formRef.current) return;
    formRef.current = { ...formRef.current, ...change };
    setForm(formRef.current);
  }
  function updateStep(change: Partial<NextStepForm>) {
    if (!stepRef.current) return;
    stepRef.current = { ...stepRef.current, ...change };
    setStep(stepRef.current);
  }

  /** Write, refresh, and offer Undo that puts the record back as it was just before. */
  async function write(change: () => Promise<Application>, message: string): Promise<Application | null> {
    const before = latest.current;
    if (!before) return null;
    const after = await change();
    latest.current = after;
    setRecord(after);
    // The store returns the record untouched when nothing changed: nothing to announce or undo.
    if (after === before || after.updatedAt === before.updatedAt) return after;
    const undo = async () => {
      await restoreApplications([before]);
    };
    api.offerUndo(message, undo);
    return after;
  }

  const commitField = (key: keyof RecordForm) => serial(() => saveField(key));
  const commitStep = () => serial(saveStep);

  async function saveField(key: keyof RecordForm): Promise<void> {
    const current = latest.current;
    const draft = formRef.current;
    if (!current || !draft) return;
    const stored = formFromRecord(current);
    if (draft[key] === stored[key]) {
      setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
      return;
    }
    const result = validateField(key, draft[key], current);
    if (!result.ok) {
      setErrors((e) => ({ ...e, [key]: result.error }));
      return;
    }
    setErrors((e) => ({ ...e, [key]: undefined }));
    if (Object.keys(result.patch).length === 0) {
      // Only spacing changed: show the value as it is stored.
      updateForm({ [key]: stored[key] });
      return;
    }
    try {
      const after = await write(() => updateApplication(current.id, result.patch), `Saved the ${FIELD_WORDS[key]}.`);
      if (after) updateForm({ [key]: formFromRecord(after)[key] });
    } catch (error) {
      setErrors((e) => ({ ...e, [key]: errorMessage(error, 'This could not be saved.') }));
    }
  }

  async function saveStep(): Promise<void> {
    const current = latest.current;
    const draft = stepRef.current;
    if (!current || !draft) return;
    const result = validateNextStep(draft, current);
    if (!result.ok) {
      setStepErrors(result.errors);
      return;
    }
    setStepErrors({});
    if (Object.keys(result.patch).length === 0) return;
    try {
      const after = await write(
        () => updateApplication(current.id, result.patch),
        !draft.what.trim() && !draft.date ? 'Next step cleared.' : 'Next step saved.',
      );
      if (after) updateStep(nextStepFromRecord(after));
    } catch (error) {
      setStepErrors({ what: errorMessage(error, 'The next step could not be saved.') });
    }
  }

  const changeStatus = (status: Status) => serial(() => saveStatus(status));

  async function saveStatus(status: Status) {
    const current = latest.current;
    if (!current || status === current.status) return;
    try {
      const before = current;
      const after = await write(() => setStatus(current.id, status), `Status changed to ${STATUS_LABELS[status]}.`);
      if (after && CLOSING.includes(status)) {
        setClosing({
          app: after,
          previous: before.status,
          undo: async () => {
            await restoreApplications([before]);
            api.announce(`Back to ${STATUS_LABELS[before.status]}.`);
          },
        });
      }
    } catch (error) {
      api.showError(error);
    }
  }

  async function remove() {
    const current = latest.current;
    if (!current) return;
    try {
      const removed = await deleteApplications([current.id]);
      api.closeRecord();
      api.offerUndo(`Deleted ${current.company || 'the application'} — ${current.title || 'untitled'}.`, async () => {
        await restoreApplications(removed);
      });
    } catch (error) {
      api.showError(error);
    }
  }

  /** Close: what is typed and valid is saved first (a field removed with focus in it gets no blur). */
  async function close() {
    const current = latest.current;
    const draft = formRef.current;
    if (current && draft) {
      const stored = formFromRecord(current);
      for (const key of EDITABLE) if (draft[key] !== stored[key]) await commitField(key);
      await commitStep();
    }
    api.closeRecord();
  }

  const closeRef = useRef(close);
  closeRef.current = close;

  function onKeyDown(e: KeyboardEvent) {
    // A dialog on top (closing step, feedback) handles its own keys.
    if (closing || feedbackOpen) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      void close();
      return;
    }
    if (e.key !== 'Tab' || !sheet.current) return;
    // Focus stays in the sheet, with the Undo bar (outside it, at the bottom of the page) as its last stop.
    const items = [
      ...sheet.current.querySelectorAll<HTMLElement>(FOCUSABLE),
      ...document.querySelectorAll<HTMLElement>('.toast button'),
    ].filter((el) => el.getClientRects().length > 0 || el === document.activeElement);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  // Tab from the Undo bar comes back into the sheet rather than leaving for the page behind it.
  useEffect(() => {
    if (!record) return;
    const onDocKey = (e: KeyboardEvent) => {
      if (!sheet.current || closing || feedbackOpen) return;
      const target = e.target as HTMLElement | null;
      if (!target?.closest('.toast')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        void closeRef.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const buttons = [...document.querySelectorAll<HTMLElement>('.toast button')];
      const items = [...sheet.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      if (!e.shiftKey && target === buttons[buttons.length - 1]) {
        e.preventDefault();
        items[0]?.focus();
      } else if (e.shiftKey && target === buttons[0]) {
        e.preventDefault();
        items[items.length - 1]?.focus();
      }
    };
    document.addEventListener('keydown', onDocKey);
    return () => document.removeEventListener('keydown', onDocKey);
  }, [record, closing, feedbackOpen]);

  // Dialogs opened from the sheet (closing step, feedback) are its siblings, not inside its scrolling box, so
  // their backdrop covers the sheet as well as the page.
  const shell = (label: string, children: JSX.Element | JSX.Element[], dialogs?: JSX.Element) => (
    <div class="overlay-backdrop" onMouseDown={(e) => e.target === e.currentTarget && void close()}>
      <div ref={sheet} class="record-overlay" role="dialog" aria-modal="true" aria-label={label} onKeyDown={onKeyDown}>
        {children}
      </div>
      {dialogs}
    </div>
  );

  if (record === undefined || (record && (!form || !step))) {
    return shell('Application details', <p role="status">Loading…</p>);
  }
  if (record === null || !form || !step) {
    return shell(
      'Application details',
      <>
        <Banner tone="warning" role="alert" title="Application not found">
          <p>It may have been deleted or merged into another record.</p>
        </Banner>
        <button type="button" class="btn" onClick={api.closeRecord}>
          Close
        </button>
      </>,
    );
  }

  const current = record;
  const site = siteLabel(current.source, current.url);
  const subject = `${current.title || 'untitled job'} at ${current.company || 'an employer not known yet'}`;
  const set = (key: keyof RecordForm) => (e: Event) => {
    updateForm({ [key]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value });
  };
  const setStepField = (key: keyof NextStepForm) => (e: Event) => {
    updateStep({ [key]: (e.currentTarget as HTMLInputElement).value });
  };

  type Attrs = { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  const field = (
    key: keyof RecordForm,
    label: string,
    control: (attrs: Attrs) => JSX.Element,
    hint?: string,
    mark?: JSX.Element | null,
  ) => {
    const error = errors[key];
    const describedBy = [hint ? `detail-${key}-hint` : '', error ? `detail-${key}-error` : ''].filter(Boolean).join(' ');
    const attrs: Attrs = { id: `detail-${key}` };
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
  // A one-line field saves when focus leaves it or on Enter; a text area when focus leaves it.
  const text =
    (key: keyof RecordForm, type = 'text') =>
    (attrs: Attrs) => (
      <input
        {...attrs}
        type={type}
        value={form[key]}
        onInput={set(key)}
        onBlur={() => void commitField(key)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commitField(key);
          }
        }}
      />
    );
  const area =
    (key: keyof RecordForm, rows = 3) =>
    (attrs: Attrs) => <textarea {...attrs} rows={rows} value={form[key]} onInput={set(key)} onBlur={() => void commitField(key)} />;
  const siteSelect = (attrs: Attrs) => (
    <select
      {...attrs}
      value={form.source}
      onChange={set('source')}
      onBlur={() => void commitField('source')}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commitField('source');
        }
      }}
    >
      {siteChoices(current.source).map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );

  const href = safeHref(current.url);
  const prompt = !current.nextStep && !current.nextStepAt ? NEXT_PROMPT[current.status] : undefined;
  const stepHasValue = Boolean(current.nextStep || current.nextStepAt);
  const history = [...current.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const stepDescribed = (key: keyof NextStepForm, extra = '') =>
    [extra, stepErrors[key] ? `detail-next-${key}-error` : ''].filter(Boolean).join(' ') || undefined;

  return shell(
    `${current.company || 'Job not known'} — ${current.title || 'untitled'}`,
    <>
      <div class="overlay-head">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {current.company || 'Job not known'} <span class="muted">— {current.title || 'untitled'}</span>
        </h2>
        <button type="button" class="btn" onClick={() => void close()} aria-label="Close details" aria-keyshortcuts="Escape">
          Close
        </button>
      </div>

      <section class="overlay-status" aria-label="Status">
        <div class="row">
          <StatusMenu value={current.status} subject={subject} onChoose={(s) => void changeStatus(s)} class="overlay-status-menu" />
          <span class="muted small">
            Applied {formatDate(current.appliedAt)} · via {site} ·{' '}
            {current.capture.method === 'auto'
              ? 'logged automatically'
              : current.capture.method === 'import'
                ? 'imported'
                : 'added by hand'}
          </span>
        </div>
      </section>

      {current.needsDetails && (
        <Banner tone="warning" title="Job not known — add details" class="needs-details-banner">
          <p>
            You applied on {site}, but Baskets could not read which job it was. Enter the{' '}
            {!current.company && !current.title ? 'company and the job title' : !current.company ? 'company' : 'job title'} below; each is
            saved when you leave its field.
          </p>
        </Banner>
      )}

      <form
        class="overlay-next"
        aria-labelledby="next-heading"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void commitStep();
        }}
        onFocusOut={(e) => {
          // Saved when focus leaves the next step as a whole, not when it moves from the date to the time.
          const to = e.relatedTarget as Node | null;
          if (to && (e.currentTarget as HTMLElement).contains(to)) return;
          void commitStep();
        }}
      >
        <h3 id="next-heading">Next step</h3>
        {prompt && (
          <p class="next-prompt" id="next-prompt">
            {prompt}
          </p>
        )}
        <div class="field">
          <label for="detail-nextStep">What</label>
          <input
            id="detail-nextStep"
            type="text"
            maxLength={300}
            value={step.what}
            placeholder={current.status === 'offer' ? 'Decide on the offer' : 'Second interview with the team'}
            aria-describedby={stepDescribed('what', prompt ? 'next-prompt' : '')}
            aria-invalid={stepErrors.what ? 'true' : undefined}
            onInput={setStepField('what')}
          />
          {stepErrors.what && (
            <span class="field-error" id="detail-next-what-error">
              {stepErrors.what}
            </span>
          )}
        </div>
        <div class="next-when">
          <div class="field">
            <label for="detail-nextStepDate">When</label>
            <input
              id="detail-nextStepDate"
              type="date"
              value={step.date}
              aria-describedby={stepDescribed('date')}
              aria-invalid={stepErrors.date ? 'true' : undefined}
              onInput={setStepField('date')}
              onChange={setStepField('date')}
            />
            {stepErrors.date && (
              <span class="field-error" id="detail-next-date-error">
                {stepErrors.date}
              </span>
            )}
          </div>
          <div class="field">
            <label for="detail-nextStepTime">Time (optional)</label>
            <input
              id="detail-nextStepTime"
              type="time"
              value={step.time}
              aria-describedby={stepDescribed('time')}
              aria-invalid={stepErrors.time ? 'true' : undefined}
              onInput={setStepField('time')}
              onChange={setStepField('time')}
            />
            {stepErrors.time && (
              <span class="field-error" id="detail-next-time-error">
                {stepErrors.time}
              </span>
            )}
          </div>
          <div class="next-actions">
            <button type="submit" class="btn btn-primary">
              Save next step
            </button>
            {stepHasValue && (
              <button
                type="button"
                class="btn"
                onClick={() => {
                  updateStep({ what: '', date: '', time: '' });
                  void commitStep();
                }}
              >
                Clear next step
              </button>
            )}
          </div>
        </div>
      </form>

      <section aria-labelledby="job-heading" class="overlay-section">
        <h3 id="job-heading">The job</h3>
        {field('company', 'Company', text('company'), undefined, <WeakMark app={current} field="company" long onEdit={focusField} />)}
        {field('title', 'Job title', text('title'), undefined, <WeakMark app={current} field="title" long onEdit={focusField} />)}
        {field('location', 'Location', text('location'), undefined, <WeakMark app={current} field="location" long onEdit={focusField} />)}
        {field('url', 'Link to the posting', text('url', 'url'))}
        {href ? (
          <p class="small">
            <a href={href} target="_blank" rel="noopener noreferrer">
              Open the original posting<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        ) : (
          <p class="muted small">No link to the original posting.</p>
        )}
        {field('appliedAt', 'Applied on', text('appliedAt', 'date'))}
        {field('source', 'Site', siteSelect)}
        <details class="overlay-advanced" open={Boolean(errors.jobId)}>
          <summary>Advanced</summary>
          {field(
            'jobId',
            `Job number on ${siteLabel(form.source, current.url)}`,
            text('jobId'),
            'Baskets uses it to recognise the same job logged twice.',
          )}
        </details>
      </section>

      <section aria-labelledby="follow-heading" class="overlay-section">
        <h3 id="follow-heading">Follow-up</h3>
        {field('followUpAt', 'Follow up on', text('followUpAt', 'date'))}
        {field('feedbackRequestedAt', 'Feedback requested on', text('feedbackRequestedAt', 'date'))}
        {current.feedbackRequestedAt && (
          <p class="small">
            Feedback requested {formatDate(current.feedbackRequestedAt)}
            {current.followUpAt ? `; follow up on ${formatDate(current.followUpAt)}.` : '.'}
          </p>
        )}
        <button type="button" class="btn" onClick={() => setFeedbackOpen(true)}>
          Ask for feedback
        </button>
      </section>

      <section aria-labelledby="notes-heading" class="overlay-section">
        <h3 id="notes-heading">Notes and lessons</h3>
        <p class="field-hint">Saved when you leave a field.</p>
        {field('notes', 'Notes', area('notes', 4))}
        {field('wentWell', 'What went well', area('wentWell', 3))}
        {field('couldImprove', 'What I could improve', area('couldImprove', 3))}
        {field('feedback', 'Feedback from the employer', area('feedback', 3))}
      </section>

      <section aria-labelledby="timeline-heading" class="timeline overlay-section">
        <h3 id="timeline-heading">Status history</h3>
        <ol>
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <time dateTime={h.at}>{formatDateTime(h.at)}</time> — <strong>{STATUS_LABELS[h.status]}</strong>
              {h.note ? <span class="muted"> · {historyNote(h.note)}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <div class="overlay-section overlay-danger">
        <button type="button" class="btn btn-danger" onClick={() => void remove()}>
          Delete application
        </button>
      </div>
    </>,
    <>
      {feedbackOpen && <FeedbackDialog record={current} onClose={() => setFeedbackOpen(false)} />}
      {closing && (
        <ClosingFlow
          app={closing.app}
          settings={settings}
          now={new Date()}
          previous={closing.previous}
          onUndo={closing.undo}
          onClose={() => setClosing(null)}
          onSaved={(message, undo) => {
            api.refresh();
            if (undo) api.offerUndo(message, undo);
            else api.announce(message);
          }}
        />
      )}
    </>,
  );
}
