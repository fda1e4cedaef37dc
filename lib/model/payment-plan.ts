import { z } from 'zod';
import { Currency, IsoDate, MinorUnits, Text, Timestamp } from './primitives';

export const Installment = z.object({
  due: IsoDate,
  amount: MinorUnits.positive(),
  paidOn: IsoDate.optional(),
});
export type Installment = z.infer<typeof Installment>;

/** An agreed schedule to pay a balance in parts, backed by a signed promissory note. */
export const PaymentPlan = z.object({
  id: z.string().min(1),
  debtorId: z.string().min(1),
  createdAt: Timestamp,
  currency: Currency,
  installments: z.array(Installment).min(1).max(120),
  promissoryNote: z.object({ signed: z.boolean(), signedOn: IsoDate.optional() }),
  status: z.enum(['proposed', 'active', 'completed', 'cancelled']),
  note: Text().optional(),
  /** Set when a merge moved this plan from another debtor, so an unmerge can move it back. */
  mergedFrom: z.string().optional(),
});
export type PaymentPlan = z.infer<typeof PaymentPlan>;
