/**
 * The files an ES-module page script loads before it runs: the file itself and, recursively, the chunks it
 * imports statically (`import … from "./chunks/…"`). Chunks it loads later with `import("…")` are not part of
 * it. The build's size table and the bench measure a split page (the popup) by this, not by its first file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** Paths (relative to `dir`) of `file` and every chunk it imports statically, in load order, each once. */
export async function staticClosure(dir, file) {
  const seen = new Set();
  async function visit(rel) {
    const path = normalize(rel);
    if (seen.has(path)) return;
    seen.add(path);
    const code = await readFile(join(dir, path), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) await visit(relative(dir, join(dir, dirname(path), m[1])));
  }
  await visit(file);
  return [...seen];
}
