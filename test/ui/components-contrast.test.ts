// Checks every text/background pair of the shared theme against WCAG 2.x AA, in light and dark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/ui/theme.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/(--[a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) out[m[1]!] = m[2]!.toLowerCase();
  return out;
}

function blockAfter(source: string, marker: string): string {
  const start = source.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker}`);
  const open = source.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}' && --depth === 0) return source.slice(open + 1, i);
  }
  throw new Error('unbalanced');
}

const light = tokens(blockAfter(css, ':root'));
const darkMedia = blockAfter(css, '@media (prefers-color-scheme: dark)');
const dark = { ...light, ...tokens(blockAfter(darkMedia, ':root')) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const STATUSES = ['applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted', 'withdrawn'];

/** [foreground, background, minimum ratio]: 4.5 for text, 3 for control outlines, focus rings and meter fills. */
const PAIRS: Array<[string, string, number]> = [
  ...['--bg', '--surface', '--surface-2'].flatMap((bg): Array<[string, string, number]> => [
    ['--text', bg, 4.5],
    ['--text-muted', bg, 4.5],
    ['--link', bg, 4.5],
    ['--error-text', bg, 4.5],
    ['--border-strong', bg, 3],
    ['--focus', bg, 3],
  ]),
  ['--accent-fg', '--accent', 4.5],
  ['--accent-fg', '--accent-hover', 4.5],
  ['--danger-fg', '--danger', 4.5],
  ['--bg', '--text', 4.5], // toast: inverted colours
  ['--info-fg', '--info-bg', 4.5],
  ['--warning-fg', '--warning-bg', 4.5],
  ['--warning-border', '--warning-bg', 3],
  ['--danger-fg-on-bg', '--danger-bg', 4.5],
  ['--success-fg', '--success-bg', 4.5],
  ['--meter-fill', '--meter-track', 3],
  ['--meter-fill-warn', '--meter-track', 3],
  ['--meter-fill', '--bg', 3],
  ['--meter-fill-warn', '--bg', 3],
  ['--meter-fill', '--surface', 3],
  ['--meter-fill-warn', '--surface', 3],
  ...STATUSES.map((s): [string, string, number] => [`--chip-${s}-fg`, `--chip-${s}-bg`, 4.5]),
];

describe('theme contrast', () => {
  it('computes the WCAG ratio correctly', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [scheme, table] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meets AA for every token pair in ${scheme} mode`, () => {
      const failures: string[] = [];
      for (const [fg, bg, min] of PAIRS) {
        const a = table[fg];
        const b = table[bg];
        if (!a || !b) {
          failures.push(`${fg} or ${bg} is missing`);
          continue;
        }
        const ratio = contrastRatio(a, b);
        if (ratio < min) failures.push(`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${min}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('defines a dark value for every colour token', () => {
    const darkOwn = tokens(blockAfter(darkMedia, ':root'));
    expect(Object.keys(light).filter((k) => !(k in darkOwn))).toEqual([]);
  });
});
