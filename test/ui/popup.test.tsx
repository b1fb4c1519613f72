// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobDetails, Status } from '../../src/core/application';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const rt = vi.hoisted(() => ({
  notifyDataChanged: vi.fn(async (_status?: unknown) => {}),
  loadSettings: vi.fn(async (): Promise<unknown> => undefined),
  onSettingsChanged: vi.fn(() => () => {}),
  extractActiveTab: vi.fn(),
  openDashboard: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
  copyText: vi.fn(async (_text: string) => true),
  loadCaptureError: vi.fn(async (): Promise<{ message: string; at: string } | null> => null),
  clearCaptureError: vi.fn(async () => {}),
  loadLastCapture: vi.fn(async () => null),
  markLastCaptureSeen: vi.fn(async () => {}),
  clearLastCapture: vi.fn(async () => {}),
  supportedSites: vi.fn(() => [
    { id: 'greenhouse', label: 'Greenhouse' },
    { id: 'lever', label: 'Lever' },
    { id: 'workday', label: 'Workday' },
  ]),
}));

vi.mock('../../src/ui/runtime', () => ({
  ...rt,
  saveSettings: vi.fn(async () => {}),
  requestAnySitePermission: vi.fn(async () => false),
  removeAnySitePermission: vi.fn(async () => {}),
  requestNotificationsPermission: vi.fn(async () => false),
  downloadText: vi.fn(),
}));

import { Popup } from '../../src/ui/popup/popup';
import { addApplication, addPending, closeDb, deleteEverything, getApplication, listPending, summaryCounts } from '../../src/db/index';

const DAY = 86_400_000;

function job(company: string, title: string, n: number): JobDetails {
  return { company, title, location: 'Berlin', url: `https://boards.greenhouse.io/x/jobs/${n}`, source: 'greenhouse', jobId: String(n) };
}

async function add(company: string, title: string, opts: { daysAgo?: number; status?: Status; n?: number } = {}) {
  const n = opts.n ?? Math.floor(Math.random() * 1e9);
  const appliedAt = new Date(Date.now() - (opts.daysAgo ?? 0) * DAY).toISOString();
  const { record } = await addApplication(job(company, title, n), {
    method: 'auto',
    signal: 'test',
    appliedAt,
    status: opts.status ?? 'applied',
  });
  return record;
}

const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row's status button, named "Applied: change the status of Engineer at Acme". */
const statusName = (subject: string) => new RegExp(`^[A-Z][a-z]+: change the status of ${esc(subject)}$`);
const findStatus = (subject: string) => screen.findByRole('button', { name: statusName(subject) });
const queryStatus = (subject: string) => screen.queryByRole('button', { name: statusName(subject) });
/** The two clicks of a status change: the row's chip, then the status in its menu. */
async function choose(subject: string, label: string) {
  fireEvent.click(await findStatus(subject));
  fireEvent.click(await screen.findByRole('menuitemradio', { name: label }));
}
/** Opens "N things need you". */
async function openNeedsYou() {
  fireEvent.click(await screen.findByRole('button', { name: /^\d+ things? needs? you/ }));
}

// The first IndexedDB open and module load can be slow on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.clearAllMocks();
  rt.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS });
  await deleteEverything();
});
afterEach(() => {
  cleanup();
});

describe('popup', () => {
  it('explains Baskets and lists supported sites when there is nothing yet', async () => {
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: 'No applications yet' })).toBeTruthy();
    expect(screen.getByText(/keeps everything on this device/)).toBeTruthy();
    expect(screen.getByText('Supported sites (3)')).toBeTruthy();
    expect(screen.getByText('Workday')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log this page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dashboard' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
  });

  it('shows labelled counts on one line, and the spread and its warning behind the Plan B chip', async () => {
    await add('Acme', 'Engineer', { status: 'interviewing', n: 1 });
    await add('Acme', 'Platform Engineer', { n: 2 });
    await add('Globex', 'Developer', { n: 3 });
    render(<Popup />);
    const summary = await screen.findByRole('list', { name: 'Summary' });
    // The newest rows come first; the counts fill in right after.
    await waitFor(() => expect(summary.textContent).toBe('3 active3 this week (goal 10)'));
    // Nothing that reads as a contradiction, no unlabelled "/ 10".
    expect(document.body.textContent).not.toMatch(/awaiting outcome|\/ 10/);
    // Default warning share is 50%: 5 of 6 hope points rest on Acme, so the chip asks for a look.
    const chip = await screen.findByRole('button', { name: 'Plan B: check' });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/Largest share:/)).toBeNull();
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect((await screen.findByText(/Largest share:/)).textContent).toMatch(/83% on Acme/);
    // The interview is good news, told as such, with one action and the snooze.
    expect(screen.getByText(/an interview at Acme/i)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remind me in 3 days' })).toBeTruthy();
    // The inverse-Herfindahl figure waits under "How is this measured?".
    expect(screen.getByText('How is this measured?')).toBeTruthy();
  });

  it('lists applications with one status each, changed through the menu, and Undo restores the record', async () => {
    const acme = await add('Acme', 'Engineer', { daysAgo: 3, n: 1 });
    await add('Globex', 'Developer', { n: 2 });
    render(<Popup />);
    const button = await findStatus('Engineer at Acme');
    expect(button.textContent).toBe('Applied▾');
    const row = button.closest('li')!;
    // One status per row: no select beside the chip.
    expect(row.querySelector('select')).toBeNull();
    expect(within(row).getByText('3 d')).toBeTruthy();
    // The open button is named by its visible text (company, title), then where it leads.
    expect(within(row).getByRole('button', { name: /^Acme Engineer\s*, open in the dashboard$/ })).toBeTruthy();
    expect(within((await findStatus('Developer at Globex')).closest('li')!).getByText('today')).toBeTruthy();

    // Arrow keys on the chip open the menu and change nothing.
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu', { name: 'Status of Engineer at Acme' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(await getApplication(acme.id)).toEqual(acme);
    expect(rt.notifyDataChanged).not.toHaveBeenCalled();

    await choose('Engineer at Acme', 'Interviewing');
    await waitFor(async () => expect((await getApplication(acme.id))?.status).toBe('interviewing'));
    expect(rt.notifyDataChanged).toHaveBeenCalledWith('interviewing');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Interviewing: change the status of Engineer at Acme' })).toBeTruthy());
    expect(screen.getByRole('status').textContent).toMatch(/Engineer at Acme: Interviewing/);

    // Undo puts the record back exactly as it was.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getApplication(acme.id)).toEqual(acme));
    expect(await screen.findByText('Status back to Applied.')).toBeTruthy();
  });

  it('filters and searches from one line', async () => {
    await add('Acme', 'Engineer', { n: 1 });
    await add('Initech', 'Tester', { status: 'rejected', n: 2 });
    await add('Globex', 'Developer', { daysAgo: 40, n: 3 });
    render(<Popup />);
    await findStatus('Engineer at Acme');
    const show = screen.getByLabelText('Show') as HTMLSelectElement;

    fireEvent.change(show, { target: { value: 'closed' } });
    expect(await findStatus('Tester at Initech')).toBeTruthy();
    expect(queryStatus('Engineer at Acme')).toBeNull();
    expect(show.value).toBe('closed');

    fireEvent.change(show, { target: { value: 'followup' } });
    await waitFor(() => expect(queryStatus('Tester at Initech')).toBeNull());
    // Follow-ups come from the active records, which load just after the first rows are painted.
    expect(await findStatus('Developer at Globex')).toBeTruthy();
    expect(queryStatus('Engineer at Acme')).toBeNull();

    fireEvent.change(show, { target: { value: 'active' } });
    fireEvent.input(screen.getByLabelText('Search applications'), { target: { value: 'acme' } });
    await waitFor(() => expect(queryStatus('Developer at Globex')).toBeNull());
    expect(queryStatus('Engineer at Acme')).toBeTruthy();
  });

  it('answers a pending candidate yes or no in one click', async () => {
    const first = await addPending(job('Acme', 'Engineer', 1), 'submit-click');
    await addPending(job('Globex', 'Developer', 2), 'submit-click');
    render(<Popup />);
    // Waiting behind one line that expands: the list is never pushed away.
    expect(
      screen.queryByText((_, el) => el?.tagName === 'P' && el.textContent === 'Did you finish applying to Engineer at Acme?'),
    ).toBeNull();
    await openNeedsYou();
    expect(
      await screen.findByText((_, el) => el?.tagName === 'P' && el.textContent === 'Did you finish applying to Engineer at Acme?'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Yes, I applied to Engineer at Acme' }));
    await waitFor(async () => expect((await summaryCounts()).total).toBe(1));
    expect((await listPending()).map((p) => p.id)).not.toContain(first.id);
    expect(await findStatus('Engineer at Acme')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'No, I did not apply to Developer at Globex' }));
    await waitFor(async () => expect(await listPending()).toEqual([]));
    expect((await summaryCounts()).total).toBe(1);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Did you finish applying?' })).toBeNull());
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(2);
  });

  it('turns a rejection into a reflection, in proportion, and saves the lessons', async () => {
    const acme = await add('Acme', 'Engineer', { status: 'interviewing', n: 1 });
    await add('Globex', 'Developer', { n: 2 });
    render(<Popup />);
    await choose('Engineer at Acme', 'Rejected');

    const dialog = await screen.findByRole('dialog', { name: 'Rejected: Engineer at Acme' });
    // In proportion, and how common it is, with the source named once.
    expect(await within(dialog).findByText(/^You got to an interview here/)).toBeTruthy();
    expect(within(dialog).getAllByText(/CareerPlug's 2025 Recruiting Metrics Report/)).toHaveLength(1);

    fireEvent.input(within(dialog).getByLabelText('What went well'), { target: { value: 'Good rapport with the team' } });
    fireEvent.input(within(dialog).getByLabelText('What could have gone better'), { target: { value: 'System design depth' } });
    fireEvent.input(within(dialog).getByLabelText('Feedback received'), { target: { value: 'Wanted more Kubernetes' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save reflection' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const saved = await getApplication(acme.id);
    expect(saved?.status).toBe('rejected');
    expect(saved?.lessons).toEqual({
      wentWell: 'Good rapport with the team',
      couldImprove: 'System design depth',
      feedback: 'Wanted more Kubernetes',
    });
    expect(rt.notifyDataChanged).toHaveBeenCalledWith('rejected');
  });

  it('lets the user skip the reflection', async () => {
    const acme = await add('Acme', 'Engineer', { n: 1 });
    render(<Popup />);
    await choose('Engineer at Acme', 'Withdrawn');
    const dialog = await screen.findByRole('dialog', { name: 'Withdrawn: Engineer at Acme' });
    expect(within(dialog).queryByRole('button', { name: 'Ask for feedback' })).toBeNull();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const saved = await getApplication(acme.id);
    expect(saved?.status).toBe('withdrawn');
    expect(saved?.lessons).toEqual({ wentWell: '', couldImprove: '', feedback: '' });
  });

  it('drafts a feedback request, copies it and records it with a follow-up date', async () => {
    const acme = await add('Acme', 'Engineer', { n: 1 });
    render(<Popup />);
    await choose('Engineer at Acme', 'Rejected');
    const dialog = await screen.findByRole('dialog', { name: 'Rejected: Engineer at Acme' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ask for feedback' }));
    const draft = within(dialog).getByLabelText('Message') as HTMLTextAreaElement;
    expect(draft.value).toMatch(/Engineer/);
    expect(draft.value).toMatch(/Acme/);
    fireEvent.input(draft, { target: { value: `${draft.value}\nThanks, Sam` } });
    fireEvent.input(within(dialog).getByLabelText('Follow up on'), { target: { value: '2099-01-15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy email' }));

    await waitFor(() => expect(rt.copyText).toHaveBeenCalledTimes(1));
    expect(rt.copyText.mock.calls[0]![0]).toMatch(/Thanks, Sam$/);
    await waitFor(async () => expect((await getApplication(acme.id))?.feedbackRequestedAt).toBeTruthy());
    const saved = await getApplication(acme.id);
    const follow = new Date(saved!.followUpAt!);
    expect([follow.getFullYear(), follow.getMonth(), follow.getDate()]).toEqual([2099, 0, 15]);
    expect(within(dialog).getByText(/Email copied/)).toBeTruthy();
  });

  it('prefills "Log this page" from the tab and saves what the user confirmed', async () => {
    rt.extractActiveTab.mockResolvedValue({
      ok: true,
      job: { company: 'Acme', title: 'Enginer', location: 'Remote', url: 'https://jobs.lever.co/acme/123', source: 'lever', jobId: '123' },
      stage: 'posting',
      pageUrl: 'https://jobs.lever.co/acme/123',
    });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log this page' }));
    const title = (await screen.findByLabelText('Job title')) as HTMLInputElement;
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Acme');
    expect(title.value).toBe('Enginer');
    expect((screen.getByLabelText('Location') as HTMLInputElement).value).toBe('Remote');
    expect((screen.getByLabelText('Job URL') as HTMLInputElement).value).toBe('https://jobs.lever.co/acme/123');
    fireEvent.input(title, { target: { value: 'Engineer' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'screening' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save application' }));

    expect(await findStatus('Engineer at Acme')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const counts = await summaryCounts();
    expect(counts.total).toBe(1);
    const { items } = await (await import('../../src/db/index')).listApplications({ limit: 5 });
    expect(items[0]).toMatchObject({
      company: 'Acme',
      title: 'Engineer',
      status: 'screening',
      source: 'lever',
      capture: { method: 'manual' },
    });
    expect(rt.notifyDataChanged).toHaveBeenCalledWith('screening');
    // A new record can be taken back from the toast.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await summaryCounts()).total).toBe(0));
    expect(await screen.findByText('Removed: Engineer at Acme.')).toBeTruthy();
  });

  it('says clearly when the page cannot be read, and still allows logging by hand', async () => {
    rt.extractActiveTab.mockResolvedValue({
      ok: false,
      error: 'Baskets can only read web pages (http or https). Fill the form in by hand.',
    });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log this page' }));
    expect(await screen.findByText(/can only read web pages/)).toBeTruthy();
    const company = screen.getByLabelText('Company') as HTMLInputElement;
    expect(company.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save application' }));
    expect(await screen.findByText('Enter the company name.')).toBeTruthy();
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect((await summaryCounts()).total).toBe(0);
    fireEvent.input(company, { target: { value: 'Initech' } });
    fireEvent.input(screen.getByLabelText('Job title'), { target: { value: 'Analyst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save application' }));
    expect(await findStatus('Analyst at Initech')).toBeTruthy();
  });

  it('offers ghost suggestions and never applies them without a click', async () => {
    const quiet = await add('Globex', 'Developer', { daysAgo: 23, n: 1 });
    render(<Popup />);
    expect(await screen.findByRole('button', { name: /^1 thing needs you1 quiet one/ })).toBeTruthy();
    await openNeedsYou();
    expect(await screen.findByText('No news from Globex for 23 days since you applied. Mark it as ghosted?')).toBeTruthy();
    expect((await getApplication(quiet.id))?.status).toBe('applied');
    // The visible words start the accessible name.
    fireEvent.click(screen.getByRole('button', { name: 'Mark as ghosted: Developer at Globex' }));
    await waitFor(async () => expect((await getApplication(quiet.id))?.status).toBe('ghosted'));
    const dialog = await screen.findByRole('dialog', { name: 'Ghosted: Developer at Globex' });
    // Undo inside the closing step, not behind it.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo: back to Applied' }));
    await waitFor(async () => expect(await getApplication(quiet.id)).toEqual(quiet));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the reminders short and shows the rest under Needs follow-up', async () => {
    for (let i = 0; i < 5; i++) await add(`Quiet ${i}`, 'Developer', { daysAgo: 30 + i, n: 100 + i });
    render(<Popup />);
    await openNeedsYou();
    const section = (await screen.findByRole('heading', { name: 'No news for a while' })).parentElement!;
    expect(within(section).getAllByRole('button', { name: /^Mark as ghosted: / })).toHaveLength(3);
    fireEvent.click(within(section).getByRole('button', { name: '2 more need attention: show them' }));
    expect((screen.getByLabelText('Show') as HTMLSelectElement).value).toBe('followup');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /: change the status of Developer at Quiet \d$/ })).toHaveLength(5));
  });

  it('shows due follow-ups and clears one when done', async () => {
    const acme = await add('Acme', 'Engineer', { n: 1 });
    const { updateApplication } = await import('../../src/db/index');
    await updateApplication(acme.id, { followUpAt: new Date(Date.now() - 2 * DAY).toISOString() });
    const before = (await getApplication(acme.id))!;
    render(<Popup />);
    await openNeedsYou();
    expect(await screen.findByRole('heading', { name: 'Follow-ups due' })).toBeTruthy();
    expect(screen.getByText(/2 days overdue/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done: followed up on Engineer at Acme' }));
    await waitFor(async () => expect((await getApplication(acme.id))?.followUpAt).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Follow-ups due' })).toBeNull());
    // Undo brings the reminder back as it was.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getApplication(acme.id)).toEqual(before));
    expect(await screen.findByRole('heading', { name: 'Follow-ups due' })).toBeTruthy();

    // Snoozing ("In 3 days") can be undone too.
    fireEvent.click(screen.getByRole('button', { name: 'Remind me in 3 days about Engineer at Acme' }));
    await waitFor(async () => expect((await getApplication(acme.id))?.followUpAt).not.toBe(before.followUpAt));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getApplication(acme.id)).toEqual(before));
  });

  it('renders a hostile company name as plain text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await add(evil, '<b>Boss</b>', { n: 1 });
    await addPending(job(evil, 'Pending <script>x</script>', 2), 'submit-click');
    const { container } = render(<Popup />);
    expect(await findStatus(`<b>Boss</b> at ${evil}`)).toBeTruthy();
    await openNeedsYou();
    expect(await screen.findByText(evil, { selector: 'strong' })).toBeTruthy();
    expect(screen.getAllByText(evil).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('shows what went wrong instead of a blank popup when the database cannot open', async () => {
    closeDb();
    const original = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The database is broken.', 'UnknownError');
    };
    try {
      render(<Popup />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/Baskets could not load your data/);
      expect(alert.textContent).toMatch(/database could not be opened/i);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Dashboard' })).toBeTruthy();
    } finally {
      indexedDB.open = original;
      closeDb();
    }
  });

  it('says when a capture could not be saved because the disk is full, until dismissed', async () => {
    rt.loadCaptureError.mockResolvedValueOnce({
      message: 'Your browser has no room left for Baskets data.',
      at: '2026-11-30T10:00:00.000Z',
    });
    render(<Popup />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/An application could not be saved/);
    expect(alert.textContent).toMatch(/no room left/);
    expect(alert.textContent).toMatch(/Everything already in Baskets is safe/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(rt.clearCaptureError).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByText(/An application could not be saved/)).toBeNull());
  });

  it('opens the dashboard on a record', async () => {
    const acme = await add('Acme', 'Engineer', { n: 1 });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Engineer\s*, open in the dashboard$/ }));
    expect(rt.openDashboard).toHaveBeenCalledWith(acme.id);
  });
});
