import type { DebtorView, Settings } from '../../lib/model';
import { daysBetween } from '../../lib/format';

/**
 * The views' one door to lib/insight (issue 4: ageing buckets, DSO, receivables against a month
 * of sales, the agency/court check). Until it lands this holds a small stand-in with the same
 * shape, in the home currency only, so switching is this file only.
 */
export interface AgeingBucket { label: string; minor: number; count: number }
export interface LedgerHealthFacts {
  currency: string;
  buckets: AgeingBucket[];
  receivables: number;
  /** Average invoiced per month over the last 90 days. */
  monthOfSales: number;
  /** Days sales outstanding over the last 90 days; null without sales. */
  dso: number | null;
  healthy: boolean;
  /** Debtors left out because they owe in another currency. */
  otherCurrencies: number;
}

const BUCKETS: [string, number, number][] = [
  ['Current', -Infinity, 0], ['1–30', 1, 30], ['31–60', 31, 60], ['61–90', 61, 90], ['90+', 91, Infinity],
];

export function ledgerHealth(debtors: DebtorView[], settings: Settings, today: string): LedgerHealthFacts {
  const currency = settings.homeCurrency;
  const buckets = BUCKETS.map(([label]) => ({ label, minor: 0, count: 0 }));
  let receivables = 0, sales90 = 0, otherCurrencies = 0;
  for (const d of debtors) {
    let other = false;
    for (const inv of [...d.openInvoices, ...d.history]) {
      if (inv.currency !== currency) { other ||= inv.balance > 0; continue; }
      if (inv.issued && daysBetween(inv.issued, today) <= 90 && daysBetween(inv.issued, today) >= 0) sales90 += inv.total ?? inv.balance;
    }
    for (const inv of d.openInvoices) {
      if (inv.currency !== currency) continue;
      const late = inv.due ? daysBetween(inv.due, today) : 0;
      const i = BUCKETS.findIndex(([, lo, hi]) => late >= lo && late <= hi);
      buckets[i]!.minor += inv.balance;
      buckets[i]!.count++;
      receivables += inv.balance;
    }
    if (other) otherCurrencies++;
  }
  const monthOfSales = Math.round(sales90 / 3);
  return {
    currency, buckets, receivables, monthOfSales,
    dso: sales90 > 0 ? Math.round((receivables / sales90) * 90) : null,
    healthy: receivables <= monthOfSales,
    otherCurrencies,
  };
}

export type RecoveryOption = 'pursue' | 'agency' | 'court' | 'write-off';
export interface RecoveryCheck {
  recommend: RecoveryOption;
  why: string;
  /** What each route would cost and bring back, in minor units of the debtor's currency. */
  agencyFee: number;
  agencyNet: number;
  courtCost: number;
  courtNet: number;
}

export function recoveryCheck(debtor: DebtorView, settings: Settings): RecoveryCheck {
  const amount = debtor.balance;
  const { agencyFeePercent, courtFixedCost, hourlyValue } = settings.recovery;
  const agencyFee = Math.round((amount * agencyFeePercent) / 100);
  const courtCost = courtFixedCost + 4 * hourlyValue;
  const agencyNet = amount - agencyFee;
  const courtNet = amount - courtCost;
  let recommend: RecoveryOption;
  let why: string;
  if (debtor.oldestDaysLate < 45 && debtor.classification.standing !== 'angry') {
    recommend = 'pursue'; why = 'still early: keep following up yourself before paying anyone to collect';
  } else if (agencyNet <= hourlyValue && courtNet <= hourlyValue) {
    recommend = 'write-off'; why = 'collecting would cost about what it brings back';
  } else if (courtNet > agencyNet) {
    recommend = 'court'; why = 'the amount is large enough that court costs less than the agency fee';
  } else {
    recommend = 'agency'; why = 'the agency fee is the cheaper way to recover it';
  }
  return { recommend, why, agencyFee, agencyNet, courtCost, courtNet };
}
