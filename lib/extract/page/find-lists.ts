import { cellText, headerText, isHidden } from './cell-text';

/** One row of a list as found in the page, cells aligned to the list's columns. */
export interface RawRow {
  element: Element;
  cells: (Element | undefined)[];
  /** What each cell shows, trimmed (cellText's): readers need not trim again. */
  texts: string[];
}

/** A list of rows with aligned columns: an HTML table, an ARIA grid, or repeated SPA rows. */
export interface RawList {
  element: Element;
  kind: 'table' | 'aria' | 'repeated';
  headers: string[];
  /**
   * No header row in the markup: the first row (still among `rows`) read as a header. Whether it
   * is one, plain cells that name columns as old apps write them, is the reader's call: that needs
   * the header words and value parsers, which stay out of the page (resolve-list.ts).
   */
  maybeHeader?: string[];
  rows: RawRow[];
  /** Rows the list says it has (aria-rowcount), when it says so. */
  statedRows?: number;
}

const GRID_SEL = '[role=grid],[role=table],[role=treegrid]';
const CELL_SEL = '[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';

/** Puts a cell that has attributes at its column: aria-colindex where given, a colspan's gaps after it. */
function place(out: (Element | undefined)[], c: Element): void {
  const idx = Number(c.getAttribute('aria-colindex'));
  if (Number.isInteger(idx) && idx >= 1 && idx <= 200) out[idx - 1] = c;
  else out.push(c);
  const span = Math.min(Number(c.getAttribute('colspan') ?? 1) || 1, 50);
  for (let i = 1; i < span; i++) out.push(undefined);
}

/** aria-colindex may leave holes: make them explicit. */
function fillHoles(out: (Element | undefined)[]): (Element | undefined)[] {
  for (let i = 0; i < out.length; i++) if (!(i in out)) out[i] = undefined;
  return out;
}

/** Cells placed at their columns: aria-colindex where given, colspans filled with gaps. */
function align(cells: Element[]): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  // Most cells have neither attribute: one check each instead of parsing two attributes.
  for (const c of cells)
    if (c.hasAttributes()) place(out, c);
    else out.push(c);
  return fillHoles(out);
}

/**
 * A row whose cells and texts are found when first needed: a big list is then read a few rows per
 * step. One object per row (no closures): 5,000 rows are made at once.
 */
class LazyRow implements RawRow {
  #cells: (Element | undefined)[] | undefined;
  #texts: string[] | undefined;
  readonly #find: ((tr: Element) => (Element | undefined)[]) | undefined;
  readonly #header: boolean;
  constructor(
    readonly element: Element,
    cells: (Element | undefined)[] | undefined,
    /** The row's cells, already aligned to the columns. */
    find?: (tr: Element) => (Element | undefined)[],
    header = false,
  ) {
    this.#cells = cells;
    this.#find = find;
    this.#header = header;
  }
  get cells(): (Element | undefined)[] {
    return (this.#cells ??= this.#find ? this.#find(this.element) : []);
  }
  get texts(): string[] {
    const read = this.#header ? headerText : cellText;
    return (this.#texts ??= this.cells.map((c) => (c ? read(c) : '')));
  }
}

const rowOf = (cells: Element[], element: Element, header: boolean): RawRow =>
  new LazyRow(element, align(cells), undefined, header);
const lazyRow = (element: Element, cells: (Element | undefined)[]): RawRow => new LazyRow(element, cells);

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

function fromHtmlTable(table: HTMLTableElement): RawList | undefined {
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

function fromAriaGrid(grid: Element): RawList | undefined {
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

// Classes that say a row's state, not what it is: rows of one list differ by them.
const STATE_CLASS =
  /^(is-|has-)|active|selected|odd|even|overdue|danger|late|paid|hover|focus|open|closed|draft|sent|partial|unpaid|expanded|collapsed|striped|highlight|warning|success|error|muted/i;

const signatures = new Map<string, string>();

function signature(el: Element): string {
  // Rows repeat their tag and classes: work each combination out once.
  const raw = `${el.tagName} ${el.getAttribute('class') ?? ''}`;
  let sig = signatures.get(raw);
  if (sig === undefined) {
    if (signatures.size > 5_000) signatures.clear();
    signatures.set(raw, (sig = signatureOf(el)));
  }
  return sig;
}

function signatureOf(el: Element): string {
  const classes = Array.from(el.classList)
    // BEM modifiers ("row--overdue", "fatture__row--scaduta") say a state in any language.
    .filter((c) => !STATE_CLASS.test(c) && !/\d{3,}/.test(c) && !c.includes('--'))
    .sort();
  return `${el.tagName}.${classes.join('.')}`;
}

/** Cells of a repeated row: the innermost elements that carry text, keyed by their path. */
function leafCells(row: Element): { key: string; el: Element }[] {
  const out: { key: string; el: Element }[] = [];
  const walk = (el: Element, path: string) => {
    const labelled =
      el !== row &&
      (el.hasAttribute('data-label') || el.hasAttribute('data-title') || el.getAttribute('role') === 'cell');
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
    if (el !== row && (labelled || ownText)) {
      if (cellText(el)) out.push({ key: path, el });
      return;
    }
    const seen = new Map<string, number>();
    for (const child of Array.from(el.children)) {
      if (isHidden(child) || /^(SCRIPT|STYLE|TEMPLATE|SVG|svg)$/.test(child.tagName)) continue;
      const sig = signature(child);
      const n = seen.get(sig) ?? 0;
      seen.set(sig, n + 1);
      walk(child, `${path}/${sig}${n ? `:${n}` : ''}`);
    }
  };
  walk(row, '');
  return out;
}

/** Rows of a repeated list that decide its columns: beyond this many, a sample spread over it. */
const REPEATED_SAMPLE = 400;

const cellsByKey = (leaves: { key: string; el: Element }[], keys: string[]) =>
  keys.map((k) => leaves.find((c) => c.key === k)?.el);

/** Whether `el` has at least `n` elements below it (stops counting there). */
function hasDescendants(el: Element, n: number): boolean {
  let count = 0;
  const walk = (parent: Element): boolean => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (++count >= n || walk(c)) return true;
    return false;
  };
  return walk(el);
}

function fromRepeated(container: Element): RawList | undefined {
  // Rows need three cells (below): two children with three elements under them, or no list. This
  // turns away each row of a 5,000-row list at once (each is a container of spans too).
  let rich = 0;
  for (let c = container.firstElementChild; c && rich < 2; c = c.nextElementSibling) if (hasDescendants(c, 3)) rich++;
  if (rich < 2) return undefined;
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (isHidden(child)) continue;
    const sig = signature(child);
    const group = groups.get(sig);
    if (group) group.push(child);
    else groups.set(sig, [child]);
  }
  let best: Element[] = [];
  for (const g of groups.values()) if (g.length > best.length) best = g;
  if (best.length < 2) return undefined;
  // A first row shaped like the others may only name columns: the reader judges it (maybeHeader).
  // The columns come from the rows after it, so a header's plain texts add no columns of their own.
  const from = best.length > 2 ? 1 : 0;
  // The columns and the shape test come from rows spread over the list (all of a short one); each
  // other row finds its cells when it is read, so a long list is read a few rows per step, as a
  // table is, instead of in one long task.
  const stride = Math.ceil((best.length - from) / REPEATED_SAMPLE);
  const sample = best.filter((_, i) => i >= from && (i - from) % stride === 0);
  const leaves = sample.map(leafCells);
  if (leaves.filter((l) => l.length >= 3).length < sample.length * 0.8) return undefined;
  const keys: string[] = [];
  for (const l of leaves) for (const { key } of l) if (!keys.includes(key)) keys.push(key);
  if (keys.length > 40) return undefined;

  // Header cells often hold plain text where data cells wrap it in a link or badge: match by path prefix.
  const headerCells = (cells: { key: string; el: Element }[]) =>
    keys.map((k) => cells.find((c) => c.key === k || k.startsWith(`${c.key}/`) || c.key.startsWith(`${k}/`))?.el);
  const headerTexts = (cells: (Element | undefined)[]) => cells.map((c) => (c ? headerText(c) : ''));
  // Header: labels on the cells, else a differently shaped row before the first one with as many texts.
  let headers: string[] = keys.map((k) => {
    for (const l of leaves) {
      const cell = l.find((c) => c.key === k)?.el;
      const label = cell?.getAttribute('data-label') ?? cell?.getAttribute('data-title');
      if (label) return label.trim();
    }
    return '';
  });
  if (headers.every((h) => !h)) {
    const inRows = new Set(best);
    const candidates = [
      ...Array.from(container.children).filter((c) => !inRows.has(c)),
      container.previousElementSibling,
    ].filter((c): c is Element => !!c && (c.compareDocumentPosition(best[0]!) & 4) !== 0);
    for (const cand of candidates.reverse()) {
      const cells = leafCells(cand);
      const byKey = headerCells(cells);
      if (byKey.filter(Boolean).length >= Math.min(3, keys.length)) {
        headers = headerTexts(byKey);
        break;
      }
      if (cells.length === keys.length) {
        headers = cells.map((c) => headerText(c.el));
        break;
      }
    }
  }
  const list: RawList = {
    element: container,
    kind: 'repeated',
    headers,
    rows:
      stride === 1
        ? best.map((row, i) => lazyRow(row, cellsByKey(i < from ? leafCells(row) : leaves[i - from]!, keys)))
        : best.map((row) => new LazyRow(row, undefined, (r) => cellsByKey(leafCells(r), keys))),
  };
  if (from) list.maybeHeader = headerTexts(headerCells(leafCells(best[0]!)));
  return list;
}

// Containers whose repeated children may be the rows of a single-page app's list.
const CONTAINER_TAGS = new Set(['DIV', 'UL', 'OL', 'SECTION', 'TBODY', 'MAIN', 'ARTICLE']);

const isGrid = (el: Element) => el.hasAttribute('role') && el.matches(GRID_SEL);

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
