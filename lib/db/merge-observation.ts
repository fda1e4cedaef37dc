import { debtorIdFor, invoiceId, type Invoice, type InvoiceObservation } from '../model';

/**
 * The stored invoice after seeing `obs` again. What the page shows wins; what it does not show
 * (a due date learned from the invoice's own page, a paid date) is kept. The debtor an invoice
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
  if (merged.balance <= 0 && !merged.paidOn) merged.paidSeenOn = existing?.paidSeenOn ?? today;
  if (merged.balance > 0) delete merged.paidSeenOn;
  return merged;
}
