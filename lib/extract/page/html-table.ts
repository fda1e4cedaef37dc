// HTML tables as lists: their own rows (not those of tables inside them), the header row, hidden
// rows and columns left out, layout tables (holding other tables in most rows) turned away.
import { headerText, isHidden } from './cell-text';
import { fillHoles, LazyRow, place, rowOf, type RawList } from './raw-list';

/**
 * A table's own rows in the order of table.rows (its THEADs' rows, then its own and its TBODYs',
 * then its TFOOTs'), found from its few children: cheaper than that collection on 5,000 rows.
 */
function ownRows(table: Element): { rows: Element[]; head: Element[] } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.localName;
    if (tag === 'tr') body.push(c);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const into = tag === 'thead' ? head : tag === 'tfoot' ? foot : body;
      for (let tr = c.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.localName === 'tr') into.push(tr);
    }
  }
  return { rows: head.length || foot.length ? [...head, ...body, ...foot] : body, head };
}

export function fromHtmlTable(table: HTMLTableElement): RawList | undefined {
  // The table's own rows, without a closest() per row (5,000 rows in a few ms).
  const own = 'rows' in table ? ownRows(table) : undefined;
  const all: Element[] = own
    ? own.rows
    : Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  const trs = all.filter((tr) => !isHidden(tr));
  if (trs.length === 0) return undefined;
  // A layout table holds other tables in most of its rows: its inner tables are the lists.
  const withTables = table.getElementsByTagName('table').length
    ? trs.filter((tr) => tr.getElementsByTagName('table').length).length
    : 0;
  if (withTables > 0 && withTables >= trs.length / 2) return undefined;
  // Hidden columns (sao's 'invisible' ones) are not what the user reads; a cell without
  // attributes cannot be hidden, so most cells cost one check.
  const cellsOf = (tr: Element) => {
    const out: Element[] = [];
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling)
      if ((c.tagName === 'TD' || c.tagName === 'TH') && !(c.hasAttributes() && isHidden(c))) out.push(c);
    return out;
  };
  // The same cells placed at their columns, in one pass: this runs for every row.
  const alignedCellsOf = (tr: Element) => {
    const out: (Element | undefined)[] = [];
    let placed = false;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (tag !== 'TD' && tag !== 'TH') continue;
      if (!c.hasAttributes()) out.push(c);
      else if (!isHidden(c)) {
        place(out, c);
        placed = true;
      }
    }
    return placed ? fillHoles(out) : out;
  };
  const inHead = own
    ? own.head.filter((tr) => !isHidden(tr))
    : trs.filter((tr) => tr.parentElement?.tagName === 'THEAD');
  let headerRow: Element | undefined = [...inHead]
    .reverse()
    .find((tr) => cellsOf(tr).filter((c) => headerText(c)).length >= 2);
  let maybeHeader: string[] | undefined;
  if (!headerRow) {
    const first = trs[0]!;
    const cells = cellsOf(first);
    if (cells.length >= 2 && cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader'))
      headerRow = first;
    else if (cells.length >= 2) maybeHeader = rowOf(cells, first, true).texts;
  }
  const body = trs.filter((tr) => tr !== headerRow && !inHead.includes(tr));
  const list: RawList = {
    element: table,
    kind: 'table',
    headers: headerRow ? rowOf(cellsOf(headerRow), headerRow, true).texts : [],
    rows: body.map((tr) => new LazyRow(tr, undefined, alignedCellsOf)),
  };
  if (maybeHeader) list.maybeHeader = maybeHeader;
  return list;
}
