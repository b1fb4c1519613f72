// @vitest-environment jsdom
// How the popup loads: the newest rows first, in as few steps as possible; the counts and the active records
// (Plan B, reminders), which walk indexes and read thousands of records in a long search, after them.
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const rt = vi.hoisted(() => ({
  notifyDataChanged: vi.fn(async (_status?: unknown) => {}),
  loadSettings: vi.fn(async (): Promise<unknown> => undefined),
  onSettingsChanged: vi.fn(() => () => {}),
  extractActiveTab: vi.fn(),
  openDashboard: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
  loadCaptureError: vi.fn(async (): Promise<{ message: string; at: string } | null> => null),
  clearCaptureError: vi.fn(async () => {}),
  loadLastCapture: vi.fn(async () => null),
  markLastCaptureSeen: vi.fn(async () => {}),
  clearLastCapture: vi.fn(async () => {}),
  supportedSites: vi.fn(() => [{ id: 'greenhouse', label: 'Greenhouse' }]),
}));
vi.mock('../../src/ui/runtime', () => rt);

vi.mock('../../src/db/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/db/index')>();
  return {
    ...real,
    listApplications: vi.fn(real.listApplications),
    summaryCounts: vi.fn(real.summaryCounts),
    activeApplications: vi.fn(real.activeApplications),
  };
});

import { addApplication, activeApplications, deleteEverything, listApplications, summaryCounts } from '../../src/db/index';
import { LIST_LIMIT, Popup } from '../../src/ui/popup/popup';

configure({ asyncUtilTimeout: 5000 });

async function add(company: string, title: string, status: 'applied' | 'interviewing', n: number) {
  await addApplication(
    { company, title, location: '', url: `https://boards.greenhouse.io/x/jobs/${n}`, source: 'greenhouse', jobId: String(n) },
    { method: 'auto', signal: 'test', status },
  );
}

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(async () => {
  vi.clearAllMocks();
  rt.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS });
  await deleteEverything();
});
afterEach(() => {
  cleanup();
});

describe('popup loading', () => {
  it('asks for the newest rows, the settings and any capture error as it first renders, not a frame later', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      preactRender(<Popup />, host);
      // Nothing awaited, no frame painted yet: the reads are already on their way.
      expect(host.textContent).toMatch(/Loading your applications/);
      expect(listApplications).toHaveBeenCalledWith({ sort: 'appliedAt', direction: 'prev', limit: LIST_LIMIT });
      expect(rt.loadSettings).toHaveBeenCalled();
      expect(rt.loadCaptureError).toHaveBeenCalled();
      // The counts and the active records wait for the rows.
      expect(summaryCounts).not.toHaveBeenCalled();
      expect(activeApplications).not.toHaveBeenCalled();
    } finally {
      preactRender(null, host);
      host.remove();
    }
  });

  it('shows the newest rows while the counts and the active records are still on their way', async () => {
    await add('Acme', 'Engineer', 'interviewing', 1);
    await add('Globex', 'Developer', 'applied', 2);
    const counts = deferred<Awaited<ReturnType<typeof summaryCounts>>>();
    const active = deferred<Awaited<ReturnType<typeof activeApplications>>>();
    const realCounts = summaryCounts();
    const realActive = activeApplications();
    vi.mocked(summaryCounts).mockClear().mockReturnValueOnce(counts.promise);
    vi.mocked(activeApplications).mockClear().mockReturnValueOnce(active.promise);

    render(<Popup />);
    expect(await screen.findByRole('button', { name: 'Interviewing: change the status of Engineer at Acme' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Applied: change the status of Developer at Globex' })).toBeTruthy();
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(summary.getAttribute('aria-busy')).toBe('true');
    expect(summary.textContent).toMatch(/… active/);
    expect(screen.getByText('Plan B…')).toBeTruthy();

    counts.resolve(await realCounts);
    await waitFor(() => expect(summary.textContent).toMatch(/2 active/));
    expect(summary.getAttribute('aria-busy')).toBe('false');
    active.resolve(await realActive);
    fireEvent.click(await screen.findByRole('button', { name: /^Plan B/ }));
    expect(await screen.findByText(/Largest share:/)).toBeTruthy();
    expect(screen.queryByText('Plan B…')).toBeNull();
  });
});
