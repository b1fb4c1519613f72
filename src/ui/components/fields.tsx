import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface BaseProps {
  label: string;
  hint?: ComponentChildren;
  /** Inline error: shown under the field, linked with aria-describedby, field marked aria-invalid. */
  error?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Messages({ hint, error, hintId, errorId }: { hint?: ComponentChildren; error?: string; hintId: string; errorId: string }) {
  return (
    <>
      {hint && (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={errorId}>
          {error}
        </span>
      )}
    </>
  );
}

/**
 * What every field shares: an id for its label, the ARIA links to its hint and error, and the
 * rendered messages. Spread `control` on the input, select or textarea.
 */
function useField(hint: ComponentChildren | undefined, error: string | undefined) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    id,
    control: {
      id,
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': describedBy(hintId, errorId, hint, error),
    },
    messages: <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} />,
  };
}

export function TextField({
  label,
  hint,
  error,
  name,
  required,
  disabled,
  value,
  onInput,
  type = 'text',
  maxLength,
  placeholder,
  autoFocus,
}: BaseProps & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'search' | 'date' | 'email';
  maxLength?: number;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const field = useField(hint, error);
  return (
    <div class="field">
      <label for={field.id}>{label}</label>
      <input
        {...field.control}
        name={name}
        type={type}
        value={value}
        required={required}
        disabled={disabled}
        maxLength={maxLength}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {field.messages}
    </div>
  );
}

export function NumberField({
  label,
  hint,
  error,
  name,
  required,
  disabled,
  value,
  onInput,
  min,
  max,
  step,
  suffix,
}: BaseProps & {
  /** Kept as text so the user can type freely; validation says what is wrong. */
  value: string;
  onInput: (value: string) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  suffix?: string;
}) {
  const field = useField(hint, error);
  return (
    <div class="field">
      <label for={field.id}>{label}</label>
      <span class="row field-number">
        <input
          {...field.control}
          name={name}
          type="number"
          inputMode="decimal"
          value={value}
          min={min}
          max={max}
          step={step}
          required={required}
          disabled={disabled}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      {field.messages}
    </div>
  );
}

export function TextArea({
  label,
  hint,
  error,
  name,
  required,
  disabled,
  value,
  onInput,
  rows = 3,
  maxLength,
}: BaseProps & { value: string; onInput: (value: string) => void; rows?: number; maxLength?: number }) {
  const field = useField(hint, error);
  return (
    <div class="field">
      <label for={field.id}>{label}</label>
      <textarea
        {...field.control}
        name={name}
        rows={rows}
        value={value}
        required={required}
        disabled={disabled}
        maxLength={maxLength}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {field.messages}
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  name,
  disabled,
  checked,
  onChange,
}: BaseProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const field = useField(hint, error);
  return (
    <div class="field-check">
      <input
        {...field.control}
        name={name}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="stack-tight">
        <label for={field.id}>{label}</label>
        <br />
        {field.messages}
      </span>
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  name,
  disabled,
  value,
  options,
  onChange,
}: BaseProps & { value: T; options: ReadonlyArray<{ value: T; label: string }>; onChange: (value: T) => void }) {
  const field = useField(hint, error);
  return (
    <div class="field">
      <label for={field.id}>{label}</label>
      <select
        {...field.control}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          const found = options.find((o) => o.value === v);
          if (found) onChange(found.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {field.messages}
    </div>
  );
}
