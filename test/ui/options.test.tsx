// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/core/settings';

const rt = vi.hoisted(() => {
  let stored: unknown = undefined;
  const listeners = new Set<(s: unknown) => void>();
  return {
    get stored() {
      return stored;
    },
    set stored(v: unknown) {
      stored = v;
    },
    listeners,
    notifyDataChanged: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => stored),
    saveSettings: vi.fn(async (next: unknown) => {
      stored = next;
    }),
    onSettingsChanged: vi.fn((cb: (s: unknown) => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    }),
    requestAnySitePermission: vi.fn(async () => true),
    removeAnySitePermission: vi.fn(async () => {}),
    requestNotificationsPermission: vi.fn(async () => false),
    requestMailPermission: vi.fn(async () => true),
    removeMailPermission: vi.fn(async () => {}),
    mailPermissionGranted: vi.fn(async () => true),
    downloadText: vi.fn(),
    forgetInbox: vi.fn(async () => {}),
    supportedSites: vi.fn(() => [
      { id: 'greenhouse', label: 'Greenhouse' },
      { id: 'lever', label: 'Lever' },
    ]),
  };
});

vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: rt.notifyDataChanged,
  loadSettings: async () => (await import('../../src/core/settings')).normalizeSettings(await rt.loadSettings()),
  saveSettings: rt.saveSettings,
  onSettingsChanged: rt.onSettingsChanged,
  requestAnySitePermission: rt.requestAnySitePermission,
  removeAnySitePermission: rt.removeAnySitePermission,
  requestNotificationsPermission: rt.requestNotificationsPermission,
  requestMailPermission: rt.requestMailPermission,
  removeMailPermission: rt.removeMailPermission,
  mailPermissionGranted: rt.mailPermissionGranted,
  downloadText: rt.downloadText,
  forgetInbox: rt.forgetInbox,
  supportedSites: rt.supportedSites,
  copyText: vi.fn(async () => true),
  extractActiveTab: vi.fn(),
  openDashboard: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
}));

import { OptionsPage } from '../../src/ui/options/options';
import { addApplication, closeDb, deleteEverything, summaryCounts } from '../../src/db/index';

// The first IndexedDB open and module load can be slow on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  rt.stored = undefined;
  vi.clearAllMocks();
  await deleteEverything();
});
afterEach(() => {
  cleanup();
});

async function renderOptions() {
  render(<OptionsPage />);
  return screen.findByRole('heading', { name: 'Plan B and reminders' });
}

describe('options page', () => {
  it('shows the stored settings and saves a valid change', async () => {
    rt.stored = { ...DEFAULT_SETTINGS, ghostDays: 30 };
    await renderOptions();
    const ghost = screen.getByLabelText(/Suggest “ghosted” after/) as HTMLInputElement;
    expect(ghost.value).toBe('30');
    fireEvent.input(ghost, { target: { value: '14' } });
    const share = screen.getByLabelText(/Warn when one employer holds/) as HTMLInputElement;
    expect(share.value).toBe('50');
    fireEvent.input(share, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(rt.saveSettings).toHaveBeenCalledTimes(1));
    const saved = rt.saveSettings.mock.calls[0]![0] as Settings;
    expect(saved.ghostDays).toBe(14);
    expect(saved.topShareWarn).toBeCloseTo(0.6);
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('explains an invalid value next to the field and saves nothing', async () => {
    await renderOptions();
    const ghost = screen.getByLabelText(/Suggest “ghosted” after/) as HTMLInputElement;
    fireEvent.input(ghost, { target: { value: '1' } });
    const target = screen.getByLabelText(/Target share/) as HTMLInputElement;
    fireEvent.input(target, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const message = await screen.findByText(/must be a whole number between 3 and 180/);
    expect(ghost.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to its field for screen readers.
    expect(ghost.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByText(/target share must not be above the warning share/i)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/2 fields below need a change/);
    expect(rt.saveSettings).not.toHaveBeenCalled();
  });

  it('rejects hope weights that go down with the stage', async () => {
    await renderOptions();
    const interviewing = screen.getByLabelText('Interviewing') as HTMLInputElement;
    fireEvent.input(interviewing, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Interviewing weight must be at least the Screening weight/)).toBeTruthy();
    expect(rt.saveSettings).not.toHaveBeenCalled();
  });

  it('asks for the any-site permission at the click and keeps the toggle off when refused', async () => {
    await renderOptions();
    const box = screen.getByLabelText('Detect applications on any site') as HTMLInputElement;
    expect(box.checked).toBe(false);
    rt.requestAnySitePermission.mockResolvedValueOnce(false);
    fireEvent.click(box);
    await waitFor(() => expect(rt.requestAnySitePermission).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Permission was not granted/)).toBeTruthy();
    expect(rt.saveSettings).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    await waitFor(() => expect(rt.saveSettings).toHaveBeenCalledTimes(1));
    expect((rt.saveSettings.mock.calls[0]![0] as Settings).anySite).toBe(true);
    await waitFor(() => expect(box.checked).toBe(true));

    fireEvent.click(box);
    await waitFor(() => expect(rt.removeAnySitePermission).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((rt.stored as Settings).anySite).toBe(false));
  });

  it('asks for the webmail permission at the click, saves the inbox option only when granted, and gives it back when switched off', async () => {
    await renderOptions();
    const section = screen.getByText('Outcomes from your inbox', { selector: 'h2' }).closest('section')!;
    const box = within(section).getByLabelText(
      'Suggest outcomes from the emails I open in Gmail or Outlook on the web',
    ) as HTMLInputElement;
    const quote = within(section).getByLabelText('Remember a quote (up to 200 characters) with each outcome') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(quote.checked).toBe(true);
    expect(section.textContent).toContain('sends nothing anywhere');

    rt.requestMailPermission.mockResolvedValueOnce(false);
    fireEvent.click(box);
    await waitFor(() => expect(rt.requestMailPermission).toHaveBeenCalledTimes(1));
    const status = document.querySelector('[role="status"]')!;
    await waitFor(() => expect(status.textContent).toMatch(/Permission was not granted.*stay off/));
    expect(rt.saveSettings).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    await waitFor(() => expect((rt.stored as Settings | undefined)?.inbox).toBe(true));
    await waitFor(() => expect(box.checked).toBe(true));
    expect(status.textContent).toMatch(/Outcomes from your inbox are on/);
    expect(rt.removeMailPermission).not.toHaveBeenCalled();

    fireEvent.click(quote);
    await waitFor(() => expect((rt.stored as Settings).inboxQuote).toBe(false));

    fireEvent.click(box);
    await waitFor(() => expect(rt.removeMailPermission).toHaveBeenCalledTimes(1));
    expect((rt.stored as Settings).inbox).toBe(false);
    expect(rt.requestMailPermission).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(status.textContent).toMatch(/off\. Baskets gave back its access/));
  });

  it('says so when the option is on but the browser withdrew the webmail permission', async () => {
    rt.stored = { ...DEFAULT_SETTINGS, inbox: true };
    rt.mailPermissionGranted.mockResolvedValueOnce(false);
    await renderOptions();
    expect(await screen.findByText('Baskets cannot read Gmail or Outlook now')).toBeTruthy();
    expect(
      (screen.getByLabelText('Suggest outcomes from the emails I open in Gmail or Outlook on the web') as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('switches a site off and keeps notifications off without permission', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('Lever'));
    await waitFor(() => expect((rt.stored as Settings | undefined)?.sites).toEqual({ lever: false }));
    fireEvent.click(screen.getByLabelText(/Notifications for Plan-B warnings/));
    await waitFor(() => expect(rt.requestNotificationsPermission).toHaveBeenCalled());
    expect(normalizeSettings(rt.stored).notifications).toBe(false);
  });

  it('saves the name that signs feedback requests, once, as one clean line', async () => {
    await renderOptions();
    const field = screen.getByLabelText('Your name, to sign feedback requests') as HTMLInputElement;
    expect(field.value).toBe('');
    const save = screen.getByRole('button', { name: 'Save name' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.input(field, { target: { value: '  Robin   Meyer ' } });
    fireEvent.click(save);
    await waitFor(() => expect(normalizeSettings(rt.stored).yourName).toBe('Robin Meyer'));
    expect(await screen.findByText('Feedback requests will be signed “Robin Meyer”.')).toBeTruthy();
    expect(field.value).toBe('Robin Meyer');

    fireEvent.input(field, { target: { value: 'x'.repeat(101) } });
    fireEvent.click(save);
    expect((await screen.findByText(/at most 100 characters/)).id).toBeTruthy();
    expect(normalizeSettings(rt.stored).yourName).toBe('Robin Meyer');
  });

  it('follows settings changed in another tab', async () => {
    await renderOptions();
    const next = { ...DEFAULT_SETTINGS, weeklyGoal: 25 };
    for (const cb of rt.listeners) cb(next);
    await waitFor(() => expect((screen.getByLabelText(/Weekly goal/) as HTMLInputElement).value).toBe('25'));
  });

  it('deletes everything only after typing the confirmation word', async () => {
    await addApplication(
      { company: 'Acme', title: 'Engineer', location: '', url: 'https://example.com/a', source: 'manual' },
      { method: 'manual', signal: 'test' },
    );
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete all Baskets data?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(within(dialog).getByLabelText(/Type “delete” to confirm/), { target: { value: 'delete' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText(/Deleted 1 application\. Baskets is empty\./)).toBeTruthy();
    expect((await summaryCounts()).total).toBe(0);
    expect(rt.notifyDataChanged).toHaveBeenCalled();
    // The inbox's waiting suggestions and answered-email fingerprints go too.
    expect(rt.forgetInbox).toHaveBeenCalledTimes(1);
    closeDb();
  });

  it('exports JSON through downloadText', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: /Export JSON/ }));
    await waitFor(() => expect(rt.downloadText).toHaveBeenCalledTimes(1));
    const [name, text, mime] = rt.downloadText.mock.calls[0]! as [string, string, string];
    expect(name).toMatch(/^baskets-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).format).toBe('baskets');
    expect(mime).toBe('application/json');
  });
});
