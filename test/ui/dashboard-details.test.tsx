// @vitest-environment jsdom
// Guessed values and jobs not known, in the dashboard against the real store (fake-indexeddb).
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobDetails } from '../../src/core/application';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addApplication, closeDb, getApplication } from '../../src/db/index';
import { Dashboard } from '../../src/ui/dashboard/app';
import { siteLabel } from '../../src/ui/dashboard/format';
import { computeStats } from '../../src/core/stats';
import { allApplications } from '../../src/db/index';

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

function job(over: Partial<JobDetails>): JobDetails {
  return {
    company: 'Acme',
    title: 'Cook',
    location: 'Berlin',
    url: 'https://jobs.lever.co/harborview/1',
    jobId: '1',
    source: 'lever',
    ...over,
  };
}

async function capture(over: Partial<JobDetails>, appliedAt = '2025-03-01T10:00:00Z') {
  return (await addApplication(job(over), { method: 'auto', signal: 'thanks', appliedAt })).record;
}

function open(hash = '') {
  history.replaceState(null, '', hash ? `/dashboard.html${hash}` : '/dashboard.html');
  return render(<Dashboard />);
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Applications' }))
    .getAllByRole('row')
    .slice(1);
}

beforeEach(() => {
  closeDb();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
});
afterEach(() => cleanup());

describe('site labels', () => {
  it('names sites as people do', () => {
    expect(siteLabel('indeed')).toBe('Indeed');
    expect(siteLabel('generic', 'https://www.careers.example.com/thanks')).toBe('careers.example.com');
    expect(siteLabel('generic', 'javascript:alert(1)')).toBe('Other site');
    expect(siteLabel('manual')).toBe('Added by hand');
    expect(siteLabel('import')).toBe('Imported');
    expect(siteLabel('oldsite')).toBe('oldsite');
  });
});

describe('guessed values', () => {
  it('marks a slug-guessed company and a title read from the page title, quietly, in the table and the panel', async () => {
    const guessed = await capture({ company: 'Harborview', fields: { company: 'slug', title: 'title', location: 'structured' } });
    await capture({
      company: 'Globex',
      jobId: '2',
      url: 'https://jobs.lever.co/globex/2',
      fields: { company: 'structured', title: 'labelled' },
    });
    open();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows().find((r) => r.textContent?.includes('Harborview'))!;
    const mark = within(row).getByRole('button', { name: 'Edit the company: guessed from the page address, check it' });
    expect(mark.textContent).toBe('check');
    expect(within(row).getByRole('button', { name: 'Edit the job title: read from the page title, check it' })).toBeTruthy();
    expect(row.textContent).toContain('Lever');
    const other = rows().find((r) => r.textContent?.includes('Globex'))!;
    expect(within(other).queryAllByRole('button', { name: /^Edit the/ })).toEqual([]);

    // One click on the mark opens the record with the focus in the company's input.
    fireEvent.click(mark);
    const input = (await screen.findByLabelText('Company')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    const panel = screen.getByRole('dialog');
    expect(within(panel).getByRole('button', { name: 'Edit the company: guessed from the page address, check it' }).textContent).toBe(
      'Guessed from the page address, check it',
    );
    expect(within(panel).queryByRole('button', { name: /Edit the location/ })).toBeNull();
    expect(panel.textContent).toContain('via Lever');

    // The panel's own mark edits its field too.
    (screen.getByLabelText('Location') as HTMLInputElement).focus();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit the job title: read from the page title, check it' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Job title'));

    // Correcting the company removes its mark, and only its mark.
    fireEvent.input(input, { target: { value: 'Harborview Hotels & Resorts' } });
    fireEvent.blur(input);
    await waitFor(async () => expect((await getApplication(guessed.id))?.company).toBe('Harborview Hotels & Resorts'));
    expect((await getApplication(guessed.id))?.capture.fields).toEqual({ title: 'title', location: 'structured' });
    await waitFor(() => expect(within(panel).queryByRole('button', { name: /Edit the company/ })).toBeNull());
    expect(within(panel).getByRole('button', { name: /Edit the job title/ })).toBeTruthy();
  });

  it('a second click on a mark of the open record focuses the field again', async () => {
    await capture({ company: 'Harborview', fields: { company: 'slug' } });
    open();
    await waitFor(() => expect(rows()).toHaveLength(1));
    const mark = () => within(rows()[0]!).getByRole('button', { name: /Edit the company/ });
    fireEvent.click(mark());
    const input = await screen.findByLabelText('Company');
    await waitFor(() => expect(document.activeElement).toBe(input));
    (screen.getByLabelText('Notes') as HTMLTextAreaElement).focus();
    fireEvent.click(mark());
    await waitFor(() => expect(document.activeElement).toBe(input));
  });
});

describe('jobs not known', () => {
  it('can be found, says "Job not known — add details", counts like any application, and is named from the panel', async () => {
    await capture({ company: 'Acme', title: 'Cook' });
    const unknown = await capture(
      { company: '', title: '', location: '', jobId: 'x9', source: 'indeed', url: 'https://smartapply.indeed.com/post-apply?jk=x9' },
      '2025-03-02T10:00:00Z',
    );
    open();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await screen.findByText('Showing 2 of 2 applications.')).toBeTruthy();
    const stats = computeStats(await allApplications(), new Date('2025-03-05T00:00:00Z'));
    expect(stats.overall.total).toBe(2);

    // The summary offers to show them; the filter keeps only them.
    fireEvent.click(await screen.findByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(screen.getByText('Showing 1 of 1 application.')).toBeTruthy());
    expect((screen.getByLabelText('Only jobs not known') as HTMLInputElement).checked).toBe(true);
    const row = rows()[0]!;
    expect(row.textContent).toContain('Indeed');
    const link = within(row).getByRole('button', { name: /^Job not known — add details/ });
    expect(link.textContent).toBe('Job not known — add details');

    fireEvent.click(link);
    const company = (await screen.findByLabelText('Company')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(company));
    const panel = screen.getByRole('dialog');
    expect(panel.textContent).toContain('You applied on Indeed, but Baskets could not read which job it was.');
    // Each field is saved when focus leaves it: the company first, then the title.
    fireEvent.input(company, { target: { value: 'Initech' } });
    fireEvent.blur(company);
    await waitFor(async () => expect((await getApplication(unknown.id))?.company).toBe('Initech'));
    expect((await getApplication(unknown.id))?.needsDetails).toBe(true);
    const title = screen.getByLabelText('Job title');
    fireEvent.input(title, { target: { value: 'Analyst' } });
    fireEvent.blur(title);
    await waitFor(async () => expect((await getApplication(unknown.id))?.needsDetails).toBeUndefined());
    await waitFor(() => expect(screen.getByText('No application matches these filters.')).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Only jobs not known'));
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByText('Job not known — add details')).toBeNull();
  });

  it('stands as an employer not known yet in Plan B, never as an empty name', async () => {
    await capture({ company: 'Acme', title: 'Cook' });
    await capture({ company: '', title: '', jobId: 'x9', source: 'indeed', url: 'https://smartapply.indeed.com/post-apply?jk=x9' });
    open('#view=planb');
    const table = await screen.findByRole('table', { name: 'Active employers, most hope first' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names.sort()).toEqual(['Acme', 'Employer not known yet']);
  });
});
