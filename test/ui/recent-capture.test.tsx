// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LastCapture } from '../../src/messages';

const rt = vi.hoisted(() => ({
  loadLastCapture: vi.fn(async (): Promise<{ capture: LastCapture; seen: boolean } | null> => null),
  markLastCaptureSeen: vi.fn(async (_id: string) => {}),
  clearLastCapture: vi.fn(async () => {}),
  notifyDataChanged: vi.fn(async (_status?: unknown) => {}),
}));
vi.mock('../../src/ui/runtime', () => rt);

import { RecentCapture, RECENT_CAPTURE_MS } from '../../src/ui/popup/recent-capture';
import { addApplication, deleteEverything, getApplication } from '../../src/db/index';

configure({ asyncUtilTimeout: 5000 });

const NOW = new Date('2026-12-06T22:00:00Z');

async function stored(title: string, company: string) {
  const { record } = await addApplication(
    { company, title, location: '', url: 'https://boards.greenhouse.io/acme/jobs/1', source: 'greenhouse', jobId: '1' },
    { method: 'auto', signal: 'test' },
  );
  return record;
}

function capture(id: string, agoMs: number, title = 'Data Analyst', company = 'Acme'): LastCapture {
  return { id, at: NOW.getTime() - agoMs, company, title, source: 'greenhouse' };
}

beforeEach(async () => {
  vi.clearAllMocks();
  await deleteEverything();
});
afterEach(() => cleanup());

describe('the last capture at the top of the popup', () => {
  it('offers Undo for a fresh capture, marks it seen once, and Undo removes the record and the key', async () => {
    const record = await stored('Data Analyst', 'Acme');
    rt.loadLastCapture.mockResolvedValue({ capture: capture(record.id, 30_000), seen: false });
    const onDone = vi.fn();
    render(<RecentCapture now={NOW} onDone={onDone} onError={vi.fn()} />);
    const region = await screen.findByRole('region', { name: 'Last capture' });
    expect(region.textContent).toBe('Saved just now: Data Analyst at Acme · Undo');
    // Opening the popup is what the badge waits for: seen, and the background told to refresh.
    expect(rt.markLastCaptureSeen).toHaveBeenCalledWith(record.id);
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Undo: remove Data Analyst at Acme from Baskets' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Removed from Baskets: Data Analyst at Acme.'));
    expect(await getApplication(record.id)).toBeUndefined();
    expect(rt.clearLastCapture).toHaveBeenCalledTimes(1);
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region', { name: 'Last capture' })).toBeNull();
  });

  it('does not mark again what the popup has already shown', async () => {
    const record = await stored('Data Analyst', 'Acme');
    rt.loadLastCapture.mockResolvedValue({ capture: capture(record.id, 1000), seen: true });
    render(<RecentCapture now={NOW} onDone={vi.fn()} onError={vi.fn()} />);
    await screen.findByRole('region', { name: 'Last capture' });
    expect(rt.markLastCaptureSeen).not.toHaveBeenCalled();
    expect(rt.notifyDataChanged).not.toHaveBeenCalled();
  });

  it('says only what is known when the title is missing', async () => {
    const record = await stored('', 'Acme');
    rt.loadLastCapture.mockResolvedValue({ capture: capture(record.id, 1000, '', 'Acme'), seen: true });
    render(<RecentCapture now={NOW} onDone={vi.fn()} onError={vi.fn()} />);
    expect((await screen.findByRole('region', { name: 'Last capture' })).textContent).toBe('Saved just now: Acme · Undo');
  });

  it('shows nothing for a capture ten minutes old, or whose record is gone, yet still marks it seen', async () => {
    const record = await stored('Data Analyst', 'Acme');
    rt.loadLastCapture.mockResolvedValue({ capture: capture(record.id, RECENT_CAPTURE_MS), seen: false });
    const { unmount } = render(<RecentCapture now={NOW} onDone={vi.fn()} onError={vi.fn()} />);
    await waitFor(() => expect(rt.markLastCaptureSeen).toHaveBeenCalledWith(record.id));
    expect(screen.queryByRole('region', { name: 'Last capture' })).toBeNull();
    unmount();

    rt.loadLastCapture.mockResolvedValue({ capture: capture('gone-id', 5000), seen: true });
    render(<RecentCapture now={NOW} onDone={vi.fn()} onError={vi.fn()} />);
    // The fresh, still-stored case above renders within the same wait; this one must stay empty.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('region', { name: 'Last capture' })).toBeNull();
  });

  it('shows nothing when no capture is stored', async () => {
    render(<RecentCapture now={NOW} onDone={vi.fn()} onError={vi.fn()} />);
    await waitFor(() => expect(rt.loadLastCapture).toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: 'Last capture' })).toBeNull();
  });
});
