import { describe, expect, it } from 'vitest';
import { lateFeeFor } from '../../../lib/late-payment/late-fee';
import { simpleInterest, statutoryClaim, ukCompensation } from '../../../lib/late-payment/statutory';

describe('UK Late Payment of Commercial Debts (Interest) Act', () => {
  it('worked example: £5,000 paid 30 days late at a 4.75% base rate', () => {
    // 12.75% a year: 5000 × 0.1275 × 30 / 365 = £52.40; compensation £70 for a debt of £1,000–£9,999.99
    const c = statutoryClaim('uk', 500_000, 30, 4.75);
    expect(c.annualRate).toBe(12.75);
    expect(c.interest).toBe(5240);
    expect(c.compensation).toBe(7000);
    expect(c.compensationCurrency).toBe('GBP');
    expect(c.basis).toMatch(/12\.75% a year \(4\.75% base rate \+ 8\) for 30 days/);
  });
  it('fixed sums by size of debt', () => {
    expect(ukCompensation(99_999)).toBe(4000);
    expect(ukCompensation(100_000)).toBe(7000);
    expect(ukCompensation(999_999)).toBe(7000);
    expect(ukCompensation(1_000_000)).toBe(10_000);
  });
});

describe('EU Late Payment Directive', () => {
  it('worked example: €10,000 paid 60 days late at a 2.15% reference rate', () => {
    // 10.15% a year: 10000 × 0.1015 × 60 / 365 = €166.85; €40 per invoice
    const c = statutoryClaim('eu', 1_000_000, 60, 2.15);
    expect(c.interest).toBe(16_685);
    expect(c.compensation).toBe(4000);
    expect(c.compensationCurrency).toBe('EUR');
  });
  it('nothing before the due date, a negative reference rate counts as zero', () => {
    expect(statutoryClaim('eu', 100_000, 0, 2).interest).toBe(0);
    expect(statutoryClaim('eu', 100_000, 0, 2).compensation).toBe(0);
    expect(statutoryClaim('eu', 365_000, 365, -0.5).interest).toBe(29_200);
  });
});

describe('lateFeeFor', () => {
  const base = { graceDays: 0, wording: 'Late payment fee' };
  it('applies no fee within the grace days', () => {
    expect(
      lateFeeFor({ ...base, kind: 'flat', flat: 2500, graceDays: 5 }, { balance: 10_000, currency: 'USD' }, 5),
    ).toBeNull();
    expect(
      lateFeeFor({ ...base, kind: 'flat', flat: 2500, graceDays: 5 }, { balance: 10_000, currency: 'USD' }, 6)?.amount,
    ).toBe(2500);
  });
  it('charges a monthly percentage as simple daily interest', () => {
    // 1.5% a month = 18% a year: 1000 × 0.18 × 30 / 365 = 14.79
    expect(
      lateFeeFor({ ...base, kind: 'percent-monthly', percentPerMonth: 1.5 }, { balance: 100_000, currency: 'USD' }, 30)
        ?.amount,
    ).toBe(1479);
  });
  it('adds the statutory compensation in the invoice currency, or apart when the law sets another', () => {
    const uk = lateFeeFor(
      { ...base, kind: 'statutory-uk', referenceRate: 4.75 },
      { balance: 500_000, currency: 'GBP' },
      30,
    )!;
    expect(uk.amount).toBe(5240 + 7000);
    const eu = lateFeeFor(
      { ...base, kind: 'statutory-eu', referenceRate: 2.15, wording: 'Intérêts de retard' },
      { balance: 1_000_000, currency: 'USD' },
      60,
    )!;
    expect(eu).toMatchObject({ label: 'Intérêts de retard', amount: 16_685, extra: { amount: 4000, currency: 'EUR' } });
  });
  it('rounds interest to the minor unit', () => {
    expect(simpleInterest(1, 10, 1)).toBe(0);
    expect(simpleInterest(365_000, 10, 1)).toBe(100);
  });
});
