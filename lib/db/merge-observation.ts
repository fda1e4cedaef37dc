import { debtorIdFor, invoiceId, type Invoice, type InvoiceObservation } from '../model';

/**
 * The stored invoice after seeing `obs` again. What the page shows wins; what it does not show
 * (a due date learned from the invoice's own page, a paid date) is kept, and so are the amounts a
 * re-read changed (`amounts`). The debtor an invoice
 * belongs to never changes once set: the user may have merged customers by hand.
 */
export function mergeObservation(
  existing: Invoice | undefined,
  obs: InvoiceObservation,
  source: string,
  now: number,
  today: string,
  resolveDebtor: (customer: string) => string = debtorIdFor,
): Invoice {
  const shown = Object.fromEntries(Object.entries(obs).filter(([, v]) => v !== undefined)) as InvoiceObservation;
  const merged: Invoice = {
    ...existing,
    ...shown,
    id: invoiceId(source, obs.number),
    source,
    debtorId: existing?.debtorId ?? resolveDebtor(obs.customer),
    firstSeenAt: existing?.firstSeenAt ?? now,
    seenAt: now,
  };
  delete merged.missingSince;
  keepConfirmedBalance(merged, existing, obs);
  // A changed amount is kept in the invoice's history, never overwritten without a trace.
  if (existing && (existing.balance !== merged.balance || existing.total !== merged.total)) {
    const before: NonNullable<Invoice['amounts']>[number] = { until: now, balance: existing.balance };
    if (existing.total !== undefined) before.total = existing.total;
    merged.amounts = [...(existing.amounts ?? []), before].slice(-50);
  }
  if (merged.balance <= 0 && !merged.paidOn) merged.paidSeenOn = existing?.paidSeenOn ?? today;
  if (merged.balance > 0) delete merged.paidSeenOn;
  return merged;
}

/**
 * A list that shows only totals does not undo a balance a more specific source confirmed (the
 * invoice's own page, a customer balance): while the total is the same, the confirmed balance stays.
 */
export function keepConfirmedBalance(merged: Invoice, existing: Invoice | undefined, obs: InvoiceObservation) {
  if (!obs.balanceFromTotal) {
    delete merged.balanceFromTotal; // the page now says what is due
    return;
  }
  if (!existing || existing.balanceFromTotal) return;
  if (existing.currency !== obs.currency || existing.total === undefined || existing.total !== obs.total) return;
  merged.balance = existing.balance;
  delete merged.balanceFromTotal;
}
