// Every list of a page that could hold invoices: one walk that finds the tables and grids, and the
// containers of repeated rows outside them (html-table.ts, aria-grid.ts, repeated-rows.ts).
import { fromAriaGrid, GRID_SEL, gridsIn, isGrid } from './aria-grid';
import { fromHtmlTable } from './html-table';
import type { RawList } from './raw-list';
import { fromRepeated } from './repeated-rows';

// Containers whose repeated children may be the rows of a single-page app's list.
const CONTAINER_TAGS = new Set(['DIV', 'UL', 'OL', 'SECTION', 'TBODY', 'MAIN', 'ARTICLE']);

/**
 * One walk of the page that never enters a table or grid: a 5,000-row table is 40,000 elements,
 * and an element selector list would match each of them. It finds, in page order, the tables and
 * grids it stops at (the outermost ones), and the containers of two or more elements that
 * neither hold nor sit in a table or grid.
 */
function walkPage(root: ParentNode): { outermost: Element[]; containers: Element[] } {
  const outermost: Element[] = [];
  const containers: (Element | undefined)[] = [];
  // Returns whether the subtree under `parent` holds a table or a grid.
  const walk = (parent: ParentNode): boolean => {
    let holds = false;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'TABLE' || isGrid(c)) {
        outermost.push(c);
        holds = true;
        continue;
      }
      const at = CONTAINER_TAGS.has(c.tagName) && c.childElementCount >= 2 ? containers.push(c) - 1 : -1;
      if (walk(c)) {
        holds = true;
        if (at >= 0) containers[at] = undefined;
      }
    }
    return holds;
  };
  walk(root);
  const el = root as Element;
  const inside = typeof el.closest === 'function' && !!el.closest(`table,${GRID_SEL}`);
  return { outermost, containers: inside ? [] : containers.filter((c): c is Element => c !== undefined) };
}

export interface FindOptions {
  /**
   * Also look for grids inside tables (the default). A caller that reads every cell of the
   * tables anyway finds them faster in the cells that hold more than text (gridsIn(cell, table)):
   * the query over a 5,000-row table's 40,000 elements is a tenth of what reading it costs.
   */
  gridsInTables?: boolean;
}

/**
 * Every list on the page that could hold invoices: HTML tables, ARIA grids, and containers of
 * repeated rows outside those (div/list rows of single-page apps).
 */
export function findLists(root: ParentNode, opts: FindOptions = {}): RawList[] {
  const lists: RawList[] = [];
  const everyGrid = opts.gridsInTables ?? true;
  // Tables that are no list (layout tables), whose cells no one reads: their own grids are found here.
  const notLists: Element[] = [];
  const table = (t: Element) => {
    const l = fromHtmlTable(t as HTMLTableElement);
    if (l?.rows.length) lists.push(l);
    else if (!everyGrid) notLists.push(t);
  };
  const { outermost, containers } = walkPage(root);
  // Every table in page order: the outermost ones and those inside them (a table's own
  // collection of inner tables is the one fromHtmlTable asks for, so it is walked once).
  for (const top of outermost) {
    if (top.tagName === 'TABLE') table(top);
    for (const t of Array.from(top.getElementsByTagName('table'))) table(t);
  }
  // Grids anywhere, inside tables too; or the outermost ones and those inside them but in no
  // table, and those of tables that are no list.
  if (everyGrid) lists.push(...gridsIn(root));
  else {
    for (const top of outermost) {
      if (top.tagName === 'TABLE') continue;
      const l = fromAriaGrid(top);
      if (l?.rows.length) lists.push(l);
      lists.push(...gridsIn(top, null));
    }
    for (const t of notLists) lists.push(...gridsIn(t, t));
  }
  const repeated: RawList[] = [];
  for (const el of containers) {
    const l = fromRepeated(el);
    if (l) repeated.push(l);
  }
  // Keep the innermost of nested candidates: a page wrapper repeating cards is not the list.
  for (const l of repeated)
    if (!repeated.some((o) => o !== l && l.element.contains(o.element) && o.rows.length >= l.rows.length))
      lists.push(l);
  return lists;
}

/** Lists the user pointed at (a taught profile's selector, or a clicked element). */
export function listAt(el: Element): RawList | undefined {
  if (el.tagName === 'TABLE') return fromHtmlTable(el as HTMLTableElement);
  if (el.matches(GRID_SEL)) return fromAriaGrid(el);
  return fromRepeated(el);
}
