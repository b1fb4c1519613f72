import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isFurtherAlong, STATUS_LABELS, type Application, type Status } from '../../core/application';
import { parseTime } from '../../core/dates';
import type { InboxSuggestion, OutcomeKind } from '../../core/inbox/types';
import { OUTCOME_STATUS, recordLabel, suggestionNote, suggestionQuestion } from '../../core/inbox/wording';
import { getApplication } from '../../db/index';
import { setStatus } from '../data';
import { errorMessage } from '../components/format';
import { loadInboxSuggestions, onInboxSuggestionsChanged, resolveInboxSuggestion } from '../runtime';
import { InboxNextStep, type StepKind } from './inbox-suggestion-next';

/**
 * The status a suggestion records on an application that is at `current`, or null when Baskets already has it
 * there or further (an outcome only ever moves an application forward). A silence Baskets only guessed at
 * (ghosted) is ended by any answer the employer sends.
 */
export function inboxStatusChange(current: Status, kind: OutcomeKind): Status | null {
  const target = OUTCOME_STATUS[kind];
  if (current === 'ghosted') return target;
  return isFurtherAlong(target, current) ? target : null;
}

/**
 * "Thu 3 Dec" (with the year when it is not this year's; without the weekday for `weekday: false`), in the shape
 * the history note uses (core/inbox/wording.ts); '' when there is no date.
 */
export function emailDayLabel(iso: string, now: Date = new Date(), weekday = true): string {
  const t = parseTime(iso);
  if (!Number.isFinite(t)) return '';
  const d = new Date(t);
  const part = (o: Intl.DateTimeFormatOptions) => d.toLocaleDateString('en-GB', o);
  const year = d.getFullYear() === now.getFullYear() ? '' : ` ${d.getFullYear()}`;
  return `${weekday ? `${part({ weekday: 'short' })} ` : ''}${d.getDate()} ${part({ month: 'short' })}${year}`;
}

/** When the status change is recorded: the email's date, never later than now (a sender's clock may run ahead). */
function recordedAt(emailDate: string, now: Date): string | undefined {
  const t = parseTime(emailDate);
  if (!Number.isFinite(t)) return undefined;
  return new Date(Math.min(t, now.getTime())).toISOString();
}

/** A suggestion with the applications it names that are still in Baskets, in the suggestion's order. */
interface Loaded {
  suggestion: InboxSuggestion;
  apps: Application[];
}

async function loadAll(suggestions: InboxSuggestion[]): Promise<Loaded[]> {
  const sorted = [...suggestions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return Promise.all(
    sorted.map(async (suggestion) => {
      const found = await Promise.all(suggestion.applicationIds.map((id) => getApplication(id)));
      return { suggestion, apps: found.filter((a): a is Application => Boolean(a)) };
    }),
  );
}

/** Renders `text` with the first occurrence of each part, in order, in bold. */
function emphasise(text: string, parts: string[]): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let rest = text;
  for (const part of parts) {
    const at = part ? rest.indexOf(part) : -1;
    if (at < 0) continue;
    if (at > 0) out.push(rest.slice(0, at));
    out.push(<strong key={out.length}>{part}</strong>);
    rest = rest.slice(at + part.length);
  }
  if (rest) out.push(rest);
  return out;
}

/** After a recorded interview, offer or assessment: the next step to set, on this application. */
interface Recorded {
  kind: StepKind;
  app: Application;
}

/**
 * "From your inbox: Acme has answered about Data Analyst. Record a rejection?" at the top of the popup, one card at
 * a time (newest first, "1 of 3" with a way to the next), recorded in one click or dismissed. The status is recorded
 * at the email's date with a note naming the email's date and sender domain (never the subject, body or address:
 * the background kept none of them). A rejection then opens the closing step (the popup's `onRecorded`); an
 * interview, offer or assessment offers its next step and date in the card.
 */
export function InboxSuggestions({
  now: fixedNow,
  version,
  onRecorded,
  onDone,
  onError,
}: {
  now?: Date;
  /** Bumped by the popup after every write: the cards re-read their applications. */
  version: number;
  /** A status was recorded: the popup offers its Undo, and opens the closing step for a rejection. */
  onRecorded: (updated: Application, before: Application) => void;
  /** A message for the toast; `before` makes it offer Undo (the record back as it was). */
  onDone: (message: string, before?: Application) => void;
  onError: (message: string) => void;
}) {
  const [suggestions, setSuggestions] = useState<InboxSuggestion[]>([]);
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  // Resolved in this popup: gone at once, not when the background has rewritten the stored list.
  const [resolved, setResolved] = useState<ReadonlySet<string>>(() => new Set());
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const now = fixedNow ?? new Date();

  useEffect(() => {
    let live = true;
    let stop: () => void = () => {};
    (async () => {
      stop = onInboxSuggestionsChanged((next) => {
        if (live) setSuggestions(next);
      });
      const first = await loadInboxSuggestions();
      if (live) setSuggestions(first);
    })().catch(() => {
      // Without the stored suggestions the popup is as it was before the opt-in; nothing to show.
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    let live = true;
    loadAll(suggestions).then(
      (all) => {
        if (live) setLoaded(all);
      },
      () => {
        // The database error shows in the popup's own list; the cards wait for the next read.
      },
    );
    return () => {
      live = false;
    };
  }, [suggestions, version]);

  const open = loaded.filter((l) => !resolved.has(l.suggestion.key));
  const at = Math.min(index, Math.max(0, open.length - 1));

  /** The form goes; the focus goes to the next suggestion when there is one, not to the page's start. */
  function closeNextStep() {
    setRecorded(null);
    requestAnimationFrame(() => cardRef.current?.focus());
  }

  if (recorded) {
    return (
      <InboxNextStep
        kind={recorded.kind}
        app={recorded.app}
        onSaved={(message, before) => {
          closeNextStep();
          onDone(message, before);
        }}
        onSkip={closeNextStep}
        onError={onError}
      />
    );
  }
  const current = open[at];
  if (!current) return null;
  const { suggestion: s, apps } = current;

  async function resolve(outcome: 'recorded' | 'dismissed'): Promise<boolean> {
    const ok = await resolveInboxSuggestion(s.key, outcome);
    setResolved((prev) => new Set(prev).add(s.key));
    if (open.length > 1) requestAnimationFrame(() => cardRef.current?.focus());
    return ok;
  }

  async function dismiss() {
    setBusy(true);
    try {
      const ok = await resolve('dismissed');
      // The background forgets the message for good; until it has heard, the card may come back next time.
      onDone(ok ? 'Dismissed. Baskets will not ask about that email again.' : 'Dismissed for now. Baskets may ask about that email again.');
    } finally {
      setBusy(false);
    }
  }

  const single = apps.length === 1 ? apps[0]! : null;
  const pickedId = single ? single.id : picked[s.key];
  const target = single ?? apps.find((a) => a.id === pickedId) ?? null;
  const change = target ? inboxStatusChange(target.status, s.kind) : null;

  async function record(app: Application) {
    setBusy(true);
    try {
      const fresh = (await getApplication(app.id)) ?? null;
      if (!fresh) {
        onError('That application is no longer in Baskets.');
        return;
      }
      const status = inboxStatusChange(fresh.status, s.kind);
      if (!status) {
        await resolve('dismissed');
        onDone(
          `Nothing recorded: ${fresh.title || 'the job'} at ${fresh.company || 'this company'} is already ${STATUS_LABELS[fresh.status]}.`,
        );
        return;
      }
      const updated = await setStatus(fresh.id, status, suggestionNote(s), recordedAt(s.emailDate, now));
      await resolve('recorded');
      onRecorded(updated, fresh);
      if (s.kind !== 'rejection') setRecorded({ kind: s.kind, app: updated });
    } catch (err) {
      onError(errorMessage(err, 'The outcome could not be recorded.'));
    } finally {
      setBusy(false);
    }
  }

  const company = single?.company || s.company;
  const title = single ? single.title : s.title;
  const question = suggestionQuestion({ kind: s.kind, company, title });
  const day = emailDayLabel(s.emailDate, now);
  const source = [day ? `Email of ${day}` : 'Email', s.senderDomain].filter(Boolean).join(' · ');
  const questionId = `${headingId}-q`;
  const pickName = `${headingId}-pick`;

  return (
    <section class="popup-section inbox-card card" aria-labelledby={headingId} ref={cardRef} tabIndex={-1}>
      <h2 id={headingId} class="visually-hidden">
        From your inbox
      </h2>
      {open.length > 1 && (
        <div class="inbox-card-top">
          <span aria-live="polite">
            {at + 1} of {open.length}
          </span>
          {/* Wraps round to the first, so the button never disables under the focus. */}
          <button type="button" class="btn btn-small" aria-label="Next suggestion" onClick={() => setIndex((at + 1) % open.length)}>
            Next
          </button>
        </div>
      )}
      {apps.length === 0 ? (
        <>
          <p id={questionId}>
            {emphasise(`From your inbox: ${company || 'An employer'} has answered${s.title ? ` about ${s.title}` : ''}`, [
              company,
              s.title,
            ])}
            , but that application is no longer in Baskets.
          </p>
          <p class="small muted inbox-source">{source}</p>
          <div class="row">
            <button type="button" class="btn btn-small" disabled={busy} onClick={() => void dismiss()}>
              Dismiss
            </button>
          </div>
        </>
      ) : (
        <>
          <p id={questionId} class="inbox-question">
            {emphasise(question, [company, title])}
          </p>
          <p class="small muted inbox-source">{source}</p>
          {s.quote && <blockquote class="small inbox-quote">“{s.quote}”</blockquote>}
          {apps.length > 1 && (
            <fieldset class="inbox-pick">
              <legend>Which application?</legend>
              {apps.map((a) => (
                <label key={a.id} class="inbox-pick-option">
                  <input
                    type="radio"
                    name={pickName}
                    value={a.id}
                    checked={pickedId === a.id}
                    onChange={() => setPicked((prev) => ({ ...prev, [s.key]: a.id }))}
                  />
                  <span>
                    {a.title || 'Untitled job'} · applied {emailDayLabel(a.appliedAt, now, false)}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {target && !change && (
            <p class="small inbox-already">
              Baskets already has this application as {STATUS_LABELS[target.status]}: there is nothing to record.
            </p>
          )}
          <div class="row inbox-actions">
            {target && !change ? (
              <button type="button" class="btn btn-primary btn-small" disabled={busy} onClick={() => void record(target)}>
                Done
              </button>
            ) : (
              <button
                type="button"
                class="btn btn-primary btn-small"
                disabled={busy || !target}
                aria-describedby={questionId}
                onClick={() => target && void record(target)}
              >
                {recordLabel(s.kind)}
              </button>
            )}
            <button type="button" class="btn btn-small" disabled={busy} aria-describedby={questionId} onClick={() => void dismiss()}>
              Not this
            </button>
          </div>
        </>
      )}
    </section>
  );
}
