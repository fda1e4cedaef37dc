import { describe, expect, it } from 'vitest';
import type { ContactEvent, Invoice } from '../../../lib/model';
import { cashForecast } from '../../../lib/predict/cash-forecast';
import { predictPayments } from '../../../lib/predict/predict-payment';
import { scorePredictions } from '../../bench/prediction-accuracy';

const inv = (number: string, due: string, balance: number, paidOn?: string, extra: Partial<Invoice> = {}): Invoice => ({
  id: number,
  number,
  customer: 'Acme',
  source: 's',
  debtorId: 'acme',
  due,
  issued: undefined,
  total: 10_000,
  balance,
  currency: 'USD',
  paidOn,
  firstSeenAt: 0,
  seenAt: 0,
  ...extra,
});

describe('predictPayments', () => {
  it('expects a steady payer to pay as late as they usually do', () => {
    const history = [
      inv('1', '2026-06-01', 0, '2026-06-08'),
      inv('2', '2026-07-01', 0, '2026-07-08'),
      inv('3', '2026-08-01', 0, '2026-08-08'),
    ];
    const [p] = predictPayments([...history, inv('4', '2026-12-01', 10_000)], [], '2026-11-23');
    expect(p).toMatchObject({ invoiceId: '4', date: '2026-12-08', daysLate: 7 });
    expect(p!.basis).toMatch(/paid 3 invoices 7 days late/);
  });

  it('carries a lengthening delay forward (the cash-flow sign)', () => {
    const history = [
      inv('1', '2026-03-01', 0, '2026-03-03'),
      inv('2', '2026-04-01', 0, '2026-04-13'),
      inv('3', '2026-05-01', 0, '2026-05-23'),
      inv('4', '2026-06-01', 0, '2026-07-03'),
    ];
    const [p] = predictPayments([...history, inv('5', '2026-07-01', 10_000)], [], '2026-07-01');
    expect(p!.daysLate).toBeGreaterThan(32);
    expect(p!.basis).toMatch(/later each time/);
  });

  it('never predicts a date already past, and pays the oldest invoices first', () => {
    const history = [inv('1', '2026-06-01', 0, '2026-06-04')];
    const preds = predictPayments(
      [...history, inv('2', '2026-09-01', 5000), inv('3', '2026-11-20', 5000)],
      [],
      '2026-11-23',
    );
    expect(preds.map((p) => p.invoiceId)).toEqual(['2', '3']);
    expect(preds[0]!.date >= '2026-11-23').toBe(true);
    expect(preds[1]!.date >= preds[0]!.date).toBe(true);
    expect(preds[0]!.basis).toMatch(/already later than they usually pay/);
  });

  it('takes a pending promise to pay from a debtor who keeps promises', () => {
    const promise: ContactEvent = {
      id: 'p',
      debtorId: 'acme',
      kind: 'promise',
      at: Date.UTC(2026, 10, 20),
      text: '',
      promise: { date: '2026-11-28' },
    };
    const [p] = predictPayments([inv('1', '2026-11-01', 5000)], [promise], '2026-11-23');
    expect(p).toMatchObject({ date: '2026-11-28' });
    expect(p!.basis).toMatch(/promised to pay by 2026-11-28/);
  });

  it('pushes the date back after broken promises', () => {
    const broken: ContactEvent = {
      id: 'b',
      debtorId: 'acme',
      kind: 'promise',
      at: Date.UTC(2026, 9, 1),
      text: '',
      promise: { date: '2026-10-05' },
    };
    const history = [inv('1', '2026-06-01', 0, '2026-06-04')];
    const [without] = predictPayments([...history, inv('2', '2026-12-10', 5000)], [], '2026-11-23');
    const [withBroken] = predictPayments([...history, inv('2', '2026-12-10', 5000)], [broken], '2026-11-23');
    expect(withBroken!.daysLate - without!.daysLate).toBe(7);
    expect(withBroken!.basis).toMatch(/1 broken promise/);
  });

  it('skips paid, vanished and draft invoices', () => {
    const preds = predictPayments(
      [
        inv('1', '2026-12-01', 0),
        inv('2', '2026-12-01', 10, undefined, { missingSince: 1 }),
        inv('3', '2026-12-01', 10, undefined, { status: 'Draft' }),
      ],
      [],
      '2026-11-23',
    );
    expect(preds).toEqual([]);
  });
});

describe('cashForecast', () => {
  it('sums expected payments per currency over 4, 8 and 12 weeks, cumulatively', () => {
    const f = cashForecast(
      [
        { invoiceId: 'a', date: '2026-12-01', daysLate: 0, basis: '', amount: 100, currency: 'USD' },
        { invoiceId: 'b', date: '2027-01-10', daysLate: 0, basis: '', amount: 50, currency: 'USD' },
        { invoiceId: 'c', date: '2027-02-10', daysLate: 0, basis: '', amount: 70, currency: 'EUR' },
      ],
      '2026-11-23',
    );
    expect(f).toEqual([
      { weeks: 4, byCurrency: { USD: 100 } },
      { weeks: 8, byCurrency: { USD: 150 } },
      { weeks: 12, byCurrency: { USD: 150, EUR: 70 } },
    ]);
  });
});

describe('on the demo history', () => {
  it('predicts when overdue invoices get paid better than due date + average days late', () => {
    for (const today of ['2026-11-23', '2027-05-15']) {
      const s = scorePredictions(today, 'due');
      expect(s.predictions).toBeGreaterThan(20);
      expect(s.owed).toBeLessThan(s.naive);
    }
  });
});
