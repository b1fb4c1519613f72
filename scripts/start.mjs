// `npm run start:firefox` / `npm run start:chromium`: builds, then runs Baskets in a real browser through
// `web-ext run`, with a profile kept in .profiles/<browser>/ so your test data survives a restart, and the
// extension reloaded when dist/ changes (pair it with `npm run watch` in another terminal).
//   extra arguments go to web-ext, e.g. `npm run start:firefox -- --start-url https://boards.greenhouse.io/`
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, firefoxPath } from '../test/e2e/browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const [target, ...rest] = process.argv.slice(2);
if (target !== 'firefox' && target !== 'chromium') {
  console.error('usage: node scripts/start.mjs firefox|chromium [web-ext run options]');
  process.exit(2);
}

/** Debian's browser when it is there (or CHROMIUM_PATH / FIREFOX_PATH); otherwise web-ext finds the installed one. */
function binary() {
  try {
    return target === 'firefox' ? firefoxPath() : chromiumPath();
  } catch {
    return undefined;
  }
}

const build = spawnSync(process.execPath, [join(root, 'build.mjs'), '--dev'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const profile = join(root, '.profiles', target);
mkdirSync(profile, { recursive: true });
const bin = binary();
const args = ['web-ext', 'run', '--source-dir', join(root, 'dist', target === 'firefox' ? 'firefox' : 'chrome'), '--keep-profile-changes'];
if (target === 'firefox') {
  args.push('--target', 'firefox-desktop', '--firefox-profile', profile, '--profile-create-if-missing');
  if (bin) args.push('--firefox', bin);
} else {
  args.push('--target', 'chromium', '--chromium-profile', profile, '--profile-create-if-missing');
  if (bin) args.push('--chromium-binary', bin);
  // Chromium refuses to start its sandbox as root (containers, CI); a normal user keeps the sandbox.
  if (process.getuid?.() === 0) args.push('--arg=--no-sandbox');
}
args.push(...rest);
console.log(`npx ${args.join(' ')}`);
const run = spawnSync('npx', args, { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
