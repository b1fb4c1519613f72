// `npm run release`: everything a release needs, reproducibly, in dist/release/ and dist/store/.
//   dist/release/baskets-chrome-<v>.zip    the Chrome Web Store package (dist/chrome)
//   dist/release/baskets-firefox-<v>.zip   the AMO package (dist/firefox), checked by `web-ext lint` as a listed add-on
//   dist/release/baskets-source-<v>.zip    the source for AMO review: every tracked file + BUILD.md
//   dist/release/SHA256SUMS
//   dist/store/<chrome|firefox>/listing.md + screenshots/   the listing text and the screenshots
// Options: --no-screenshots (reuse dist/screenshots/ as it is, e.g. when no browser is at hand).
// Every zip entry is dated SOURCE_DATE_EPOCH, else the last commit's time, so the same commit gives the same bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { archiveTime, listFiles, zipFolder } from './pack.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(dist, 'release');
const store = join(dist, 'store');
const args = new Set(process.argv.slice(2));

function run(cmd, cmdArgs, options = {}) {
  const res = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...options });
  if (res.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${res.status})`);
  return res;
}

function git(...gitArgs) {
  const res = spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' });
  return res.status === 0 ? res.stdout : undefined;
}

/** The tracked files (a git checkout), else every file but the generated and installed ones. */
async function sourceFiles() {
  const tracked = git('ls-files', '-z');
  if (tracked) return tracked.split('\0').filter((f) => f && existsSync(join(root, f)));
  const skip = /^(node_modules|dist|test-results|\.profiles|\.git)(\/|$)/;
  return (await listFiles(root)).filter((f) => !skip.test(f));
}

async function buildNotes(version) {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return `# Building Baskets ${version} from this source

The submitted add-on is built from this source with esbuild (minified, no source maps).
Nothing is downloaded at build time except the npm packages pinned in package-lock.json.

Requirements: Linux, macOS or Windows with Node.js ${pkg.engines?.node ?? '>= 20.19'} and npm 10 or later
(the release was built with Node ${process.version}).

    npm ci
    npm run build

The Firefox add-on is then in dist/firefox/ (and zipped as dist/baskets-firefox-${version}.zip);
its files are identical to the submitted package. build.mjs is the whole build: one esbuild bundle per
extension context (background, content scripts, popup, dashboard, options, welcome), the manifest
written from manifest.json, the icons copied.

Runtime libraries bundled: ${Object.entries(pkg.dependencies ?? {})
    .map(([n, v]) => `${n} ${v}`)
    .join(', ')}.
Licence: MIT (LICENSE). Privacy policy: PRIVACY.md.
`;
}

function listingText(listing, target) {
  const lines = [
    `# ${listing.name}`,
    '',
    `**Summary** (${listing.summary.length} characters): ${listing.summary}`,
    '',
    `**Category:** ${listing.category[target]}`,
    '',
    '## Description',
    '',
    ...listing.description,
    '',
    '## Privacy',
    '',
    `**Single purpose:** ${listing.singlePurpose}`,
    '',
    `**Data use:** ${listing.dataUse}`,
    '',
    `**Privacy policy:** ${listing.privacyPolicy}`,
    '',
    '**Permissions:**',
    '',
    ...Object.entries(listing.permissionJustifications).map(([p, why]) => `- \`${p}\`: ${why}`),
    '',
    '## Screenshots',
    '',
    ...listing.screenshots.map((s, i) => `${i + 1}. \`screenshots/${s.file}\`: ${s.caption}`),
    '',
  ];
  return lines.join('\n');
}

async function lintFirefoxZip(zip) {
  const dir = await mkdtemp(join(tmpdir(), 'baskets-release-lint-'));
  try {
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(await readFile(zip))))) {
      if (name.endsWith('/')) continue;
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), data);
    }
    // The same gate as npm test, on the zip's own contents: a listed add-on, no errors and no warnings.
    run(process.execPath, [join(root, 'test/tools/lint-firefox.mjs'), dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  const commitTime = git('log', '-1', '--format=%ct')?.trim();
  const env = { ...process.env, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? commitTime ?? '' };
  const mtime = archiveTime(env);
  run(process.execPath, [join(root, 'build.mjs')], { env });
  const { version } = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const target of ['chrome', 'firefox']) {
    await zipFolder(join(dist, target), join(out, `baskets-${target}-${version}.zip`), { mtime });
  }
  await lintFirefoxZip(join(out, `baskets-firefox-${version}.zip`));

  // The source package: the tracked files plus the build notes, staged in a temporary folder.
  const stage = await mkdtemp(join(tmpdir(), 'baskets-source-'));
  try {
    const files = await sourceFiles();
    for (const f of files) {
      await mkdir(join(stage, f, '..'), { recursive: true });
      await copyFile(join(root, f), join(stage, f));
    }
    await writeFile(join(stage, 'BUILD.md'), await buildNotes(version));
    await zipFolder(stage, join(out, `baskets-source-${version}.zip`), { files: [...files, 'BUILD.md'], mtime });
  } finally {
    await rm(stage, { recursive: true, force: true });
  }

  // Listing text and screenshots per store.
  if (!args.has('--no-screenshots')) run('npm', ['run', '--silent', 'screenshots']);
  const listing = JSON.parse(await readFile(join(root, 'scripts/store/listing.json'), 'utf8'));
  await rm(store, { recursive: true, force: true });
  const shots = join(dist, 'screenshots');
  const missing = [];
  for (const target of ['chrome', 'firefox']) {
    await mkdir(join(store, target, 'screenshots'), { recursive: true });
    await writeFile(join(store, target, 'listing.md'), listingText(listing, target));
    for (const s of listing.screenshots) {
      if (existsSync(join(shots, s.file))) await copyFile(join(shots, s.file), join(store, target, 'screenshots', s.file));
      else if (!missing.includes(s.file)) missing.push(s.file);
    }
  }
  if (missing.length) throw new Error(`screenshots missing from dist/screenshots: ${missing.join(', ')} (run npm run screenshots)`);

  const sums = [];
  for (const f of (await readdir(out)).filter((f) => f.endsWith('.zip')).sort()) {
    const data = await readFile(join(out, f));
    sums.push(`${createHash('sha256').update(data).digest('hex')}  ${f}`);
    console.log(`dist/release/${f}  ${(data.length / 1024).toFixed(1)} KB`);
  }
  await writeFile(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log(`dist/store/chrome, dist/store/firefox: listing.md + ${listing.screenshots.length} screenshots each`);
  console.log(`release ${version} ready (entries dated ${mtime.toISOString()})`);
}

main().catch((err) => {
  console.error(`release failed: ${err.message ?? err}`);
  process.exit(1);
});
