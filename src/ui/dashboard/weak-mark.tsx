/**
 * The quiet mark beside a value Baskets only guessed (issue #17): read from the document title or derived from the
 * page address. One click edits that field. A value the user typed or confirmed has no provenance, so no mark.
 */
import { isWeakProvenance, type Application, type CapturedField } from '../../core/application';

export const WEAK_TEXT = {
  slug: 'guessed from the page address, check it',
  title: 'read from the page title, check it',
} as const;

const FIELD_NAMES: Record<CapturedField, string> = { company: 'company', title: 'job title', location: 'location' };

/** `title` or `slug` when `field` of `app` was only guessed; undefined otherwise. */
export function weakProvenance(app: Application, field: CapturedField): keyof typeof WEAK_TEXT | undefined {
  const p = app.capture.fields?.[field];
  return isWeakProvenance(p) && app[field] ? (p as keyof typeof WEAK_TEXT) : undefined;
}

/**
 * `long`: the full sentence on screen (detail panel); otherwise a one-word mark whose sentence is in the tooltip
 * and the accessible name (table).
 */
export function WeakMark({
  app,
  field,
  long = false,
  onEdit,
}: {
  app: Application;
  field: CapturedField;
  long?: boolean;
  onEdit: (field: CapturedField) => void;
}) {
  const p = weakProvenance(app, field);
  if (!p) return null;
  const text = WEAK_TEXT[p];
  const name = FIELD_NAMES[field];
  return (
    <button
      type="button"
      class={`weak-mark${long ? ' weak-mark-long' : ''}`}
      data-weak={field}
      title={`The ${name} was ${text}.`}
      aria-label={`Edit the ${name}: ${text}`}
      onClick={(e) => {
        e.preventDefault();
        onEdit(field);
      }}
    >
      {long ? `${text[0]?.toUpperCase()}${text.slice(1)}` : 'check'}
    </button>
  );
}
