import { useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import { dueFollowUps, ghostSuggestions } from '../../core/followups';
import type { Settings } from '../../core/settings';
import { setStatus, updateApplication } from '../data';
import { errorMessage, formatDate, fromDateInput, dateInputInDays } from '../components/format';

/** Ids of the active applications that need the user: a due follow-up or a ghost suggestion. */
/** Reminders shown at once in each group; the rest wait under the "Needs follow-up" filter. */
export const REMINDERS_SHOWN = 3;

export function followUpIds(active: readonly Application[], settings: Settings, now: Date): Set<string> {
  return new Set([...ghostSuggestions(active, now, settings).map((g) => g.id), ...dueFollowUps(active, now).map((f) => f.id)]);
}

/**
 * Quiet applications ("No news from X for 23 days… Mark it as ghosted?") and due follow-up reminders.
 * Nothing changes without a click: a suggestion is never applied silently.
 */
export function Reminders({
  active,
  settings,
  now,
  busyId,
  onGhosted,
  onDone,
  onError,
  onShowAll,
}: {
  active: Application[];
  settings: Settings;
  now: Date;
  busyId: string | null;
  onGhosted: (app: Application) => void;
  /** After a change: the message, and the record as it was before, so the popup can offer Undo. */
  onDone: (message: string, before?: Application) => void;
  onError: (message: string) => void;
  /** Shows every application needing attention (the list's "Needs follow-up" filter). */
  onShowAll: () => void;
}) {
  const [working, setWorking] = useState<string | null>(null);
  const ghosts = ghostSuggestions(active, now, settings);
  const due = dueFollowUps(active, now);
  if (ghosts.length === 0 && due.length === 0) return null;
  const byId = new Map(active.map((a) => [a.id, a]));

  async function run(id: string, action: () => Promise<unknown>, message: string, failure: string) {
    setWorking(id);
    try {
      const before = byId.get(id);
      await action();
      onDone(message, before);
    } catch (err) {
      onError(errorMessage(err, failure));
    } finally {
      setWorking(null);
    }
  }

  return (
    <>
      {ghosts.length > 0 && (
        <section class="popup-section" aria-labelledby="ghosts-title">
          <h2 id="ghosts-title">No news for a while</h2>
          <ul class="plain-list">
            {ghosts.slice(0, REMINDERS_SHOWN).map((g) => {
              const app = byId.get(g.id);
              if (!app) return null;
              const name = `${g.title || 'this job'} at ${g.company || 'this employer'}`;
              const busy = working === g.id || busyId === g.id;
              return (
                <li key={g.id} class="card reminder-item">
                  <p>{g.text}</p>
                  <p class="small muted">{g.title}</p>
                  <div class="row">
                    <button type="button" class="btn btn-small btn-primary" disabled={busy} onClick={() => onGhosted(app)}>
                      {/* The visible words start the accessible name (axe: label-content-name-mismatch). */}
                      Mark as ghosted<span class="visually-hidden">: {name}</span>
                    </button>
                    <button
                      type="button"
                      class="btn btn-small"
                      disabled={busy}
                      aria-label={`Still waiting for ${name}`}
                      onClick={() =>
                        void run(
                          g.id,
                          () => setStatus(g.id, app.status, 'still waiting'),
                          `Noted: still waiting for ${g.company || 'them'}. Baskets will ask again in ${settings.ghostDays} days.`,
                          'This could not be saved.',
                        )
                      }
                    >
                      Still waiting
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <More count={ghosts.length - REMINDERS_SHOWN} onShowAll={onShowAll} />
        </section>
      )}
      {due.length > 0 && (
        <section class="popup-section" aria-labelledby="followups-title">
          <h2 id="followups-title">Follow-ups due</h2>
          <ul class="plain-list">
            {due.slice(0, REMINDERS_SHOWN).map((f) => {
              const name = `${f.title || 'this job'} at ${f.company || 'this employer'}`;
              const when =
                f.state === 'due'
                  ? 'due today'
                  : `${f.daysOverdue} day${f.daysOverdue === 1 ? '' : 's'} overdue (${formatDate(f.followUpAt)})`;
              const busy = working === f.id || busyId === f.id;
              return (
                <li key={f.id} class="card reminder-item">
                  <p>
                    Follow up with <strong>{f.company || 'the employer'}</strong> about {f.title || 'your application'}: {when}.
                  </p>
                  <div class="row">
                    <button
                      type="button"
                      class="btn btn-small btn-primary"
                      disabled={busy}
                      aria-label={`Done: followed up on ${name}`}
                      onClick={() =>
                        void run(
                          f.id,
                          () => updateApplication(f.id, { followUpAt: '' }, 'followed up'),
                          `Follow-up done: ${name}.`,
                          'This could not be saved.',
                        )
                      }
                    >
                      Done
                    </button>
                    <button
                      type="button"
                      class="btn btn-small"
                      disabled={busy}
                      aria-label={`Remind me in 3 days about ${name}`}
                      onClick={() =>
                        void run(
                          f.id,
                          () => updateApplication(f.id, { followUpAt: fromDateInput(dateInputInDays(3, now)) ?? '' }),
                          `Reminder moved to ${formatDate(fromDateInput(dateInputInDays(3, now)))}.`,
                          'This could not be saved.',
                        )
                      }
                    >
                      In 3 days
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <More count={due.length - REMINDERS_SHOWN} onShowAll={onShowAll} />
        </section>
      )}
    </>
  );
}

function More({ count, onShowAll }: { count: number; onShowAll: () => void }) {
  if (count <= 0) return null;
  return (
    <p class="small">
      <button type="button" class="btn btn-quiet btn-small" onClick={onShowAll}>
        {count} more need{count === 1 ? 's' : ''} attention: show them
      </button>
    </p>
  );
}
