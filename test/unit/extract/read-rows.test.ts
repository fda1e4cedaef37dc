// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesChunked } from '../../../lib/extract/extract-invoices';

const page = (html: string, lang = 'en-US') => {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return document;
};
const opts = { url: 'http://127.0.0.1:4178/invoices', today: '2026-11-23' };
const table = (
  rows: string[],
  head = '<th>Number</th><th>Customer</th><th>Due date</th><th>Total</th><th>Amount due</th><th>Status</th>',
) => `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('readRows on many rows', () => {
  it('judges every row by its own status, however often a status repeats', () => {
    const statuses = ['Open', 'Paid', 'Draft', 'Credit note', 'Void', 'Overdue'];
    const rows = Array.from({ length: 60 }, (_, i) =>
      row(`INV-${i}`, 'Acme', '2026-12-01', '$10.00', i % 6 === 1 ? '$0.00' : '$10.00', statuses[i % 6]!),
    );
    const r = extractInvoices(page(table(rows)), opts);
    const by = new Map(r.invoices.map((inv) => [inv.number, inv]));
    expect(r.invoices).toHaveLength(40);
    expect(by.get('INV-0')).toMatchObject({ balance: 1000, status: 'Open' });
    expect(by.get('INV-0')!.overdue).toBeUndefined();
    expect(by.get('INV-1')).toMatchObject({ balance: 0, status: 'Paid' });
    expect(by.has('INV-2') || by.has('INV-4')).toBe(false);
    expect(by.get('INV-3')).toMatchObject({ balance: -1000, total: -1000 });
    expect(by.get('INV-5')).toMatchObject({ balance: 1000, overdue: true });
    expect(by.get('INV-59')).toMatchObject({ status: 'Overdue', overdue: true });
  });

  it('reports every column an unreadable amount sits in, even when total and balance show the same text', () => {
    const rows = [
      row('INV-1', 'Acme', '2026-12-01', '$10.00', '$10.00', 'Open'),
      row('INV-2', 'Globex', '2026-12-01', 'n/a', 'n/a', 'Open'),
      row('INV-3', 'Initech', '2026-12-01', '$5.00', '$5.00', 'Open'),
    ];
    const r = extractInvoices(page(table(rows)), opts);
    expect(r.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-3']);
    const reasons = r.problems.map((p) => p.reason);
    expect(reasons).toContainEqual("column 'Amount due' could not be read as money in row 2");
    expect(reasons).toContainEqual("column 'Total' could not be read as money in row 2");
  });

  it('reads each row of a column whose dates repeat, and names every row whose date cannot be read', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row(`INV-${i}`, 'Acme', i % 10 === 3 ? 'soon' : `2026-12-0${(i % 3) + 1}`, '$1.00', '$1.00', 'Open'),
    );
    const r = extractInvoices(page(table(rows)), opts);
    expect(r.invoices.map((i) => i.due ?? '-').slice(0, 6)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '-',
      '2026-12-02',
      '2026-12-03',
    ]);
    expect(r.problems.map((p) => p.reason)).toContainEqual(
      "column 'Due date' could not be read as a date in rows 4, 14, 24",
    );
  });

  it('skips the header a printed report repeats on each page, in any case and with accents', () => {
    const head = '<th>N° facture</th><th>Client</th><th>Échéance</th><th>Total</th><th>Montant dû</th><th>État</th>';
    const rows = [
      row('F-1', 'Dupont', '2026-12-01', '10,00 €', '10,00 €', 'Ouverte'),
      row('N° FACTURE', 'CLIENT', 'ÉCHÉANCE', 'TOTAL', 'MONTANT DÛ', 'ÉTAT'),
      row('F-2', 'Martin', '2026-12-02', '20,00 €', '20,00 €', 'Ouverte'),
      row('n° facture', 'client', 'echeance', 'total', 'montant du', 'etat'),
      row('F-3', 'Client', 'Échéance', '5,00 €', '5,00 €', 'Ouverte'),
    ];
    const r = extractInvoices(page(table(rows, head), 'fr-FR'), opts);
    expect(r.invoices.map((i) => i.number)).toEqual(['F-1', 'F-2', 'F-3']);
    expect(r.lists[0]!.skipped).toEqual([
      { row: 2, reason: 'repeated header row' },
      { row: 4, reason: 'repeated header row' },
    ]);
  });

  it('reads the same invoices when spread over many small steps as at once', async () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(
        `INV-${i}`,
        `Customer ${i % 7}`,
        `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
        `$${i}.50`,
        `$${i % 3 ? i : 0}.50`,
        'Open',
      ),
    );
    const doc = page(table(rows));
    let pauses = 0;
    const chunked = await extractInvoicesChunked(doc, opts, async () => void pauses++, 0);
    expect(chunked).toEqual(extractInvoices(doc, opts));
    expect(chunked!.invoices).toHaveLength(300);
    expect(pauses).toBeGreaterThan(10);
  });
});
