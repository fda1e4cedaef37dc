/**
 * Sorts in place, stably, without allocating: insertion sort for the short, nearly ordered lists a
 * single debtor has (its invoices, events, evidence). Array.prototype.sort allocates a work copy
 * on every call, which across 5,000 debtors was the ledger's largest source of garbage.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 64) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
