/**
 * "Ask for feedback" (or, after a silence, "one polite follow-up"): an editable draft from feedback-email.ts,
 * copied to the clipboard or opened in the user's mail program (Baskets sends nothing). Taking the draft records
 * the request, with an optional follow-up date. The one implementation behind the closing step (popup and
 * dashboard) and the dashboard's FeedbackDialog.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LIMITS, type Application } from '../../core/application';
import { feedbackEmailDraft, mailtoUrl, type FeedbackEmailDraft } from '../../core/feedback-email';
import { defaultFollowUpAt } from '../../core/followups';
import { validateSettingsPatch, YOUR_NAME_MAX, type Settings } from '../../core/settings';
import { updateApplication } from '../data';
import { copyText, loadSettings, saveSettings } from '../runtime';
import { CheckboxField, TextArea, TextField } from './fields';
import { errorMessage, formatDate, fromDateInput, toDateInput } from './format';

export type FeedbackSettings = Pick<Settings, 'followUpDays'> & Partial<Pick<Settings, 'yourName'>>;

/** The label of the action that opens the draft: a silence gets a follow-up, not a request for feedback. */
export function feedbackActionLabel(status: Application['status']): string {
  return status === 'ghosted' ? 'Send one polite follow-up' : 'Ask for feedback';
}

export function FeedbackRequest({
  app,
  settings,
  now = new Date(),
  onRecorded,
  heading,
}: {
  app: Application;
  settings: FeedbackSettings;
  now?: Date;
  /** Told what was recorded (for a toast or an announcement). */
  onRecorded?: (message: string) => void;
  /** A heading for the section (inside the closing step); a dialog of its own already has a title. */
  heading?: string;
}) {
  const [name, setName] = useState(settings.yourName ?? '');
  const original = useRef<FeedbackEmailDraft | null>(null);
  const [draft, setDraft] = useState(() => {
    original.current = feedbackEmailDraft(app, { senderName: name });
    return original.current;
  });
  const [remind, setRemind] = useState(true);
  // A follow-up already planned is kept; one in the past is replaced by the usual delay from today.
  const [date, setDate] = useState(() =>
    toDateInput(app.followUpAt && Date.parse(app.followUpAt) > now.getTime() ? app.followUpAt : defaultFollowUpAt(now, settings)),
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const id = useId();

  /** A name saved here (or in options meanwhile) signs the draft, unless the user already rewrote its ending. */
  function signWith(next: string) {
    setName(next);
    const signed = feedbackEmailDraft(app, { senderName: next });
    setDraft((d) => {
      const body =
        original.current && d.body === original.current.body
          ? signed.body
          : /Kind regards,\s*$/.test(d.body)
            ? `${d.body.replace(/\s*$/, '')}\n${next}`
            : d.body;
      original.current = { subject: d.subject, body };
      return { subject: d.subject, body };
    });
  }

  // Settings that arrive after opening (loaded late, or a name saved in options meanwhile) sign the draft too.
  const seenName = useRef(settings.yourName ?? '');
  useEffect(() => {
    const next = settings.yourName ?? '';
    if (next === seenName.current) return;
    seenName.current = next;
    if (next && next !== name) signWith(next);
  }, [settings.yourName]);

  function followUpProblem(): string {
    return remind && !fromDateInput(date) ? 'Enter a real follow-up date, or untick the reminder.' : '';
  }

  /** The request counts as made once the user takes the draft (copied or opened in the mail program). */
  async function record(how: string) {
    try {
      const followUpAt = remind ? fromDateInput(date) : undefined;
      await updateApplication(
        app.id,
        { feedbackRequestedAt: now.toISOString(), ...(followUpAt ? { followUpAt } : {}) },
        app.status === 'ghosted' ? 'followed up' : 'asked for feedback',
      );
      const text = `${how}${followUpAt ? ` Follow-up reminder on ${formatDate(followUpAt)}.` : ''}`;
      setStatus(text);
      onRecorded?.(text);
    } catch (err) {
      setError(errorMessage(err, 'The request could not be recorded.'));
    }
  }

  async function copyAndRecord() {
    const problem = followUpProblem();
    setError(problem);
    if (problem) return;
    const copied = await copyText(draft.body);
    if (!copied) {
      setError('The email could not be copied. Select the text above and copy it by hand.');
      return;
    }
    await record('Email copied. Paste it into your mail app.');
  }

  return (
    <section
      class="feedback-request"
      aria-labelledby={heading ? `${id}-title` : undefined}
      aria-label={heading ? undefined : 'Email draft'}
    >
      {heading && (
        <h3 id={`${id}-title`} class="feedback-request-title">
          {heading}
        </h3>
      )}
      {app.feedbackRequestedAt && <p class="small muted">Already sent on {formatDate(app.feedbackRequestedAt)}.</p>}
      <TextField
        label="Subject"
        value={draft.subject}
        maxLength={LIMITS.title + LIMITS.company + 40}
        onInput={(subject) => setDraft((d) => ({ ...d, subject }))}
      />
      <TextArea label="Message" rows={8} value={draft.body} maxLength={LIMITS.note} onInput={(body) => setDraft((d) => ({ ...d, body }))} />
      {!name && <SignatureName onSaved={signWith} />}
      <CheckboxField label="Remind me to follow up" checked={remind} onChange={setRemind} />
      {remind && (
        <TextField label="Follow up on" type="date" value={date} error={error && followUpProblem() ? error : undefined} onInput={setDate} />
      )}
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => void copyAndRecord()}>
          Copy email
        </button>
        <a
          class="btn"
          href={mailtoUrl(draft)}
          onClick={(e) => {
            const problem = followUpProblem();
            setError(problem);
            if (problem) {
              e.preventDefault();
              return;
            }
            void record('Draft opened in your mail app.');
          }}
        >
          Open in mail app
        </a>
      </div>
      <p role="status" aria-live="polite" class="small">
        {status}
      </p>
      {error && !followUpProblem() && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * No name set yet: one field that saves it to settings (the same setting as in options), so this draft and
 * every later one is signed. Shown instead of a placeholder in the draft.
 */
function SignatureName({ onSaved }: { onSaved: (name: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError('');
    try {
      const current = await loadSettings();
      const result = validateSettingsPatch({ yourName: value }, current);
      if (!result.ok) {
        setError(result.errors.yourName ?? 'The name could not be saved.');
        return;
      }
      if (!result.value.yourName) {
        setError('Type your name first.');
        return;
      }
      await saveSettings(result.value);
      onSaved(result.value.yourName);
    } catch (err) {
      setError(errorMessage(err, 'The name could not be saved.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="signature-name">
      <TextField
        label="Your name, to sign feedback requests"
        hint="Saved once for every draft; you can change it in options."
        value={value}
        maxLength={YOUR_NAME_MAX}
        error={error || undefined}
        onInput={setValue}
      />
      <button type="button" class="btn btn-small" disabled={busy} onClick={() => void save()}>
        Save name
      </button>
    </div>
  );
}
