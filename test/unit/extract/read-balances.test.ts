import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../lib/extract/read/map-columns';
import { balanceColumns, readBalances } from '../../../lib/extract/read/read-balances';

const TODAY = '2026-12-07';
const rows = (...r: string[][]) => r.map((texts) => ({ texts }));

function read(headers: string[], body: string[][], locale = 'en-US') {
  const list = { headers, rows: rows(...body) };
  const cols = balanceColumns(headers, mapColumns(list, { today: TODAY, locale }).columns);
  return cols && { from: cols.from, ...readBalances(list, cols, { locale }) };
}

describe('pages of per-customer balances', () => {
  it("reads a customers list's balance column as each customer's balance, in the currency each shows", () => {
    const got = read(
      ['', 'Display Name', 'Company Name', 'Phone Number', 'Note', 'Receivable balance'],
      [
        ['AC', 'Acme Corp', 'Acme Corporation', '555 0100', '', '$1,200.50'],
        ['BK', 'Birch & Co', '', '', '', '€980,00'],
        ['CL', 'Cobalt Ltd', '', '', '', '$0.00'],
        ['DV', 'Delta', '', '', '', '-$50.00'],
      ],
    );
    expect(got).toEqual({
      from: 'customers',
      unread: [],
      balances: [
        { customer: 'Acme Corp', balance: 1200_50, currency: 'USD', from: 'customers' },
        { customer: 'Birch & Co', balance: 980_00, currency: 'EUR', from: 'customers' },
        { customer: 'Cobalt Ltd', balance: 0, currency: 'USD', from: 'customers' },
        { customer: 'Delta', balance: -50_00, currency: 'USD', from: 'customers' },
      ],
    });
  });

  it('reads an aging report: the total, and what is past due (the total less "Current"), never the totals row', () => {
    const got = read(
      ['Customer name', 'Current', '1 - 30', '31 - 60', '61 - 90', '91 - And Over', 'Total'],
      [
        ['Acme Corp', '$200.00', '$100.00', '', '$50.00', '', '$350.00'],
        ['Birch & Co', '', '', '', '', '$75.00', '$75.00'],
        ['', '$200.00', '$100.00', '', '$50.00', '$75.00', '$425.00'],
      ],
    );
    expect(got).toEqual({
      from: 'aging',
      unread: [],
      balances: [
        { customer: 'Acme Corp', balance: 350_00, overdue: 150_00, currency: 'USD', from: 'aging' },
        { customer: 'Birch & Co', balance: 75_00, overdue: 75_00, currency: 'USD', from: 'aging' },
      ],
    });
  });

  it('reads aging reports of other apps and languages: day ranges, "over", months; a totals row named so', () => {
    const zoho = read(
      ['Customer Name', 'Current', '1-15 Days', '16-30 Days', '> 30 Days', 'Total'],
      [
        ['Acme', '0.00', '10.00', '0.00', '5.00', '15.00'],
        ['Total', '0.00', '10.00', '0.00', '5.00', '15.00'],
      ],
    );
    expect(zoho?.balances).toEqual([
      { customer: 'Acme', balance: 15_00, overdue: 15_00, currency: 'USD', from: 'aging' },
    ]);
    const fr = read(
      ['Client', 'Non échu', '1 à 30 jours', 'Plus de 90 jours', 'Solde'],
      [['Dupont SA', '10,00 €', '5,00 €', '', '15,00 €']],
      'fr-FR',
    );
    expect(fr?.balances).toEqual([
      { customer: 'Dupont SA', balance: 15_00, overdue: 5_00, currency: 'EUR', from: 'aging' },
    ]);
    // No total column: the buckets add up to it.
    const noTotal = read(['Client', '0-30 Days', '31-60 Days', '91+ Days'], [['Acme', '$1.00', '$2.00', '$3.00']]);
    expect(noTotal?.balances).toEqual([
      { customer: 'Acme', balance: 6_00, overdue: 6_00, currency: 'USD', from: 'aging' },
    ]);
  });

  it('is no list of balances: an invoice list, a list of customers without balances, sales totals', () => {
    expect(read(['Invoice #', 'Customer', 'Balance'], [['INV-1', 'Acme', '$5.00']])).toBeUndefined();
    expect(read(['Name', 'Email', 'Phone'], [['Acme', 'a@acme.example', '555 0100']])).toBeUndefined();
    expect(read(['Customer', 'Total sales'], [['Acme', '$5.00']])).toBeUndefined();
  });

  it('leaves out rows with no amount, and counts those whose amounts cannot be read', () => {
    const got = read(
      ['Customer', 'Open balance'],
      [
        ['Acme', 'n/a'],
        ['Birch', '—'],
        ['Cobalt', '$3.00'],
      ],
    );
    expect(got?.balances.map((b) => b.customer)).toEqual(['Cobalt']);
    expect(got?.unread).toEqual([1]);
  });
});
