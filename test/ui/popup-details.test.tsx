// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Opens "N things need you", where the questions wait. */
async function openNeedsYou() {
  fireEvent.click(await screen.findByRole('button', { name: /^\d+ things? needs? you/ }));
}
import type { JobDetails } from '../../src/core/application';
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
  supportedSites: vi.fn(() => [{ id: 'indeed', label: 'Indeed' }]),
}));

vi.mock('../../src/ui/runtime', () => rt);

import { Popup } from '../../src/ui/popup/popup';
import { askFor, parseAnswer } from '../../src/ui/popup/needs-details';
import { pendingReason } from '../../src/ui/popup/pending-list';
import { addApplication, addPending, deleteEverything, getApplication } from '../../src/db/index';

configure({ asyncUtilTimeout: 5000 });

function job(over: Partial<JobDetails> = {}): JobDetails {
  return {
    company: '',
    title: '',
    location: '',
    url: 'https://smartapply.indeed.com/post-apply?jk=a1',
    jobId: 'a1',
    source: 'indeed',
    ...over,
  };
}

async function capture(over: Partial<JobDetails> = {}, appliedAt?: string) {
  return (await addApplication(job(over), { method: 'auto', signal: 'submitted', ...(appliedAt ? { appliedAt } : {}) })).record;
}

beforeEach(async () => {
  vi.clearAllMocks();
  rt.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS });
  await deleteEverything();
});
afterEach(() => cleanup());

describe('parseAnswer', () => {
  it('splits "Job title at Company" on the last " at ", and refuses empty or unsplittable answers', () => {
    expect(parseAnswer('both', '  Head of Data at  Scale at Acme ')).toEqual({
      details: { title: 'Head of Data at Scale', company: 'Acme' },
    });
    expect(parseAnswer('both', 'Cook AT Acme')).toEqual({ details: { title: 'Cook', company: 'Acme' } });
    expect(parseAnswer('both', 'Acme')).toEqual({ error: expect.stringContaining('“at”') });
    expect(parseAnswer('both', 'Cook at ')).toEqual({ error: expect.stringContaining('“at”') });
    expect(parseAnswer('both', '   ')).toEqual({ error: 'Enter the job title and the company.' });
    expect(parseAnswer('title', 'Cook at Acme')).toEqual({ details: { title: 'Cook at Acme' } });
    expect(parseAnswer('company', '')).toEqual({ error: 'Enter the company’s name.' });
    expect(askFor({ company: 'Acme', title: '' })).toBe('title');
    expect(askFor({ company: '', title: 'Cook' })).toBe('company');
    expect(askFor({ company: '', title: '' })).toBe('both');
  });
});

describe('popup: jobs to name', () => {
  it('asks first which job it was, and one field and one click store company and title', async () => {
    await addApplication(job({ company: 'Globex', title: 'Developer', jobId: 'g1', url: 'https://www.indeed.com/viewjob?jk=g1' }), {
      method: 'auto',
      signal: '',
    });
    const record = await capture({}, new Date(Date.now() - 60_000).toISOString());
    render(<Popup />);
    expect(await screen.findByRole('button', { name: /^1 thing needs you1 job to name/ })).toBeTruthy();
    await openNeedsYou();
    const field = await screen.findByLabelText(/You applied on Indeed: which job was it\?/);
    // First among the things that need the user.
    const panel = document.querySelector('.needs-you-panel')!;
    expect(panel.querySelector('section')?.getAttribute('aria-label')).toBe('Jobs to name');
    expect(screen.getByText(/Job title at Company/)).toBeTruthy();
    const row = field.closest('li')!;
    expect(within(row).getAllByRole('textbox')).toHaveLength(1);
    expect(within(row).getAllByRole('button')).toHaveLength(1);

    fireEvent.input(field, { target: { value: 'Night Auditor at Harborview Hotels & Resorts' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getApplication(record.id))?.needsDetails).toBeUndefined());
    const saved = await getApplication(record.id);
    expect([saved?.company, saved?.title]).toEqual(['Harborview Hotels & Resorts', 'Night Auditor']);
    // Naming the job is an edit, not a status change: the background hears of it once, without a status.
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(1);
    expect(rt.notifyDataChanged).toHaveBeenCalledWith(undefined);
    await waitFor(() => expect(screen.queryByLabelText(/which job was it/)).toBeNull());
    // The record now shows in the list like any other.
    expect(
      await screen.findByRole('button', { name: 'Applied: change the status of Night Auditor at Harborview Hotels & Resorts' }),
    ).toBeTruthy();
    // And naming it can be undone.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(record.id))?.needsDetails).toBe(true));
    expect(await screen.findByLabelText(/You applied on Indeed: which job was it\?/)).toBeTruthy();
  });

  it('refuses an empty answer and an answer without " at ", saying the format, and stores nothing', async () => {
    const record = await capture();
    render(<Popup />);
    await openNeedsYou();
    const field = await screen.findByLabelText(/which job was it/);
    const row = field.closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    expect((await within(row).findByRole('alert')).textContent).toBe('Enter the job title and the company.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: 'Harborview' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(row).getByRole('alert').textContent).toMatch(/Night Auditor at Harborview Hotels/));
    expect(await getApplication(record.id)).toEqual(record);
  });

  it('asks only for the title when the company is known', async () => {
    const record = await capture({ company: 'Acme' });
    render(<Popup />);
    await openNeedsYou();
    const field = await screen.findByLabelText(/You applied to Acme on Indeed: which job was it\?/);
    fireEvent.input(field, { target: { value: 'Cook at the harbour' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(async () => expect((await getApplication(record.id))?.title).toBe('Cook at the harbour'));
    expect((await getApplication(record.id))?.company).toBe('Acme');
  });

  it('names a generic site by its host, and shows two rows at most with the rest counted', async () => {
    for (let i = 0; i < 3; i++) {
      await capture({ source: 'generic', jobId: undefined, url: `https://www.careers.example.com/thanks/${i}` });
    }
    render(<Popup />);
    await openNeedsYou();
    expect(await screen.findAllByLabelText(/You applied on careers\.example\.com: which job was it\?/)).toHaveLength(2);
    expect(screen.getByText(/1 more job/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the dashboard' }));
    expect(rt.openDashboard).toHaveBeenCalled();
  });
});

describe('popup: why a question is asked', () => {
  it('says the reason under each pending question in plain words', async () => {
    const j = (n: number): JobDetails => ({ ...job({ company: `Co${n}`, title: 'Cook', jobId: `p${n}` }) });
    await addPending(j(1), 'no-attempt: confirmation text on greenhouse');
    await addPending(j(2), 'rate-limit: 4 in a minute in this tab');
    await addPending(j(3), 'submit clicked on indeed, no confirmation seen');
    await addPending(j(4), 'submit-click');
    render(<Popup />);
    await openNeedsYou();
    await screen.findByRole('heading', { name: 'Did you finish applying?' });
    const item = (company: string) => screen.getByText(company, { selector: 'strong' }).closest('li')!;
    expect(item('Co1').textContent).toContain('Baskets saw a confirmation page for this job but not your click on Submit. Did you apply?');
    expect(item('Co2').textContent).toContain('Many applications were logged in a short time, so Baskets asks instead of saving them.');
    expect(item('Co3').textContent).toContain('You clicked Submit, but no confirmation appeared.');
    expect(item('Co4').querySelector('.pending-why')).toBeNull();
    const group = within(item('Co3')).getByRole('group');
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
      'You clicked Submit, but no confirmation appeared.',
    );
    expect(pendingReason('submit clicked on , no confirmation seen')).toBeUndefined();
  });
});
