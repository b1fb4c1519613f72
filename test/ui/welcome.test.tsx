// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const rt = vi.hoisted(() => ({
  openDashboard: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
  notifyDataChanged: vi.fn(async () => {}),
  supportedSites: vi.fn(() => [
    { id: 'ashby', label: 'Ashby' },
    { id: 'greenhouse', label: 'Greenhouse' },
  ]),
}));
vi.mock('../../src/ui/runtime', () => rt);

import { allApplications } from '../../src/db/index';
import { WelcomePage } from '../../src/ui/welcome/welcome';

configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());

describe('welcome page', () => {
  it('says what is captured, what is never read, and the Plan-B idea, under a clear heading outline', () => {
    render(<WelcomePage />);
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings[0]).toBe('H1 Welcome to Baskets');
    expect(headings).toEqual(
      expect.arrayContaining([
        'H2 What Baskets captures',
        'H2 What it never reads',
        'H2 The Plan-B idea',
        'H2 Supported sites',
        'H2 Already tracking in a spreadsheet?',
      ]),
    );
    const never = screen.getByRole('heading', { name: 'What it never reads' }).parentElement!;
    expect(never.textContent).toMatch(/Never the values you type into forms/);
    expect(never.textContent).toMatch(/passwords, cookies/);
    expect(never.textContent).toMatch(/Nothing leaves your device/);
    const planB = screen.getByRole('heading', { name: 'The Plan-B idea' }).parentElement!.querySelector('p')!;
    expect(planB.textContent!.split(/(?<=[.!?])\s+/).filter(Boolean)).toHaveLength(3);
  });

  it('lists the supported sites from the registry', () => {
    render(<WelcomePage />);
    const sites = screen.getByRole('heading', { name: 'Supported sites' }).parentElement!;
    expect(sites.textContent).toMatch(/these sites \(2\)/);
    expect(screen.getByText('Ashby')).toBeTruthy();
    expect(screen.getByText('Greenhouse')).toBeTruthy();
  });

  it('offers to import an existing tracker with a preview first', async () => {
    render(<WelcomePage />);
    const input = screen.getByLabelText('CSV or JSON file');
    const file = new File(['Company,Title,Date applied\nAcme,Engineer,2025-02-01\n'], 'mine.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect((await screen.findByRole('list', { name: 'Import preview' })).textContent).toMatch(/1 new/);
    expect(await allApplications()).toEqual([]);
  });

  it('opens the dashboard', () => {
    render(<WelcomePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Open the dashboard' }));
    expect(rt.openDashboard).toHaveBeenCalled();
  });
});
