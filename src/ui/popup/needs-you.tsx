import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface NeedsYouCounts {
  /** needsDetails records: "which job was it?" */
  toName: number;
  /** Pending candidates: "did you finish applying?" */
  questions: number;
  followUps: number;
  /** Ghosting suggestions. */
  quiet: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 job to name · 2 follow-ups": what the count is made of, in the order the panel shows it. */
export function needsYouParts(c: NeedsYouCounts): string[] {
  const parts: string[] = [];
  if (c.toName) parts.push(plural(c.toName, 'job to name', 'jobs to name'));
  if (c.questions) parts.push(plural(c.questions, 'question', 'questions'));
  if (c.followUps) parts.push(plural(c.followUps, 'follow-up', 'follow-ups'));
  if (c.quiet) parts.push(plural(c.quiet, 'quiet one', 'quiet ones'));
  return parts;
}

/**
 * Everything that waits for the user (jobs to name, pending questions, follow-ups, ghosting suggestions) as one
 * line, "3 things need you", that expands: the list of applications is never pushed out of the popup unasked.
 * The opened panel scrolls within a bounded height, so even then the first rows stay in view.
 */
export function NeedsYou({ counts, children }: { counts: NeedsYouCounts; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const total = counts.toName + counts.questions + counts.followUps + counts.quiet;
  if (total === 0) return null;
  return (
    <div class="needs-you">
      <button
        type="button"
        class="needs-you-toggle"
        aria-expanded={open}
        aria-controls={open ? 'needs-you-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span class="needs-you-count">{total === 1 ? '1 thing needs you' : `${total} things need you`}</span>
        <span class="needs-you-parts">{needsYouParts(counts).join(' · ')}</span>
        <span class="needs-you-caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open && (
        <div id="needs-you-panel" class="needs-you-panel">
          {children}
        </div>
      )}
    </div>
  );
}
