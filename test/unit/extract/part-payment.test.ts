// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../../lib/db/merge-observation';
import { extractInvoices } from '../../../lib/extract/extract-invoices';

const opts = { url: 'http://127.0.0.1:4178/invoices', today: '2026-12-07' };
const read = (rows: string) => {
  document.documentElement.setAttribute('lang', 'en-US');
  document.body.innerHTML = `<table><thead><tr><th>Invoice No</th><th>Customer Name</th><th>Due Date</th><th>Amount</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
  return extractInvoices(document, opts).invoices;
};

describe('a list that shows totals, not what is still due', () => {
  it('reads the total as the balance, marked "total shown, part-payment possible"; paid rows owe 0', () => {
    const [open, paid] = read(
      '<tr><td>INV-1</td><td>Acme</td><td>2026 Sep 08</td><td>$5,600.00</td><td>Overdue by 30 day.</td></tr>' +
        '<tr><td>INV-2</td><td>Acme</td><td>09 Aug 2026</td><td>€80.00</td><td>Paid</td></tr>',
    );
    expect(open).toMatchObject({
      balance: 560000,
      total: 560000,
      balanceFromTotal: true,
      due: '2026-09-08',
      overdue: true,
    });
    expect(paid).toMatchObject({ balance: 0, currency: 'EUR', due: '2026-08-09' });
    expect(paid!.balanceFromTotal).toBeUndefined();
  });

  it('takes what a status says is still due: "Partially paid, $120.00 due"', () => {
    const [inv] = read(
      '<tr><td>INV-3</td><td>Acme</td><td>2026-11-01</td><td>$500.00</td><td>Partially paid, $120.00 due</td></tr>',
    );
    expect(inv).toMatchObject({ balance: 12000, total: 50000 });
    expect(inv!.balanceFromTotal).toBeUndefined();
  });
});

describe('mergeObservation keeps a confirmed balance', () => {
  const base = { number: 'INV-1', customer: 'Acme', total: 560000, currency: 'USD' };
  const src = 'http://127.0.0.1:13080';
  it('a list of totals read again does not undo the balance the invoice itself stated', () => {
    const confirmed = mergeObservation(undefined, { ...base, balance: 300000 }, src, 1, '2026-12-07');
    const again = mergeObservation(
      confirmed,
      { ...base, balance: 560000, balanceFromTotal: true },
      src,
      2,
      '2026-12-07',
    );
    expect(again.balance).toBe(300000);
    expect(again.balanceFromTotal).toBeUndefined();
  });
  it('but a new total (the invoice was edited) is read as shown, and still marked', () => {
    const confirmed = mergeObservation(undefined, { ...base, balance: 300000 }, src, 1, '2026-12-07');
    const edited = mergeObservation(
      confirmed,
      { ...base, total: 600000, balance: 600000, balanceFromTotal: true },
      src,
      2,
      '2026-12-07',
    );
    expect(edited).toMatchObject({ balance: 600000, balanceFromTotal: true });
  });
  it('a page that states the amount due clears the mark', () => {
    const guessed = mergeObservation(
      undefined,
      { ...base, balance: 560000, balanceFromTotal: true },
      src,
      1,
      '2026-12-07',
    );
    const stated = mergeObservation(guessed, { ...base, balance: 300000 }, src, 2, '2026-12-07');
    expect(stated.balance).toBe(300000);
    expect(stated.balanceFromTotal).toBeUndefined();
  });
});
