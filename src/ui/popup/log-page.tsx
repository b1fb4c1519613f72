import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, STATUSES, STATUS_LABELS, type Application, type Status } from '../../core/application';
import { cleanText, cleanUrl } from '../../core/sanitize';
import { addApplication } from '../data';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/fields';
import { errorMessage } from '../components/format';
import { extractActiveTab } from '../runtime';

interface FormState {
  company: string;
  title: string;
  location: string;
  url: string;
  status: Status;
  source: string;
  jobId?: string;
}

const EMPTY: FormState = { company: '', title: '', location: '', url: '', status: 'applied', source: 'manual' };

type Phase = { kind: 'closed' } | { kind: 'reading' } | { kind: 'form'; readError?: string };

/**
 * "Log this page": reads the current tab (same adapters as automatic capture), then lets the user check
 * and edit every field before anything is saved.
 */
export function LogThisPage({
  onSaved,
}: {
  /** After a save: the message, and the new record when one was made (not a duplicate), so it can be undone. */
  onSaved: (message: string, created?: Application) => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof FormState, string>>>({});
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The dialog opens while the page is read; the first field takes focus once the form is there.
  useEffect(() => {
    if (phase.kind === 'form') formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [phase.kind]);

  async function open() {
    setPhase({ kind: 'reading' });
    setErrors({});
    setSaveError('');
    try {
      const result = await extractActiveTab();
      if (result.ok) {
        const j = result.job;
        setForm({
          company: j.company,
          title: j.title,
          location: j.location,
          url: j.url || cleanUrl(result.pageUrl),
          status: 'applied',
          source: j.source || 'manual',
          jobId: j.jobId,
        });
        const missing = !j.company || !j.title;
        setPhase({
          kind: 'form',
          readError: missing ? 'Baskets could not find every detail on this page. Please fill in what is missing.' : undefined,
        });
      } else {
        setForm(EMPTY);
        setPhase({ kind: 'form', readError: result.error });
      }
    } catch (err) {
      setForm(EMPTY);
      setPhase({ kind: 'form', readError: errorMessage(err, 'This page could not be read. Fill the form in by hand.') });
    }
  }

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  }

  async function save(e: Event) {
    e.preventDefault();
    const company = cleanText(form.company, LIMITS.company);
    const title = cleanText(form.title, LIMITS.title);
    const url = form.url.trim() ? cleanUrl(form.url) : '';
    const next: typeof errors = {};
    if (!company) next.company = 'Enter the company name.';
    if (!title) next.title = 'Enter the job title.';
    if (form.url.trim() && !url) next.url = 'Enter a web address starting with http:// or https://, or leave it empty.';
    setErrors(next);
    if (Object.keys(next).length > 0) {
      const formEl = e.currentTarget as HTMLFormElement;
      queueMicrotask(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    setSaveError('');
    try {
      const job = {
        company,
        title,
        location: cleanText(form.location, LIMITS.location),
        url,
        source: form.source || 'manual',
        ...(form.jobId ? { jobId: form.jobId } : {}),
      };
      const { record, created } = await addApplication(job, {
        method: 'manual',
        signal: 'popup: log this page',
        status: form.status,
      });
      setPhase({ kind: 'closed' });
      setForm(EMPTY);
      onSaved(
        created
          ? `Logged: ${record.title} at ${record.company}.`
          : `Already in your list: ${record.title} at ${record.company}. Nothing was duplicated.`,
        created ? record : undefined,
      );
    } catch (err) {
      setSaveError(errorMessage(err, 'The application could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  const button = (
    <button
      type="button"
      class="btn btn-primary btn-small log-page-button"
      aria-haspopup="dialog"
      onClick={() => phase.kind === 'closed' && void open()}
    >
      Log this page
    </button>
  );
  if (phase.kind === 'closed') return button;
  const close = () => setPhase({ kind: 'closed' });

  // The form opens on demand in a dialog, so it takes no room in the popup until it is wanted.
  return (
    <>
      {button}
      <Dialog title="Log this page" onClose={close}>
        {phase.kind === 'reading' ? (
          <p class="muted" role="status">
            Reading this page…
          </p>
        ) : (
          <form ref={formRef} class="log-page-form" onSubmit={(e) => void save(e)} noValidate aria-label="Log this page">
            {phase.readError ? (
              <Banner tone="info" role="status">
                <p>{phase.readError}</p>
              </Banner>
            ) : (
              <p class="small muted">Check the details, then save.</p>
            )}
            <TextField
              label="Company"
              value={form.company}
              required
              maxLength={LIMITS.company}
              error={errors.company}
              onInput={(v) => set('company', v)}
            />
            <TextField
              label="Job title"
              value={form.title}
              required
              maxLength={LIMITS.title}
              error={errors.title}
              onInput={(v) => set('title', v)}
            />
            <TextField label="Location" value={form.location} maxLength={LIMITS.location} onInput={(v) => set('location', v)} />
            <TextField
              label="Job URL"
              type="url"
              value={form.url}
              maxLength={LIMITS.url}
              error={errors.url}
              onInput={(v) => set('url', v)}
            />
            <SelectField
              label="Status"
              value={form.status}
              options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              onChange={(v) => set('status', v)}
            />
            {saveError && (
              <Banner tone="danger" role="alert">
                <p>{saveError}</p>
              </Banner>
            )}
            <div class="row dialog-actions">
              <button type="submit" class="btn btn-primary" disabled={saving}>
                Save application
              </button>
              <button type="button" class="btn" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
