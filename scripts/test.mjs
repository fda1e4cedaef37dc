#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build (the Chrome and Firefox packages and the add-in),
// then the services the e2e suite needs (installed and started when missing: Debian's browsers,
// libfaketime, Tryton, Bigcapital) and the e2e suite in Chromium and Firefox with the built
// extension. Ends with one "N passed, N failed, N skipped" line (skipped counts todo tests too);
// exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureServices } from './services/ensure.mjs';

const only = process.argv[2]; // optional: typecheck | lint | unit | build | services | e2e
const results = { passed: 0, failed: 0, skipped: 0, todo: 0 };
let broken = false;

function step(name, fn) {
  if (only && only !== name && !(only === 'e2e' && name === 'services')) return;
  if (!fn()) {
    console.error(`✖ ${name} failed`);
    broken = true;
  }
}
function run(cmd, args) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return r.status === 0;
}
/** Adds a vitest JSON report's counts; a missing report (the runner died) counts as a failure. */
function count(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
  results.skipped += report.numPendingTests;
  results.todo += report.numTodoTests;
  return true;
}
const vitest = (report, ...args) => {
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  return count(report) && ok;
};

if (!existsSync('node_modules/.bin/wxt')) {
  console.log('• Installing dependencies (npm ci)');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}
mkdirSync('.cache', { recursive: true });
step('typecheck', () => run('npx', ['tsc', '--noEmit']));
step('lint', () => run('npx', ['biome', 'ci', '.']));
step('unit', () => vitest('.cache/unit.json'));
step('build', () => run('npm', ['run', '--silent', 'build']) && run('npm', ['run', '--silent', 'zip']));
// The e2e suite runs only on a build that passed the checks before it.
if (!broken) {
  step('services', () => {
    console.log('\n▶ services for the e2e suite (installed and started when missing)');
    return ensureServices().length === 0;
  });
}
if (!broken) step('e2e', () => vitest('.cache/e2e.json', '-c', 'vitest.e2e.config.ts'));

if (broken && results.failed === 0) results.failed = 1; // a failed typecheck, lint, build or service counts
if (results.skipped || results.todo) console.log(`\n(${results.skipped} skipped, ${results.todo} todo)`);
const closing = `${results.passed} passed, ${results.failed} failed, ${results.skipped + results.todo} skipped`;
writeFileSync('.cache/test-summary.txt', `${closing}\n`); // .ci/run repeats it as its last line
console.log(`\n${closing}`);
process.exit(broken ? 1 : 0);
