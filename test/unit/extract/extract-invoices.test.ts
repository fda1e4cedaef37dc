// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/extract/extract-invoices';

const page = (html: string, lang = 'en-US') => {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return document;
};
const opts = { url: 'http://127.0.0.1:4178/invoices', today: '2026-11-23' };

describe('extractInvoices', () => {
  it('reads a plain HTML table by its English headers', () => {
    const r = extractInvoices(
      page(`<table><thead><tr><th>Number</th><th>Customer</th><th>Issue date</th><th>Due date</th><th>Total</th><th>Amount due</th><th>Status</th></tr></thead>
      <tbody>
        <tr><td>INV-001</td><td>Acme Corp</td><td>10/01/2026</td><td>10/31/2026</td><td>$1,200.00</td><td>$1,200.00</td><td>Overdue</td></tr>
        <tr><td>INV-002</td><td>Globex</td><td>11/02/2026</td><td>12/02/2026</td><td>$80.50</td><td>$0.00</td><td>Paid</td></tr>
      </tbody></table>`),
      opts,
    );
    expect(r.problems).toEqual([]);
    expect(r.invoices).toEqual([
      {
        number: 'INV-001',
        customer: 'Acme Corp',
        issued: '2026-10-01',
        due: '2026-10-31',
        total: 120000,
        balance: 120000,
        currency: 'USD',
        status: 'Overdue',
        overdue: true,
      },
      {
        number: 'INV-002',
        customer: 'Globex',
        issued: '2026-11-02',
        due: '2026-12-02',
        total: 8050,
        balance: 0,
        currency: 'USD',
        status: 'Paid',
      },
    ]);
    expect(r.confidence).toBe(1);
    expect(r.columns.map((c) => [c.field, c.by])).toContainEqual(['balance', 'header']);
  });

  it('reports a page with no invoice list', () => {
    const r = extractInvoices(page('<h1>Welcome</h1><table><tr><td>Menu</td><td>Home</td></tr></table>'), opts);
    expect(r.invoices).toEqual([]);
    expect(r.problems.map((p) => p.reason)).toContain('no invoice table found on this page');
  });

  it('skips a row whose amount cannot be read and names the rows, keeping the good rows', () => {
    const r = extractInvoices(
      page(
        `<table><tr><th>Facture</th><th>Client</th><th>Montant</th></tr>
      <tr><td>F-1</td><td>Dupont SA</td><td>1 200,00 €</td></tr>
      <tr><td>F-2</td><td>Martin</td><td>n/a</td></tr>
      <tr><td>F-3</td><td>Durand</td><td>12,50 €</td></tr>
      <tr><td>F-4</td><td>Leroy</td><td>??</td></tr></table>`,
        'fr-FR',
      ),
      opts,
    );
    expect(r.invoices.map((i) => [i.number, i.balance, i.currency])).toEqual([
      ['F-1', 120000, 'EUR'],
      ['F-3', 1250, 'EUR'],
    ]);
    expect(r.problems.map((p) => p.reason)).toContainEqual("column 'Montant' could not be read as money in rows 2, 4");
  });

  it('never guesses a missing customer column', () => {
    const r = extractInvoices(
      page(`<table><tr><th>Invoice</th><th>Date</th><th>Amount</th></tr>
      <tr><td>INV-1</td><td>2026-01-02</td><td>$5.00</td></tr><tr><td>INV-2</td><td>2026-01-03</td><td>$6.00</td></tr></table>`),
      opts,
    );
    expect(r.invoices).toEqual([]);
    expect(r.problems[0]!.reason).toMatch(/no column could be read as customer/);
  });
});

describe('an invoice form', () => {
  it('reads one invoice by its labels, the due date from its lines to pay, and never a list of them', () => {
    const r = extractInvoices(
      page(`<form><label for="n">Number:</label><input id="n" value="INV-7"><label id="pl">Customer</label><input aria-labelledby="pl" value="Acme Corp">
        <label for="d">Invoice date</label><input id="d" value="10/09/2026"><label for="s">State</label><select id="s"><option>Draft</option><option selected>Posted</option></select>
        <label for="t">Total</label><input id="t" value="$1,980.00"><label for="b">Amount to pay</label><input id="b" value="$990.00">
        <table><thead><tr><th>Maturity Date</th><th>Debit</th></tr></thead><tbody><tr><td>12/08/2026</td><td>990.00</td></tr><tr><td>11/08/2026</td><td>990.00</td></tr></tbody></table></form>`),
      opts,
    );
    expect(r.invoices).toEqual([
      {
        number: 'INV-7',
        customer: 'Acme Corp',
        issued: '2026-10-09',
        due: '2026-11-08',
        total: 198000,
        balance: 99000,
        currency: 'USD',
        status: 'Posted',
      },
    ]);
    expect(r.lists).toEqual([]);
  });
});
