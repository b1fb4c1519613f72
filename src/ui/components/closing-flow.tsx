import { useEffect, useId, useState } from 'preact/hooks';
import { LIMITS, STATUS_LABELS, type Application, type Status } from '../../core/application';
import { feedbackEmailDraft, mailtoUrl } from '../../core/feedback-email';
import { defaultFollowUpAt } from '../../core/followups';
import { rejectionPerspective, type RejectionPerspective } from '../../core/perspective';
import type { Settings } from '../../core/settings';
import { allApplications, updateApplication } from '../../db/index';
import { copyText, notifyDataChanged } from '../runtime';
import { Banner } from './banner';
import { Dialog } from './dialog';
import { CheckboxField, TextArea, TextField } from './fields';
import { errorMessage, formatDate, fromDateInput, toDateInput } from './format';

/**
 * After an application ends (rejected, ghosted, withdrawn): the rejection in proportion, a short reflection
 * that can be skipped, and for rejections and silences an editable feedback-request email.
 * Shared by the popup and the dashboard.
 */
export function ClosingFlow({
  app,
  settings,
  now = new Date(),
  onClose,
  onSaved,
  previous,
  onUndo,
}: {
  app: Application;
  settings: Pick<Settings, 'followUpDays'>;
  now?: Date;
  onClose: () => void;
  onSaved: (message: string) => void;
  /** The status before this change: with `onUndo`, the dialog offers "Undo: back to <previous>". */
  previous?: Status;
  /** Puts the record back as it was before the status change; the dialog closes once it is done. */
  onUndo?: () => Promise<void>;
}) {
  const [lessons, setLessons] = useState({ ...app.lessons });
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState(false);
  const name = `${app.title || 'Untitled job'} at ${app.company || 'unknown company'}`;
  const offerFeedback = app.status === 'rejected' || app.status === 'ghosted';

  async function saveReflection() {
    setSaving(true);
    setError('');
    try {
      await updateApplication(app.id, { lessons }, 'reflection');
      await notifyDataChanged();
      onSaved('Reflection saved. You will find it under Lessons in the dashboard.');
      onClose();
    } catch (err) {
      setError(errorMessage(err, 'The reflection could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  const written = lessons.wentWell.trim() || lessons.couldImprove.trim() || lessons.feedback.trim();

  return (
    <Dialog
      title={`${STATUS_LABELS[app.status]}: ${name}`}
      onClose={onClose}
      initialFocus="textarea"
      actions={
        <>
          {previous && onUndo && (
            <button
              type="button"
              class="btn btn-quiet"
              onClick={() => {
                setError('');
                onUndo().then(onClose, (err: unknown) => setError(errorMessage(err, 'Undo failed.')));
              }}
            >
              Undo: back to {STATUS_LABELS[previous]}
            </button>
          )}
          <button type="button" class="btn" onClick={onClose}>
            Skip
          </button>
          <button type="button" class="btn btn-primary" disabled={saving || !written} onClick={() => void saveReflection()}>
            Save reflection
          </button>
        </>
      }
    >
      {app.status === 'rejected' && <Perspective appId={app.id} />}
      <h3>A short reflection</h3>
      <p class="small muted">Optional. A few words now make patterns easier to see later.</p>
      <TextArea
        label="What went well"
        rows={2}
        maxLength={LIMITS.lesson}
        value={lessons.wentWell}
        onInput={(v) => setLessons((l) => ({ ...l, wentWell: v }))}
      />
      <TextArea
        label="What could have gone better"
        rows={2}
        maxLength={LIMITS.lesson}
        value={lessons.couldImprove}
        onInput={(v) => setLessons((l) => ({ ...l, couldImprove: v }))}
      />
      <TextArea
        label="Feedback received"
        rows={2}
        maxLength={LIMITS.lesson}
        value={lessons.feedback}
        onInput={(v) => setLessons((l) => ({ ...l, feedback: v }))}
      />
      {error && (
        <Banner tone="danger" role="alert">
          <p>{error}</p>
        </Banner>
      )}
      {offerFeedback &&
        (asking ? (
          <FeedbackRequest app={app} settings={settings} now={now} onSaved={onSaved} />
        ) : (
          <p>
            <button type="button" class="btn" onClick={() => setAsking(true)}>
              Ask for feedback
            </button>
            {app.feedbackRequestedAt && (
              <span class="small muted"> Already asked on {formatDate(app.feedbackRequestedAt)}.</span>
            )}
          </p>
        ))}
    </Dialog>
  );
}

/** The user's own numbers beside a published reference, with its source named. Loaded on demand. */
function Perspective({ appId }: { appId: string }) {
  const [p, setP] = useState<RejectionPerspective | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    allApplications().then(
      (apps) => {
        if (live) setP(rejectionPerspective(apps, appId));
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [appId]);
  if (failed) return null;
  return (
    <section class="card perspective" aria-label="In proportion" aria-live="polite">
      {!p ? (
        <p class="muted small">Putting this in proportion…</p>
      ) : (
        <>
          <p>{p.context}</p>
          <p class="small">
            <strong>Your numbers:</strong> {p.userLine}
          </p>
          {p.references.map((r) => (
            <p key={r.source.id} class="small muted">
              <strong>Reference:</strong> {r.text}
              {r.source.scope ? ` Based on ${r.source.scope}.` : ''}
            </p>
          ))}
        </>
      )}
    </section>
  );
}

/** An editable draft asking for feedback; copying it records the request and can set a follow-up date. */
function FeedbackRequest({
  app,
  settings,
  now,
  onSaved,
}: {
  app: Application;
  settings: Pick<Settings, 'followUpDays'>;
  now: Date;
  onSaved: (message: string) => void;
}) {
  const [draft, setDraft] = useState(() => feedbackEmailDraft(app));
  const [remind, setRemind] = useState(true);
  const [date, setDate] = useState(() => toDateInput(defaultFollowUpAt(now, settings)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const id = useId();

  /** The request counts as made once the user takes the draft (copied or opened in the mail program). */
  async function record(how: string) {
    try {
      const followUpAt = remind ? fromDateInput(date) : undefined;
      await updateApplication(
        app.id,
        { feedbackRequestedAt: now.toISOString(), ...(followUpAt ? { followUpAt } : {}) },
        'asked for feedback',
      );
      await notifyDataChanged();
      const text = `${how}${followUpAt ? ` Follow-up reminder on ${formatDate(followUpAt)}.` : ''}`;
      setStatus(text);
      onSaved(text);
    } catch (err) {
      setError(errorMessage(err, 'The request could not be recorded.'));
    }
  }

  async function copyAndRecord() {
    setError('');
    const copied = await copyText(draft.body);
    if (!copied) {
      setError('The email could not be copied. Select the text above and copy it by hand.');
      return;
    }
    await record('Email copied. Paste it into your mail app.');
  }

  return (
    <section class="card feedback-request" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Ask for feedback</h3>
      <TextField label="Subject" value={draft.subject} onInput={(subject) => setDraft((d) => ({ ...d, subject }))} />
      <TextArea
        label="Email draft (edit as you like)"
        rows={8}
        value={draft.body}
        onInput={(body) => setDraft((d) => ({ ...d, body }))}
        maxLength={LIMITS.note}
      />
      <CheckboxField label="Remind me to follow up" checked={remind} onChange={setRemind} />
      {remind && <TextField label="Follow-up date" type="date" value={date} onInput={setDate} />}
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => void copyAndRecord()}>
          Copy email
        </button>
        <a class="btn" href={mailtoUrl(draft)} onClick={() => void record('Draft opened in your mail app.')}>
          Open in mail app
        </a>
      </div>
      <p role="status" aria-live="polite" class="small">
        {status}
      </p>
      {error && (
        <Banner tone="danger" role="alert">
          <p>{error}</p>
        </Banner>
      )}
    </section>
  );
}
