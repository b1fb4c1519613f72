import type { SpreadResult } from '../../core/spread';
import { SpreadChip } from '../components/spread-meter';
import { usePlanBSnooze } from '../planb-snooze';
import { openDashboard } from '../runtime';

/**
 * The Plan-B spot at the end of the popup's counts line: a one-line chip ("Plan B: 5 employers", amber
 * "Plan B: check" while a note waits) that opens the note, its one action and "Remind me in 3 days".
 * "Log an application" opens this popup's Log this page; "See employers" opens the dashboard's Plan-B view.
 */
export function PlanBSlot({ spread }: { spread: SpreadResult | null }) {
  const snooze = usePlanBSnooze(spread);
  // Until the stored snooze is read, a snoozed note must not flash up as "check".
  if (!spread || !snooze.ready) {
    return (
      <span class="planb-chip-waiting muted small" aria-busy="true">
        Plan B…
      </span>
    );
  }
  return (
    <SpreadChip
      spread={spread}
      snoozed={snooze.snoozed}
      align="end"
      onLog={() => document.querySelector<HTMLButtonElement>('.log-page-button')?.click()}
      onEmployers={() => void openDashboard(undefined, 'planb')}
      onSnooze={snooze.snooze}
    />
  );
}
