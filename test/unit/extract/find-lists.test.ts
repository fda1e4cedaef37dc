// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../lib/extract/page/capture-page';
import { findLists } from '../../../lib/extract/page/find-lists';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const texts = (html: string) =>
  findLists(page(html)).map((l) => ({ headers: l.headers, rows: l.rows.map((r) => r.texts) }));

describe('findLists on HTML tables', () => {
  it('reads the rows a table owns in the order the browser gives them: head rows, body rows, foot rows', () => {
    const [list] = texts(`<table>
      <tfoot><tr><td>Total</td><td>9</td></tr></tfoot>
      <tbody><tr><td>INV-1</td><td>4</td></tr></tbody>
      <thead><tr><th>Number</th><th>Amount</th></tr></thead>
      <tbody><tr><td>INV-2</td><td>5</td></tr></tbody></table>`);
    expect(list).toEqual({
      headers: ['Number', 'Amount'],
      rows: [
        ['INV-1', '4'],
        ['INV-2', '5'],
        ['Total', '9'],
      ],
    });
  });

  it("never counts an inner table's rows as the outer table's, and reads the inner table as its own list", () => {
    const lists = texts(`<table id="outer">
      <tr><th>Customer</th><th>Notes</th></tr>
      <tr><td>Acme</td><td><table><tr><th>Ref</th><th>Amount</th></tr><tr><td>R-1</td><td>3</td></tr><tr><td>R-2</td><td>4</td></tr></table></td></tr>
      <tr><td>Globex</td><td>none</td></tr></table>`);
    expect(lists.map((l) => l.rows.length)).toEqual([2, 2]);
    expect(lists[0]!.rows[1]).toEqual(['Globex', 'none']);
    expect(lists[1]).toEqual({
      headers: ['Ref', 'Amount'],
      rows: [
        ['R-1', '3'],
        ['R-2', '4'],
      ],
    });
  });

  it('leaves out hidden rows, hidden columns and hidden parts of a cell, on every row', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      i === 25
        ? `<tr style="display: none"><td>INV-${i}</td><td>secret</td><td>x</td></tr>`
        : `<tr><td><a href="/i/${i}">INV-${i}</a></td><td>Acme<span style="display:none"> (old name)</span></td><td hidden>internal</td></tr>`,
    );
    rows.push('<tr hidden><td>INV-99</td><td>gone</td><td>x</td></tr>');
    rows.push(
      '<tr><td><a href="/i/77" hidden>INV-77</a></td><td><span style="visibility: hidden">Ghost</span></td><td hidden>internal</td></tr>',
    );
    const [list] = texts(
      `<table><thead><tr><th>Number</th><th>Customer</th><th hidden>Internal</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    expect(list!.headers).toEqual(['Number', 'Customer']);
    expect(list!.rows).toHaveLength(40);
    expect(list!.rows[24]).toEqual(['INV-24', 'Acme']);
    expect(list!.rows[25]).toEqual(['INV-26', 'Acme']);
    expect(list!.rows[39]).toEqual(['', '']);
  });

  it('places cells by aria-colindex and colspan', () => {
    const [list] = texts(`<table><tr><th>A</th><th>B</th><th>C</th></tr>
      <tr><td colspan="2">wide</td><td>c</td></tr><tr><td aria-colindex="3">third</td></tr></table>`);
    expect(list!.rows).toEqual([
      ['wide', '', 'c'],
      ['', '', 'third'],
    ]);
  });
});

describe('findLists across a page', () => {
  it('finds tables inside grids and grids inside tables, in page order, and repeated rows only outside both', () => {
    const grid = (label: string) =>
      `<div role="grid" aria-label="${label}"><div role="row"><span role="columnheader">Number</span><span role="columnheader">Total</span></div>` +
      `<div role="row"><span role="gridcell">${label}-1</span><span role="gridcell">1</span></div></div>`;
    const cards = (n: number) =>
      Array.from({ length: n }, (_, i) => `<div class="card"><b>C-${i}</b><i>Acme</i><u>${i}</u></div>`).join('');
    const lists = findLists(
      page(`<main>
        <table id="t1"><tr><th>N</th><th>X</th></tr><tr><td>a</td><td><div>${grid('inner')}</div></td></tr></table>
        ${grid('outer').replace('</div></div>', `</div><div role="row"><span role="gridcell"><table id="t2"><tr><th>N</th><th>Y</th></tr><tr><td>b</td><td>c</td></tr></table></span></div></div>`)}
        <section>${cards(3)}</section>
        <table id="t3"><tr><td><div>${cards(4)}</div></td><td>z</td></tr></table>
      </main>`),
    );
    expect(
      lists.map((l) => `${l.kind}:${l.element.id || l.element.getAttribute('aria-label') || l.element.tagName}`),
    ).toEqual(['table:t1', 'table:t2', 'table:t3', 'aria:inner', 'aria:outer', 'repeated:SECTION']);
  });

  it('reading a page finds the same lists, each once, the grids inside tables in the cells it reads', () => {
    const grid = (label: string, inner = '') =>
      `<div role="grid" aria-label="${label}"><div role="row"><span role="columnheader">Number</span><span role="columnheader">Total</span></div>` +
      `<div role="row"><span role="gridcell">${label}-1</span><span role="gridcell">1${inner}</span></div></div>`;
    page(`<main>
      <table id="t1"><tr><th>N</th><th>X</th></tr><tr><td>a</td><td><div>${grid('in-table')}</div></td></tr>
        <tr><td>b</td><td><b>plain</b></td></tr><tr><td>c</td><td><table id="t2"><tr><th>N</th><th>Y</th></tr><tr><td>d</td><td><p>${grid('in-inner-table')}</p></td></tr></table></td></tr></table>
      ${grid('outer', `<table id="t3"><tr><th>N</th><th>Z</th></tr><tr><td>e</td><td><i>${grid('in-table-in-grid')}</i></td></tr></table>`)}
      <table id="layout"><tr><td><table id="t4"><tr><th>N</th></tr><tr><td>f</td></tr></table></td><td>${grid('in-layout')}</td></tr></table>
    </main>`);
    const name = (el: Element) => el.id || el.getAttribute('aria-label');
    const everywhere = findLists(document).map((l) => name(l.element));
    const steps = capturePage(document);
    let s = steps.next();
    while (!s.done) s = steps.next();
    const read = s.value.lists.map((l) => name(l.element));
    expect(everywhere).toEqual([
      't1',
      't2',
      't3',
      't4',
      'in-table',
      'in-inner-table',
      'outer',
      'in-table-in-grid',
      'in-layout',
    ]);
    expect([...read].sort()).toEqual([...everywhere].sort());
    expect(s.value.capture.lists).toHaveLength(everywhere.length);
  });

  it('finds no repeated rows under an element that sits in a table, but still the tables under it', () => {
    page(`<table><tr><td id="cell"><div>${'<p><b>x</b><i>y</i><u>z</u></p>'.repeat(3)}</div>
      <table><tr><th>N</th><th>T</th></tr><tr><td>1</td><td>2</td></tr></table></td><td>q</td></tr></table>`);
    const lists = findLists(document.getElementById('cell')!);
    expect(lists.map((l) => l.kind)).toEqual(['table']);
  });
});
