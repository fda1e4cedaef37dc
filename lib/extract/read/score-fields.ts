import type { InvoiceObservation } from '../../model';

export interface FieldScore {
  /** Fields read right / fields read (1 when nothing was read: nothing wrong was said). */
  precision: number;
  /** Fields read right / fields expected. */
  recall: number;
  correct: number;
  read: number;
  expected: number;
  /** What differed, for people: "INV-2.due: got 2026-03-04, expected 2026-04-03". */
  misses: string[];
}

/**
 * Field-level precision and recall of a read against what a page really shows, invoices matched
 * by number. An invoice read that the page does not have costs precision on all its fields.
 */
export function scoreFields(
  expected: readonly InvoiceObservation[],
  actual: readonly InvoiceObservation[],
): FieldScore {
  const want = new Map(expected.map((i) => [i.number, i]));
  const got = new Map(actual.map((i) => [i.number, i]));
  let correct = 0;
  let read = 0;
  let exp = 0;
  const misses: string[] = [];
  const count = (o: InvoiceObservation) => Object.values(o).filter((v) => v !== undefined && v !== false).length;
  for (const e of expected) exp += count(e);
  for (const a of actual) {
    read += count(a);
    const e = want.get(a.number);
    if (!e) {
      misses.push(`${a.number}: not an invoice of the page`);
      continue;
    }
    const keys = new Set([...Object.keys(e), ...Object.keys(a)] as (keyof InvoiceObservation)[]);
    for (const k of keys) {
      const [ev, av] = [e[k], a[k]];
      const has = (v: unknown) => v !== undefined && v !== false;
      if (has(ev) && has(av) && ev === av) correct++;
      else if (has(ev) || has(av)) misses.push(`${a.number}.${k}: got ${String(av)}, expected ${String(ev)}`);
    }
  }
  for (const e of expected) if (!got.has(e.number)) misses.push(`${e.number}: missed`);
  return {
    precision: read ? correct / read : 1,
    recall: exp ? correct / exp : 1,
    correct,
    read,
    expected: exp,
    misses,
  };
}
