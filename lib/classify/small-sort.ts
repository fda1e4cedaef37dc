/**
 * Sorts items[from..to) (the whole list by default) in place, stably, without allocating: insertion
 * sort for the short, nearly ordered lists a single debtor has (its invoices, events, evidence).
 * Array.prototype.sort allocates a work copy on every call, which across 5,000 debtors was the
 * ledger's largest source of garbage.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number, from = 0, to = items.length): T[] {
  if (to - from > 64) {
    if (from === 0 && to === items.length) return items.sort(compare);
    const sorted = items.slice(from, to).sort(compare);
    for (let i = 0; i < sorted.length; i++) items[from + i] = sorted[i]!;
    return items;
  }
  for (let i = from + 1; i < to; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= from && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
