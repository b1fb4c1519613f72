// @vitest-environment jsdom
// The charts view as a user meets it: dates in the user's locale (one format for axes, tables and tooltips),
// status marks in the status chips' colours, every data table closed until "Show the numbers", site names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATUSES, type Application, type Status } from '../../src/core/application';
import { companyKey } from '../../src/core/company-key';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { analyzeSpread } from '../../src/core/spread';
import { computeStats } from '../../src/core/stats';
import { ChartsBody, weekDateFormat } from '../../src/ui/dashboard/charts-view';
import { fitText, textWidth } from '../../src/ui/dashboard/charts';

vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: vi.fn(async () => undefined),
  loadSettings: vi.fn(async () => ({})),
  onSettingsChanged: vi.fn(() => () => undefined),
}));

afterEach(cleanup);

const NOW = new Date(2026, 8, 30, 12); // Wednesday 30 September 2026, local time
const DAY = 86_400_000;
let seq = 0;

function app(company: string, source: string, daysAgo: number, path: Status[]): Application {
  seq++;
  const appliedAt = new Date(NOW.getTime() - daysAgo * DAY).toISOString();
  const history = path.map((status, i) => ({ status, at: new Date(Date.parse(appliedAt) + i * 2 * DAY).toISOString() }));
  return {
    id: `c-${seq}`,
    company,
    companyKey: companyKey(company),
    title: 'Engineer',
    location: '',
    url: source === 'generic' ? 'https://careers.example.org/jobs/1' : '',
    source,
    jobId: String(seq),
    appliedAt,
    status: path[path.length - 1]!,
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: '' },
    createdAt: appliedAt,
    updatedAt: appliedAt,
    dedupeKey: `${source}:${seq}`,
  };
}

const APPS = [
  app('Airtable', 'greenhouse', 2, ['applied', 'screening', 'interviewing']),
  app('Basecamp', 'greenhouse', 9, ['applied', 'rejected']),
  app('Canva', 'lever', 16, ['applied', 'screening', 'rejected']),
  app('Doist', 'smartrecruiters', 23, ['applied', 'ghosted']),
  app('Elastic', 'workday', 30, ['applied', 'screening', 'interviewing', 'offer']),
  app('Figma', 'generic', 37, ['applied', 'withdrawn']),
  app('GitLab', 'lever', 44, ['applied', 'interviewing', 'offer', 'accepted']),
];

function renderCharts(locale: string) {
  const stats = computeStats(APPS, NOW, { weeks: 12, weeklyGoal: 1 });
  return render(<ChartsBody stats={stats} spread={analyzeSpread(APPS, DEFAULT_SETTINGS)} locale={locale} />);
}

function weekly(): HTMLElement {
  return screen.getByRole('figure', { name: /Applications per week/ });
}

describe('dates in the charts', () => {
  it('writes every week in the given locale, the same on the axis and in the table', () => {
    for (const [locale, shape] of [
      ['en-US', /^[A-Z][a-z]{2} \d{1,2}$/], // "Sep 14"
      ['de-DE', /^\d{1,2}\. \p{L}+\.?$/u], // "14. Sept."
    ] as const) {
      renderCharts(locale);
      const figure = weekly();
      const rows = within(within(figure).getByRole('table', { hidden: true }))
        .getAllByRole('row', { hidden: true })
        .slice(1);
      const tableDays = rows.map((r) => r.querySelector('th')!.textContent!);
      expect(tableDays).toHaveLength(12);
      for (const d of tableDays) expect(d).toMatch(shape);
      // The last week is the one holding NOW, which starts on Monday 28 September.
      expect(tableDays[11]).toBe(new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(new Date(2026, 8, 28)));
      const axis = [...figure.querySelectorAll('svg text.chart-label.small')].map((t) => t.textContent);
      expect(axis.length).toBeGreaterThan(2);
      for (const label of axis) expect(tableDays).toContain(label);
      const tooltips = [...figure.querySelectorAll('svg rect title')].map((t) => t.textContent);
      expect(tooltips[11]).toBe(`Week of ${tableDays[11]}: 1 application`);
      expect(figure.textContent).not.toMatch(/\d{2}-\d{2}/);
      cleanup();
    }
  });

  it('adds the year only when the weeks shown span two years', () => {
    expect(weekDateFormat('en-US', ['2026-09-14', '2026-09-21'])('2026-09-14')).toBe('Sep 14');
    expect(weekDateFormat('en-US', ['2025-12-29', '2026-01-05'])('2025-12-29')).toBe('Dec 29, 2025');
  });
});

describe('goal met', () => {
  it('is a column of ✓ and — with words for screen readers, not "Goal met: no" on every row', () => {
    renderCharts('en-GB');
    const table = within(weekly()).getByRole('table', { hidden: true });
    expect(within(table).getByRole('columnheader', { name: 'Goal of 1 met', hidden: true })).toBeTruthy();
    const cells = [...table.querySelectorAll('tbody tr')].map((r) => r.querySelectorAll('td')[1]!);
    const said = cells.map((c) => c.querySelector('.visually-hidden')!.textContent);
    const shown = cells.map((c) => c.querySelector('[aria-hidden="true"]')!.textContent);
    // Applications in the weeks 0, 1, 2, … 6 before NOW, one each: the last 7 weeks meet a goal of 1.
    expect(said).toEqual([...Array(5).fill('not met'), ...Array(7).fill('met')]);
    expect(shown).toEqual([...Array(5).fill('—'), ...Array(7).fill('✓')]);
    expect(document.body.textContent).not.toMatch(/Goal met: no|\bno\b.*\bno\b/);
    expect(weekly().querySelector('figcaption')!.textContent).toContain('Weekly goal 1, met in 7 of 12 weeks.');
  });
});

describe('"Show the numbers"', () => {
  it('keeps every chart table closed until asked, and says so on its button', () => {
    renderCharts('en-GB');
    const figures = screen.getAllByRole('figure');
    expect(figures.length).toBe(4);
    for (const figure of figures) {
      const details = figure.querySelector('details')!;
      expect(details.open).toBe(false);
      expect(details.querySelector('table')).toBeTruthy();
      expect(figure.querySelector('table')!.closest('details')).toBe(details);
    }
    const funnel = screen.getByRole('figure', { name: /Pipeline funnel/ });
    const summary = funnel.querySelector('summary')!;
    expect(summary.textContent).toBe('Show the numbers of pipeline funnel');
    fireEvent.click(summary);
    const details = funnel.querySelector('details')!;
    expect(details.open).toBe(true);
    fireEvent(details, new Event('toggle'));
    expect(summary.textContent).toBe('Hide the numbers of pipeline funnel');
    // The visible words start the accessible name (axe label-content-name-mismatch).
    expect(summary.querySelector('.visually-hidden')!.textContent).toBe(' of pipeline funnel');
    // The other charts stay closed.
    expect(figures.filter((f) => f.querySelector('details')!.open)).toHaveLength(1);
  });
});

describe('colours and names', () => {
  const dashboardCss = readFileSync(join(import.meta.dirname, '../../src/ui/dashboard/dashboard.css'), 'utf8');
  const themeCss = readFileSync(join(import.meta.dirname, '../../src/ui/theme.css'), 'utf8');

  it('draws every status mark with its status chip colour', () => {
    for (const s of STATUSES) {
      expect(dashboardCss).toMatch(new RegExp(`\\.chart-mark-${s}\\s*\\{\\s*fill:\\s*var\\(--chip-${s}-fg\\);\\s*\\}`));
    }
    renderCharts('en-GB');
    const funnel = screen.getByRole('figure', { name: /Pipeline funnel/ });
    expect([...funnel.querySelectorAll('svg rect')].map((r) => r.getAttribute('class'))).toEqual(
      ['applied', 'screening', 'interviewing', 'offer'].map((s) => `chart-bar chart-mark-${s}`),
    );
    const outcomes = screen.getByRole('figure', { name: /Outcomes by source site/ });
    const legend = [...outcomes.querySelectorAll('svg > g')]
      .slice(0, 5)
      .map((g) => [g.textContent, g.querySelector('rect')!.getAttribute('class')]);
    expect(legend).toEqual([
      ['Still active', 'chart-seg chart-mark-applied'],
      ['Accepted', 'chart-seg chart-mark-accepted'],
      ['Rejected', 'chart-seg chart-mark-rejected'],
      ['Ghosted', 'chart-seg chart-mark-ghosted'],
      ['Withdrawn', 'chart-seg chart-mark-withdrawn'],
    ]);
    const rejected = [...outcomes.querySelectorAll('svg rect.chart-mark-rejected title')].map((t) => t.textContent);
    expect(rejected.sort()).toEqual(['Greenhouse: 1 rejected', 'Lever: 1 rejected']);
  });

  it('keeps every status mark at 3:1 against the card, light and dark', () => {
    const hex = (block: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
    const lum = (h: string) =>
      [1, 3, 5]
        .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const darkStart = themeCss.indexOf('@media (prefers-color-scheme: dark)');
    for (const block of [themeCss.slice(0, darkStart), themeCss.slice(darkStart)]) {
      const card = hex(block, '--surface')!;
      for (const s of STATUSES) expect(ratio(hex(block, `--chip-${s}-fg`)!, card), s).toBeGreaterThanOrEqual(3);
    }
  });

  it('names sites as people do, never by their id', () => {
    renderCharts('en-GB');
    const outcomes = screen.getByRole('figure', { name: /Outcomes by source site/ });
    const names = [...outcomes.querySelectorAll('tbody th')].map((t) => t.textContent).sort();
    expect(names).toEqual(['Greenhouse', 'Lever', 'Other sites', 'SmartRecruiters', 'Workday']);
    const rates = screen.getByRole('table', { name: 'Rates by source site' });
    expect([...rates.querySelectorAll('tbody th')].map((t) => t.textContent).sort()).toEqual(names);
    expect(document.body.textContent).not.toMatch(/greenhouse|smartrecruiters|generic/);
  });
});

describe('labels fit their room', () => {
  it('cuts a long label with an ellipsis to fit, and leaves a short one whole', () => {
    const long = 'careers.a-very-long-employer-name-international.example.com';
    const cut = fitText(long, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(120);
    expect(fitText('Lever', 120)).toBe('Lever');
  });
});
