import { STATUSES, STATUS_LABELS, isStatus, type Status } from '../../core/application';

export interface StatusSelectProps {
  value: Status;
  /** Accessible name, e.g. "Status for Engineer at Acme". */
  label: string;
  onChange: (status: Status) => void;
  disabled?: boolean;
  id?: string;
  class?: string;
}

/** A native <select>: full keyboard support (arrows, type-ahead) and screen-reader semantics for free. */
export function StatusSelect({ value, label, onChange, disabled, id, class: cls }: StatusSelectProps) {
  return (
    <select
      id={id}
      class={cls ?? 'status-select'}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => {
        const next = (e.currentTarget as HTMLSelectElement).value;
        if (isStatus(next) && next !== value) onChange(next);
      }}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
