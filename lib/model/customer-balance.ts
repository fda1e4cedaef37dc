import { z } from 'zod';
import { Currency, MinorUnits, Text, Timestamp } from './primitives';

/**
 * What a page of per-customer balances says one customer owes: a customers list with a balance
 * column, or a receivables aging report (its total, and what of it is past due). Never an invoice:
 * it checks and completes the invoices read (lib/ledger/confirm-by-balance.ts).
 */
export const CustomerBalanceObservation = z.object({
  customer: Text(300).min(1),
  /** Everything the customer owes, as the page states it: negative when the app owes them. */
  balance: MinorUnits,
  currency: Currency,
  /** What of it is past due, when the page says (an aging report: its total less "Current"). */
  overdue: MinorUnits.optional(),
  /** What kind of page said it: a customers list, or an aging report. */
  from: z.enum(['customers', 'aging']),
});
export type CustomerBalanceObservation = z.infer<typeof CustomerBalanceObservation>;

/** A customer balance as stored: the last one each kind of page of a source showed for it. */
export const CustomerBalance = CustomerBalanceObservation.extend({
  /** `${source}#${from}#${debtorId}#${currency}`: one per customer, currency and kind of page. */
  id: z.string().min(1),
  source: Text(500).min(1),
  debtorId: z.string().min(1),
  seenAt: Timestamp,
});
export type CustomerBalance = z.infer<typeof CustomerBalance>;

export const customerBalanceId = (source: string, from: string, debtorId: string, currency: string) =>
  `${source}#${from}#${debtorId}#${currency}`;
