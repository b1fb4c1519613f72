// Page strings reach the screen only as text, and Baskets never talks to the network: a build-failing check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['fetch', /(^|[^.\w])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['document.cookie', /document\.cookie/],
  ['page storage', /\b(localStorage|sessionStorage)\b/],
];

describe('src/ never parses strings as HTML or code, and makes no network request', () => {
  const sources = files(join(import.meta.dirname, '../src'));
  it('finds the sources', () => expect(sources.length).toBeGreaterThan(20));
  for (const [name, pattern] of FORBIDDEN) {
    it(`has no ${name}`, () => {
      const hits = sources.filter((f) => pattern.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
      expect(hits).toEqual([]);
    });
  }
});

describe('content scripts and adapters never read form values', () => {
  const page = [...files(join(import.meta.dirname, '../src/content')), ...files(join(import.meta.dirname, '../src/sites'))];
  it('has no .value, FormData, or selection/clipboard reads', () => {
    const hits = page.filter((f) => /\.value\b|\bFormData\b|getSelection|clipboard/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
