// @vitest-environment jsdom
// The dashboard's board against the real store (fake-indexeddb): columns, capped closed columns, keyboard moves
// with Undo, the closing step on a move to a closing status, the empty board, and "Coming up" above it.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { closeDb, getApplication, restoreApplications } from '../../src/db/index';
import { Dashboard } from '../../src/ui/dashboard/app';
import { ACTIVE_SHOWN, CLOSED_CAP, neighbourStatus } from '../../src/ui/dashboard/board-view';
import { formatHash, parseHash, VIEW_LABELS, VIEWS } from '../../src/ui/dashboard/hash';
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

let seq = 0;
function record(company: string, status: Status = 'applied', over: Partial<Application> = {}): Application {
  seq++;
  const id = `rec-${String(seq).padStart(5, '0')}`;
  const appliedAt = new Date(Date.now() - (seq % 60) * 86_400_000 - seq * 1000).toISOString();
  return {
    id,
    company,
    companyKey: companyKey(company),
    title: over.title ?? 'Software Engineer',
    location: 'Remote',
    url: `https://boards.greenhouse.io/x/jobs/${seq}`,
    source: 'greenhouse',
    jobId: String(seq),
    appliedAt,
    status,
    history: [{ status, at: appliedAt }],
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: 'test' },
    createdAt: appliedAt,
    updatedAt: appliedAt,
    dedupeKey: `greenhouse:${seq}`,
    ...over,
  };
}

async function settle(check: () => void, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
  }
}

function open(hash = '#view=board') {
  history.replaceState(null, '', `/dashboard.html${hash}`);
  return render(<Dashboard />);
}

function column(status: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-column="${status}"]`);
  if (!el) throw new Error(`no column ${status}`);
  return el;
}

function cardButton(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-card="${id}"] .board-card-open`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
}

beforeEach(() => {
  closeDb();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  vi.mocked(runtime.notifyDataChanged).mockClear();
});

afterEach(() => {
  cleanup();
});

describe('board address', () => {
  it('is #view=board, labelled Board, right after Applications', () => {
    expect(parseHash('#view=board')).toEqual({ view: 'board' });
    expect(formatHash({ view: 'board', id: 'x' })).toBe('#view=board&id=x');
    expect(VIEWS.indexOf('board')).toBe(VIEWS.indexOf('applications') + 1);
    expect(VIEW_LABELS.board).toBe('Board');
  });
});

describe('neighbourStatus', () => {
  it('walks the columns in board order and stops at both ends', () => {
    expect(neighbourStatus('applied', 1)).toBe('screening');
    expect(neighbourStatus('offer', 1)).toBe('accepted');
    expect(neighbourStatus('applied', -1)).toBeUndefined();
    expect(neighbourStatus('withdrawn', 1)).toBeUndefined();
  });
});

describe('board view', () => {
  it('puts each application in its status column with its site name, and caps a closed column', async () => {
    const acme = record('Acme', 'interviewing', { title: 'Data Analyst', nextStep: 'Second interview' });
    const rejected = Array.from({ length: CLOSED_CAP + 5 }, (_, i) => record(`Gone ${i}`, 'rejected'));
    await restoreApplications([acme, record('Beta', 'applied'), ...rejected]);
    open();
    await settle(() => expect(within(column('interviewing')).getByText('Acme')).toBeTruthy());
    expect(within(column('interviewing')).getByText(/^Greenhouse · /)).toBeTruthy();
    expect(within(column('interviewing')).getByText(/Next: Second interview/)).toBeTruthy();
    expect(within(column('applied')).getByText('Beta')).toBeTruthy();
    expect(column('rejected').textContent).toContain(`(${CLOSED_CAP + 5})`);
    // Closed columns start folded; unfolding shows the newest CLOSED_CAP and points to the rest.
    expect(column('rejected').querySelectorAll('[data-card]')).toHaveLength(0);
    fireEvent.click(within(column('rejected')).getByRole('button', { name: /Rejected/, expanded: false }));
    await settle(() => expect(column('rejected').querySelectorAll('[data-card]')).toHaveLength(CLOSED_CAP));
    expect(within(column('rejected')).getByRole('link', { name: '5 more in Applications' })).toBeTruthy();
  });

  it('shows the first ACTIVE_SHOWN cards of a long column, and all of them on request', async () => {
    await restoreApplications(Array.from({ length: ACTIVE_SHOWN + 3 }, (_, i) => record(`Employer ${i}`, 'applied')));
    open();
    await settle(() => expect(column('applied').querySelectorAll('[data-card]')).toHaveLength(ACTIVE_SHOWN));
    fireEvent.click(within(column('applied')).getByRole('button', { name: `Show all ${ACTIVE_SHOWN + 3}` }));
    await settle(() => expect(column('applied').querySelectorAll('[data-card]')).toHaveLength(ACTIVE_SHOWN + 3));
  });

  it('moves a card with Alt+→, keeps focus on it, and Undo restores the record exactly', async () => {
    const app = record('Acme', 'applied');
    await restoreApplications([app]);
    const before = await getApplication(app.id);
    open();
    await settle(() => expect(cardButton(app.id)).toBeTruthy());
    cardButton(app.id).focus();
    fireEvent.keyDown(cardButton(app.id), { key: 'ArrowRight', altKey: true });
    await settle(() => expect(column('screening').querySelector(`[data-card="${app.id}"]`)).toBeTruthy());
    expect((await getApplication(app.id))?.status).toBe('screening');
    expect(runtime.notifyDataChanged).toHaveBeenCalledWith('screening');
    await settle(() => expect(document.activeElement).toBe(cardButton(app.id)));
    expect(screen.getByText('Moved Software Engineer at Acme from Applied to Screening.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle(() => expect(column('applied').querySelector(`[data-card="${app.id}"]`)).toBeTruthy());
    expect(await getApplication(app.id)).toEqual(before);
  });

  it('does nothing on Alt+← in the first column (says so) and on a plain arrow key', async () => {
    const app = record('Acme', 'applied');
    await restoreApplications([app]);
    open();
    await settle(() => expect(cardButton(app.id)).toBeTruthy());
    fireEvent.keyDown(cardButton(app.id), { key: 'ArrowRight' });
    fireEvent.keyDown(cardButton(app.id), { key: 'ArrowLeft', altKey: true });
    await settle(() => expect(screen.getByText('Applied is the first column.')).toBeTruthy());
    expect((await getApplication(app.id))?.status).toBe('applied');
  });

  it('opens the closing step on a move to Ghosted; its Undo puts the record back', async () => {
    const app = record('Acme', 'screening');
    await restoreApplications([app]);
    const before = await getApplication(app.id);
    open();
    await settle(() => expect(cardButton(app.id)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Screening: change the status of Software Engineer at Acme' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Ghosted' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghosted: Software Engineer at Acme' });
    expect((await getApplication(app.id))?.status).toBe('ghosted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo: back to Screening' }));
    await settle(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getApplication(app.id)).toEqual(before);
    await settle(() => expect(column('screening').querySelector(`[data-card="${app.id}"]`)).toBeTruthy());
  });

  it('opens a record from its card', async () => {
    const app = record('Acme', 'offer');
    await restoreApplications([app]);
    open();
    await settle(() => expect(cardButton(app.id)).toBeTruthy());
    fireEvent.click(cardButton(app.id));
    expect(location.hash).toBe(`#view=board&id=${app.id}`);
  });

  it('offers the import and + Add application when the board is empty', async () => {
    open();
    const link = await screen.findByRole('link', { name: 'Import from another tracker' });
    expect(link.getAttribute('href')).toBe('#view=import');
    // One in the header, one in the empty board.
    expect(screen.getAllByRole('button', { name: '+ Add application' })).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: 'Coming up' })).toBeNull();
  });

  it('puts focus on the new card after adding from the empty board (its button goes away)', async () => {
    open();
    await screen.findByRole('link', { name: 'Import from another tracker' });
    const button = within(document.querySelector('.board-empty') as HTMLElement).getByRole('button', { name: '+ Add application' });
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Add an application' });
    fireEvent.input(within(dialog).getByLabelText('Company'), { target: { value: 'Acme' } });
    fireEvent.input(within(dialog).getByLabelText('Job title'), { target: { value: 'Analyst' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await settle(() => expect(document.activeElement?.closest('[data-column="applied"]')).toBeTruthy());
    expect(document.activeElement?.textContent).toBe('AcmeAnalyst');
  });

  it('shows Coming up above the board with a dated interview, and opens its record', async () => {
    const soon = new Date();
    soon.setDate(soon.getDate() + 1);
    soon.setHours(12, 0, 0, 0);
    const app = record('Acme', 'interviewing', { nextStep: 'Panel interview', nextStepAt: soon.toISOString() });
    await restoreApplications([app]);
    open();
    const item = await screen.findByRole('button', { name: /Interview Acme: Panel interview tomorrow/ });
    fireEvent.click(item);
    expect(location.hash).toBe(`#view=board&id=${app.id}`);
  });
});
