import type { Invoice } from '../model';
import type { PageRead } from '../model/page-read';

/**
 * Due dates a page shows without invoice numbers (PageRead.maturities), given to invoices: each
 * to the customer's open invoice whose balance or total matches the amount (an undated one
 * first), else to the oldest open invoice with no due date. A date is given only when it is
 * earlier than the one the invoice has. `invoices` are the source's invoices as they will be
 * stored; returns the invoices dated, each once, as they end up.
 */
export function assignMaturities(
  invoices: Iterable<Invoice>,
  maturities: PageRead['maturities'],
  debtorOf: (customer: string) => string,
): Invoice[] {
  const stored = new Map<string, Invoice>();
  for (const inv of invoices) stored.set(inv.id, inv);
  const dated = new Map<string, Invoice>();
  for (const m of maturities) {
    const debtor = debtorOf(m.customer);
    const open = [...stored.values()]
      .filter(
        (i) =>
          i.debtorId === debtor &&
          i.balance > 0 &&
          i.missingSince === undefined &&
          (!m.currency || i.currency === m.currency),
      )
      .sort((a, b) => (a.issued ?? '').localeCompare(b.issued ?? '') || a.number.localeCompare(b.number));
    const target =
      (m.amount !== undefined && open.find((i) => !i.due && (i.balance === m.amount || i.total === m.amount))) ||
      (m.amount !== undefined && open.find((i) => i.balance === m.amount || i.total === m.amount)) ||
      open.find((i) => !i.due);
    if (!target || (target.due !== undefined && target.due <= m.due)) continue;
    const next = { ...target, due: m.due };
    stored.set(next.id, next);
    dated.set(next.id, next);
  }
  return [...dated.values()];
}
