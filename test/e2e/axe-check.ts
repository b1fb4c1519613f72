// axe-core in an extension page, for every real-browser test that checks accessibility: one way to inject it and
// one rule set (WCAG 2.0/2.1 A and AA and axe's best practices, which include label-content-name-mismatch).
//
// How axe gets into an extension page: the pages' CSP (MV3: script-src 'self') blocks an inline <script>, so
// `page.addScriptTag({ content })` fails. The driver's own evaluate (CDP Runtime.evaluate in Chromium, WebDriver
// BiDi script.evaluate in Firefox) is not subject to the page's CSP, so the file's text is evaluated as a script
// in the page's main world, where it defines `window.axe`. The same call works in both drivers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** What both drivers' pages offer (playwright-core's Page and puppeteer-core's Page): evaluate a script or a function. */
export interface EvaluatingPage {
  evaluate(expression: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The rules axe checked and found nothing wrong with, and the ones it found violated. */
export interface AxeRun {
  passed: string[];
  violations: AxeViolation[];
}

/** Injects axe (once per document) and runs it on the element `scope` selects, the whole document by default. */
export async function axeViolations(page: EvaluatingPage, scope?: string): Promise<AxeViolation[]> {
  return (await axeRun(page, scope)).violations;
}

/** As axeViolations, with the rules that passed too (to see that a rule really ran). */
export async function axeRun(page: EvaluatingPage, scope?: string): Promise<AxeRun> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object', undefined);
  if (!present) await page.evaluate(`(function () {\n${AXE_SOURCE}\n}).call(window); typeof window.axe;`);
  return page.evaluate(
    async ({ tags, scope }: { tags: string[]; scope: string | null }) => {
      type Result = {
        passes: Array<{ id: string }>;
        violations: Array<{
          id: string;
          impact: string | null;
          help: string;
          nodes: Array<{ target: unknown[]; failureSummary?: string }>;
        }>;
      };
      const axe = (window as unknown as { axe: { run(ctx: Element | Document, opts: object): Promise<Result> } }).axe;
      const context = scope ? document.querySelector(scope) : document;
      if (!context) throw new Error(`axe: nothing matches ${scope}`);
      // label-content-name-mismatch (a visible label that is not part of the control's name) is marked experimental
      // in axe: asked for by name, so it runs whatever axe's defaults are.
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'label-content-name-mismatch': { enabled: true } },
        resultTypes: ['violations', 'passes'],
      });
      return {
        passed: result.passes.map((p) => p.id),
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({
            target: n.target.map(String).join(' '),
            summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
          })),
        })),
      };
    },
    { tags: AXE_TAGS, scope: scope ?? null },
  );
}

/** "rule: element" for each element in violation: an empty list is a pass, and a failure names what to fix. */
export function axeLines(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target}`));
}

/** One paragraph per violated rule, with its elements, for a failure message. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  if (violations.length === 0) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe rule(s) violated`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'no impact'}): ${v.help} [${v.nodes.length} element(s)]`);
    for (const n of v.nodes.slice(0, 12)) lines.push(`    ${n.target} — ${n.summary}`);
    if (v.nodes.length > 12) lines.push(`    …and ${v.nodes.length - 12} more`);
  }
  return lines.join('\n');
}
