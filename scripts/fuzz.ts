// `npm run fuzz [-- runs [filter]]`: every fuzzed property of test/fuzz at ≥ 10,000 runs
// (npm test runs the same properties at ≤ 100). Exits non-zero when a property fails.
import { backupProperties } from '../test/fuzz/backup.fuzz';
import { csvProperties } from '../test/fuzz/csv-import.fuzz';
import { extractProperties } from '../test/fuzz/extract-dom.fuzz';
import { hugeSumProperties } from '../test/fuzz/huge-sums.fuzz';
import { pageCaptureProperties } from '../test/fuzz/page-capture.fuzz';
import { dateProperties } from '../test/fuzz/parse-date.fuzz';
import { moneyProperties } from '../test/fuzz/parse-money.fuzz';
import type { FuzzProperty } from '../test/fuzz/property';
import { templateProperties } from '../test/fuzz/templates.fuzz';

const runs = Math.max(Number(process.argv[2]) || 10_000, 1);
const filter = process.argv[3]?.toLowerCase();
const suites: [string, FuzzProperty[]][] = [
  ['money', moneyProperties],
  ['dates', dateProperties],
  ['extraction', extractProperties],
  ['captured pages', pageCaptureProperties],
  ['csv import', csvProperties],
  ['backup', backupProperties],
  ['huge sums', hugeSumProperties],
  ['templates and drafts', templateProperties],
];

let failed = 0;
for (const [suite, properties] of suites) {
  for (const p of properties) {
    if (filter && !`${suite} ${p.name}`.toLowerCase().includes(filter)) continue;
    const t0 = performance.now();
    try {
      await p.check(runs);
      console.log(`✓ [${suite}] ${p.name} (${runs} runs, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? `\n    ${e.cause.message}` : '';
      const head = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join('\n    ');
      console.log(`✗ [${suite}] ${p.name}\n    ${head}${cause}`);
      failed++;
    }
  }
}
console.log(failed ? `\n${failed} propert${failed === 1 ? 'y' : 'ies'} failed` : '\nall properties held');
process.exitCode = failed ? 1 : 0;
