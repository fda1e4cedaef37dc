import type { LateFee } from '../model';

export interface LateFeeResult {
  /** In minor units of the invoice's currency. */
  amount: number;
  /** How it was worked out, in words, for the late-fee notice and the UI. */
  basis: string;
}

/**
 * The fee on one late invoice per Settings.lateFee, after the grace days:
 * - flat: the flat amount;
 * - percent-monthly: the percentage of the balance per month late, a started month counting whole;
 * - statutory-eu (Directive 2011/7/EU): reference rate + 8 points a year, simple interest by the day,
 *   plus a fixed €40 compensation;
 * - statutory-uk (Late Payment of Commercial Debts Act): base rate + 8 points a year, simple interest
 *   by the day, plus £40 / £70 / £100 compensation below £1,000 / £10,000 / above.
 * The fixed sums apply in the law's currency only (when `currency` is given). The reference rate
 * is typed by the user (Owed makes no network request); without it the statutory kinds charge the
 * compensation only and say so.
 */
export function lateFee(balance: number, daysLate: number, fee: LateFee, currency?: string): LateFeeResult {
  const days = daysLate - fee.graceDays;
  if (fee.kind === 'none' || days <= 0 || balance <= 0) return { amount: 0, basis: 'no late fee' };
  switch (fee.kind) {
    case 'flat': {
      const amount = fee.flat ?? 0;
      return { amount, basis: 'flat fee' };
    }
    case 'percent-monthly': {
      const percent = fee.percentPerMonth ?? 0;
      const months = Math.ceil(days / 30);
      return { amount: Math.round((balance * percent * months) / 100), basis: `${percent}% a month for ${months} month${months === 1 ? '' : 's'}` };
    }
    case 'statutory-eu':
    case 'statutory-uk': {
      const law = fee.kind === 'statutory-eu' ? 'EU late payment rules' : 'UK Late Payment of Commercial Debts Act';
      // The fixed sums are in euros / pounds: in another currency they would need a rate Owed does not fetch.
      const lawCurrency = fee.kind === 'statutory-eu' ? 'EUR' : 'GBP';
      const inLawCurrency = currency === undefined || currency === lawCurrency;
      const compensation = !inLawCurrency ? 0
        : fee.kind === 'statutory-eu' ? 40_00 : balance < 1_000_00 ? 40_00 : balance < 10_000_00 ? 70_00 : 100_00;
      const fixed = inLawCurrency ? 'fixed compensation' : `no fixed compensation (it is set in ${lawCurrency})`;
      if (fee.referenceRate === undefined) {
        return { amount: compensation, basis: `${fixed} under the ${law} (interest not included: no reference rate set)` };
      }
      const yearly = fee.referenceRate + 8;
      const interest = Math.max(0, Math.round((balance * yearly * days) / 100 / 365));
      return { amount: interest + compensation, basis: `${yearly}% a year for ${days} days plus ${fixed} under the ${law}` };
    }
  }
}
