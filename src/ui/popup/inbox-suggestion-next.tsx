import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LIMITS, type Application } from '../../core/application';
import type { OutcomeKind } from '../../core/inbox/types';
import { updateApplication } from '../data';
import { errorMessage, fromDateInput, isDateInput } from '../components/format';
import { formatDateTime, fromDateTimeInput, isTimeInput } from '../dashboard/format';
import { rowName } from './app-list';

export type StepKind = Exclude<OutcomeKind, 'rejection'>;

/** What each recorded outcome offers next: the step, prefilled, and what its date means. */
export const NEXT_STEP: Readonly<Record<StepKind, { step: string; when: string; withTime: boolean }>> = Object.freeze({
  interview: { step: 'Interview', when: 'Date', withTime: true },
  offer: { step: 'Decide on the offer', when: 'Decide by', withTime: false },
  assessment: { step: 'Assessment', when: 'Due', withTime: false },
});

/** The next step's timestamp from the form, undefined for none, or an error to show. */
export function nextStepAt(day: string, time: string): { at?: string } | { error: string; field: 'day' | 'time' } {
  if (!day && !time) return {};
  if (!day) return { error: 'Pick the day too.', field: 'day' };
  if (!isDateInput(day)) return { error: 'This is not a date.', field: 'day' };
  if (!time) return { at: fromDateInput(day) };
  if (!isTimeInput(time)) return { error: 'This is not a time of day.', field: 'time' };
  return { at: fromDateTimeInput(day, time) };
}

/**
 * After an interview, offer or assessment is recorded from the inbox: its next step (prefilled) and its date, in the
 * card, saved with `updateApplication(id, {nextStep, nextStepAt})`. Skip leaves the application as recorded.
 */
export function InboxNextStep({
  kind,
  app,
  onSaved,
  onSkip,
  onError,
}: {
  kind: StepKind;
  app: Application;
  /** `before`: the record as it was before the step was set, for the toast's Undo. */
  onSaved: (message: string, before: Application) => void;
  onSkip: () => void;
  onError: (message: string) => void;
}) {
  const spec = NEXT_STEP[kind];
  const [step, setStep] = useState(spec.step);
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<{ error: string; field: 'day' | 'time' } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const stepRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    stepRef.current?.focus();
  }, []);

  async function save(e: Event) {
    e.preventDefault();
    const when = nextStepAt(day, time);
    if ('error' in when) {
      setProblem(when);
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      const updated = await updateApplication(app.id, { nextStep: step.trim(), nextStepAt: when.at });
      const what = updated.nextStep || 'Next step';
      const whenText = updated.nextStepAt ? ` (${formatDateTime(updated.nextStepAt)})` : '';
      onSaved(`${rowName(updated)}: ${what}${whenText}.`, app);
    } catch (err) {
      onError(errorMessage(err, 'The next step could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  const errorId = `${id}-error`;
  const invalid = (field: 'day' | 'time') =>
    problem?.field === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId } : {};

  return (
    <section class="popup-section inbox-card card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="inbox-next-title">
        Next step for {rowName(app)}
      </h2>
      <form class="inbox-next" onSubmit={(e) => void save(e)} noValidate>
        <div class="field">
          <label for={`${id}-step`}>Next step</label>
          <input
            ref={stepRef}
            id={`${id}-step`}
            type="text"
            value={step}
            maxLength={LIMITS.nextStep}
            onInput={(e) => setStep((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="inbox-next-when">
          <div class="field">
            <label for={`${id}-day`}>{spec.when}</label>
            <input
              id={`${id}-day`}
              type="date"
              value={day}
              onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)}
              {...invalid('day')}
            />
          </div>
          {spec.withTime && (
            <div class="field">
              <label for={`${id}-time`}>Time (optional)</label>
              <input
                id={`${id}-time`}
                type="time"
                value={time}
                onInput={(e) => setTime((e.currentTarget as HTMLInputElement).value)}
                {...invalid('time')}
              />
            </div>
          )}
        </div>
        {problem && (
          <p class="field-error" id={errorId} role="alert">
            {problem.error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="btn btn-primary btn-small" disabled={saving}>
            Save next step
          </button>
          <button type="button" class="btn btn-small" disabled={saving} onClick={onSkip}>
            Skip
          </button>
        </div>
      </form>
    </section>
  );
}
