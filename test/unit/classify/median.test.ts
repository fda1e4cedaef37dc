import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../../lib/classify/median';

/** The plain definition: sort a copy, take the middle (the mean of the middle two for an even count). */
function reference(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([30])).toBe(30);
    expect(median([45, 10, 30])).toBe(30);
    expect(median([62, 58, 85, 60])).toBe(61);
    expect(median([-3, 5])).toBe(1);
  });

  it('reads only values[from..to) and leaves the list as it was', () => {
    const days = [90, 1, 2, 3, 50];
    expect(median(days, 1, 4)).toBe(2);
    expect(median(days, 3)).toBe(26.5);
    expect(days).toEqual([90, 1, 2, 3, 50]);
  });

  it('agrees with sorting a copy, for short lists and for lists longer than its scratch buffer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -400, max: 4000 }), { minLength: 1, maxLength: 150 }),
        fc.nat(),
        fc.nat(),
        (values, a, b) => {
          expect(median(values)).toBe(reference(values));
          const from = a % values.length;
          const to = from + 1 + (b % (values.length - from));
          expect(median(values, from, to)).toBe(reference(values.slice(from, to)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
