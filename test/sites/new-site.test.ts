/**
 * `npm run new-site` on a copy of the project: the site it writes (definition, fixtures, test, registration,
 * regenerated catalog and rest table) passes, as written, every unit test that reads the sites.
 * Runs vitest inside the copy, so it is the slowest test here; nothing is written into this project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const COPIED = [
  'src',
  'test',
  'scripts',
  'build.mjs',
  'package.json',
  'manifest.json',
  'tsconfig.json',
  'vitest.config.ts',
  '.prettierrc.json',
];
let copy = '';

function newSite(...args: string[]): string {
  return execFileSync(process.execPath, [join(copy, 'scripts/new-site.mjs'), ...args, '--root', copy], {
    cwd: copy,
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'baskets-new-site-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  newSite('northwind', '--label', 'Northwind Careers', '--match', 'https://jobs.northwind.example/*');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-site', () => {
  it('writes the definition, three fixtures with labels and a test, and registers the site', () => {
    expect(readFileSync(join(copy, 'src/sites/northwind.ts'), 'utf8')).toMatch(/export const northwind = defineSite\(\{/);
    for (const name of ['posting', 'form', 'confirmation']) {
      for (const ext of ['html', 'json'])
        expect(existsSync(join(copy, `test/fixtures/northwind/${name}.${ext}`)), `${name}.${ext}`).toBe(true);
    }
    expect(existsSync(join(copy, 'test/sites/northwind.test.ts'))).toBe(true);
    const index = readFileSync(join(copy, 'src/sites/index.ts'), 'utf8');
    expect(index).toContain("import { northwind } from './northwind';");
    expect(index).toMatch(/ {2}linkedin,\n {2}northwind,\n {2}personio,/);
    expect(readFileSync(join(copy, 'src/core/site-catalog.ts'), 'utf8')).toContain('{ id: "northwind", label: "Northwind Careers" }');
  });

  it('writes its code in the project style, so the format check passes', async () => {
    const prettier = await import('prettier');
    for (const file of ['src/sites/northwind.ts', 'test/sites/northwind.test.ts', 'src/sites/index.ts']) {
      const path = join(copy, file);
      const options = { ...(await prettier.resolveConfig(path)), filepath: path };
      expect(await prettier.check(readFileSync(path, 'utf8'), options), file).toBe(true);
    }
  });

  it('refuses an id that exists, a reserved name, or a pattern that is not a whole https host', () => {
    for (const args of [
      ['northwind', '--label', 'Again', '--match', 'https://jobs.northwind2.example/*'],
      ['generic', '--label', 'Generic', '--match', 'https://jobs.generic.example/*'],
      ['acme', '--label', 'Acme', '--match', 'http://jobs.acme.example/*'],
      ['acme', '--label', 'Acme', '--match', 'https://jobs.acme.example/careers/*'],
      ['Acme', '--label', 'Acme', '--match', 'https://jobs.acme.example/*'],
    ]) {
      expect(() => newSite(...args), args.join(' ')).toThrow();
    }
    expect(existsSync(join(copy, 'src/sites/acme.ts'))).toBe(false);
  });

  it('the new site passes the unit tests that read the sites, as written', () => {
    const files = [
      'test/sites/northwind.test.ts',
      'test/sites/fixtures.test.ts',
      'test/sites/registry.test.ts',
      'test/sites/generated.test.ts',
      'test/sites/evidence.test.ts',
      'test/manifest.test.ts',
    ];
    const out = execFileSync(process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', ...files], {
      cwd: copy,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(out).toMatch(/Test Files\s+6 passed \(6\)/);
    expect(out).not.toMatch(/failed/);
  }, 300_000);
});
