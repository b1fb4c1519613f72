/**
 * "Ask for feedback" from the dashboard's detail panel: the same FeedbackRequest as the closing step (one draft,
 * signed with the name from options; copying it or opening it in the mail program records the request), in a
 * dialog of its own.
 */
import type { Application } from '../../core/application';
import { Dialog } from '../components/dialog';
import { FeedbackRequest } from '../components/feedback-request';
import { useDashboard } from './context';
import { useSettings } from './use-settings';

export function FeedbackDialog({ record, onClose }: { record: Application; onClose: () => void }) {
  const api = useDashboard();
  const settings = useSettings();
  const company = record.company || 'the employer';
  return (
    <Dialog
      title={record.status === 'ghosted' ? `Follow up with ${company}` : `Ask ${company} for feedback`}
      onClose={onClose}
      initialFocus="textarea"
      actions={
        <button type="button" class="btn" onClick={onClose}>
          Close
        </button>
      }
    >
      <div class="feedback-body">
        <p class="small muted">Edit the draft as you like. Baskets sends nothing: copy it, or open it in your mail program.</p>
        <FeedbackRequest app={record} settings={settings} onRecorded={(message) => api.announce(message)} />
      </div>
    </Dialog>
  );
}
