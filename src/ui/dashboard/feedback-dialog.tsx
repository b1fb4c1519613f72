/**
 * "Ask for feedback": an editable draft from feedback-email.ts, copied to the clipboard or opened in the user's
 * mail program (Baskets sends nothing), then recorded as requested with an optional follow-up date.
 */
import { useId, useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import { feedbackEmailDraft, mailtoUrl } from '../../core/feedback-email';
import { defaultFollowUpAt } from '../../core/followups';
import { updateApplication } from '../data';
import { Dialog } from '../components/dialog';
import { errorMessage } from '../components/format';
import { copyText } from '../runtime';
import { useDashboard } from './context';
import { fromDateInput, isDateInput, toDateInput } from './format';
import { useSettings } from './use-settings';

export function FeedbackDialog({ record, onClose }: { record: Application; onClose: () => void }) {
  const api = useDashboard();
  const settings = useSettings();
  const id = useId();
  const [draft] = useState(() => feedbackEmailDraft(record));
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [remind, setRemind] = useState(true);
  const [followUp, setFollowUp] = useState(() => toDateInput(record.followUpAt ?? defaultFollowUpAt(new Date(), settings)));
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  async function copy() {
    const ok = await copyText(`Subject: ${subject}\n\n${body}`);
    setCopied(ok ? 'yes' : 'no');
  }

  async function markRequested() {
    if (remind && !isDateInput(followUp)) {
      setError('Enter a real follow-up date, or untick the reminder.');
      return;
    }
    setSaving(true);
    setError('');
    try {
      const patch: Parameters<typeof updateApplication>[1] = { feedbackRequestedAt: new Date().toISOString() };
      if (remind) patch.followUpAt = fromDateInput(followUp, record.followUpAt);
      await updateApplication(record.id, patch, 'asked for feedback');
      api.announce(remind ? 'Feedback request noted, with a follow-up reminder.' : 'Feedback request noted.');
      onClose();
    } catch (e) {
      setError(errorMessage(e, 'The request could not be recorded.'));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={`Ask ${record.company || 'the employer'} for feedback`}
      onClose={onClose}
      initialFocus="textarea"
      actions={
        <>
          <button type="button" class="btn" onClick={() => void copy()}>
            Copy to clipboard
          </button>
          <a class="btn" href={mailtoUrl({ subject, body })}>
            Open in my mail program
          </a>
          <button type="button" class="btn btn-primary" disabled={saving} onClick={() => void markRequested()}>
            Mark feedback as requested
          </button>
          <button type="button" class="btn" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <p class="small muted">Edit the draft as you like. Baskets sends nothing: copy it, or open it in your mail program.</p>
      <div class="field">
        <label for={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} type="text" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-body`}>Message</label>
        <textarea id={`${id}-body`} class="feedback-draft" rows={12} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      <div class="field-check">
        <input id={`${id}-remind`} type="checkbox" checked={remind} onChange={(e) => setRemind(e.currentTarget.checked)} />
        <label for={`${id}-remind`}>Remind me to follow up</label>
      </div>
      {remind && (
        <div class="field">
          <label for={`${id}-follow`}>Follow up on</label>
          <input
            id={`${id}-follow`}
            type="date"
            value={followUp}
            aria-invalid={error && remind && !isDateInput(followUp) ? 'true' : undefined}
            onInput={(e) => setFollowUp(e.currentTarget.value)}
          />
        </div>
      )}
      <p role="status" class="small">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'Copying failed: select the text and copy it by hand.' : ''}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
