import { useState } from 'preact/hooks';
import type { SpreadResult } from '../../core/spread';
import { SpreadMeter, SpreadWarningBanner } from '../components/spread-meter';

/**
 * The Plan-B spot on the popup's counts line: a small chip that opens the spread's explanation below the line.
 * Kept in this one file so the lead can swap in helper B's SpreadChip / PlanBNote at merge time.
 * The line is a wrapping flex row: the chip sits at its end, the opened panel takes a whole row under it.
 */
export function PlanBSlot({ spread }: { spread: SpreadResult | null }) {
  const [open, setOpen] = useState(false);
  if (!spread) {
    return (
      <span class="planb-chip planb-waiting muted small" aria-busy="true">
        Plan B…
      </span>
    );
  }
  const note = spread.warnings.length > 0;
  return (
    <>
      <button
        type="button"
        class={`planb-chip${note ? ' planb-note' : ''}`}
        aria-expanded={open}
        aria-controls={open ? 'planb-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Plan B
        {note && <span class="visually-hidden">: a note for you</span>}
        <span class="planb-caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open && (
        <div id="planb-panel" class="planb-panel">
          <SpreadMeter spread={spread} compact />
          <SpreadWarningBanner spread={spread} />
        </div>
      )}
    </>
  );
}
