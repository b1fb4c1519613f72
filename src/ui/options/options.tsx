import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIVE_STATUSES, STATUS_LABELS, type ActiveStatus } from '../../core/application';
import { isSiteEnabled, validateSettingsPatch, type Settings, type SettingsPatch } from '../../core/settings';
import { exportCsv, exportJson } from '../../db/index';
import { deleteEverything } from '../data';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { CheckboxField, NumberField, TextField } from '../components/fields';
import { errorMessage, plural } from '../components/format';
import { ImportPanel } from '../components/import-panel';
import { ErrorState, Loading } from '../components/states';
import {
  downloadText,
  forgetInbox,
  loadSettings,
  onSettingsChanged,
  removeAnySitePermission,
  mailPermissionGranted,
  removeMailPermission,
  requestAnySitePermission,
  requestMailPermission,
  requestNotificationsPermission,
  saveSettings,
  supportedSites,
} from '../runtime';
import { localDateKey } from '../../core/dates';

/** The numeric settings as the user types them (text), shares shown as percentages. */
interface Draft {
  weights: Record<ActiveStatus, string>;
  topShareWarn: string;
  targetShare: string;
  minActiveEmployers: string;
  minActiveApplications: string;
  ghostDays: string;
  followUpDays: string;
  weeklyGoal: string;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function draftFrom(s: Settings): Draft {
  return {
    weights: {
      applied: trimNumber(s.hopeWeights.applied),
      screening: trimNumber(s.hopeWeights.screening),
      interviewing: trimNumber(s.hopeWeights.interviewing),
      offer: trimNumber(s.hopeWeights.offer),
    },
    topShareWarn: trimNumber(s.topShareWarn * 100),
    targetShare: trimNumber(s.targetShare * 100),
    minActiveEmployers: String(s.minActiveEmployers),
    minActiveApplications: String(s.minActiveApplications),
    ghostDays: String(s.ghostDays),
    followUpDays: String(s.followUpDays),
    weeklyGoal: String(s.weeklyGoal),
  };
}

/** Text → number for the validator; anything unreadable is passed as NaN so the validator explains the range. */
function num(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function patchFrom(d: Draft): SettingsPatch {
  const pct = (t: string) => num(t) / 100;
  return {
    hopeWeights: {
      applied: num(d.weights.applied),
      screening: num(d.weights.screening),
      interviewing: num(d.weights.interviewing),
      offer: num(d.weights.offer),
    },
    topShareWarn: pct(d.topShareWarn),
    targetShare: pct(d.targetShare),
    minActiveEmployers: num(d.minActiveEmployers),
    minActiveApplications: num(d.minActiveApplications),
    ghostDays: num(d.ghostDays),
    followUpDays: num(d.followUpDays),
    weeklyGoal: num(d.weeklyGoal),
  };
}

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function load() {
    setLoadError(null);
    try {
      setSettings(await loadSettings());
    } catch (err) {
      setLoadError(errorMessage(err, 'Your settings could not be read.'));
    }
  }

  useEffect(() => {
    void load();
    return onSettingsChanged((s) => setSettings(s));
  }, []);

  async function save(next: Settings, message: string) {
    try {
      await saveSettings(next);
      setSettings(next);
      setStatus(message);
    } catch (err) {
      setStatus(errorMessage(err, 'The settings could not be saved.'));
    }
  }

  /** Toggles save at once, through the same validator as the form. */
  async function applyPatch(patch: SettingsPatch, message: string) {
    if (!settings) return;
    const result = validateSettingsPatch(patch, settings);
    if (!result.ok) {
      setStatus(Object.values(result.errors).join(' '));
      return;
    }
    await save(result.value, message);
  }

  return (
    <main class="options">
      <header class="page-header">
        <h1>Baskets options</h1>
        <p class="muted">Changes apply at once in every open Baskets page. Everything stays on this device.</p>
      </header>
      <p role="status" aria-live="polite" class="options-status">
        {status}
      </p>
      {loadError && <ErrorState title="Settings could not be loaded" message={loadError} onRetry={() => void load()} />}
      {!settings && !loadError && <Loading label="Loading settings…" />}
      {settings && (
        <>
          <ThresholdsForm settings={settings} onSave={(next) => save(next, 'Settings saved.')} />
          <NameForm settings={settings} applyPatch={applyPatch} />
          <CaptureSection settings={settings} applyPatch={applyPatch} setStatus={setStatus} />
          <InboxSection settings={settings} applyPatch={applyPatch} setStatus={setStatus} />
          <DataSection setStatus={setStatus} />
        </>
      )}
    </main>
  );
}

function ThresholdsForm({ settings, onSave }: { settings: Settings; onSave: (next: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(settings));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  // Settings changed elsewhere (another tab): follow them unless the user is editing.
  const shown = useRef(settings);
  useEffect(() => {
    if (shown.current === settings) return;
    shown.current = settings;
    if (!dirty) setDraft(draftFrom(settings));
  }, [settings]);

  function edit(update: (d: Draft) => Draft) {
    setDraft((d) => update(d));
    setDirty(true);
  }

  async function onSubmit(e: Event) {
    e.preventDefault();
    const result = validateSettingsPatch(patchFrom(draft), settings);
    if (!result.ok) {
      setErrors(result.errors);
      // Move focus to the first field in error so keyboard and screen-reader users land on the message.
      const form = e.currentTarget as HTMLFormElement;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setDirty(false);
    await onSave(result.value);
  }

  const errorCount = Object.keys(errors).length;

  return (
    <form class="card settings-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="plan-b-title">
      <h2 id="plan-b-title">Plan B and reminders</h2>
      {errorCount > 0 && (
        <Banner tone="danger" role="alert" title="Some settings need a fix">
          <p>
            {plural(errorCount, 'field')} below {errorCount === 1 ? 'needs' : 'need'} a change before saving.
          </p>
        </Banner>
      )}
      <fieldset>
        <legend>Hope weights</legend>
        <p class="field-hint">
          How much hope an active application carries at each stage. A later stage carries at least as much as an earlier one.
        </p>
        <div class="grid-4">
          {ACTIVE_STATUSES.map((stage) => (
            <NumberField
              key={stage}
              label={STATUS_LABELS[stage]}
              value={draft.weights[stage]}
              min={0.1}
              max={100}
              step="any"
              error={errors[`hopeWeights.${stage}`]}
              onInput={(v) => edit((d) => ({ ...d, weights: { ...d.weights, [stage]: v } }))}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Concentration warning</legend>
        <NumberField
          label="Warn when one employer holds this share of your hopes"
          suffix="%"
          value={draft.topShareWarn}
          min={10}
          max={95}
          step="any"
          hint="Between 10% and 95%. Default 50%."
          error={errors.topShareWarn}
          onInput={(v) => edit((d) => ({ ...d, topShareWarn: v }))}
        />
        <NumberField
          label="Target share for suggestions"
          suffix="%"
          value={draft.targetShare}
          min={10}
          max={95}
          step="any"
          hint={'"Apply to N more employers" aims to bring the top share under this. At most the warning share.'}
          error={errors.targetShare}
          onInput={(v) => edit((d) => ({ ...d, targetShare: v }))}
        />
        <NumberField
          label="Minimum active employers"
          value={draft.minActiveEmployers}
          min={1}
          max={20}
          step={1}
          hint="Warn when fewer employers than this are still in play (1–20)."
          error={errors.minActiveEmployers}
          onInput={(v) => edit((d) => ({ ...d, minActiveEmployers: v }))}
        />
        <NumberField
          label="Active applications before the share warning"
          value={draft.minActiveApplications}
          min={1}
          max={50}
          step={1}
          hint="The share warning waits until you have at least this many active applications (1–50)."
          error={errors.minActiveApplications}
          onInput={(v) => edit((d) => ({ ...d, minActiveApplications: v }))}
        />
      </fieldset>
      <fieldset>
        <legend>Reminders and goal</legend>
        <NumberField
          label="Suggest “ghosted” after this many days without news"
          value={draft.ghostDays}
          min={3}
          max={180}
          step={1}
          hint="3–180 days. Baskets only suggests; you confirm."
          error={errors.ghostDays}
          onInput={(v) => edit((d) => ({ ...d, ghostDays: v }))}
        />
        <NumberField
          label="Default follow-up delay in days"
          value={draft.followUpDays}
          min={1}
          max={90}
          step={1}
          hint="1–90 days."
          error={errors.followUpDays}
          onInput={(v) => edit((d) => ({ ...d, followUpDays: v }))}
        />
        <NumberField
          label="Weekly goal (applications per week)"
          value={draft.weeklyGoal}
          min={0}
          max={200}
          step={1}
          hint="0 means no goal."
          error={errors.weeklyGoal}
          onInput={(v) => edit((d) => ({ ...d, weeklyGoal: v }))}
        />
      </fieldset>
      <div class="row">
        <button type="submit" class="btn btn-primary">
          Save settings
        </button>
        <button
          type="button"
          class="btn"
          disabled={!dirty}
          onClick={() => {
            setDraft(draftFrom(settings));
            setErrors({});
            setDirty(false);
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}

/** The one name that signs feedback-request drafts, so no draft ends in a placeholder. */
function NameForm({ settings, applyPatch }: { settings: Settings; applyPatch: (patch: SettingsPatch, message: string) => Promise<void> }) {
  const [name, setName] = useState(settings.yourName);
  const [error, setError] = useState('');
  // Follow a name saved elsewhere (the closing step can set it too); the first render already has it.
  const shown = useRef(settings.yourName);
  useEffect(() => {
    if (shown.current === settings.yourName) return;
    shown.current = settings.yourName;
    setName(settings.yourName);
  }, [settings.yourName]);

  async function onSubmit(e: Event) {
    e.preventDefault();
    const result = validateSettingsPatch({ yourName: name }, settings);
    if (!result.ok) {
      setError(result.errors.yourName ?? Object.values(result.errors).join(' '));
      return;
    }
    setError('');
    const saved = result.value.yourName;
    shown.current = saved;
    setName(saved);
    await applyPatch({ yourName: saved }, saved ? `Feedback requests will be signed “${saved}”.` : 'Feedback requests will not be signed.');
  }

  return (
    <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="name-title">
      <h2 id="name-title">Feedback requests</h2>
      <TextField
        label="Your name, to sign feedback requests"
        hint="Baskets puts it under the email drafts it writes for you. It stays on this device."
        value={name}
        maxLength={100}
        error={error || undefined}
        onInput={setName}
      />
      <button type="submit" class="btn btn-primary" disabled={name.trim() === settings.yourName}>
        Save name
      </button>
    </form>
  );
}

function CaptureSection({
  settings,
  applyPatch,
  setStatus,
}: {
  settings: Settings;
  applyPatch: (patch: SettingsPatch, message: string) => Promise<void>;
  setStatus: (s: string) => void;
}) {
  const sites = supportedSites();
  const [busy, setBusy] = useState(false);

  async function toggleAnySite(on: boolean) {
    setBusy(true);
    try {
      if (on) {
        // Asked at the click: browsers only grant optional permissions during a user gesture.
        const granted = await requestAnySitePermission();
        if (!granted) {
          setStatus('Permission was not granted, so Baskets keeps to the supported sites.');
          return;
        }
        await applyPatch({ anySite: true }, 'Baskets now also detects applications on other sites.');
      } else {
        await removeAnySitePermission();
        await applyPatch({ anySite: false }, 'Baskets now only watches the supported sites.');
      }
    } finally {
      setBusy(false);
    }
  }

  async function toggleNotifications(on: boolean) {
    setBusy(true);
    try {
      if (on) {
        const granted = await requestNotificationsPermission();
        if (!granted) {
          setStatus('Permission was not granted, so Baskets will not show notifications.');
          return;
        }
        await applyPatch({ notifications: true }, 'Notifications are on.');
      } else {
        await applyPatch({ notifications: false }, 'Notifications are off.');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="capture-title">
      <h2 id="capture-title">Capture and notifications</h2>
      <CheckboxField
        label="Show a small confirmation on the page after an application is logged"
        checked={settings.toast}
        onChange={(on) => void applyPatch({ toast: on }, on ? 'Confirmation on pages is on.' : 'Confirmation on pages is off.')}
      />
      <CheckboxField
        label="Detect applications on any site"
        hint="Off by default. Turning it on asks your browser for permission to read pages on all sites; Baskets still only looks for a submitted application and never reads what you type."
        checked={settings.anySite}
        disabled={busy}
        onChange={(on) => void toggleAnySite(on)}
      />
      <CheckboxField
        label="Notifications for Plan-B warnings and follow-up reminders"
        hint="Off by default. Turning it on asks your browser for permission."
        checked={settings.notifications}
        disabled={busy}
        onChange={(on) => void toggleNotifications(on)}
      />
      <fieldset>
        <legend>Supported sites</legend>
        <p class="field-hint">Baskets watches these sites for submitted applications. Turn off any you do not want watched.</p>
        <ul class="plain-list site-toggles">
          {sites.map((site) => (
            <li key={site.id}>
              <CheckboxField
                label={site.label}
                checked={isSiteEnabled(settings, site.id)}
                onChange={(on) => void applyPatch({ sites: { [site.id]: on } }, `${site.label}: ${on ? 'watched' : 'not watched'}.`)}
              />
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}

/**
 * Outcomes from the inbox (opt-in): switching on asks for the webmails' host permissions at the click and saves
 * the setting only when granted; switching off saves it and gives the permissions back. The background registers
 * or removes the mail content script to match.
 */
function InboxSection({
  settings,
  applyPatch,
  setStatus,
}: {
  settings: Settings;
  applyPatch: (patch: SettingsPatch, message: string) => Promise<void>;
  setStatus: (s: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  // On, but the browser no longer lets Baskets read the webmails (withdrawn in its own extension settings).
  const [withdrawn, setWithdrawn] = useState(false);
  useEffect(() => {
    let live = true;
    if (!settings.inbox) setWithdrawn(false);
    else void mailPermissionGranted().then((granted) => live && setWithdrawn(!granted));
    return () => {
      live = false;
    };
  }, [settings.inbox]);

  async function toggleInbox(on: boolean) {
    setBusy(true);
    try {
      if (on) {
        // Asked at the click: browsers only grant optional permissions during a user gesture.
        const granted = await requestMailPermission();
        if (!granted) {
          setStatus('Permission was not granted, so Baskets does not read your email. Outcomes from your inbox stay off.');
          return;
        }
        setWithdrawn(false);
        await applyPatch(
          { inbox: true },
          'Outcomes from your inbox are on. Open an email in Gmail or Outlook on the web and Baskets suggests what it means for your applications.',
        );
      } else {
        await applyPatch({ inbox: false }, 'Outcomes from your inbox are off. Baskets gave back its access to Gmail and Outlook.');
        await removeMailPermission();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="inbox-title">
      <h2 id="inbox-title">Outcomes from your inbox</h2>
      <CheckboxField
        label="Suggest outcomes from the emails I open in Gmail or Outlook on the web"
        hint="Off by default. Turning it on asks your browser for permission to read Gmail and Outlook on the web."
        checked={settings.inbox}
        disabled={busy}
        onChange={(on) => void toggleInbox(on)}
      />
      {withdrawn && (
        <Banner tone="warning" title="Baskets cannot read Gmail or Outlook now">
          <p>
            The permission was withdrawn in your browser’s settings, so no email is read. Switch the option off and on again to allow it.
          </p>
        </Banner>
      )}
      <p class="field-hint">
        Only when you open an email, Baskets reads its sender, subject, date and text on this device to see whether it answers one of your
        applications; it keeps only the outcome, the application, the email’s date and the sender’s domain, forgets the email itself, and
        sends nothing anywhere.
      </p>
      <CheckboxField
        label="Remember a quote (up to 200 characters) with each outcome"
        hint="The sentence that carried the news, kept with the suggestion and in the application’s history. Only while the option above is on."
        checked={settings.inboxQuote}
        disabled={busy}
        onChange={(on) =>
          void applyPatch(
            { inboxQuote: on },
            on ? 'Baskets will remember a short quote with each outcome.' : 'Baskets will keep no quote from your emails.',
          )
        }
      />
    </section>
  );
}

const CONFIRM_WORD = 'delete';

function DataSection({ setStatus }: { setStatus: (s: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function doExport(kind: 'json' | 'csv') {
    setError('');
    try {
      const stamp = localDateKey(new Date());
      if (kind === 'json') downloadText(`baskets-${stamp}.json`, await exportJson(), 'application/json');
      else downloadText(`baskets-${stamp}.csv`, await exportCsv(), 'text/csv;charset=utf-8');
      setStatus(`Export ready: baskets-${stamp}.${kind}.`);
    } catch (err) {
      setError(errorMessage(err, 'The export failed.'));
    }
  }

  async function doDelete() {
    setBusy(true);
    try {
      const n = await deleteEverything();
      await forgetInbox();
      setConfirming(false);
      setTyped('');
      setStatus(`Deleted ${plural(n, 'application')}. Baskets is empty.`);
    } catch (err) {
      setError(errorMessage(err, 'Nothing was deleted.'));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>Everything Baskets knows is stored in this browser only. Export it to keep a copy or move it.</p>
      <div class="row">
        <button type="button" class="btn" onClick={() => void doExport('json')}>
          Export JSON (full backup)
        </button>
        <button type="button" class="btn" onClick={() => void doExport('csv')}>
          Export CSV (spreadsheet)
        </button>
      </div>
      {error && (
        <Banner tone="danger" role="alert">
          <p>{error}</p>
        </Banner>
      )}
      <ImportPanel
        headingLevel={3}
        onImported={(r) =>
          setStatus(`Imported: ${r.added} added, ${r.updated} updated${r.linked ? `, ${plural(r.linked, 'employer link')}` : ''}.`)
        }
      />
      <h3>Delete everything</h3>
      <p>Removes every application, lesson and pending candidate from this browser. Export first if you may want them back.</p>
      <button type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
        Delete everything…
      </button>
      {confirming && (
        <Dialog
          role="alertdialog"
          title="Delete all Baskets data?"
          onClose={() => {
            setConfirming(false);
            setTyped('');
          }}
          initialFocus="input"
          actions={
            <>
              <button
                type="button"
                class="btn"
                onClick={() => {
                  setConfirming(false);
                  setTyped('');
                }}
              >
                Cancel
              </button>
              <button
                type="button"
                class="btn btn-danger"
                disabled={busy || typed.trim().toLowerCase() !== CONFIRM_WORD}
                onClick={() => void doDelete()}
              >
                Delete everything
              </button>
            </>
          }
        >
          <p>This cannot be undone.</p>
          <TextField label={`Type “${CONFIRM_WORD}” to confirm`} value={typed} onInput={setTyped} />
        </Dialog>
      )}
    </section>
  );
}
