/**
 * "+ Add application": a dialog to log an application by hand from the dashboard (one the extension did not see,
 * or one sent by email). Saves through `addApplication` as a manual record, reports a duplicate before saving,
 * and offers Undo. Focus goes back to the button when the dialog closes.
 */
import { useState } from 'preact/hooks';
import { LIMITS, STATUSES, STATUS_LABELS, type Application, type Status } from '../../core/application';
import { companyKey } from '../../core/company-key';
import { cleanText, cleanUrl } from '../../core/sanitize';
import { listApplications } from '../../db/index';
import { addApplication, deleteApplications } from '../data';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/fields';
import { errorMessage } from '../components/format';
import { useDashboard } from './context';
import { formatDate, fromDateInput, isDateInput, toDateInput } from '../components/format';

interface Form {
  company: string;
  title: string;
  url: string;
  location: string;
  applied: string;
  status: Status;
}

type Errors = Partial<Record<keyof Form, string>>;

function emptyForm(now: Date): Form {
  return { company: '', title: '', url: '', location: '', applied: toDateInput(now.toISOString()), status: 'applied' };
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Records already logged for this employer with the same job title (the likely duplicate of a hand entry). */
async function sameJob(company: string, title: string): Promise<Application | undefined> {
  const key = companyKey(company);
  if (!key) return undefined;
  const { items } = await listApplications({ companyKey: key, limit: 500 });
  return items.find((a) => sameText(a.title, title));
}

/** What is wrong with the form, field by field; empty when it can be saved. */
export function validateForm(form: Form, now: Date): Errors {
  const errors: Errors = {};
  if (!cleanText(form.company, LIMITS.company)) errors.company = 'Enter the company name.';
  if (!cleanText(form.title, LIMITS.title)) errors.title = 'Enter the job title.';
  if (form.url.trim() && !cleanUrl(form.url)) errors.url = 'Enter a web address starting with http:// or https://, or leave it empty.';
  if (!isDateInput(form.applied)) errors.applied = 'Enter the day you applied.';
  else if (form.applied > toDateInput(now.toISOString())) errors.applied = 'The applied date cannot be in the future.';
  return errors;
}

export function AddApplication({
  class: cls = 'btn',
  onAdded,
}: {
  class?: string;
  /** After a record is stored (for a caller whose button goes away once there is data, to move focus on). */
  onAdded?: (record: Application) => void;
}) {
  const api = useDashboard();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Form>(() => emptyForm(new Date()));
  const [errors, setErrors] = useState<Errors>({});
  const [saveError, setSaveError] = useState('');
  const [duplicate, setDuplicate] = useState<Application | null>(null);
  const [saving, setSaving] = useState(false);

  function start() {
    setForm(emptyForm(new Date()));
    setErrors({});
    setSaveError('');
    setDuplicate(null);
    setOpen(true);
  }

  function set<K extends keyof Form>(key: K, value: Form[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
    // A changed company or title is another job: ask about duplicates again.
    if (key === 'company' || key === 'title' || key === 'url') {
      setDuplicate(null);
      setSaveError('');
    }
  }

  async function save(e: Event) {
    e.preventDefault();
    const now = new Date();
    const next = validateForm(form, now);
    setErrors(next);
    const formEl = e.currentTarget as HTMLFormElement;
    if (Object.keys(next).length > 0) {
      queueMicrotask(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    setSaveError('');
    try {
      const company = cleanText(form.company, LIMITS.company);
      const title = cleanText(form.title, LIMITS.title);
      if (!duplicate) {
        const existing = await sameJob(company, title);
        if (existing) {
          // Said once, clearly; a second press of the same button saves it anyway (two rounds at one employer happen).
          setDuplicate(existing);
          return;
        }
      }
      const today = form.applied === toDateInput(now.toISOString());
      const { record, created } = await addApplication(
        { company, title, location: cleanText(form.location, LIMITS.location), url: cleanUrl(form.url), source: 'manual' },
        {
          method: 'manual',
          signal: 'dashboard: add application',
          status: form.status,
          appliedAt: today ? now.toISOString() : fromDateInput(form.applied),
        },
      );
      if (!created) {
        setSaveError(
          `This job is already in your list: ${record.title || 'Untitled job'} at ${record.company || 'unknown company'}, ` +
            `applied ${formatDate(record.appliedAt)}. Nothing was added.`,
        );
        setDuplicate(record);
        return;
      }
      setOpen(false);
      onAdded?.(record);
      api.offerUndo(`Added ${record.title} at ${record.company}.`, async () => {
        await deleteApplications([record.id]);
      });
    } catch (err) {
      setSaveError(errorMessage(err, 'The application could not be saved.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <button type="button" class={cls} onClick={start}>
        + Add application
      </button>
      {open && (
        <Dialog title="Add an application" onClose={() => setOpen(false)}>
          <form class="add-application" onSubmit={(e) => void save(e)} noValidate>
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
            <TextField
              label="Link (optional)"
              type="url"
              value={form.url}
              maxLength={LIMITS.url}
              error={errors.url}
              onInput={(v) => set('url', v)}
            />
            <TextField label="Location (optional)" value={form.location} maxLength={LIMITS.location} onInput={(v) => set('location', v)} />
            <div class="add-application-row">
              <TextField
                label="Applied on"
                type="date"
                value={form.applied}
                required
                error={errors.applied}
                onInput={(v) => set('applied', v)}
              />
              <SelectField
                label="Status"
                value={form.status}
                options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                onChange={(v) => set('status', v)}
              />
            </div>
            {duplicate && !saveError && (
              <Banner tone="warning" role="alert" title="Already logged?">
                <p>
                  You logged {duplicate.title || 'Untitled job'} at {duplicate.company || 'unknown company'} on{' '}
                  {formatDate(duplicate.appliedAt)} ({STATUS_LABELS[duplicate.status]}). Press “Add anyway” if this is another application.
                </p>
              </Banner>
            )}
            {saveError && (
              <Banner tone="danger" role="alert">
                <p>{saveError}</p>
              </Banner>
            )}
            <div class="dialog-actions">
              {duplicate && (
                <button
                  type="button"
                  class="btn"
                  onClick={() => {
                    const id = duplicate.id;
                    setOpen(false);
                    api.openRecord(id);
                  }}
                >
                  Open the one logged
                </button>
              )}
              <button type="button" class="btn" onClick={() => setOpen(false)}>
                Cancel
              </button>
              <button type="submit" class="btn btn-primary" disabled={saving || (!!duplicate && !!saveError)}>
                {duplicate && !saveError ? 'Add anyway' : 'Save application'}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
