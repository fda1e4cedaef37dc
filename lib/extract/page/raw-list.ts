// A list as found in the page: its rows and their cells, aligned to its columns, found lazily so a
// big list is read a few rows per step. Made by html-table.ts, aria-grid.ts and repeated-rows.ts.
import { cellText, headerText } from './cell-text';

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

/** Puts a cell that has attributes at its column: aria-colindex where given, a colspan's gaps after it. */
export function place(out: (Element | undefined)[], c: Element): void {
  const idx = Number(c.getAttribute('aria-colindex'));
  if (Number.isInteger(idx) && idx >= 1 && idx <= 200) out[idx - 1] = c;
  else out.push(c);
  const span = Math.min(Number(c.getAttribute('colspan') ?? 1) || 1, 50);
  for (let i = 1; i < span; i++) out.push(undefined);
}

/** aria-colindex may leave holes: make them explicit. */
export function fillHoles(out: (Element | undefined)[]): (Element | undefined)[] {
  for (let i = 0; i < out.length; i++) if (!(i in out)) out[i] = undefined;
  return out;
}

/** Cells placed at their columns: aria-colindex where given, colspans filled with gaps. */
export function align(cells: Element[]): (Element | undefined)[] {
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
export class LazyRow implements RawRow {
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

export const rowOf = (cells: Element[], element: Element, header: boolean): RawRow =>
  new LazyRow(element, align(cells), undefined, header);
export const lazyRow = (element: Element, cells: (Element | undefined)[]): RawRow => new LazyRow(element, cells);
