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
import { browserFamily, PIN_STEPS } from '../../src/ui/welcome/pin-step';
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
        'H2 Pin Baskets to your toolbar',
        'H2 Import from another tracker',
      ]),
    );
    expect(headings.filter((h) => h.startsWith('H1 '))).toHaveLength(1);
    // One main landmark holds the page (axe: landmark-one-main), and the h1 is inside it.
    const mains = screen.getAllByRole('main');
    expect(mains).toHaveLength(1);
    expect(mains[0]!.contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
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

  it("imports another tracker's CSV right there: a preview first, nothing saved until confirmed, then a way to the dashboard", async () => {
    rt.openDashboard.mockClear();
    render(<WelcomePage />);
    const panel = screen.getByRole('heading', { name: 'Import from another tracker' }).closest('section')!;
    expect(panel.textContent).toMatch(/Huntr, Teal or Simplify/);
    const input = screen.getByLabelText('CSV or JSON file');
    const file = new File(
      ['Company,Position,Stage,Date applied\nAcme,Engineer,Phone screen,2025-02-01\nGlobex,Designer,No response,2025-02-03\n'],
      'huntr.csv',
      { type: 'text/csv' },
    );
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect((await screen.findByRole('list', { name: 'Import preview' })).textContent).toMatch(/2 new/);
    expect(await allApplications()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'See them in the dashboard' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 applications' }));
    fireEvent.click(await screen.findByRole('button', { name: 'See them in the dashboard' }));
    expect(rt.openDashboard).toHaveBeenCalledTimes(1);
    const stored = (await allApplications()).map((a) => `${a.company}: ${a.status}`).sort();
    expect(stored).toEqual(['Acme: screening', 'Globex: ghosted']);
    expect(rt.notifyDataChanged).toHaveBeenCalled();
  });

  it('opens the dashboard', () => {
    render(<WelcomePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Open the dashboard' }));
    expect(rt.openDashboard).toHaveBeenCalled();
  });
});

describe('welcome page: pin Baskets to the toolbar', () => {
  it("tells which browser it runs in from the extension page's scheme or the user agent", () => {
    const chromeUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
    const firefoxUa = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
    expect(browserFamily({ protocol: 'chrome-extension:', userAgent: chromeUa })).toBe('chrome');
    expect(browserFamily({ protocol: 'moz-extension:', userAgent: chromeUa })).toBe('firefox');
    expect(browserFamily({ protocol: 'http:', userAgent: firefoxUa })).toBe('firefox');
    expect(browserFamily({ protocol: 'chrome-extension:', userAgent: `${chromeUa} Edg/156.0.0.0` })).toBe('chrome');
  });

  it("shows Chrome's puzzle-piece menu and pin in Chrome, and Firefox's steps one click away", () => {
    render(<WelcomePage browser="chrome" />);
    const section = screen.getByRole('heading', { name: 'Pin Baskets to your toolbar' }).closest('section')!;
    const steps = () => [...section.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(section.textContent).toMatch(/In Chrome:/);
    expect(steps()).toEqual(PIN_STEPS.chrome);
    expect(steps().join(' ')).toMatch(/puzzle piece.*click the pin/);
    // The drawing is decorative (the steps say it in words) and comes from the page itself.
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(section.querySelector('img, image, use[href], [src]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show the steps for Firefox' }));
    expect(section.textContent).toMatch(/In Firefox:/);
    expect(steps()).toEqual(PIN_STEPS.firefox);
    expect(steps().join(' ')).toMatch(/gear and choose “Pin to Toolbar”/);
    expect(screen.getByRole('button', { name: 'Show the steps for Chrome' })).toBeTruthy();
  });

  it("starts with Firefox's steps in Firefox", () => {
    render(<WelcomePage browser="firefox" />);
    const section = screen.getByRole('heading', { name: 'Pin Baskets to your toolbar' }).closest('section')!;
    expect(section.textContent).toMatch(/In Firefox:/);
    expect(section.textContent).toMatch(/Pin to Toolbar/);
    expect(section.textContent).not.toMatch(/click the pin next to it/);
  });

  it('puts the pin step and the import before the explanations', () => {
    render(<WelcomePage browser="chrome" />);
    const order = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(order.slice(0, 2)).toEqual(['Pin Baskets to your toolbar', 'Import from another tracker']);
  });
});
