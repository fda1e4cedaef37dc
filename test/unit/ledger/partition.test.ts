import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Partition } from '../../../lib/ledger/partition';

describe('Partition', () => {
  it('hands out each group in input order, leaving out negative groups', () => {
    const items = ['a0', 'b0', 'x', 'a1', 'c0', 'b1', 'a2'];
    const groups: Record<string, number> = { a: 0, b: 1, c: 2, x: -1 };
    const p = Partition.of(items, (s) => groups[s[0]!]!);
    expect([p.list(0), p.list(1), p.list(2)]).toEqual([['a0', 'a1', 'a2'], ['b0', 'b1'], ['c0']]);
    expect([p.count(0), p.count(1), p.count(2), p.count(3), p.count(-1)]).toEqual([3, 2, 1, 0, 0]);
  });

  it('gives a new list each time: sorting one in place changes neither the others nor the items', () => {
    const items = [3, 1, 2];
    const p = Partition.of(items, () => 0);
    p.list(0).sort();
    expect(p.list(0)).toEqual([3, 1, 2]);
    expect(items).toEqual([3, 1, 2]);
  });

  it('agrees with filtering the items by group', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 60 }), (groupOfItem) => {
        const items = groupOfItem.map((g, i) => ({ g, i }));
        const p = Partition.of(items, (item) => item.g);
        for (let g = 0; g <= 7; g++) {
          const expected = items.filter((item) => item.g === g);
          expect(p.count(g)).toBe(expected.length);
          expect(p.list(g)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
