import { useEffect, useState } from 'preact/hooks';
import { LIMITS, STATUS_LABELS, type Application, type Lessons, type Status } from '../../core/application';
import { offersReflection } from '../../core/lessons';
import { closingPerspective, sourceName, type ClosingOutcome, type ClosingPerspective } from '../../core/perspective';
import { allApplications, getApplication } from '../../db/index';
import { restoreApplications, updateApplication } from '../data';
import { Dialog } from './dialog';
import { feedbackActionLabel, FeedbackRequest, type FeedbackSettings } from './feedback-request';
import { TextArea } from './fields';
import { errorMessage } from './format';

interface Question {
  field: keyof Lessons;
  label: string;
  hint?: string;
}

/**
 * The questions that fit each outcome, and the `lessons` field each answer is kept in (the Lessons view and its
 * themes read those three fields):
 * - rejected: the classic three, one per field.
 * - ghosted: a silence brought no feedback and gives little to judge "what went well" by, so one forward-looking
 *   question, kept as `couldImprove` (what to do differently next time).
 * - withdrawn: why the user stepped back is what they learned about what they want, a lesson for the next
 *   applications, so it is kept as `couldImprove` too.
 * Fields a question does not show keep whatever the record already holds.
 */
export const CLOSING_QUESTIONS: Readonly<Record<ClosingOutcome, readonly Question[]>> = Object.freeze({
  rejected: [
    { field: 'wentWell', label: 'What went well' },
    { field: 'couldImprove', label: 'What could have gone better' },
    { field: 'feedback', label: 'Feedback received' },
  ],
  ghosted: [{ field: 'couldImprove', label: 'Anything you would do differently?' }],
  withdrawn: [{ field: 'couldImprove', label: 'Why did you step back?', hint: 'What you learned about what you want.' }],
});

/**
 * After an application ends (rejected, ghosted, withdrawn): one sentence that puts it in proportion, how common the
 * outcome is (source named once), a short reflection that fits the outcome and can be skipped, and for rejections
 * and silences an editable email. Shared by the popup and the dashboard. Save stays in view: the dialog's action
 * row is a sticky footer while the body scrolls (theme.css, "Closing step").
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
  /** `yourName` signs the feedback email; without it the draft offers to set it. */
  settings: FeedbackSettings;
  now?: Date;
  onClose: () => void;
  /** After a save; `undo`, when given, takes the reflection back out (the record as it was just before). */
  onSaved: (message: string, undo?: () => Promise<void>) => void;
  /** The status before this change: with `onUndo`, the dialog offers "Undo: back to <previous>". */
  previous?: Status;
  /** Puts the record back as it was before the status change; the dialog closes once it is done. */
  onUndo?: () => Promise<void>;
}) {
  const outcome: ClosingOutcome = offersReflection(app.status) ? app.status : 'rejected';
  const questions = CLOSING_QUESTIONS[outcome];
  const [lessons, setLessons] = useState<Lessons>({ ...app.lessons });
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [asking, setAsking] = useState(false);
  const name = `${app.title || 'Untitled job'} at ${app.company || 'unknown company'}`;
  const offerEmail = outcome === 'rejected' || outcome === 'ghosted';

  async function saveReflection() {
    setSaving(true);
    setError('');
    try {
      const before = await getApplication(app.id);
      await updateApplication(app.id, { lessons }, 'reflection');
      onSaved(
        'Reflection saved. You will find it under Lessons in the dashboard.',
        before ? () => restoreApplications([before]) : undefined,
      );
      onClose();
    } catch (err) {
      setError(errorMessage(err, 'The reflection could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  function undo() {
    if (!onUndo) return;
    setError('');
    setUndoing(true);
    onUndo().then(onClose, (err: unknown) => {
      setUndoing(false);
      setError(errorMessage(err, 'Undo failed.'));
    });
  }

  const written = questions.some((q) => lessons[q.field].trim() !== '' && lessons[q.field] !== app.lessons[q.field]);

  return (
    <Dialog
      title={`${STATUS_LABELS[app.status]}: ${name}`}
      onClose={onClose}
      initialFocus="textarea"
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>
            Skip
          </button>
          <button type="button" class="btn btn-primary" disabled={saving || !written} onClick={() => void saveReflection()}>
            Save reflection
          </button>
        </>
      }
    >
      <div class="closing-body">
        {previous && onUndo && (
          <p class="closing-undo small">
            <span>Marked {STATUS_LABELS[app.status].toLowerCase()}.</span>{' '}
            <button type="button" class="btn btn-quiet btn-small" disabled={undoing} onClick={undo}>
              Undo: back to {STATUS_LABELS[previous]}
            </button>
          </p>
        )}
        <Perspective appId={app.id} outcome={outcome} />
        <fieldset class="closing-questions">
          <legend>
            A few words for later <span class="closing-optional">(optional)</span>
          </legend>
          {questions.map((q) => (
            <TextArea
              key={q.field}
              label={q.label}
              hint={q.hint}
              rows={2}
              maxLength={LIMITS.lesson}
              value={lessons[q.field]}
              onInput={(v) => setLessons((l) => ({ ...l, [q.field]: v }))}
            />
          ))}
        </fieldset>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        {offerEmail &&
          (asking ? (
            <FeedbackRequest
              app={app}
              settings={settings}
              now={now}
              onRecorded={onSaved}
              heading={outcome === 'ghosted' ? 'One polite follow-up' : 'Ask for feedback'}
            />
          ) : (
            <div class="row closing-email">
              <button type="button" class="btn btn-small" onClick={() => setAsking(true)}>
                {feedbackActionLabel(app.status)}
              </button>
              {outcome === 'ghosted' && <span class="small muted closing-email-hint">Asks once whether the role is still open.</span>}
            </div>
          ))}
      </div>
    </Dialog>
  );
}

/** The proportion sentence and "you are not alone", from the user's own records; loaded when the step opens. */
function Perspective({ appId, outcome }: { appId: string; outcome: ClosingOutcome }) {
  const [p, setP] = useState<ClosingPerspective | null>(null);
  useEffect(() => {
    let live = true;
    allApplications().then(
      (apps) => {
        if (live) setP(closingPerspective(apps, appId, outcome));
      },
      // Without the records, the step still works: it just says nothing it cannot back.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [appId, outcome]);
  return (
    <section class="closing-perspective" aria-label="In proportion" aria-live="polite">
      {p && (
        <>
          <p class="closing-proportion">{p.proportion}</p>
          <p class="small closing-not-alone">
            {p.notAlone}
            {p.source && <span class="closing-source"> Source: {sourceName(p.source)}.</span>}
          </p>
        </>
      )}
    </section>
  );
}
