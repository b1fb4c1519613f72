// Runs `web-ext lint` (as for a listed add-on) on dist/firefox, or on the folder given, and fails on any
// error or warning (web-ext itself only fails on errors).
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? 'dist/firefox';
const res = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 32 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  console.error(res.stdout, res.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
for (const item of [...report.errors, ...report.warnings]) console.error(`${item._type}: ${item.code} ${item.message} ${item.file ?? ''}`);
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors || warnings ? 1 : 0);
