// ARIA grids and tables (role=grid, table, treegrid) as lists: single-page apps draw them with divs.
import { isHidden } from './cell-text';
import { rowOf, type RawList } from './raw-list';

export const GRID_SEL = '[role=grid],[role=table],[role=treegrid]';
const CELL_SEL = '[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';

export const isGrid = (el: Element) => el.hasAttribute('role') && el.matches(GRID_SEL);

export function fromAriaGrid(grid: Element): RawList | undefined {
  const rows = Array.from(grid.querySelectorAll('[role=row]')).filter(
    (r) => r.closest(GRID_SEL) === grid && !isHidden(r),
  );
  if (rows.length === 0) return undefined;
  const cellsOf = (r: Element) =>
    Array.from(r.querySelectorAll(CELL_SEL)).filter((c) => c.closest('[role=row]') === r && !isHidden(c));
  const isHeader = (r: Element) => {
    const cells = cellsOf(r);
    return cells.length > 0 && cells.every((c) => c.getAttribute('role') === 'columnheader');
  };
  const headerRow = rows.find(isHeader);
  const stated = Number(grid.getAttribute('aria-rowcount'));
  const headerCount = rows.filter(isHeader).length;
  return {
    element: grid,
    kind: 'aria',
    headers: headerRow ? rowOf(cellsOf(headerRow), headerRow, true).texts : [],
    rows: rows.filter((r) => !isHeader(r)).map((r) => rowOf(cellsOf(r), r, false)),
    statedRows: Number.isInteger(stated) && stated > 0 ? stated - headerCount : undefined,
  };
}

/**
 * The ARIA grids inside `scope`, in page order (one single-attribute query, which browsers match
 * far faster than a selector list). With a `table`, only those whose nearest table is it (a grid
 * in a table nested deeper is that table's); with null, only those in no table inside `scope`.
 */
export function gridsIn(scope: ParentNode, table?: Element | null): RawList[] {
  const out: RawList[] = [];
  for (const g of Array.from(scope.querySelectorAll('[role]'))) {
    if (g.tagName === 'TABLE' || !g.matches(GRID_SEL)) continue;
    if (table !== undefined) {
      const nearest = g.closest('table');
      if (table ? nearest !== table : nearest && scope.contains(nearest)) continue;
    }
    const l = fromAriaGrid(g);
    if (l?.rows.length) out.push(l);
  }
  return out;
}
