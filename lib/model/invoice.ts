import { z } from 'zod';
import { Currency, IsoDate, MinorUnits, Text, Timestamp } from './primitives';

/**
 * One invoice as read from a page or a CSV row: what the invoicing app says, nothing more.
 * `due` is absent when the app does not show it (Tryton's list): the ledger says
 * "overdue, date unknown" rather than guessing.
 */
export const InvoiceObservation = z.object({
  number: Text(200).min(1),
  customer: Text(300).min(1),
  email: Text(320).optional(),
  phone: Text(100).optional(),
  issued: IsoDate.optional(),
  due: IsoDate.optional(),
  total: MinorUnits.optional(),
  /** What is still owed: 0 when paid, negative for an open credit note. */
  balance: MinorUnits,
  currency: Currency,
  /** The app's own status word ("Overdue", "Partially paid", "Payé"...). */
  status: Text(100).optional(),
  /** The app marks the row overdue (a red row, an "overdue" badge) even when no due date is shown. */
  overdue: z.boolean().optional(),
  /** The date it was paid in full, when the app shows it. */
  paidOn: IsoDate.optional(),
  /**
   * The list shows the invoice's total and no amount due: `balance` is that total, and part of it
   * may be paid ("total shown, part-payment possible") until a more specific source (the
   * invoice's own page, a customer balance that adds up) confirms it.
   */
  balanceFromTotal: z.boolean().optional(),
  /**
   * The list of its source it was read from (lib/extract/read/list-completeness.ts's listKey): a complete
   * read of that list alone marks it "not seen since". Absent for CSV rows (a file is one list).
   */
  list: z.string().max(40).optional(),
});
export type InvoiceObservation = z.infer<typeof InvoiceObservation>;

/** A stored invoice: an observation plus where and when Owed saw it. */
export const Invoice = InvoiceObservation.extend({
  /** `${source}#${number}`: stable across re-reads. */
  id: z.string().min(1),
  /** Where it was read: the app's origin ("https://go.xero.com") or "csv:<file name>". */
  source: Text(500).min(1),
  debtorId: z.string().min(1),
  firstSeenAt: Timestamp,
  seenAt: Timestamp,
  /** Set when a complete read of its source no longer listed it. Never deleted. */
  missingSince: Timestamp.optional(),
  /** The date it was first seen with nothing left to pay (when the app does not say): history now. */
  paidSeenOn: IsoDate.optional(),
  /**
   * Never stored: set by the ledger on its copy when payments the owner logged are not yet seen in
   * the app ("paid per your log"); `balance` is then what the app shows minus this.
   */
  loggedPaid: MinorUnits.positive().optional(),
  /**
   * The amounts it had before a re-read changed them, oldest first: each with the time it was
   * replaced (lib/db/merge-observation.ts). The last 50 changes are kept.
   */
  amounts: z
    .array(z.object({ until: Timestamp, balance: MinorUnits, total: MinorUnits.optional() }))
    .max(50)
    .optional(),
});
export type Invoice = z.infer<typeof Invoice>;

export const invoiceId = (source: string, number: string) => `${source}#${number}`;

/** Open means something is still owed and the app still lists it. */
export const isOpen = (inv: Invoice) => inv.balance > 0 && inv.missingSince === undefined;
