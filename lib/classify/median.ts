/**
 * The median of numbers (the mean of the middle two for an even count), of the whole list or of
 * values[from..to). The ledger takes medians of a few values per debtor for thousands of debtors:
 * short lists are sorted in one shared scratch buffer instead of a copy each time.
 */
const scratch = new Float64Array(64);

export function median(values: readonly number[], from = 0, to = values.length): number {
  const n = to - from;
  if (n > scratch.length) {
    const sorted = values.slice(from, to).sort((a, b) => a - b);
    return middle(sorted, n);
  }
  // Insertion sort into the scratch buffer, ascending.
  for (let i = 0; i < n; i++) {
    const v = values[from + i]!;
    let j = i - 1;
    while (j >= 0 && scratch[j]! > v) {
      scratch[j + 1] = scratch[j]!;
      j--;
    }
    scratch[j + 1] = v;
  }
  return middle(scratch, n);
}

function middle(sorted: ArrayLike<number>, n: number): number {
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
