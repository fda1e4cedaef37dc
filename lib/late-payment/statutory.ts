/**
 * Statutory late-payment interest and fixed compensation for business-to-business debts.
 *
 * - EU, Directive 2011/7/EU: interest at the reference rate + 8 percentage points, simple, from the
 *   day after the due date; a fixed €40 for recovery costs per invoice.
 * - UK, Late Payment of Commercial Debts (Interest) Act 1998: interest at the Bank of England base
 *   rate + 8 %, simple, daily; fixed compensation of £40 (debt under £1,000), £70 (under £10,000)
 *   or £100 (£10,000 or more) per invoice.
 *
 * The reference / base rate is what the user enters (Owed makes no network request). Amounts are
 * minor units; interest is rounded to the nearest minor unit.
 */
export type Jurisdiction = 'eu' | 'uk';

export interface StatutoryClaim {
  jurisdiction: Jurisdiction;
  daysLate: number;
  /** Annual rate applied, in percent (reference rate + 8). */
  annualRate: number;
  /** Interest so far, in the invoice's currency. */
  interest: number;
  /** Fixed compensation and its currency (EUR for the EU, GBP for the UK). */
  compensation: number;
  compensationCurrency: 'EUR' | 'GBP';
  /** How it was worked out, for the reminder's fee line. */
  basis: string;
}

const STATUTORY_MARGIN = 8;

/** UK fixed sum by the size of the debt (in pence). */
export function ukCompensation(debtPence: number): number {
  if (debtPence < 100_000) return 4_000;
  if (debtPence < 1_000_000) return 7_000;
  return 10_000;
}

/** Simple interest in minor units: amount × rate × days / 365. */
export function simpleInterest(amount: number, annualRatePercent: number, days: number): number {
  if (amount <= 0 || days <= 0 || annualRatePercent <= 0) return 0;
  return Math.round((amount * annualRatePercent * days) / (100 * 365));
}

export function statutoryClaim(
  jurisdiction: Jurisdiction,
  balance: number,
  daysLate: number,
  referenceRate: number,
): StatutoryClaim {
  const annualRate = Math.max(0, referenceRate) + STATUTORY_MARGIN;
  const days = Math.max(0, daysLate);
  const interest = simpleInterest(balance, annualRate, days);
  const late = days > 0 && balance > 0;
  const compensation = !late ? 0 : jurisdiction === 'eu' ? 4_000 : ukCompensation(balance);
  const law =
    jurisdiction === 'eu'
      ? 'EU Late Payment Directive 2011/7/EU'
      : 'Late Payment of Commercial Debts (Interest) Act 1998';
  const rateWords = `${fmtRate(referenceRate)}% ${jurisdiction === 'eu' ? 'reference rate' : 'base rate'} + 8`;
  return {
    jurisdiction,
    daysLate: days,
    annualRate,
    interest,
    compensation,
    compensationCurrency: jurisdiction === 'eu' ? 'EUR' : 'GBP',
    basis: `${law}: interest at ${fmtRate(annualRate)}% a year (${rateWords}) for ${days} ${days === 1 ? 'day' : 'days'}, plus fixed compensation`,
  };
}

const fmtRate = (r: number) => String(Math.round(r * 100) / 100);
