/**
 * Plan B on screen. All words come from core/spread.ts; these components only lay them out.
 *
 * - SpreadChip: one line in the popup's counts ("Plan B: 3 employers", amber "Plan B: check" when a note
 *   applies) that discloses a small panel: the largest share as a bar, the note, "How is this measured?".
 * - PlanBNote: the one note, amber (never red), with one action and "Remind me in 3 days".
 * - PlanBMeasure: "How is this measured?" as a <details>, with the inverse-Herfindahl figure.
 * - ShareMeter: the largest share as a bar with its words.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatShare, type PlanBNote as Note, type SpreadResult } from '../../core/spread';

export const PLANB_ACTION_LABELS: Record<Note['action'], string> = {
  log: 'Log an application',
  employers: 'See employers you were in touch with',
};

export const SNOOZE_LABEL = 'Remind me in 3 days';

/** What to say when no note applies (the share itself is shown once, by the meter or the table). */
export const SPREAD_OK_TEXT = 'No single answer decides everything: your hopes are spread well.';

export interface PlanBHandlers {
  /** "Log an application": where the user records one (the popup's log form, the dashboard's add form). */
  onLog: () => void;
  /** "See employers you were in touch with": the active employers list. */
  onEmployers: () => void;
  /** "Remind me in 3 days": store the snooze (planb-snooze.ts). */
  onSnooze: () => void | Promise<void>;
}

/** The one Plan-B note, or nothing when none applies. Amber in light and dark, one action, one snooze. */
export function PlanBNote({
  spread,
  onLog,
  onEmployers,
  onSnooze,
  headingLevel = 3,
}: { spread: SpreadResult; headingLevel?: 2 | 3 | 4 } & PlanBHandlers) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const note = spread.note;
  if (!note) return null;
  const Heading = `h${headingLevel}` as 'h3';
  const act = note.action === 'log' ? onLog : onEmployers;
  return (
    <section class={`planb-note planb-note-${note.tone}`} aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`} class="planb-note-headline">
        {note.headline}
      </Heading>
      <p class="planb-note-suggestion">{note.suggestion}</p>
      <div class="row planb-note-actions">
        <button type="button" class="btn btn-small planb-note-action" onClick={act}>
          {PLANB_ACTION_LABELS[note.action]}
        </button>
        <button
          type="button"
          class="btn btn-quiet btn-small planb-note-snooze"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onSnooze();
            } finally {
              setBusy(false);
            }
          }}
        >
          {SNOOZE_LABEL}
        </button>
      </div>
    </section>
  );
}

/** "How is this measured?": the weights, the effective number of employers and the thresholds. */
export function PlanBMeasure({ spread }: { spread: SpreadResult }) {
  return (
    <details class="planb-measure">
      <summary>How is this measured?</summary>
      <p>{spread.explanation}</p>
    </details>
  );
}

/** The largest share as a bar, and in words. */
export function ShareMeter({ spread }: { spread: SpreadResult }) {
  const top = spread.employers[0];
  if (spread.level === 'none' || !top) return <p class="muted small">{spread.summary}</p>;
  const warn = !!spread.note;
  return (
    <div class={`meter share-meter${warn ? ' meter-warn' : ''}`}>
      <p class="small">
        Largest share: <strong>{formatShare(spread.topShare)}</strong> on {top.name}
      </p>
      <div class="meter-track" aria-hidden="true">
        <div class="meter-fill" style={{ width: `${Math.max(2, Math.round(spread.topShare * 100))}%` }} />
      </div>
    </div>
  );
}

function employers(n: number): string {
  return `${n} employer${n === 1 ? '' : 's'}`;
}

/** The chip's words: the number of employers in play, or "check" while a note waits (and is not snoozed). */
export function spreadChipLabel(spread: SpreadResult, snoozed = false): string {
  return spread.note && !snoozed ? 'Plan B: check' : `Plan B: ${employers(spread.activeEmployers)}`;
}

/**
 * A one-line chip for the popup's counts line that opens the Plan-B explanation in a small panel under it.
 * A disclosure: the button carries aria-expanded and controls the panel; Escape closes it and returns focus.
 * Pass the handlers to show the note with its buttons; without them the panel shows the note's words only.
 */
export function SpreadChip({
  spread,
  onOpen,
  snoozed = false,
  align = 'start',
  ...handlers
}: {
  spread: SpreadResult;
  /** Called each time the panel opens. */
  onOpen?: () => void;
  /** The note is snoozed (usePlanBSnooze): the chip stays calm and the panel leaves the note out. */
  snoozed?: boolean;
  /** Which edge of the chip the panel lines up with. */
  align?: 'start' | 'end';
} & Partial<PlanBHandlers>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const attention = !!spread.note && !snoozed;

  useEffect(() => {
    if (open) onOpen?.();
  }, [open]);

  // Keep the open panel inside the window (a 380 px popup): shift it sideways when it would stick out.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    el.style.transform = '';
    const margin = 8;
    const rect = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift = rect.left < margin ? margin - rect.left : rect.right > width - margin ? width - margin - rect.right : 0;
    if (shift) el.style.transform = `translateX(${Math.round(shift)}px)`;
  }, [open]);

  const { onLog, onEmployers, onSnooze } = handlers;
  const showNote = attention && onLog && onEmployers && onSnooze;

  return (
    <span
      class="planb-chip-wrap"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class={`planb-chip${attention ? ' planb-chip-attention' : ''}`}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {spreadChipLabel(spread, snoozed)}
      </button>
      <div ref={panel} id={`${id}-panel`} class={`planb-chip-panel planb-chip-panel-${align}`} hidden={!open}>
        {open && (
          <>
            <ShareMeter spread={spread} />
            {showNote ? (
              <PlanBNote spread={spread} onLog={onLog} onEmployers={onEmployers} onSnooze={onSnooze} headingLevel={2} />
            ) : attention && spread.note ? (
              <p class="planb-chip-note">
                <strong>{spread.note.headline}</strong> {spread.note.suggestion}
              </p>
            ) : spread.level === 'ok' ? (
              <p class="small">{SPREAD_OK_TEXT}</p>
            ) : null}
            <PlanBMeasure spread={spread} />
          </>
        )}
      </div>
    </span>
  );
}
