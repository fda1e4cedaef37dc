#!/usr/bin/env node
// `npm test`: typecheck, unit tests, build, then the e2e suite in Debian's Chromium with the
// built extension. Ends with one "N passed, N failed" line; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const only = process.argv[2]; // optional: typecheck | lint | unit | build | e2e
const results = { passed: 0, failed: 0 };
let broken = false;

function run(name, cmd, args) {
  if (only && only !== name) return;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (exit ${r.status ?? r.signal})`);
    broken = true;
  }
}

function count(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
}

mkdirSync('.cache', { recursive: true });
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['biome', 'ci', '.']);
run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/unit.json']);
count('.cache/unit.json');
run('build', 'npm', ['run', '--silent', 'build']);
if (!broken || only === 'e2e') {
  run('e2e', 'npx', [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.cache/e2e.json',
  ]);
  count('.cache/e2e.json');
}
if (broken && results.failed === 0) results.failed = 1; // a failed typecheck or build counts
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(broken ? 1 : 0);
