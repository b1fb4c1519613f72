import { useState } from 'preact/hooks';
import type { PendingCandidate } from '../../db/index';
import { confirmPending, dismissPending } from '../data';
import { errorMessage } from '../components/format';

/**
 * Why Baskets asks instead of saving, in plain words, from the candidate's `signal`; undefined for a signal it
 * does not know (the question then stands alone).
 */
export function pendingReason(signal: string): string | undefined {
  if (signal.startsWith('no-attempt:')) {
    return 'Baskets saw a confirmation page for this job but not your click on Submit. Did you apply?';
  }
  if (signal.startsWith('rate-limit:')) return 'Many applications were logged in a short time, so Baskets asks instead of saving them.';
  if (signal === 'email-confirmation') return 'An email you opened thanked you for applying. Baskets does not have this application yet.';
  if (/^submit clicked on \S+, no confirmation seen$/.test(signal)) return 'You clicked Submit, but no confirmation appeared.';
  return undefined;
}

/** "Did you finish applying to <title> at <company>?" answered in one click, with the reason it is asked. */
export function PendingList({
  pending,
  onDone,
  onError,
}: {
  pending: PendingCandidate[];
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  // Answered questions leave at once, not when the popup's lists have reloaded: a second press on a
  // question already answered would only report that it "was already answered".
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const open = pending.filter((p) => !answered.has(p.id));
  if (open.length === 0) return null;

  async function answer(p: PendingCandidate, yes: boolean) {
    setBusy(p.id);
    try {
      if (yes) {
        const app = await confirmPending(p.id);
        onDone(`Logged: ${app.title} at ${app.company}.`);
      } else {
        await dismissPending(p.id);
        onDone(`Forgotten: ${p.title || 'the job'} at ${p.company || 'this company'}.`);
      }
      setAnswered((prev) => new Set(prev).add(p.id));
    } catch (err) {
      onError(errorMessage(err, 'Your answer could not be saved.'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="popup-section pending" aria-labelledby="pending-title">
      <h2 id="pending-title">Did you finish applying?</h2>
      <ul class="plain-list">
        {open.map((p) => {
          const title = p.title || 'this job';
          const company = p.company || 'this company';
          const question = `Did you finish applying to ${title} at ${company}?`;
          const reason = pendingReason(p.signal);
          const reasonId = `pending-why-${p.id}`;
          return (
            <li key={p.id} class="card pending-item">
              <p>
                Did you finish applying to <strong>{title}</strong> at <strong>{company}</strong>?
              </p>
              {reason && (
                <p class="small muted pending-why" id={reasonId}>
                  {reason}
                </p>
              )}
              <div class="row" role="group" aria-label={question} aria-describedby={reason ? reasonId : undefined}>
                <button
                  type="button"
                  class="btn btn-primary btn-small"
                  disabled={busy === p.id}
                  aria-label={`Yes, I applied to ${title} at ${company}`}
                  onClick={() => void answer(p, true)}
                >
                  Yes
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={busy === p.id}
                  aria-label={`No, I did not apply to ${title} at ${company}`}
                  onClick={() => void answer(p, false)}
                >
                  No
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
