// `npm test`: installs what is missing, builds the bundle, runs the browser tests
// (@web/test-runner) and the end-to-end tests (node:test + playwright-core), and ends with
// one line summing both: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './lib/setup.mjs';

ensurePackages();
ensureChromium();
mkdirSync('.tmp', { recursive: true });

function run(command, args) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

if (run('npm', ['run', 'build', '--silent']) !== 0) problems.push('the build failed');

const wtrCounts = '.tmp/wtr-counts.json';
rmSync(wtrCounts, { force: true });
const wtrStatus = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
if (existsSync(wtrCounts)) {
  const counts = JSON.parse(readFileSync(wtrCounts, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed + counts.fileErrors;
  totals.skipped += counts.skipped;
} else problems.push('the browser tests wrote no counts');
if (wtrStatus !== 0) problems.push('the browser tests failed');

const tap = '.tmp/e2e.tap';
rmSync(tap, { force: true });
const e2eStatus = run('node', [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'test/e2e/',
  'test/node/',
]);
if (existsSync(tap)) {
  const text = readFileSync(tap, 'utf8');
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped');
} else problems.push('the end-to-end tests wrote no report');
if (e2eStatus !== 0) problems.push('the end-to-end tests failed');

for (const problem of problems) console.error(`npm test: ${problem}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(problems.length > 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
