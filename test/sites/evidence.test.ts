// @vitest-environment jsdom
/**
 * Across every adapter, through its own fixtures: what is not shown is no evidence of a submission, and
 * a shown application form wins on its own page over any confirmation text beside it (issue #17).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { resolveAdapter } from '../../src/sites/index';

const FIXTURES = resolve(__dirname, '../fixtures');

interface Case {
  name: string;
  url: string;
  stage: string;
  html: string;
}

const cases: Case[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const expected = JSON.parse(readFileSync(join(FIXTURES, d.name, f), 'utf8')) as { url: string; stage: string };
        return {
          name: `${d.name}/${f.replace(/\.json$/, '')}`,
          url: expected.url,
          stage: expected.stage,
          html: readFileSync(join(FIXTURES, d.name, f.replace(/\.json$/, '.html')), 'utf8'),
        };
      }),
  );

function detect(html: string, href: string) {
  const url = new URL(href);
  const doc = new JSDOM(html, { url: href }).window.document;
  return resolveAdapter(url, { generic: true })!.detectStage(doc, url);
}

/** The same page with everything in its body hidden the given way. */
function hideBody(html: string, how: 'hidden' | 'display' | 'opacity'): string {
  const attr = how === 'hidden' ? ' hidden' : how === 'display' ? ' style="display:none"' : ' style="opacity:0"';
  return /<body([^>]*)>/i.test(html)
    ? html.replace(/<body([^>]*)>/i, `<body$1><div${attr}>`).replace(/<\/body>/i, '</div></body>')
    : `<div${attr}>${html}</div>`;
}

describe('a confirmation that is not shown is no confirmation', () => {
  const textConfirmations = cases.filter((c) => c.stage === 'submitted' && !(detect(c.html, c.url).signal ?? '').startsWith('url:'));

  it('covers the text-based confirmations of many sites', () => {
    expect(new Set(textConfirmations.map((c) => c.name.split('/')[0])).size).toBeGreaterThanOrEqual(12);
  });

  for (const c of textConfirmations) {
    for (const how of ['hidden', 'display', 'opacity'] as const) {
      it(`${c.name}, its body ${how}: submitted only if the address says so`, () => {
        const result = detect(hideBody(c.html, how), c.url);
        expect(result.stage === 'submitted' ? result.signal : 'not submitted').toMatch(/^(?:not submitted|url:)/);
      });
    }
  }
});

describe('the form wins on its own page', () => {
  const BANNER =
    '<div role="status" class="success-message" data-qa="msg-submit-success"><h1>Thank you for applying!</h1><h2>Your application has been received.</h2></div>';
  const forms = cases.filter((c) => c.stage === 'form');

  it('covers the forms of many sites', () => {
    expect(new Set(forms.map((c) => c.name.split('/')[0])).size).toBeGreaterThanOrEqual(15);
  });

  for (const c of forms) {
    it(`${c.name}, with a shown success banner beside the form`, () => {
      const html = /<body[^>]*>/i.test(c.html) ? c.html.replace(/<body([^>]*)>/i, `<body$1>${BANNER}`) : BANNER + c.html;
      expect(detect(html, c.url).stage).not.toBe('submitted');
    });
  }
});
