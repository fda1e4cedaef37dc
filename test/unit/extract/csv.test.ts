import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../../lib/extract/read/csv/parse-csv';
import { detectCsvMapping, importCsv } from '../../../lib/extract/read/csv/import-csv';

const file = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
const opts = { today: '2026-11-23' };

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const r = parseCsv('\uFEFFa,b,c\r\n"x, y","he said ""hi""","two\nlines"\r\n');
    expect(r.delimiter).toBe(',');
    expect(r.records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'he said "hi"', 'two\nlines'] },
    ]);
  });
  it('detects ; and tab delimiters, and honours sep=', () => {
    expect(parseCsv('a;b;c\n1;2;3').delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2').records[1]!.cells).toEqual(['1', '2']);
    expect(parseCsv('sep=|\na|b\n1|2').records).toEqual([
      { line: 2, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });
  it('never throws and keeps every field it was given (property)', () => {
    const field = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text, ',').records.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => void parseCsv(s)),
      { numRuns: 200 },
    );
  });
});

describe('importCsv', () => {
  it('reads a QuickBooks Open Invoices report: titles, customer groups, totals skipped', () => {
    const r = importCsv(file('quickbooks-open-invoices.csv'), undefined, opts);
    expect(r.mapping.layout).toBe('quickbooks-open-invoices');
    expect(r.bad).toEqual([]);
    expect(r.rows).toEqual([
      {
        number: '1041',
        customer: "Amy's Bird Sanctuary",
        issued: '2026-09-15',
        due: '2026-10-15',
        total: 342550,
        balance: 342550,
        currency: 'USD',
      },
      {
        number: '1042',
        customer: 'Cool Cars',
        issued: '2026-10-01',
        due: '2026-10-31',
        total: 236952,
        balance: 146000,
        currency: 'USD',
      },
      {
        number: '1044',
        customer: 'Cool Cars',
        issued: '2026-11-05',
        due: '2026-11-05',
        total: -15000,
        balance: -15000,
        currency: 'USD',
      },
    ]);
  });

  it('reads a Xero export once per invoice (one row per line item), credit notes negative, a bad date listed', () => {
    const r = importCsv(file('xero-invoices-export.csv'), undefined, opts);
    expect(r.mapping.layout).toBe('xero-invoices-export');
    expect(r.rows.map((i) => [i.number, i.customer, i.balance, i.currency, i.email])).toEqual([
      ['INV-0012', 'Ridgeway University', 618750, 'GBP', 'accounts@ridgeway.example'],
      ['INV-0015', 'City Limousines', 37400, 'GBP', undefined],
      ['CN-0003', 'Boom FM', -12000, 'GBP', undefined],
    ]);
    expect(r.bad).toEqual([{ line: 6, reason: "invoice INV-0019: 'not a date' in column 'DueDate' is not a date" }]);
  });

  it('reads a French semicolon file with a BOM and quoted newlines; bad rows are listed with their line', () => {
    const r = importCsv(file('factures-fr.csv'), undefined, { today: '2026-11-23', locale: 'fr-FR' });
    expect(r.rows.map((i) => [i.number, i.customer, i.due, i.balance, i.currency])).toEqual([
      ['F-2026-0112', 'Boulangerie Dupont', '2026-10-05', 144000, 'EUR'],
      ['F-2026-0118', 'Cabinet Lefèvre\n& Associés', '2026-10-20', 630000, 'EUR'],
      ['F-2026-0101', 'Boulangerie "Chez Paul"', '2026-08-31', 0, 'EUR'],
    ]);
    expect(r.bad).toEqual([
      { line: 5, reason: "invoice F-2026-0125: 'abc' in column 'Reste à payer' is not an amount" },
      { line: 7, reason: 'no invoice number (a draft?)' },
    ]);
  });

  it('takes the Stripe export balance from Amount Remaining and the name, not the customer id', () => {
    const r = importCsv(file('stripe-invoices-export.csv'), undefined, opts);
    expect(r.rows.map((i) => [i.number, i.customer, i.balance, i.total, i.currency, i.due])).toEqual([
      ['4F2A19C3-0007', 'Jenny Rosen', 150000, 150000, 'USD', '2026-10-30'],
      ['4F2A19C3-0011', 'Acme Robotics', 5000, 8900, 'USD', '2026-11-14'],
      ['4F2A19C3-0009', 'Jenny Rosen', 0, 25000, 'USD', '2026-10-20'],
    ]);
  });

  it('imports nothing and says which column to map when a required one is missing; a confirmed mapping fixes it', () => {
    const text = 'Ref,Who,Sum\nA-1,Acme,$10.00\nA-2,Globex,$20.00\n';
    const r = importCsv(text, undefined, opts);
    expect(r.rows).toEqual([]);
    expect(r.bad[0]!.reason).toMatch(
      /confirm the columns guessed from their values: number \('Ref'\), customer \('Who'\), total \('Sum'\)/,
    );
    const mapped = importCsv(text, { number: 0, customer: 1, balance: 2 }, opts);
    expect(mapped.bad).toEqual([]);
    expect(mapped.rows.map((i) => [i.number, i.customer, i.balance])).toEqual([
      ['A-1', 'Acme', 1000],
      ['A-2', 'Globex', 2000],
    ]);
  });
});

describe('detectCsvMapping', () => {
  it('maps camel-case and multilingual headers and names what is missing', () => {
    expect(detectCsvMapping(['InvoiceNumber', 'ContactName', 'DueDate', 'InvoiceAmountDue'])).toMatchObject({
      columns: { number: 0, customer: 1, due: 2, balance: 3 },
      missing: [],
    });
    expect(detectCsvMapping(['Rechnungsnr.', 'Kunde', 'Fällig am', 'Offen']).columns).toEqual({
      number: 0,
      customer: 1,
      due: 2,
      balance: 3,
    });
    expect(detectCsvMapping(['Foo', 'Bar']).missing).toEqual(['invoice number', 'customer', 'amount due or total']);
  });
});
