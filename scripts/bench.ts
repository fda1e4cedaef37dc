// `npm run bench`: runs every test/bench/*.bench.ts, prints one table of ratios and goals, and
// writes it to docs/bench.md with the machine and the date. Absolute times on a shared machine
// are noise; each row is measured against a floor taken in the same run.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from '../test/bench/harness';

const only = process.argv[2];
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const rows: (BenchRow & { file: string })[] = [];
for (const file of files) {
  process.stdout.write(`running ${file}…\n`);
  const bench = (await import(pathToFileURL(`test/bench/${file}`).href)).default as Bench;
  try {
    for (const row of await bench()) rows.push({ ...row, file });
  } catch (e) {
    rows.push({
      file,
      name: `${file} failed: ${e instanceof Error ? e.message : e}`,
      value: NaN,
      unit: '',
      goal: 'runs',
      pass: false,
    });
  }
}

const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : '—');
const table = [
  '| benchmark | result | floor (same run) | goal | |',
  '|---|---|---|---|---|',
  ...rows.map(
    (r) => `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baseline ?? ''} | ${r.goal} | ${r.pass ? '✅' : '❌'} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
if (!only) {
  writeFileSync(
    'docs/bench.md',
    `# Owed benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}.\n` +
      `Each ratio is against a floor measured in the same run.\n\n${table}\n`,
  );
  console.log('written to docs/bench.md');
}
