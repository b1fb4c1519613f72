// @vitest-environment jsdom
// The dashboard against the real store (fake-indexeddb): what a user sees and what ends up stored.
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import { dedupeKeyFor } from '../../src/core/dedupe';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { allApplications, closeDb, getApplication, restoreApplications } from '../../src/db/index';
import { Dashboard } from '../../src/ui/dashboard/app';
import { PAGE_SIZE } from '../../src/ui/dashboard/applications-view';
import * as runtime from '../../src/ui/runtime';

vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: vi.fn(async () => undefined),
  loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, weeklyGoal: 3 })),
  saveSettings: vi.fn(async () => undefined),
  onSettingsChanged: vi.fn(() => () => undefined),
  copyText: vi.fn(async () => true),
  downloadText: vi.fn(),
  openDashboard: vi.fn(async () => undefined),
  openOptions: vi.fn(async () => undefined),
  supportedSites: vi.fn(() => [{ id: 'greenhouse', label: 'Greenhouse' }]),
}));

// fake-indexeddb on a busy 2-core machine can take more than the default second to answer.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

let seq = 0;

function record(over: Partial<Application> & { company: string }): Application {
  seq++;
  const id = over.id ?? `rec-${String(seq).padStart(6, '0')}`;
  const appliedAt = over.appliedAt ?? new Date(Date.UTC(2025, 0, 1) + seq * 3_600_000).toISOString();
  const status: Status = over.status ?? 'applied';
  const source = over.source ?? 'greenhouse';
  const url = over.url ?? `https://boards.greenhouse.io/acme/jobs/${seq}`;
  const jobId = over.jobId ?? String(seq);
  const history = over.history ?? [
    { status: 'applied' as Status, at: appliedAt },
    ...(status === 'applied' ? [] : [{ status, at: new Date(Date.parse(appliedAt) + 2 * 86_400_000).toISOString() }]),
  ];
  return {
    id,
    company: over.company,
    companyKey: over.companyKey ?? companyKey(over.company),
    title: over.title ?? 'Software Engineer',
    location: over.location ?? 'Remote',
    url,
    source,
    jobId,
    appliedAt,
    status,
    history,
    notes: over.notes ?? '',
    lessons: over.lessons ?? { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: 'test' },
    createdAt: appliedAt,
    updatedAt: over.updatedAt ?? history[history.length - 1]!.at,
    dedupeKey: dedupeKeyFor({ source, jobId, url, id }),
  };
}

async function seed(records: Application[]): Promise<Application[]> {
  await restoreApplications(records);
  return records;
}

/** Let the search box's debounce fire inside act(), so Preact renders what it sets. */
async function typingPause(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 300));
  });
}

/**
 * Like waitFor, but each wait runs inside act(), which flushes renders that Preact's test hooks queued
 * from timers (waitFor alone can miss them after a debounced update).
 */
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

function open(hash = '') {
  history.replaceState(null, '', hash ? `/dashboard.html${hash}` : '/dashboard.html');
  return render(<Dashboard />);
}

function rows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Applications' });
  return within(table).getAllByRole('row').slice(1);
}

function companies(): string[] {
  return rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent ?? '');
}

beforeEach(() => {
  closeDb();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  vi.mocked(runtime.notifyDataChanged).mockClear();
});

afterEach(() => {
  cleanup();
});

describe('applications table', () => {
  it('explains what Baskets does when nothing is logged yet', async () => {
    open();
    expect(await screen.findByRole('heading', { name: 'No applications yet' })).toBeTruthy();
    expect(screen.getByText('0 applications.')).toBeTruthy();
    expect(screen.getByText('Greenhouse')).toBeTruthy();
  });

  it('renders only the first page, loads more on demand, and filters by status and text', async () => {
    const many = Array.from({ length: PAGE_SIZE + 20 }, (_, i) =>
      record({ company: `Company ${String(i).padStart(3, '0')}`, status: i % 5 === 0 ? 'rejected' : 'applied' }),
    );
    many.push(record({ company: 'Globex', title: 'Staff Data Engineer', status: 'interviewing' }));
    await seed(many);
    open();

    await waitFor(() => expect(rows()).toHaveLength(PAGE_SIZE));
    expect(await screen.findByText(`Showing ${PAGE_SIZE} of ${PAGE_SIZE + 21} applications.`)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Load ${PAGE_SIZE} more` }));
    await waitFor(() => expect(rows()).toHaveLength(PAGE_SIZE + 21));
    expect(screen.queryByRole('button', { name: `Load ${PAGE_SIZE} more` })).toBeNull();

    // An edit to a record far down the list keeps every loaded row on screen.
    const last = rows()[PAGE_SIZE + 20]!;
    fireEvent.click(within(last).getByRole('checkbox'));
    fireEvent.change(screen.getByLabelText('Change status to'), { target: { value: 'ghosted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply status' }));
    await waitFor(() => expect(rows()[PAGE_SIZE + 20]!.textContent).toContain('Ghosted'));
    expect(rows()).toHaveLength(PAGE_SIZE + 21);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()[PAGE_SIZE + 20]!.textContent).not.toContain('Ghosted'));

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'rejected' } });
    await waitFor(() => expect(screen.getByText(`Showing 14 of 14 applications.`)).toBeTruthy());
    expect(rows().every((r) => r.textContent?.includes('Rejected'))).toBe(true);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'data engineer' } });
    await typingPause();
    await settle(() => expect(companies()).toEqual(['Globex']));
    expect(screen.getByText('Showing 1 of 1 application.')).toBeTruthy();
  });

  it('adds each page as a row group of its own, leaving the rows already shown untouched, and selects across pages', async () => {
    const all = await seed(Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, i) => record({ company: `Firm ${String(i).padStart(3, '0')}` })));
    open();
    await screen.findByText(`Showing ${PAGE_SIZE} of ${2 * PAGE_SIZE + 5} applications.`);
    const table = screen.getByRole('table', { name: 'Applications' });
    const groups = () => within(table).getAllByRole('rowgroup').slice(1); // after the header's
    expect(groups()).toHaveLength(1);

    // Loading more adds a group and changes nothing in the rows already on screen.
    const firstGroup = groups()[0]!;
    const firstRow = within(firstGroup).getAllByRole('row')[0]!;
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(firstGroup, { subtree: true, childList: true, attributes: true, characterData: true });
    fireEvent.click(screen.getByRole('button', { name: `Load ${PAGE_SIZE} more` }));
    await waitFor(() => expect(rows()).toHaveLength(2 * PAGE_SIZE));
    expect(screen.getByText(`Showing ${2 * PAGE_SIZE} of ${2 * PAGE_SIZE + 5} applications.`)).toBeTruthy();
    expect(groups()).toHaveLength(2);
    changes.push(...watcher.takeRecords());
    watcher.disconnect();
    expect(changes).toEqual([]);
    expect(within(groups()[0]!).getAllByRole('row')[0]).toBe(firstRow);

    // "Select all shown" covers every loaded page; a page loaded afterwards is not selected.
    const selectAll = screen.getByRole('checkbox', { name: 'Select all shown applications' }) as HTMLInputElement;
    fireEvent.click(selectAll);
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bulk).getByText(`${2 * PAGE_SIZE} selected applications`)).toBeTruthy();
    expect(selectAll.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: `Load ${PAGE_SIZE} more` }));
    await waitFor(() => expect(rows()).toHaveLength(2 * PAGE_SIZE + 5));
    expect(selectAll.checked).toBe(false);
    expect(selectAll.indeterminate).toBe(true);
    expect(within(rows()[2 * PAGE_SIZE]!).getByRole('checkbox')).toHaveProperty('checked', false);

    // The bulk action reaches rows of both earlier pages, and the reloaded table keeps every row.
    fireEvent.change(within(bulk).getByLabelText('Change status to'), { target: { value: 'rejected' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Apply status' }));
    await screen.findByText(`Changed ${2 * PAGE_SIZE} applications to Rejected.`);
    const stored = await allApplications();
    expect(stored.filter((a) => a.status === 'rejected')).toHaveLength(2 * PAGE_SIZE);
    expect(
      stored
        .filter((a) => a.status === 'applied')
        .map((a) => a.id)
        .sort(),
    ).toEqual(
      all
        .slice(0, 5)
        .map((a) => a.id)
        .sort(),
    );
    await waitFor(() => expect(rows().filter((r) => r.textContent?.includes('Rejected'))).toHaveLength(2 * PAGE_SIZE));
    expect(rows()).toHaveLength(2 * PAGE_SIZE + 5);
    expect(groups().map((g) => within(g).getAllByRole('row').length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
  });

  it('shows a record once when it moves further down the list while pages are loading', async () => {
    const all = await seed(Array.from({ length: PAGE_SIZE + 10 }, (_, i) => record({ company: `Firm ${String(i).padStart(3, '0')}` })));
    open();
    await screen.findByText(`Showing ${PAGE_SIZE} of ${PAGE_SIZE + 10} applications.`);
    // Elsewhere (another tab, the background), the newest record is redated before all the others: the next page,
    // read by the store's cursor, holds it again.
    const newest = all[all.length - 1]!;
    expect(companies()[0]).toBe(newest.company);
    await restoreApplications([{ ...newest, appliedAt: '2024-01-01T00:00:00.000Z' }]);
    fireEvent.click(screen.getByRole('button', { name: `Load ${PAGE_SIZE} more` }));
    await screen.findByText(`Showing ${PAGE_SIZE + 10} of ${PAGE_SIZE + 10} applications.`);
    expect(rows()).toHaveLength(PAGE_SIZE + 10);
    expect(companies().filter((c) => c === newest.company)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: `Load ${PAGE_SIZE} more` })).toBeNull();
  });

  it('counts all matches even when more rows are loaded before the count arrives', async () => {
    await seed(Array.from({ length: PAGE_SIZE + 10 }, (_, i) => record({ company: `Firm ${String(i).padStart(3, '0')}` })));
    open();
    await waitFor(() => expect(rows()).toHaveLength(PAGE_SIZE));
    // At once, as the scroll observer does when the first page is short of the window.
    fireEvent.click(screen.getByRole('button', { name: `Load ${PAGE_SIZE} more` }));
    await waitFor(() => expect(rows()).toHaveLength(PAGE_SIZE + 10));
    await screen.findByText(`Showing ${PAGE_SIZE + 10} of ${PAGE_SIZE + 10} applications.`);
  });

  it('sorts by company both ways from the column header', async () => {
    await seed([record({ company: 'Beta' }), record({ company: 'Alpha' }), record({ company: 'Gamma' })]);
    open();
    await waitFor(() => expect(companies()).toEqual(['Gamma', 'Alpha', 'Beta'])); // newest applied first

    const sortCompany = screen.getByRole('button', { name: /^Sort by Company/ });
    fireEvent.click(sortCompany);
    await waitFor(() => expect(companies()).toEqual(['Alpha', 'Beta', 'Gamma']));
    expect(sortCompany.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(sortCompany);
    await waitFor(() => expect(companies()).toEqual(['Gamma', 'Beta', 'Alpha']));
    expect(sortCompany.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('changes the status of several records at once, and Undo puts them back', async () => {
    const [a, b, c] = await seed([
      record({ company: 'Alpha', status: 'applied' }),
      record({ company: 'Beta', status: 'screening' }),
      record({ company: 'Gamma', status: 'applied' }),
    ]);
    open();
    await waitFor(() => expect(rows()).toHaveLength(3));

    fireEvent.click(screen.getByRole('checkbox', { name: /Select Alpha/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Select Beta/ }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bulk).getByText('2 selected applications')).toBeTruthy();
    fireEvent.change(within(bulk).getByLabelText('Change status to'), { target: { value: 'rejected' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Apply status' }));

    await screen.findByText('Changed 2 applications to Rejected.');
    expect((await getApplication(a!.id))?.status).toBe('rejected');
    expect((await getApplication(b!.id))?.status).toBe('rejected');
    expect((await getApplication(c!.id))?.status).toBe('applied');
    expect(runtime.notifyDataChanged).toHaveBeenCalledWith('rejected');
    await waitFor(() => expect(rows().filter((r) => r.textContent?.includes('Rejected'))).toHaveLength(2));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(b!.id))?.status).toBe('screening'));
    expect(await getApplication(a!.id)).toEqual(a);
    expect(await getApplication(b!.id)).toEqual(b);
    await waitFor(() => expect(rows().some((r) => r.textContent?.includes('Rejected'))).toBe(false));
  });

  it('deletes selected records, and Undo restores them exactly', async () => {
    const [a, b] = await seed([record({ company: 'Alpha' }), record({ company: 'Beta' })]);
    open();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all shown applications' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));

    await screen.findByText('Deleted 2 applications.');
    expect(await allApplications()).toHaveLength(0);
    await waitFor(() => expect(screen.queryAllByRole('row')).toHaveLength(1)); // header only

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await getApplication(a!.id)).toEqual(a);
    expect(await getApplication(b!.id)).toEqual(b);
  });

  it('renders a hostile company name as plain text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await seed([record({ company: evil, title: '<script>alert(2)</script>', status: 'interviewing' })]);
    const { container } = open();
    await waitFor(() => expect(companies()).toEqual([evil]));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('button', { name: `Open ${evil} — <script>alert(2)</script>` })).toBeTruthy();
  });
});

describe('record overlay', () => {
  it('opens from #id= over the table with status and next step first, and has no field called "id"', async () => {
    const [a] = await seed([record({ company: 'Acme', title: 'Engineer', status: 'applied', source: 'smartrecruiters' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    expect(overlay.getAttribute('aria-modal')).toBe('true');
    // The table is still there, full width, behind it.
    expect(screen.getByRole('table', { name: 'Applications' })).toBeTruthy();

    const status = within(overlay).getByRole('button', { name: 'Applied: change the status of Engineer at Acme' });
    const next = within(overlay).getByLabelText('What');
    const company = within(overlay).getByLabelText('Company');
    const follows = (x: Element, y: Element) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(status, next)).toBe(true);
    expect(follows(next, company)).toBe(true);

    const link = within(overlay).getByRole('link', { name: /Open the original posting/ });
    expect(link.getAttribute('href')).toBe(a!.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    // The site by its name; the job id as the job number, tucked under Advanced.
    const site = within(overlay).getByLabelText('Site') as HTMLSelectElement;
    expect(site.value).toBe('smartrecruiters');
    expect(site.selectedOptions[0]!.textContent).toBe('SmartRecruiters');
    const labels = [...site.options].map((o) => o.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Greenhouse', 'LinkedIn', 'Other site', 'Added by hand', 'Imported']));
    expect([...site.options].filter((o) => o.textContent === o.value)).toEqual([]);
    expect(within(overlay).getByLabelText('Job number on SmartRecruiters')).toBeTruthy();
    expect(overlay.textContent).toContain('via SmartRecruiters');
    expect(overlay.textContent).not.toMatch(/\bids?\b/i);
  });

  it('saves a field when focus leaves it, with Undo, and the history shows the edit', async () => {
    const [a] = await seed([record({ company: 'Acme', title: 'Engineer', status: 'applied' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });

    const title = within(overlay).getByLabelText('Job title');
    fireEvent.input(title, { target: { value: 'Senior  Engineer ' } });
    fireEvent.blur(title);
    await screen.findByText('Saved the job title.');
    expect((await getApplication(a!.id))?.title).toBe('Senior Engineer');
    await waitFor(() => expect((title as HTMLInputElement).value).toBe('Senior Engineer'));
    expect(runtime.notifyDataChanged).toHaveBeenCalled();

    const lesson = within(overlay).getByLabelText('What I could improve');
    fireEvent.input(lesson, { target: { value: 'Practise system design' } });
    fireEvent.blur(lesson);
    await waitFor(async () => expect((await getApplication(a!.id))?.lessons.couldImprove).toBe('Practise system design'));

    const entries = () => within(within(overlay).getByRole('region', { name: 'Status history' })).getAllByRole('listitem');
    await waitFor(() =>
      expect(entries().map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('edited title')])),
    );
    expect(entries()[0]!.textContent).toContain('Applied');

    // Undo puts back the record as it was before the last change only.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(a!.id))?.lessons.couldImprove).toBe(''));
    expect((await getApplication(a!.id))?.title).toBe('Senior Engineer');
    await waitFor(() => expect((within(overlay).getByLabelText('What I could improve') as HTMLTextAreaElement).value).toBe(''));

    // The site is chosen by name and saved as its id.
    const site = within(overlay).getByLabelText('Site');
    fireEvent.change(site, { target: { value: 'lever' } });
    fireEvent.blur(site);
    await waitFor(async () => expect((await getApplication(a!.id))?.source).toBe('lever'));
    expect(within(overlay).getByLabelText('Job number on Lever')).toBeTruthy();
  });

  it('changes the status through the menu at once, and Undo takes it back', async () => {
    const [a] = await seed([record({ company: 'Acme', title: 'Engineer', status: 'applied' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    fireEvent.click(within(overlay).getByRole('button', { name: /^Applied: change the status/ }));
    fireEvent.click(within(overlay).getByRole('menuitemradio', { name: 'Screening' }));
    await screen.findByText('Status changed to Screening.');
    expect((await getApplication(a!.id))?.status).toBe('screening');
    expect(runtime.notifyDataChanged).toHaveBeenCalledWith('screening');
    await within(overlay).findByRole('button', { name: /^Screening: change the status/ });

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getApplication(a!.id)).toEqual(a));
    await within(overlay).findByRole('button', { name: /^Applied: change the status/ });
  });

  it('opens the closing step on Rejected, whose Undo goes back to the previous status', async () => {
    const [a] = await seed([record({ company: 'Acme', title: 'Engineer', status: 'interviewing' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    fireEvent.click(within(overlay).getByRole('button', { name: /^Interviewing: change the status/ }));
    fireEvent.click(within(overlay).getByRole('menuitemradio', { name: 'Rejected' }));
    const closing = await screen.findByRole('dialog', { name: 'Rejected: Engineer at Acme' });
    expect((await getApplication(a!.id))?.status).toBe('rejected');
    fireEvent.click(within(closing).getByRole('button', { name: 'Undo: back to Interviewing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Rejected:/ })).toBeNull());
    expect((await getApplication(a!.id))?.status).toBe('interviewing');
    expect(screen.getByRole('dialog', { name: /Acme/ })).toBeTruthy();
  });

  it('asks when the interview is, and stores the next step with its day and time, with Undo', async () => {
    const [a] = await seed([record({ company: 'Acme', title: 'Engineer', status: 'interviewing' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    expect(within(overlay).getByText('When is the interview?')).toBeTruthy();
    fireEvent.input(within(overlay).getByLabelText('What'), { target: { value: 'Second interview with the team' } });
    fireEvent.input(within(overlay).getByLabelText('When'), { target: { value: '2031-05-20' } });
    fireEvent.input(within(overlay).getByLabelText('Time (optional)'), { target: { value: '14:30' } });
    fireEvent.click(within(overlay).getByRole('button', { name: 'Save next step' }));
    await screen.findByText('Next step saved.');
    const stored = await getApplication(a!.id);
    expect(stored?.nextStep).toBe('Second interview with the team');
    expect(stored?.nextStepAt).toBe(new Date(2031, 4, 20, 14, 30).toISOString());
    await waitFor(() => expect(within(overlay).queryByText('When is the interview?')).toBeNull());

    // A day without a time is kept as that day; a time without a day is refused.
    fireEvent.input(within(overlay).getByLabelText('Time (optional)'), { target: { value: '' } });
    fireEvent.click(within(overlay).getByRole('button', { name: 'Save next step' }));
    await waitFor(async () => expect((await getApplication(a!.id))?.nextStepAt).toBe(new Date(2031, 4, 20, 12, 0).toISOString()));
    fireEvent.input(within(overlay).getByLabelText('When'), { target: { value: '' } });
    fireEvent.input(within(overlay).getByLabelText('Time (optional)'), { target: { value: '09:00' } });
    fireEvent.click(within(overlay).getByRole('button', { name: 'Save next step' }));
    expect(await within(overlay).findByText('Enter the day as well as the time.')).toBeTruthy();
    expect((await getApplication(a!.id))?.nextStepAt).toBe(new Date(2031, 4, 20, 12, 0).toISOString());

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(a!.id))?.nextStepAt).toBe(new Date(2031, 4, 20, 14, 30).toISOString()));
  });

  it('opens from a row by keyboard, closes with Escape, and gives focus back to that row', async () => {
    await seed([record({ company: 'Acme', title: 'Engineer' }), record({ company: 'Globex', title: 'Analyst' })]);
    open();
    const opener = await screen.findByRole('button', { name: 'Open Acme — Engineer' });
    opener.focus();
    fireEvent.click(opener);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    await waitFor(() => expect(document.activeElement).toBe(within(overlay).getByRole('heading', { level: 2 })));
    expect(location.hash).toMatch(/id=rec-/);
    expect(opener.closest('tr')?.getAttribute('aria-current')).toBe('true');

    // What is typed when the overlay closes is saved, not lost.
    const notes = within(overlay).getByLabelText('Notes');
    fireEvent.input(notes, { target: { value: 'Call Sam on Monday' } });
    fireEvent.keyDown(notes, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Acme'));
    expect(location.hash).not.toContain('id=');
    const acme = (await allApplications()).find((x) => x.company === 'Acme');
    expect(acme?.notes).toBe('Call Sam on Monday');
  });

  it('refuses an invalid link and a missing company, saving nothing', async () => {
    const [a] = await seed([record({ company: 'Acme' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    const company = within(overlay).getByLabelText('Company');
    fireEvent.input(company, { target: { value: '   ' } });
    fireEvent.blur(company);
    const url = within(overlay).getByLabelText('Link to the posting');
    fireEvent.input(url, { target: { value: 'javascript:alert(1)' } });
    fireEvent.keyDown(url, { key: 'Enter' });

    expect(await within(overlay).findByText(/starting with https:\/\//)).toBeTruthy();
    expect(await within(overlay).findByText('Enter the employer’s name.')).toBeTruthy();
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(await getApplication(a!.id)).toEqual(a);
  });

  it('deletes the open record with undo', async () => {
    const [a] = await seed([record({ company: 'Acme' })]);
    open(`#id=${a!.id}`);
    const overlay = await screen.findByRole('dialog', { name: /Acme/ });
    fireEvent.click(within(overlay).getByRole('button', { name: 'Delete application' }));
    await screen.findByText(/^Deleted Acme/);
    expect(await getApplication(a!.id)).toBeUndefined();
    expect(screen.queryByRole('dialog', { name: /Acme/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getApplication(a!.id)).toEqual(a));
  });
});

describe('ask for feedback', () => {
  it('offers an editable draft, copies it, and records the request with a follow-up date', async () => {
    const [a] = await seed([record({ company: 'Umbrella', title: 'Platform Engineer', status: 'rejected' })]);
    open(`#id=${a!.id}`);
    const panel = await screen.findByRole('dialog', { name: /Umbrella/ });
    fireEvent.click(within(panel).getByRole('button', { name: 'Ask for feedback' }));

    const dialog = await screen.findByRole('dialog', { name: 'Ask Umbrella for feedback' });
    const message = within(dialog).getByLabelText('Message') as HTMLTextAreaElement;
    expect(message.value).toContain('Platform Engineer');
    expect(message.value).toContain('Umbrella');
    fireEvent.input(message, { target: { value: 'Hello, could you tell me what to improve? Thanks, Sam' } });
    fireEvent.input(within(dialog).getByLabelText('Follow up on'), { target: { value: '2031-05-20' } });
    // Taking the draft records the request: the same step as in the popup's closing dialog.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy email' }));
    await within(dialog).findByText(/^Email copied\. Paste it into your mail app\. Follow-up reminder on/);
    expect(runtime.copyText).toHaveBeenCalledWith(expect.stringContaining('Hello, could you tell me what to improve? Thanks, Sam'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ask Umbrella for feedback' })).toBeNull());
    const stored = await getApplication(a!.id);
    expect(stored?.feedbackRequestedAt).toBeTruthy();
    expect(stored?.followUpAt?.slice(0, 10)).toBe('2031-05-20');
    expect(runtime.notifyDataChanged).toHaveBeenCalled();
    expect(await within(panel).findByText(/Feedback requested .*follow up on/)).toBeTruthy();
  });
});

describe('duplicates', () => {
  it('merges two records of the same job into the one the user keeps, with both histories', async () => {
    const a = record({
      company: 'Initech',
      title: 'Backend Engineer',
      source: 'linkedin',
      status: 'screening',
      appliedAt: '2025-03-01T10:00:00.000Z',
    });
    const b = record({
      company: 'Initech',
      title: 'Backend Engineer',
      source: 'greenhouse',
      status: 'interviewing',
      appliedAt: '2025-03-03T10:00:00.000Z',
    });
    await seed([a, b]);
    open('#view=duplicates');
    const pair = await screen.findByRole('group', { name: /Initech — Backend Engineer/ });
    fireEvent.click(within(pair).getByRole('radio', { name: /via Greenhouse/ }));
    fireEvent.click(within(pair).getByRole('button', { name: 'Merge into the chosen record' }));

    await screen.findByText(/^Merged: kept the Greenhouse record/);
    const left = await allApplications();
    expect(left.map((r) => r.id)).toEqual([b.id]);
    const statuses = left[0]!.history.map((h) => h.status);
    expect(statuses).toEqual(expect.arrayContaining(['applied', 'screening', 'interviewing']));
    expect(left[0]!.history.length).toBeGreaterThanOrEqual(a.history.length + b.history.length - 1);
    await waitFor(() => expect(screen.getByText('No possible duplicates.')).toBeTruthy());
  });
});

describe('charts', () => {
  it('gives every chart a text alternative with the right numbers', async () => {
    await seed([
      record({ company: 'A1', source: 'greenhouse', status: 'applied' }),
      record({ company: 'A2', source: 'greenhouse', status: 'rejected' }),
      record({ company: 'A3', source: 'lever', status: 'screening' }),
      record({ company: 'A4', source: 'lever', status: 'interviewing' }),
    ]);
    open('#view=charts');

    const funnel = await screen.findByRole('figure', { name: /Pipeline funnel/ });
    // 4 applied, 2 reached screening (50%), 1 reached interviewing (50%), 0 offers (0%).
    expect(within(funnel).getByRole('img').getAttribute('aria-label')).toContain(
      '4 applied, 2 reached screening (50%), 1 reached interviewing (50%), 0 reached offer (0%)',
    );
    const funnelRows = within(within(funnel).getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(funnelRows.slice(1)).toEqual(['Applied4—', 'Screening250%', 'Interviewing150%', 'Offer00%']);

    const weekly = screen.getByRole('figure', { name: /Applications per week/ });
    expect(await within(weekly).findByText(/Weekly goal 3, met in 0 of 12 weeks/)).toBeTruthy();

    const spread = screen.getByRole('figure', { name: /Hope spread across employers/ });
    expect(within(within(spread).getByRole('table')).getAllByRole('row')).toHaveLength(4); // header + 3 active employers

    const outcomes = screen.getByRole('figure', { name: /Outcomes by source site/ });
    const outcomeRows = within(within(outcomes).getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    // Source (its name, not its id), still active, accepted, rejected, ghosted, withdrawn, total.
    expect(outcomeRows.slice(1).sort()).toEqual(['Greenhouse101002', 'Lever200002']);

    const rates = screen.getByRole('table', { name: 'Rates by source site' });
    expect(within(rates).getByRole('row', { name: /Lever/ }).textContent).toBe('Lever2100%50%0%');
    expect(screen.getByText('75%').closest('li')?.textContent).toContain('response rate');
  });
});

describe('views', () => {
  it('groups lessons by the stage reached and names the recurring themes', async () => {
    const interviewed = (company: string, couldImprove: string, status: Status = 'rejected') =>
      record({
        company,
        status,
        history: [
          { status: 'applied', at: '2025-02-01T10:00:00.000Z' },
          { status: 'interviewing', at: '2025-02-05T10:00:00.000Z' },
          { status, at: '2025-02-10T10:00:00.000Z' },
        ],
        lessons: { wentWell: '', couldImprove, feedback: '' },
      });
    await seed([
      interviewed('Hooli', 'Prepare system design questions'),
      interviewed('Pied Piper', 'More system design practice'),
      interviewed('Aviato', 'Talk about salary earlier'),
      record({ company: 'Raviga', status: 'rejected', lessons: { wentWell: 'Clear CV', couldImprove: '', feedback: '' } }),
    ]);
    open('#view=lessons');
    const interview = await screen.findByRole('region', { name: 'After an interview' });
    expect(within(interview).getByText('2 of 3 rejections after an interview mention system design')).toBeTruthy();
    expect(within(interview).getByText('Talk about salary earlier')).toBeTruthy();
    const applied = screen.getByRole('region', { name: 'At the application stage' });
    expect(within(applied).getByText('Clear CV')).toBeTruthy();
    fireEvent.click(within(applied).getByRole('button', { name: /Raviga/ }));
    expect(await screen.findByRole('dialog', { name: /Raviga/ })).toBeTruthy();
    expect(location.hash).toContain('id=');
  });

  it('exports a backup through downloadText and imports a CSV after a preview', async () => {
    await seed([record({ company: 'Acme' })]);
    open('#view=import');
    fireEvent.click(await screen.findByRole('button', { name: 'Export backup (JSON)' }));
    await waitFor(() => expect(runtime.downloadText).toHaveBeenCalled());
    const [name, text, mime] = vi.mocked(runtime.downloadText).mock.calls[0]!;
    expect(name).toMatch(/^baskets-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    expect(JSON.parse(text).applications.map((a: Application) => a.company)).toEqual(['Acme']);

    const csv = 'Company,Title,Date applied,Status\nGlobex,Analyst,2025-04-01,Applied\n';
    const file = new File([csv], 'tracker.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV or JSON file'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 application' }));
    await screen.findByText('Import finished');
    expect((await allApplications()).map((a) => a.company).sort()).toEqual(['Acme', 'Globex']);
  });

  it('opens Plan B from #view=planb and shows the spread in plain words', async () => {
    await seed([
      record({ company: 'Acme', status: 'interviewing' }),
      record({ company: 'Acme', status: 'applied', title: 'Other role' }),
      record({ company: 'Globex', status: 'applied' }),
    ]);
    open('#view=planb');
    expect(await screen.findByRole('heading', { name: 'Plan B', level: 2 })).toBeTruthy();
    // Each fact once: the lead line, then the one note (good news: an interview), then the table.
    expect(await screen.findByText('3 active applications at 2 employers.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Nice, an interview at Acme.', level: 3 })).toBeTruthy();
    expect(screen.getByText("Keeping 7 more employers in play means one answer won't decide everything.")).toBeTruthy();
    expect(screen.getByText('How is this measured?')).toBeTruthy();
    expect(screen.getByText(/as if over 1\.\d employers\./).closest('details')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Active employers, most hope first' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Acme');
    expect(screen.getByRole('link', { name: 'Plan B' }).getAttribute('aria-current')).toBe('page');
  });
});
