// Runs `web-ext lint` on dist/firefox and fails on any error or warning (web-ext itself only fails on errors).
import { spawnSync } from 'node:child_process';

const res = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], {
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
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors || warnings ? 1 : 0);
