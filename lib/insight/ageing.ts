import type { Invoice } from '../model';
import { dayNumber } from '../time/calendar';
import { isDraft } from '../classify/debtor-facts';

export const AGEING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export interface Ageing {
  /** Open balance per bucket, in minor units of `currency`. */
  amounts: Record<AgeingBucket, number>;
  counts: Record<AgeingBucket, number>;
  total: number;
}

const empty = (): Ageing => ({
  amounts: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
  counts: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
  total: 0,
});

/** The bucket of an open invoice by days past due; unknown due dates flagged overdue count as 1–30. */
export function bucketOf(inv: Invoice, todayDay: number): AgeingBucket {
  if (inv.due === undefined) return inv.overdue ? '1-30' : 'current';
  const late = todayDay - dayNumber(inv.due);
  return late <= 0 ? 'current' : late <= 30 ? '1-30' : late <= 60 ? '31-60' : late <= 90 ? '61-90' : '90+';
}

/** Aged receivables per currency (amounts in different currencies are never added together). */
export function ageing(invoices: Invoice[], today: string): Record<string, Ageing> {
  const todayDay = dayNumber(today);
  const byCurrency: Record<string, Ageing> = {};
  for (const inv of invoices) {
    if (inv.balance <= 0 || inv.missingSince !== undefined || isDraft(inv)) continue;
    const a = (byCurrency[inv.currency] ??= empty());
    const bucket = bucketOf(inv, todayDay);
    a.amounts[bucket] += inv.balance;
    a.counts[bucket]++;
    a.total += inv.balance;
  }
  return byCurrency;
}
