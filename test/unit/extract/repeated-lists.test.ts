// @vitest-environment happy-dom
// Lists drawn with divs (single-page apps): a header row shaped like the rows, and long lists whose
// rows find their cells only when read.
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/extract/extract-invoices';
import { findLists } from '../../../lib/extract/page/find-lists';

const row = (cells: string[], cls = 'row') =>
  `<div class="${cls}">${cells.map((c) => `<span class="cell">${c}</span>`).join('')}</div>`;
const invoiceRow = (i: number) =>
  row(
    [
      `<a href="/i/${i}">INV-${String(i).padStart(5, '0')}</a>`,
      `Customer ${i % 7}`,
      '2026-09-01',
      '2026-10-01',
      `$${100 + i}.00`,
      i % 5 === 0 ? '$0.00' : `$${100 + i}.00`,
    ],
    i % 5 === 0 ? 'row paid' : 'row overdue',
  );

function page(rows: number, header = true): string {
  const head = header ? row(['Invoice #', 'Customer', 'Issue date', 'Due date', 'Total', 'Amount due']) : '';
  return `<h1>Invoices</h1><div id="list">${head}${Array.from({ length: rows }, (_, i) => invoiceRow(i + 1)).join('')}</div>`;
}

const read = () =>
  extractInvoices(document, { url: 'https://app.example/invoices', today: '2026-11-23', locale: 'en-US' });

describe('lists of divs', () => {
  it('takes a first row that only names columns as the header, not as an invoice', () => {
    document.body.innerHTML = page(12);
    // The page hands the first row over as a possible header; the reader judges it one.
    const [list] = findLists(document);
    expect(list?.maybeHeader).toEqual(['Invoice #', 'Customer', 'Issue date', 'Due date', 'Total', 'Amount due']);
    expect(list?.rows).toHaveLength(13);
    const r = read();
    expect(r.lists[0]!.rows).toBe(12);
    expect(r.lists[0]!.columns.map((c) => c.header)).toEqual([
      'Invoice #',
      'Customer',
      'Issue date',
      'Due date',
      'Total',
      'Amount due',
    ]);
    expect(r.invoices).toHaveLength(12);
    expect(r.invoices[0]).toMatchObject({
      number: 'INV-00001',
      customer: 'Customer 1',
      due: '2026-10-01',
      balance: 10100,
    });
  });

  it('reads every row of a long list, the last one too, with the columns the sample found', () => {
    document.body.innerHTML = page(1_203);
    const r = read();
    expect(r.invoices).toHaveLength(1_203);
    const last = r.invoices.find((i) => i.number === 'INV-01203');
    expect(last).toMatchObject({ customer: `Customer ${1203 % 7}`, total: 130300, balance: 130300 });
    expect(r.invoices.find((i) => i.number === 'INV-01200')).toMatchObject({ balance: 0 });
  });

  it('a row of spans inside the list is no list of its own', () => {
    document.body.innerHTML = page(30);
    expect(findLists(document).map((l) => l.element.id)).toEqual(['list']);
  });
});
