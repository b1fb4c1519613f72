// @vitest-environment jsdom
/**
 * Hostile and broken pages: every adapter's detectStage and extract run on fixtures with nodes dropped,
 * duplicated and shuffled, and on random markup. They must never throw, must stay within LIMITS, and must
 * finish (each run is bounded by the node budget of the generated page; no wall-clock assertion — the
 * generous vitest timeouts only stop a hang on a busy machine).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/application';
import { ADAPTERS, generic } from '../../src/sites/index';
import type { SiteAdapter } from '../../src/sites/types';

const FIXTURES = resolve(__dirname, '../fixtures');
const ALL: SiteAdapter[] = [...ADAPTERS, generic];
const STAGES = ['none', 'posting', 'form', 'submitting', 'submitted', 'failed'];

interface Sample {
  html: string;
  url: string;
}
const samples: Sample[] = [];
for (const site of ALL.map((a) => a.id)) {
  let files: string[] = [];
  try {
    files = readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.json'));
  } catch {
    continue;
  }
  for (const f of files) {
    const { url } = JSON.parse(readFileSync(join(FIXTURES, site, f), 'utf8')) as { url: string };
    samples.push({ url, html: readFileSync(join(FIXTURES, site, f.replace(/\.json$/, '.html')), 'utf8') });
  }
}

function check(adapter: SiteAdapter, doc: Document, url: URL): void {
  const st = adapter.detectStage(doc, url);
  expect(STAGES).toContain(st.stage);
  expect((st.signal ?? '').length).toBeLessThanOrEqual(LIMITS.signal);
  const ex = adapter.extract(doc, url);
  expect(ex.company.length).toBeLessThanOrEqual(LIMITS.company);
  expect(ex.title.length).toBeLessThanOrEqual(LIMITS.title);
  expect(ex.location.length).toBeLessThanOrEqual(LIMITS.location);
  expect((ex.jobId ?? '').length).toBeLessThanOrEqual(LIMITS.jobId);
  expect(ex.url.length).toBeLessThanOrEqual(LIMITS.url);
  expect(ex.url === '' || /^https?:\/\//.test(ex.url)).toBe(true);
  for (const v of [ex.company, ex.title, ex.location, st.signal ?? '']) {
    expect(v).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(v).toBe(v.trim());
  }
}

type Mutation = { kind: 'drop' | 'dup' | 'shuffle' | 'text'; at: number; text: string };

const mutation = fc.record({
  kind: fc.constantFrom('drop', 'dup', 'shuffle', 'text') as fc.Arbitrary<Mutation['kind']>,
  at: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'Your application has been received',
      'Thanks for subscribing to job alerts',
      '<img src=x onerror=alert(1)>',
      '\u202eevil\u202c',
      '{"@type":"JobPosting","title":',
      'window.__appData = {"a":',
    ),
  ),
});

function mutate(doc: Document, steps: Mutation[]): void {
  for (const m of steps) {
    const all = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
    const el = all.length ? all[m.at % all.length] : undefined;
    if (!el || !el.parentNode) continue;
    if (m.kind === 'drop') el.remove();
    else if (m.kind === 'dup') el.parentNode.insertBefore(el.cloneNode(true), el);
    else if (m.kind === 'shuffle') {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i > 0; i--) {
        const j = (m.at + i * 7) % (i + 1);
        el.appendChild(kids[j]!);
        kids.splice(j, 1);
      }
    } else el.appendChild(doc.createTextNode(m.text));
  }
}

describe('adapters on mutated fixtures', () => {
  it.each(ALL.map((a) => [a.id, a] as const))(
    '%s never throws and stays within limits',
    (_id, adapter) => {
      fc.assert(
        fc.property(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { maxLength: 12 }), (i, steps) => {
          const sample = samples[i]!;
          const doc = new DOMParser().parseFromString(sample.html, 'text/html');
          mutate(doc, steps);
          check(adapter, doc, new URL(sample.url));
        }),
        { numRuns: 40 },
      );
    },
    120_000,
  );
});

const tag = fc.constantFrom('div', 'span', 'h1', 'h2', 'form', 'main', 'p', 'button', 'input', 'script', 'style', 'title', 'meta');
const attr = fc.constantFrom(
  'class="app-title"',
  'class="ashby-application-form-success-container"',
  'data-qa="msg-submit-success"',
  'data-automation-id="applyFlowPage"',
  'data-ui="job-title"',
  'role="dialog"',
  'type="file"',
  'type="application/ld+json"',
  'aria-invalid="true"',
  'property="og:title" content="x"',
  'id="application-form"',
  '',
);
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 30 }),
    fc.tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 })).map(([t, a, kids]) => `<${t} ${a}>${kids.join('')}</${t}>`),
  ),
})).node;

describe('adapters on random markup', () => {
  it('every adapter handles random documents at its own example URLs', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), fc.nat(), (parts, k) => {
        const doc = new DOMParser().parseFromString(parts.join(''), 'text/html');
        for (const adapter of ALL) {
          const urls = adapter.examples.claims;
          check(adapter, doc, new URL(urls[k % urls.length]!));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('handles a page with an enormous JSON-LD block and deep nesting', () => {
    const deep = '<div>'.repeat(2000) + 'Application submitted' + '</div>'.repeat(2000);
    const big = `<script type="application/ld+json">{"@type":"JobPosting","title":"${'x'.repeat(1_200_000)}"}</script>`;
    const doc = new DOMParser().parseFromString(`<html><head>${big}</head><body><h1>Real Title</h1>${deep}</body></html>`, 'text/html');
    for (const adapter of ALL) check(adapter, doc, new URL(adapter.examples.claims[0]!));
    expect(generic.extract(doc, new URL('https://careers.example.com/jobs/1')).title).toBe('Real Title');
  }, 120_000);
});
