// @vitest-environment happy-dom
// The page hands its lists over as text (capture-page.ts); the reader decides what the page cannot
// without header words and value parsers: whether a first row of plain cells is the header, and
// whether a column stacks two fields.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../lib/extract/page/capture-page';
import { unpackCapture, type WireCapture } from '../../../lib/extract/wire/capture-wire';
import { extractInvoices } from '../../../lib/extract/extract-invoices';
import type { CapturedList } from '../../../lib/extract/wire/captured-lists';
import { resolveList } from '../../../lib/extract/read/resolve-list';

/** The page's capture as the background unpacks it. */
function capture(html: string, opts = {}) {
  document.body.innerHTML = html;
  const steps = capturePage(document, opts);
  for (;;) {
    const s = steps.next();
    if (s.done) return unpackCapture(JSON.parse(JSON.stringify(s.value.capture)) as WireCapture);
  }
}

const OPTS = { url: 'https://old.example/invoices', today: '2026-11-23', locale: 'en-US' };

describe('resolveList', () => {
  it('takes a first row of bold plain cells that names columns as the header, and a first row of values as a row', () => {
    const header = capture(`<table><tr><td><b>Invoice</b></td><td><b>Customer</b></td><td><b>Balance</b></td></tr>
      <tr><td>INV-1</td><td>Acme</td><td>$10.00</td></tr><tr><td>INV-2</td><td>Globex</td><td>$20.00</td></tr></table>`)
      .lists[0]!;
    expect(header.headers).toEqual([]);
    expect(header.maybeHeader).toEqual(['Invoice', 'Customer', 'Balance']);
    expect(resolveList(header)).toMatchObject({
      headers: ['Invoice', 'Customer', 'Balance'],
      rows: [{ texts: ['INV-1', 'Acme', '$10.00'] }, { texts: ['INV-2', 'Globex', '$20.00'] }],
    });

    const values = capture(
      `<table><tr><td>INV-1</td><td>Acme</td><td>$10.00</td></tr><tr><td>INV-2</td><td>Globex</td><td>$20.00</td></tr></table>`,
    ).lists[0]!;
    expect(resolveList(values)).toMatchObject({
      headers: [],
      rows: [{ texts: ['INV-1', 'Acme', '$10.00'] }, { texts: ['INV-2', 'Globex', '$20.00'] }],
    });
    // Words that name columns beside a value: a row, not a header.
    const mixed: CapturedList = {
      where: 'x',
      kind: 'table',
      headers: [],
      maybeHeader: ['Invoice', 'Customer', '$5.00'],
      rows: [{ texts: ['Invoice', 'Customer', '$5.00'] }],
    };
    expect(resolveList(mixed).rows).toHaveLength(1);
  });

  it('a table that is only a header row yields no list, and no problem', () => {
    document.body.innerHTML = '<table><tr><td>Invoice</td><td>Customer</td><td>Balance</td></tr></table>';
    const r = extractInvoices(document, OPTS);
    expect(r.lists).toEqual([]);
    expect(r.problems).toEqual([{ where: 'page', reason: 'no invoice table found on this page' }]);
  });

  it('splits a column that stacks two fields, and moves the cells the app marked with it', () => {
    const list: CapturedList = {
      where: 'x',
      kind: 'table',
      headers: ['Client / Invoice Number', 'Status', 'Amount'],
      stacked: [{ index: 0, parts: ['Client', 'Invoice Number'] }],
      rows: [
        { texts: ['Acme INV-1', 'Overdue', '$5.00'], blocks: { 0: ['Acme', 'INV-1'] }, marked: [1] },
        { texts: ['Globex INV-2', 'Sent', '$7.00'], blocks: { 0: ['Globex', 'INV-2'] } },
        { texts: ['Initech', 'Sent', '$9.00'] },
      ],
    };
    expect(resolveList(list)).toEqual({
      headers: ['Client', 'Invoice Number', 'Status', 'Amount'],
      rows: [
        { texts: ['Acme', 'INV-1', 'Overdue', '$5.00'], blocks: { 0: ['Acme', 'INV-1'] }, marked: [2] },
        { texts: ['Globex', 'INV-2', 'Sent', '$7.00'], blocks: { 0: ['Globex', 'INV-2'] } },
        { texts: ['Initech', '', 'Sent', '$9.00'] },
      ],
    });
    // Parts of a first row that turned out to be no header split nothing: there is no such header.
    const notHeader: CapturedList = {
      ...list,
      headers: [],
      maybeHeader: ['Client / Invoice Number', '$5.00', 'Amount'],
    };
    expect(resolveList(notHeader)).toMatchObject({
      headers: [],
      rows: [{ texts: ['Acme INV-1', 'Overdue', '$5.00'] }, {}, {}],
    });
    // A header whose parts name no fields ("Date / Time") stays one column.
    const time: CapturedList = {
      ...list,
      headers: ['Date / Time', 'Status', 'Amount'],
      stacked: [{ index: 0, parts: ['Date', 'Time'] }],
    };
    expect(resolveList(time).headers).toEqual(['Date / Time', 'Status', 'Amount']);
  });
});

describe('capturePage', () => {
  it('hands over text and marks only: no element, no markup', () => {
    const cap = capture(
      `<table><thead><tr><th>Numéro</th><th>Client</th><th>Statut</th></tr></thead>
        <tbody><tr class="row"><td>F-1</td><td><img src=x onerror="alert(1)">Acme &lt;b&gt;</td><td><span class="badge badge-danger">En retard</span></td></tr></tbody></table>`,
    );
    expect(cap.lists).toEqual([
      {
        where: 'table 1',
        kind: 'table',
        headers: ['Numéro', 'Client', 'Statut'],
        rows: [{ texts: ['F-1', 'Acme <b>', 'En retard'], marked: [2] }],
      },
    ]);
  });

  it('names a list by its label, its caption or its id, else by its place', () => {
    const wheres = capture(`<table><caption> Open invoices </caption><tr><th>A</th></tr><tr><td>1</td></tr></table>
      <table aria-label="Paid"><tr><th>A</th></tr><tr><td>1</td></tr></table><table id="old"><tr><th>A</th></tr><tr><td>1</td></tr></table>
      <table><tr><th>A</th></tr><tr><td>1</td></tr></table>`).lists.map((l) => l.where);
    expect(wheres).toEqual(['table "Open invoices"', 'table "Paid"', 'table "#old"', 'table 4']);
  });

  it("keeps 2,000 characters of a cell's text", () => {
    const cap = capture(`<table><tr><th>A</th><th>B</th></tr><tr><td>${'x'.repeat(5000)}</td><td>y</td></tr></table>`);
    expect(cap.lists[0]!.rows[0]!.texts.map((t) => t.length)).toEqual([2000, 1]);
  });
});
