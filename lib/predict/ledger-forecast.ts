import type { DebtorView } from '../model';
import { cashForecast, type ForecastBucket } from './cash-forecast';
import { paymentHistory } from './payment-history';
import { predictPayments, type PaymentPrediction } from './predict-payment';

export type InvoicePrediction = PaymentPrediction & { number: string; amount: number; currency: string };

/** Typical days late across every debtor's paid invoices (the median): the guess for a debtor without history. */
export function typicalDaysLate(debtors: readonly Pick<DebtorView, 'history'>[]): number {
  const late: number[] = [];
  for (const d of debtors) for (const p of paymentHistory(d.history)) late.push(p.daysLate);
  if (late.length === 0) return 0;
  late.sort((a, b) => a - b);
  const mid = late.length >> 1;
  return late.length % 2 ? late[mid]! : (late[mid - 1]! + late[mid]!) / 2;
}

/** Each open invoice of one debtor with its predicted payment date and basis, oldest due first. */
export function debtorPredictions(
  debtor: Pick<DebtorView, 'openInvoices' | 'history' | 'events' | 'holds'>,
  today: string,
  population = 0,
): InvoicePrediction[] {
  const byId = new Map(debtor.openInvoices.map((i) => [i.id, i]));
  const holds = new Map((debtor.holds ?? []).map((h) => [h.invoiceId, h]));
  return predictPayments([...debtor.openInvoices, ...debtor.history], debtor.events, today, population).flatMap((p) => {
    const inv = byId.get(p.invoiceId);
    if (!inv) return [];
    const hold = holds.get(inv.id);
    // A paused invoice is not paid while it is disputed or on hold: not before its until date.
    const paused =
      hold && hold.until > p.date
        ? {
            date: hold.until,
            basis: `${hold.kind === 'dispute' ? 'disputed' : 'on hold'} until ${hold.until}; ${p.basis}`,
          }
        : {};
    return [{ ...p, ...paused, number: inv.number, amount: inv.balance, currency: inv.currency }];
  });
}

/** Cash expected in over the next 4, 8 and 12 weeks from every debtor's predicted payments. */
export function ledgerCashForecast(
  debtors: readonly Pick<DebtorView, 'openInvoices' | 'history' | 'events' | 'holds' | 'recovery'>[],
  today: string,
): ForecastBucket[] {
  const population = typicalDaysLate(debtors);
  // Money with an agency, in court or written off is not expected in on any date Owed can predict.
  return cashForecast(
    debtors.filter((d) => d.recovery === undefined).flatMap((d) => debtorPredictions(d, today, population)),
    today,
  );
}
