import { describe, expect, it } from 'vitest';
import { lateFeeFor } from '../../../lib/late-payment/late-fee';
import type { LateFee } from '../../../lib/model';

const fee = (f: Partial<LateFee>): LateFee => ({ kind: 'none', graceDays: 0, wording: 'Late payment fee', ...f });
const usd = (balance: number) => ({ balance, currency: 'USD' });

describe('lateFeeFor: the one late-fee rule (reminders, statements, letters, options)', () => {
  it('charges nothing without a policy, within the grace days, or on nothing owed', () => {
    expect(lateFeeFor(fee({}), usd(1_000_00), 30)).toBeNull();
    expect(lateFeeFor(fee({ kind: 'flat', flat: 25_00, graceDays: 7 }), usd(1_000_00), 7)).toBeNull();
    expect(lateFeeFor(fee({ kind: 'flat', flat: 25_00 }), usd(0), 30)).toBeNull();
    expect(
      lateFeeFor(fee({ kind: 'statutory-eu', referenceRate: 2 }), { balance: 1_000_00, currency: 'EUR' }, 0),
    ).toBeNull();
  });

  it('carries the user wording and the basis', () => {
    const line = lateFeeFor(
      fee({ kind: 'flat', flat: 25_00, graceDays: 7, wording: 'Admin charge' }),
      usd(1_000_00),
      8,
    )!;
    expect(line).toEqual({ label: 'Admin charge', amount: 25_00, currency: 'USD', basis: 'flat late fee' });
  });

  it('EU: reference rate + 8 points by the day, plus €40 in euros', () => {
    // 10% a year on €10,000 for 73 days = €200, plus €40
    const eur = lateFeeFor(
      fee({ kind: 'statutory-eu', referenceRate: 2 }),
      { balance: 10_000_00, currency: 'EUR' },
      73,
    )!;
    expect(eur.amount).toBe(200_00 + 40_00);
    expect(eur.extra).toBeUndefined();
    expect(eur.basis).toMatch(/10% a year \(2% reference rate \+ 8\) for 73 days/);
  });

  it('UK: base rate + 8 %, plus £70 on a debt between £1,000 and £10,000', () => {
    // 12% a year on £5,000 for 10 days = £16.44
    expect(
      lateFeeFor(fee({ kind: 'statutory-uk', referenceRate: 4 }), { balance: 5_000_00, currency: 'GBP' }, 10)!.amount,
    ).toBe(16_44 + 70_00);
  });

  it('without a reference rate, claims the fixed compensation only and says why', () => {
    const line = lateFeeFor(fee({ kind: 'statutory-uk' }), { balance: 500_00, currency: 'GBP' }, 10)!;
    expect(line.amount).toBe(40_00);
    expect(line.basis).toMatch(/interest not included: no reference rate set/);
  });
});
