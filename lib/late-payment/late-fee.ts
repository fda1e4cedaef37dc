import type { LateFee } from '../model';
import { simpleInterest, statutoryClaim } from './statutory';

export interface FeeLine {
  /** The user's wording ("Late payment fee"). */
  label: string;
  /** In the invoice's currency, minor units. */
  amount: number;
  currency: string;
  /** A second fixed amount when the law sets it in another currency (EU €40 on a USD invoice). */
  extra?: { amount: number; currency: string };
  basis: string;
}

/**
 * The late fee an overdue invoice carries under the user's policy, or null when none applies
 * (no policy, not late beyond the grace days, nothing owed).
 */
export function lateFeeFor(
  policy: LateFee,
  invoice: { balance: number; currency: string },
  daysLate: number,
): FeeLine | null {
  const days = daysLate - policy.graceDays;
  if (policy.kind === 'none' || days <= 0 || invoice.balance <= 0) return null;
  const line = { label: policy.wording, currency: invoice.currency };
  switch (policy.kind) {
    case 'flat':
      return policy.flat ? { ...line, amount: policy.flat, basis: 'flat late fee' } : null;
    case 'percent-monthly': {
      const pct = policy.percentPerMonth ?? 0;
      if (pct <= 0) return null;
      return {
        ...line,
        amount: simpleInterest(invoice.balance, pct * 12, days),
        basis: `${pct}% a month for ${days} days`,
      };
    }
    case 'statutory-eu':
    case 'statutory-uk': {
      const claim = statutoryClaim(
        policy.kind === 'statutory-eu' ? 'eu' : 'uk',
        invoice.balance,
        daysLate,
        policy.referenceRate ?? 0,
      );
      const sameCurrency = claim.compensationCurrency === invoice.currency;
      // Interest needs the rate the user types: without it, claim the fixed sum only and say so.
      const interest = policy.referenceRate === undefined ? 0 : claim.interest;
      return {
        ...line,
        amount: interest + (sameCurrency ? claim.compensation : 0),
        ...(sameCurrency ? {} : { extra: { amount: claim.compensation, currency: claim.compensationCurrency } }),
        basis:
          policy.referenceRate === undefined
            ? `${claim.basis.split(':')[0]}: fixed compensation only (interest not included: no reference rate set)`
            : claim.basis,
      };
    }
  }
}
