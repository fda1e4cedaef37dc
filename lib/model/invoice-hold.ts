import { z } from 'zod';
import { IsoDate, Text, Timestamp } from './primitives';

/**
 * One invoice paused, not the customer: disputed or on hold until a date. Reminders, fees and
 * calls skip it while the customer's other invoices keep their cadence. A dispute is also
 * evidence for the classifier and gets its own follow-up: resolve it by `until`.
 */
export const InvoiceHold = z.object({
  /** The invoice's id (`${source}#${number}`). */
  invoiceId: z.string().min(1),
  debtorId: z.string().min(1),
  kind: z.enum(['dispute', 'hold']),
  reason: Text(2000).default(''),
  /** Resolve or review by this date; the pause ends after it. */
  until: IsoDate,
  at: Timestamp,
  /** Never stored: a dispute the owner logged against named invoices, paused by the ledger until it is resolved. */
  fromLog: z.boolean().optional(),
  /** Never stored: the logged dispute is "never received" (answered with a statement). */
  neverReceived: z.boolean().optional(),
});
export type InvoiceHold = z.infer<typeof InvoiceHold>;
export type InvoiceHoldInput = z.input<typeof InvoiceHold>;

/** A hold is in force on `today` (YYYY-MM-DD) until its date has passed. */
export const holdInForce = (hold: InvoiceHold, today: string) => hold.until >= today;
