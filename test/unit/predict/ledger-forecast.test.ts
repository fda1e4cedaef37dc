import { describe, expect, it } from 'vitest';
import { debtorPredictions, ledgerCashForecast, typicalDaysLate } from '../../../lib/predict/ledger-forecast';
import { TODAY, addDays, ledgerOf, openInvoice, paidInvoice } from '../ledger/make';

describe('predictions and the cash-in forecast over the ledger', () => {
  // Acme pays 10 days late, every time; Beta has no history.
  const { debtors } = ledgerOf({
    invoices: [
      paidInvoice('A-0', '2026-05-01', 10),
      paidInvoice('A-00', '2026-06-01', 10),
      paidInvoice('A-000', '2026-07-01', 10),
      openInvoice('A-1', -5, { balance: 500_00 }),
      openInvoice('A-2', -40, { balance: 300_00 }),
      openInvoice('B-1', -20, { customer: 'Beta Ltd', balance: 1_000_00, currency: 'EUR' }),
    ],
  });
  const acme = debtors.find((d) => d.id === 'acme')!;

  it('each open invoice gets a date from the debtor’s own history, with its basis', () => {
    const preds = debtorPredictions(acme, TODAY, 0);
    expect(preds.map((p) => [p.number, p.date])).toEqual([
      ['A-1', addDays(TODAY, 15)],
      ['A-2', addDays(TODAY, 50)],
    ]);
    expect(preds[0]!.basis).toMatch(/paid 3 invoices 10 days late/);
    expect(preds[0]).toMatchObject({ amount: 500_00, currency: 'USD' });
  });

  it('a debtor without history is predicted at what is typical of the others', () => {
    expect(typicalDaysLate(debtors)).toBe(10);
    const beta = debtors.find((d) => d.id === 'beta')!;
    const [p] = debtorPredictions(beta, TODAY, typicalDaysLate(debtors));
    expect(p!.date).toBe(addDays(TODAY, 30));
    expect(p!.basis).toMatch(/no payment history yet/);
  });

  it('sums what is expected by 4, 8 and 12 weeks, per currency, cumulatively', () => {
    expect(ledgerCashForecast(debtors, TODAY)).toEqual([
      { weeks: 4, byCurrency: { USD: 500_00 } },
      { weeks: 8, byCurrency: { USD: 800_00, EUR: 1_000_00 } },
      { weeks: 12, byCurrency: { USD: 800_00, EUR: 1_000_00 } },
    ]);
  });

  it('a paused invoice is not expected before its hold ends', () => {
    const { debtors: held } = ledgerOf({
      invoices: [openInvoice('A-1', -5, { balance: 500_00 })],
      holds: [
        {
          invoiceId: 'https://app.example#A-1',
          debtorId: 'acme',
          kind: 'dispute',
          reason: '',
          until: addDays(TODAY, 40),
          at: 0,
        },
      ],
    });
    const [p] = debtorPredictions(held[0]!, TODAY);
    expect(p).toMatchObject({ date: addDays(TODAY, 40) });
    expect(p!.basis).toMatch(/^disputed until/);
    expect(ledgerCashForecast(held, TODAY)[0]!.byCurrency).toEqual({});
  });
});
