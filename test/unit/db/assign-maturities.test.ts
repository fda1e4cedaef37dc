import { describe, expect, it } from 'vitest';
import { assignMaturities } from '../../../lib/db/assign-maturities';
import type { Invoice } from '../../../lib/model';

const inv = (number: string, balance: number, extra: Partial<Invoice> = {}): Invoice => ({
  id: `s#${number}`,
  number,
  customer: 'Acme',
  balance,
  currency: 'EUR',
  source: 's',
  debtorId: 'acme',
  firstSeenAt: 1,
  seenAt: 1,
  ...extra,
});
const debtorOf = (customer: string) => customer.toLowerCase();

describe('assignMaturities', () => {
  it('gives a due date to the open invoice whose amount matches, an undated one first, else the oldest undated', () => {
    const invoices = [
      inv('1', 1000, { issued: '2026-08-01' }),
      inv('2', 250, { issued: '2026-09-01', due: '2026-12-01' }),
      inv('3', 250, { issued: '2026-09-02' }),
      inv('4', 400, { issued: '2026-10-01' }),
    ];
    const dated = assignMaturities(
      invoices,
      [
        { customer: 'ACME', due: '2026-10-01', amount: 250 },
        { customer: 'Acme', due: '2026-09-01' },
      ],
      debtorOf,
    );
    expect(dated.map((i) => [i.number, i.due])).toEqual([
      ['3', '2026-10-01'],
      ['1', '2026-09-01'],
    ]);
    // Nothing it was given changes.
    expect(invoices.map((i) => i.due)).toEqual([undefined, '2026-12-01', undefined, undefined]);
  });

  it('never gives a later date, another currency, a paid, gone or other debtor invoice', () => {
    const invoices = [
      inv('1', 500, { due: '2026-08-31' }),
      inv('2', 0),
      inv('3', 500, { missingSince: 5 }),
      inv('4', 500, { currency: 'USD' }),
      inv('5', 500, { debtorId: 'globex' }),
    ];
    expect(
      assignMaturities(invoices, [{ customer: 'Acme', due: '2026-09-30', amount: 500, currency: 'EUR' }], debtorOf),
    ).toEqual([]);
    // An earlier date than the one it has is kept, once, as it ends up.
    expect(
      assignMaturities(
        invoices,
        [
          { customer: 'Acme', due: '2026-08-15', amount: 500, currency: 'EUR' },
          { customer: 'Acme', due: '2026-08-01', amount: 500, currency: 'EUR' },
        ],
        debtorOf,
      ).map((i) => [i.number, i.due]),
    ).toEqual([['1', '2026-08-01']]);
  });
});
