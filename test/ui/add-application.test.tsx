// @vitest-environment jsdom
// "+ Add application" in the dashboard header against the real store (fake-indexeddb): inline errors, the saved
// record, a duplicate reported before saving, Undo, and focus back on the button.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/core/application';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { allApplications, closeDb } from '../../src/db/index';
import { validateForm } from '../../src/ui/dashboard/add-application';
import { Dashboard } from '../../src/ui/dashboard/app';
import * as runtime from '../../src/ui/runtime';

vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: vi.fn(async () => undefined),
  loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS })),
  saveSettings: vi.fn(async () => undefined),
  onSettingsChanged: vi.fn(() => () => undefined),
  copyText: vi.fn(async () => true),
  downloadText: vi.fn(),
  openDashboard: vi.fn(async () => undefined),
  openOptions: vi.fn(async () => undefined),
  supportedSites: vi.fn(() => [{ id: 'greenhouse', label: 'Greenhouse' }]),
}));

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

async function settle(check: () => void | Promise<void>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
  }
}

function headerButton(): HTMLElement {
  return within(document.querySelector('header') as HTMLElement).getByRole('button', { name: '+ Add application' });
}

async function openDialog(): Promise<HTMLElement> {
  const button = headerButton();
  button.focus();
  fireEvent.click(button);
  return screen.findByRole('dialog', { name: 'Add an application' });
}

function type(dialog: HTMLElement, label: string, value: string) {
  fireEvent.input(within(dialog).getByLabelText(label), { target: { value } });
}

async function stored(): Promise<Application[]> {
  return allApplications();
}

beforeEach(() => {
  closeDb();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  vi.mocked(runtime.notifyDataChanged).mockClear();
  history.replaceState(null, '', '/dashboard.html#view=board');
});

afterEach(() => {
  cleanup();
});

describe('validateForm', () => {
  const now = new Date(2025, 2, 12, 10);
  const ok = { company: 'Acme', title: 'Analyst', url: '', location: '', applied: '2025-03-12', status: 'applied' as const };
  it('accepts a complete form and names what is missing or wrong', () => {
    expect(validateForm(ok, now)).toEqual({});
    expect(Object.keys(validateForm({ ...ok, company: ' ', title: '' }, now))).toEqual(['company', 'title']);
    expect(validateForm({ ...ok, url: 'javascript:alert(1)' }, now).url).toMatch(/http/);
    expect(validateForm({ ...ok, applied: '2025-02-30' }, now).applied).toBe('Enter the day you applied.');
    expect(validateForm({ ...ok, applied: '2025-03-13' }, now).applied).toBe('The applied date cannot be in the future.');
  });
});

describe('+ Add application', () => {
  it('shows errors inline and saves nothing until company and title are given', async () => {
    render(<Dashboard />);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(within(dialog).getByText('Enter the company name.')).toBeTruthy());
    expect(within(dialog).getByText('Enter the job title.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Company').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual([]);
  });

  it('stores a manual record, gives focus back to the button, and Undo deletes it', async () => {
    render(<Dashboard />);
    const dialog = await openDialog();
    type(dialog, 'Company', 'Acme');
    type(dialog, 'Job title', 'Data Analyst');
    type(dialog, 'Link (optional)', 'https://acme.example/jobs/7?utm_source=x');
    type(dialog, 'Location (optional)', 'Lisbon');
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'screening' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [saved] = await stored();
    expect(saved).toMatchObject({
      company: 'Acme',
      title: 'Data Analyst',
      location: 'Lisbon',
      url: 'https://acme.example/jobs/7',
      source: 'manual',
      status: 'screening',
      capture: { method: 'manual', signal: 'dashboard: add application' },
    });
    expect(runtime.notifyDataChanged).toHaveBeenCalledWith('screening');
    expect(document.activeElement).toBe(headerButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await settle(async () => expect(await stored()).toEqual([]));
  });

  it('reports the same job at the same employer before saving, and adds it only on "Add anyway"', async () => {
    render(<Dashboard />);
    let dialog = await openDialog();
    type(dialog, 'Company', 'Acme');
    type(dialog, 'Job title', 'Data Analyst');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDialog();
    type(dialog, 'Company', 'ACME');
    type(dialog, 'Job title', 'data analyst');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(within(dialog).getByText(/You logged Data Analyst at Acme on/)).toBeTruthy());
    expect(await stored()).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await settle(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await stored()).toHaveLength(2);
  });

  it('says so when the link is already stored, and adds nothing', async () => {
    render(<Dashboard />);
    let dialog = await openDialog();
    type(dialog, 'Company', 'Acme');
    type(dialog, 'Job title', 'Data Analyst');
    type(dialog, 'Link (optional)', 'https://acme.example/jobs/7');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDialog();
    type(dialog, 'Company', 'Acme Corporation');
    type(dialog, 'Job title', 'Analyst');
    type(dialog, 'Link (optional)', 'https://acme.example/jobs/7');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(within(dialog).getByText(/This job is already in your list: Data Analyst at Acme/)).toBeTruthy());
    expect(await stored()).toHaveLength(1);
  });
});
