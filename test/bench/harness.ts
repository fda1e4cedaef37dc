/**
 * Benchmarks report ratios against a floor measured in the same run: absolute times are noise on
 * a shared 2-core machine, ratios are not. Each `test/bench/*.bench.ts` default-exports a function
 * returning rows; `npm run bench` prints them and writes docs/bench.md.
 */
export interface BenchRow {
  /** What was measured, for the table. */
  name: string;
  /** The measured value (ms, ratio, kB, %...). */
  value: number;
  unit: string;
  /** The floor measured in the same run, when the row is a ratio. */
  baseline?: string;
  /** The goal, in words ("≤ 2×", "< 50 ms"). */
  goal: string;
  pass: boolean;
}

export type Bench = () => Promise<BenchRow[]>;

/** Median time in ms of `fn` over at least `runs` runs and `minMs` of total time (after one warm-up). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5, minMs = 200): Promise<number> {
  await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < runs || performance.now() - start < minMs) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    if (times.length >= 200) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
