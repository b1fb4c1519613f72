// Zip archives for the stores and for review, made by fflate (a maintained, dependency-free zip library).
// Reproducible: entries in sorted order, every timestamp fixed, the same bytes for the same files.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

/**
 * The fixed timestamp of every entry: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else 2026-01-01.
 * @param {Record<string, string | undefined>} [env]
 */
export function archiveTime(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  // Zip dates start in 1980; a smaller epoch would not round-trip.
  return Number.isFinite(epoch) && epoch >= 315532800 ? new Date(epoch * 1000) : new Date('2026-01-01T00:00:00Z');
}

/**
 * Every file under `dir`, as paths relative to it with forward slashes, sorted.
 * @param {string} dir
 * @param {string} [base]
 * @returns {Promise<string[]>}
 */
export async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'));
  }
  return out.sort();
}

/**
 * Zips `files` (paths relative to `dir`; every file under it when omitted) into `target`.
 * Returns the archive's size in bytes.
 * @param {string} dir
 * @param {string} target
 * @param {{ files?: string[], mtime?: Date }} [options]
 */
export async function zipFolder(dir, target, { files, mtime = archiveTime() } = {}) {
  const names = [...(files ?? (await listFiles(dir)))].sort();
  const entries = {};
  for (const name of names) {
    entries[name] = [new Uint8Array(await readFile(join(dir, name))), { mtime, level: 9 }];
  }
  const zipped = zipSync(entries, { mtime, level: 9 });
  await writeFile(target, zipped);
  return zipped.length;
}
