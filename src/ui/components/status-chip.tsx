import { STATUS_LABELS, type Status } from '../../core/application';

/** A coloured pill with the status word (the colour is never the only cue). */
export function StatusChip({ status }: { status: Status }) {
  return <span class={`chip chip-${status}`}>{STATUS_LABELS[status]}</span>;
}
