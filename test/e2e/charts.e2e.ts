// The charts view in real Chromium with a realistic search (40 applications at 15 employers over 10 weeks):
// nothing overflows its box at 1280 and 900 px, light and dark; every data table stays closed until
// "Show the numbers"; marks that stand for a status have exactly the colour of that status's chip.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, HistoryEntry, Status } from '../../src/core/application';
import { launch, ROOT, type Harness, type TabHandle } from './harness';
import { daysAgo, makeApp, seed } from './seed';
import { axeRun } from './axe-check';

/** Screenshots of what the test saw; BASKETS_SHOTS puts them elsewhere (the review looks at them). */
const SHOTS = process.env.BASKETS_SHOTS ?? join(ROOT, 'test-results/screens');

const EMPLOYERS = [
  'Zürcher Kantonalbank Digital Solutions International AG', // active: a long name in the spread chart
  'Airtable',
  'Basecamp',
  'Canva',
  'Doist',
  'Elastic',
  'Figma',
  'GitLab',
  'Hotjar',
  'Intercom',
  'Jetbrains',
  'Klarna',
  'Linear',
  'Miro',
  'Notion',
];
/** Sites by id, with one "other site" whose host is long, and applications added by hand. */
const SOURCES = ['greenhouse', 'lever', 'smartrecruiters', 'workday', 'linkedin', 'greenhouse', 'generic', 'manual'];
const PATHS: Status[][] = [
  ['applied'],
  ['applied', 'screening'],
  ['applied', 'rejected'],
  ['applied', 'screening', 'interviewing'],
  ['applied', 'ghosted'],
  ['applied', 'screening', 'interviewing', 'rejected'],
  ['applied'],
  ['applied', 'screening', 'rejected'],
  ['applied', 'interviewing', 'offer'],
  ['applied', 'withdrawn'],
];
const LESSONS = [
  'Prepare system design more deeply, with a worked example.',
  'The system design round was weak; work on trade-offs.',
  'Salary expectations came too early. Work on that.',
];

function realisticSearch(): Application[] {
  const apps: Application[] = [];
  for (let i = 0; i < 40; i++) {
    const path = PATHS[i % PATHS.length]!;
    const source = SOURCES[i % SOURCES.length]!;
    const appliedDays = 2 + Math.floor((i * 68) / 40); // spread over 10 weeks
    const app = makeApp({
      company: EMPLOYERS[i % EMPLOYERS.length]!,
      title: `Senior Product Engineer ${i + 1}`,
      status: path[path.length - 1]!,
      appliedDaysAgo: appliedDays,
      source,
    });
    const history: HistoryEntry[] = path.map((status, k) => ({ status, at: daysAgo(Math.max(0, appliedDays - 3 * k)) }));
    const closedAfterInterview = path.includes('interviewing') && path[path.length - 1] === 'rejected';
    apps.push({
      ...app,
      history,
      updatedAt: history[history.length - 1]!.at,
      url: source === 'generic' ? `https://careers.very-long-employer-name-international.example.com/jobs/${i}` : app.url,
      lessons: closedAfterInterview ? { wentWell: '', couldImprove: LESSONS[i % LESSONS.length]!, feedback: '' } : app.lessons,
    });
  }
  return apps;
}

interface Overflow {
  what: string;
  detail: string;
}

/**
 * Runs in the page: every SVG text inside its drawing's viewport, every SVG laid out one unit per pixel across
 * its card, and no visible HTML element of the charts view whose content is wider than its box (scrolling
 * containers excepted: their content is reachable).
 */
function overflows(): Overflow[] {
  const out: Overflow[] = [];
  const root = document.querySelector('.charts-view')!;
  for (const svg of root.querySelectorAll('svg')) {
    const vb = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    const card = svg.closest('.chart-drawing')!.getBoundingClientRect();
    if (Math.abs(box.width - vb.width) > 1) out.push({ what: 'svg scale', detail: `${box.width}px wide for a ${vb.width} viewBox` });
    if (box.width < card.width - 2) out.push({ what: 'svg width', detail: `${box.width}px in a ${card.width}px card` });
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5) {
        out.push({
          what: `text "${text.textContent}"`,
          detail: `${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)} in ${vb.width}×${vb.height}`,
        });
      }
    }
  }
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || el.closest('.visually-hidden, svg')) continue;
    if (!el.checkVisibility() || el.clientWidth === 0) continue;
    const style = getComputedStyle(el);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      out.push({
        what: `<${el.tagName.toLowerCase()} class="${el.className}">`,
        detail: `${el.scrollWidth} > ${el.clientWidth}: ${el.textContent?.slice(0, 60)}`,
      });
    }
  }
  // Nothing sticks out of the page sideways.
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
    out.push({ what: 'page', detail: `${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}` });
  }
  return out;
}

/** Runs in the page: each status mark's computed fill next to the computed colour of that status's chip. */
function markColours(): Array<{ status: string; marks: string[]; chip: string }> {
  const out: Array<{ status: string; marks: string[]; chip: string }> = [];
  for (const status of ['applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted', 'withdrawn']) {
    const marks = [...document.querySelectorAll(`.charts-view svg .chart-mark-${status}`)].map((m) => getComputedStyle(m).fill);
    const chip = document.createElement('span');
    chip.className = `chip chip-${status}`;
    chip.textContent = status;
    document.body.append(chip);
    out.push({ status, marks: [...new Set(marks)], chip: getComputedStyle(chip).color });
    chip.remove();
  }
  return out;
}

function disclosures(): Array<{ open: boolean; tableShown: boolean; summary: string }> {
  return [...document.querySelectorAll<HTMLDetailsElement>('.charts-view details')].map((d) => ({
    open: d.open,
    tableShown: d.querySelector('table')!.checkVisibility(),
    summary: d.querySelector('summary')!.textContent ?? '',
  }));
}

/** axe-core's findings on the page (see axe-check.ts), and any of the rules this view needs that did not run at all. */
async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  // (A run that checked nothing would also report no violation: see that it passed rules.)
  const result = await axeRun(page);
  const missing = ['color-contrast', 'role-img-alt', 'th-has-data-cells'].filter(
    (id) => !result.passed.includes(id) && !result.violations.some((v) => v.id === id),
  );
  return [
    ...result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })),
    ...missing.map((id) => ({ id: `not checked: ${id}`, nodes: [] })),
  ];
}

describe('chromium: the charts view with 40 applications', () => {
  let h: Harness;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    h = await launch('chromium');
    await seed(h, realisticSearch());
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openCharts(width: number, colorScheme: 'light' | 'dark'): Promise<TabHandle> {
    const tab = await h.openExtensionPage('dashboard.html#view=charts', { width, height: 800, colorScheme });
    await tab.waitFor('.charts figure svg rect');
    // The drawings measure their card after the first paint: wait (up to 5 s, then let the checks say what is
    // wrong) until every SVG is laid out at it.
    await tab.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const ready = () =>
            [...document.querySelectorAll('.charts-view svg')].every(
              (svg) => Math.abs(svg.getBoundingClientRect().width - (svg as SVGSVGElement).viewBox.baseVal.width) <= 1,
            );
          const until = performance.now() + 5000;
          const check = () => (ready() || performance.now() > until ? resolve() : requestAnimationFrame(check));
          check();
        }),
    );
    return tab;
  }

  for (const [width, scheme] of [
    [1280, 'light'],
    [1280, 'dark'],
    [900, 'light'],
    [900, 'dark'],
  ] as const) {
    it(`fits every label and keeps the tables closed at ${width} px, ${scheme}`, async () => {
      const tab = await openCharts(width, scheme);
      const page = tab.raw as Page;
      expect(await tab.evaluate(overflows)).toEqual([]);

      const closed = await tab.evaluate(disclosures);
      expect(closed).toHaveLength(4);
      expect(closed.every((d) => !d.open && !d.tableShown && d.summary.startsWith('Show the numbers'))).toBe(true);

      // Site names, never ids, and one date format: no ISO day anywhere in the view.
      const text = await tab.text('.charts-view');
      expect(text).toContain('SmartRecruiters');
      expect(text).not.toMatch(/\bsmartrecruiters\b|\bgreenhouse\b|\d{4}-\d{2}-\d{2}|\b\d{2}-\d{2}\b/);
      await page.screenshot({ path: join(SHOTS, `charts-${width}-${scheme}.png`), fullPage: true });

      // Opening one from the keyboard shows its table, and only that one; then nothing overflows either.
      await page.focus('.charts-view figure:nth-of-type(2) summary');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.charts-view details[open]').length === 1);
      // The toggle event and the re-render that follows it come a moment after the table shows.
      await page.waitForFunction(() =>
        document.querySelector('.charts-view details[open] summary')?.textContent?.startsWith('Hide the numbers'),
      );
      const opened = await tab.evaluate(disclosures);
      expect(opened.map((d) => d.tableShown)).toEqual([false, true, false, false]);
      expect(opened.map((d) => d.summary.split(' of ')[0])).toEqual([
        'Show the numbers',
        'Hide the numbers',
        'Show the numbers',
        'Show the numbers',
      ]);
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.charts-view details').forEach((d) => (d.open = true)));
      await page.waitForFunction(() => [...document.querySelectorAll('.charts-view details table')].every((t) => t.checkVisibility()));
      expect(await tab.evaluate(overflows)).toEqual([]);
      if (width === 1280) await page.screenshot({ path: join(SHOTS, `charts-${width}-${scheme}-numbers.png`), fullPage: true });
      // With every table open: labels whose visible words start their names, AA contrast, landmarks.
      expect(await axeViolations(page)).toEqual([]);

      const colours = await tab.evaluate(markColours);
      for (const c of colours.filter((c) =>
        ['applied', 'screening', 'interviewing', 'offer', 'rejected', 'ghosted', 'withdrawn'].includes(c.status),
      )) {
        // Funnel stages and outcome segments present in this data set are all drawn.
        expect(c.marks.length, c.status).toBe(1);
      }
      for (const c of colours) for (const m of c.marks) expect(m, c.status).toBe(c.chip);
      await tab.close();
    });
  }

  it('shows the lessons themes that recur, as phrases', async () => {
    const tab = await h.openExtensionPage('dashboard.html#view=lessons', { width: 1280, height: 800, colorScheme: 'light' });
    await tab.waitFor('.lesson-group .themes');
    const themes = await tab.evaluate(() => [...document.querySelectorAll('.themes li')].map((li) => li.textContent));
    expect(themes.some((t) => t?.endsWith('mention system design'))).toBe(true);
    expect(themes.some((t) => / mention work$/.test(t ?? ''))).toBe(false);
    await (tab.raw as Page).screenshot({ path: join(SHOTS, 'lessons-1280-light.png'), fullPage: true });
    await tab.close();
  });
});
