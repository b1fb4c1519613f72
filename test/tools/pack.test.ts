import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveTime, listFiles, zipFolder } from '../../scripts/pack.mjs';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>, order: string[], mtime: Date): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'baskets-pack-'));
  dirs.push(dir);
  for (const name of order) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), files[name] ?? '');
    await utimes(join(dir, name), mtime, mtime);
  }
  return dir;
}

const FILES = { 'manifest.json': '{"name":"x"}', 'icons/icon-16.png': 'png-bytes', 'popup.js': 'console.log("ü")' };

describe('zipFolder', () => {
  it('writes the same bytes for the same files, whatever their order on disk and their timestamps', async () => {
    const a = await tree(FILES, ['manifest.json', 'icons/icon-16.png', 'popup.js'], new Date('2021-05-01'));
    const b = await tree(FILES, ['popup.js', 'icons/icon-16.png', 'manifest.json'], new Date('2025-11-30'));
    await zipFolder(a, join(a, '..', `${a.split('/').pop()}.zip`));
    await zipFolder(b, join(b, '..', `${b.split('/').pop()}.zip`));
    dirs.push(`${a}.zip`, `${b}.zip`);
    const [za, zb] = await Promise.all([readFile(`${a}.zip`), readFile(`${b}.zip`)]);
    expect(za.equals(zb)).toBe(true);
  });

  it('holds every file under its relative path with forward slashes, content intact', async () => {
    const dir = await tree(FILES, Object.keys(FILES), new Date());
    const target = `${dir}.zip`;
    dirs.push(target);
    const size = await zipFolder(dir, target);
    const bytes = await readFile(target);
    expect(size).toBe(bytes.length);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(['icons/icon-16.png', 'manifest.json', 'popup.js']);
    expect(new TextDecoder().decode(files['popup.js'])).toBe('console.log("ü")');
    expect(await listFiles(dir)).toEqual(['icons/icon-16.png', 'manifest.json', 'popup.js']);
  });

  it('takes only the listed files when given a list', async () => {
    const dir = await tree(FILES, Object.keys(FILES), new Date());
    const target = `${dir}.zip`;
    dirs.push(target);
    await zipFolder(dir, target, { files: ['popup.js', 'manifest.json'] });
    expect(Object.keys(unzipSync(new Uint8Array(await readFile(target)))).sort()).toEqual(['manifest.json', 'popup.js']);
  });

  it('dates every entry SOURCE_DATE_EPOCH when given, else 2026-01-01', () => {
    expect(archiveTime({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(archiveTime({ SOURCE_DATE_EPOCH: '1780000000' }).toISOString()).toBe(new Date(1780000000 * 1000).toISOString());
    expect(archiveTime({}).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(archiveTime({ SOURCE_DATE_EPOCH: 'soon' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
