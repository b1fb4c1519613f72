// @vitest-environment jsdom
// Plan B on screen: the note (amber, one action, a snooze), the one-line chip and its panel, and the
// dashboard view with the snooze stored where the badge reads it.
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import { dedupeKeyFor } from '../../src/core/dedupe';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { analyzeSpread, PLANB_SNOOZE_MS, spreadStateKey } from '../../src/core/spread';
import { PLANB_SNOOZE_KEY } from '../../src/messages';
import { allApplications, closeDb, restoreApplications } from '../../src/db/index';
import { PlanBNote, SpreadChip, spreadChipLabel } from '../../src/ui/components/spread-meter';
import { Dashboard } from '../../src/ui/dashboard/app';
import * as runtime from '../../src/ui/runtime';

const store = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
  const listeners = new Set<Listener>();
  const emit = (key: string, oldValue: unknown, newValue: unknown) => {
    for (const l of listeners) l({ [key]: { oldValue, newValue } }, 'local');
  };
  return {
    data,
    listeners,
    storage: {
      local: {
        get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) {
            const old = data.get(k);
            data.set(k, v);
            emit(k, old, v);
          }
        },
        remove: async (key: string) => {
          const old = data.get(key);
          data.delete(key);
          emit(key, old, undefined);
        },
      },
      onChanged: {
        addListener: (l: Listener) => void listeners.add(l),
        removeListener: (l: Listener) => void listeners.delete(l),
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: { storage: store.storage } }));
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
function record(company: string, status: Status = 'applied'): Application {
  seq++;
  const id = `rec-${String(seq).padStart(5, '0')}`;
  const appliedAt = new Date(Date.UTC(2026, 9, 1) + seq * 3_600_000).toISOString();
  const url = `https://boards.greenhouse.io/x/jobs/${seq}`;
  return {
    id,
    company,
    companyKey: companyKey(company),
    title: `Engineer ${seq}`,
    location: '',
    url,
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
    dedupeKey: dedupeKeyFor({ source: 'greenhouse', jobId: String(seq), url, id }),
  };
}

beforeEach(() => {
  store.data.clear();
  closeDb();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  vi.mocked(runtime.notifyDataChanged).mockClear();
});
afterEach(() => cleanup());

const goodNews = () => analyzeSpread([record('Airtable', 'interviewing'), record('Beta'), record('Gamma')]);
const nudge = () => analyzeSpread([record('Acme'), record('Acme'), record('Beta')]);
const calm = () => analyzeSpread(['A', 'B', 'C', 'D'].map((c) => record(c, 'screening')));

describe('PlanBNote', () => {
  it('tells good news warmly, with one action and a snooze', () => {
    const spread = goodNews();
    const onLog = vi.fn();
    const onEmployers = vi.fn();
    const onSnooze = vi.fn();
    const { container } = render(<PlanBNote spread={spread} onLog={onLog} onEmployers={onEmployers} onSnooze={onSnooze} />);
    const note = screen.getByRole('region', { name: 'Nice, an interview at Airtable.' });
    expect(within(note).getByText(spread.note!.suggestion)).toBeTruthy();
    expect(
      within(note)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['See employers you were in touch with', 'Remind me in 3 days']);
    fireEvent.click(screen.getByRole('button', { name: 'See employers you were in touch with' }));
    expect(onEmployers).toHaveBeenCalledTimes(1);
    expect(onLog).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remind me in 3 days' }));
    expect(onSnooze).toHaveBeenCalledTimes(1);
    // Amber, never red.
    expect(container.querySelector('.planb-note-good-news')).toBeTruthy();
    expect(container.querySelector('[class*="danger"]')).toBeNull();
  });

  it('nudges with "Log an application" when there are applications only', () => {
    const onLog = vi.fn();
    render(<PlanBNote spread={nudge()} onLog={onLog} onEmployers={vi.fn()} onSnooze={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Much of your hope rests on Acme for now.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log an application' }));
    expect(onLog).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /See employers/ })).toBeNull();
  });

  it('shows nothing when hopes are spread', () => {
    const { container } = render(<PlanBNote spread={calm()} onLog={vi.fn()} onEmployers={vi.fn()} onSnooze={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});

describe('SpreadChip', () => {
  it('is one button whose name is its visible text, and discloses the meter, the note and the method', () => {
    const spread = goodNews();
    const onOpen = vi.fn();
    const onSnooze = vi.fn();
    render(<SpreadChip spread={spread} onOpen={onOpen} onLog={vi.fn()} onEmployers={vi.fn()} onSnooze={onSnooze} />);
    const chip = screen.getByRole('button', { name: 'Plan B: check' });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(chip.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    expect(screen.queryByText(/Largest share/)).toBeNull();

    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(within(panel).getByText(/Largest share/).textContent).toBe('Largest share: 67% on Airtable');
    expect(within(panel).getByRole('heading', { name: 'Nice, an interview at Airtable.' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Remind me in 3 days' }));
    expect(onSnooze).toHaveBeenCalledTimes(1);
    const details = panel.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('How is this measured?');
    expect(details.textContent).toContain('as if over 2.0 employers');

    // Escape closes it and gives focus back to the chip.
    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Remind me in 3 days' }), { key: 'Escape' });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(chip);
  });

  it('stays calm while snoozed or when hopes are spread, and never offers buttons it cannot act on', () => {
    const spread = goodNews();
    expect(spreadChipLabel(spread, true)).toBe('Plan B: 3 employers');
    expect(spreadChipLabel(calm())).toBe('Plan B: 4 employers');
    expect(spreadChipLabel(analyzeSpread([record('Solo')]))).toBe('Plan B: check');
    expect(spreadChipLabel(analyzeSpread([]))).toBe('Plan B: 0 employers');

    const { unmount } = render(<SpreadChip spread={spread} snoozed />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan B: 3 employers' }));
    expect(screen.queryByText('Nice, an interview at Airtable.')).toBeNull();
    unmount();

    const calmChip = render(<SpreadChip spread={calm()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan B: 4 employers' }));
    expect(screen.getByText('No single answer decides everything: your hopes are spread well.')).toBeTruthy();
    // The share is said once, by the meter.
    expect(calmChip.container.textContent!.match(/25%/g)).toHaveLength(1);
    calmChip.unmount();

    render(<SpreadChip spread={spread} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan B: check' }));
    expect(screen.getByText('Nice, an interview at Airtable.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remind me in 3 days' })).toBeNull();
  });
});

describe('dashboard Plan-B view', () => {
  function open() {
    history.replaceState(null, '', '/dashboard.html#view=planb');
    return render(<Dashboard />);
  }

  it('says each fact once, snoozes the note where the badge reads it, and shows it again on request', async () => {
    const records = [
      record('Airtable', 'interviewing'),
      record('Airtable', 'interviewing'),
      ...['B', 'C', 'D', 'E'].map((c) => record(c, 'screening')),
    ];
    await restoreApplications(records);
    const spread = analyzeSpread(records);
    open();
    const heading = await screen.findByRole('heading', { name: 'Nice, 2 interviews at Airtable.' });
    expect(screen.getByText('6 active applications at 5 employers.')).toBeTruthy();
    expect(screen.getByText("Keeping 5 more employers in play means one answer won't decide everything.")).toBeTruthy();
    // The share of the top employer appears once, in the table.
    expect(screen.getAllByText('50%')).toHaveLength(1);
    expect(heading.closest('.planb')!.textContent!.match(/as if over/g)).toHaveLength(1);

    // "See employers you were in touch with" moves focus to the employers table.
    fireEvent.click(screen.getByRole('button', { name: 'See employers you were in touch with' }));
    expect(document.activeElement).toBe(screen.getByRole('table', { name: 'Active employers, most hope first' }));

    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Remind me in 3 days' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Nice, 2 interviews at Airtable.' })).toBeNull());
    const stored = store.data.get(PLANB_SNOOZE_KEY) as { stateKey: string; until: number };
    expect(stored.stateKey).toBe(spreadStateKey(spread));
    expect(stored.until).toBeGreaterThanOrEqual(before + PLANB_SNOOZE_MS);
    expect(stored.until).toBeLessThanOrEqual(Date.now() + PLANB_SNOOZE_MS);
    expect(screen.getByText(/You asked to be reminded on/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show the note now' }));
    expect(await screen.findByRole('heading', { name: 'Nice, 2 interviews at Airtable.' })).toBeTruthy();
    expect(store.data.has(PLANB_SNOOZE_KEY)).toBe(false);
  });

  it('shows the note again when a snooze stored elsewhere is for another state', async () => {
    await restoreApplications([record('Acme'), record('Acme'), record('Beta')]);
    store.data.set(PLANB_SNOOZE_KEY, { stateKey: 'warn:top-share@someone-else', until: Date.now() + 1000 * 60 });
    open();
    expect(await screen.findByRole('heading', { name: 'Much of your hope rests on Acme for now.' })).toBeTruthy();
    // The same state snoozed from the popup: the open dashboard follows.
    const spread = analyzeSpread(await allApplications());
    await act(async () => {
      await store.storage.local.set({ [PLANB_SNOOZE_KEY]: { stateKey: spreadStateKey(spread), until: Date.now() + 60_000 } });
    });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Much of your hope rests on Acme for now.' })).toBeNull());
  });

  it('"Log an application" saves one through the database, tells the background, and can be undone', async () => {
    await restoreApplications([record('Acme'), record('Acme'), record('Beta')]);
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Log an application' }));
    const form = screen.getByRole('form', { name: 'Log an application' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as applied' }));
    expect(await within(form).findByText('Enter the company name.')).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('Company'), { target: { value: 'Cobalt' } });
    fireEvent.input(within(form).getByLabelText('Job title'), { target: { value: 'Data Engineer' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as applied' }));
    expect(await screen.findByText('4 active applications at 3 employers.')).toBeTruthy();
    expect(runtime.notifyDataChanged).toHaveBeenCalledWith('applied');
    expect((await allApplications()).map((a) => a.company).sort()).toEqual(['Acme', 'Acme', 'Beta', 'Cobalt']);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('3 active applications at 2 employers.')).toBeTruthy();
    expect((await allApplications()).map((a) => a.company).sort()).toEqual(['Acme', 'Acme', 'Beta']);
  });
});
