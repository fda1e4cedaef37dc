// The fuzzed properties of test/fuzz at a few runs each, so npm test catches a regression quickly;
// scripts/fuzz.ts runs the same ones at ≥ 10,000 runs.
import { describe, it } from 'vitest';
import { backupProperties } from '../../fuzz/backup.fuzz';
import { csvProperties } from '../../fuzz/csv-import.fuzz';
import { extractProperties } from '../../fuzz/extract-dom.fuzz';
import { hugeSumProperties } from '../../fuzz/huge-sums.fuzz';
import { pageCaptureProperties } from '../../fuzz/page-capture.fuzz';
import { dateProperties } from '../../fuzz/parse-date.fuzz';
import { moneyProperties } from '../../fuzz/parse-money.fuzz';
import type { FuzzProperty } from '../../fuzz/property';
import { templateProperties } from '../../fuzz/templates.fuzz';

const RUNS = 100;
const suites: [string, FuzzProperty[]][] = [
  ['money parsing', moneyProperties],
  ['date parsing', dateProperties],
  ['table extraction on hostile DOMs', extractProperties],
  ['captured pages the background reads', pageCaptureProperties],
  ['CSV import', csvProperties],
  ['backup import', backupProperties],
  ['huge sums', hugeSumProperties],
  ['template rendering and .eml drafts', templateProperties],
];

for (const [suite, properties] of suites) {
  describe(suite, () => {
    for (const p of properties) it(p.name, () => p.check(Math.max(Math.round(RUNS * (p.weight ?? 1)), 10)), 60_000);
  });
}
