import { useEffect, useState } from 'preact/hooks';
import { getApplication } from '../../db/index';
import { deleteApplications } from '../data';
import type { LastCapture } from '../../messages';
import { errorMessage } from '../components/format';
import { clearLastCapture, loadLastCapture, markLastCaptureSeen, notifyDataChanged } from '../runtime';

/** How long the popup offers the last capture's Undo at the top. */
export const RECENT_CAPTURE_MS = 10 * 60 * 1000;

function describe(capture: LastCapture): string {
  const { title, company } = capture;
  return title && company ? `${title} at ${company}` : title || company || 'an application';
}

/**
 * "Saved just now: <title> at <company> · Undo" at the top of the popup, for a capture less than ten
 * minutes old whose record still exists: the confirmation a page cannot hide. Opening the popup marks
 * the capture seen, so the toolbar badge drops its "+1".
 */
export function RecentCapture({
  now,
  onDone,
  onError,
}: {
  now?: Date;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [capture, setCapture] = useState<LastCapture | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const got = await loadLastCapture();
      if (!got) return;
      if (!got.seen) {
        await markLastCaptureSeen(got.capture.id);
        await notifyDataChanged();
      }
      const age = (now ?? new Date()).getTime() - got.capture.at;
      if (age < -60_000 || age >= RECENT_CAPTURE_MS) return;
      if (!(await getApplication(got.capture.id))) return;
      if (live) setCapture(got.capture);
    })().catch(() => {
      // The list below still shows the record; only the shortcut is missing.
    });
    return () => {
      live = false;
    };
  }, []);

  if (!capture) return null;
  const what = describe(capture);

  async function undo(target: LastCapture) {
    setBusy(true);
    try {
      await deleteApplications([target.id]);
      await clearLastCapture();
      setCapture(null);
      onDone(`Removed from Baskets: ${what}.`);
    } catch (err) {
      setBusy(false);
      onError(errorMessage(err, 'The capture could not be undone.'));
    }
  }

  return (
    <section class="popup-section recent-capture" aria-label="Last capture">
      <p>
        <strong>Saved just now:</strong> {what}
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          class="btn btn-small recent-capture-undo"
          disabled={busy}
          aria-label={`Undo: remove ${what} from Baskets`}
          onClick={() => void undo(capture)}
        >
          Undo
        </button>
      </p>
    </section>
  );
}
