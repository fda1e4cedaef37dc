// The lists a page captured, as the reader reads them (read-capture.ts): the reader content script
// finds them and reads their cells (capture-page.ts) and sends them packed (capture-wire.ts). Text
// only: finding the lists and their cells needs the page, recognising columns, amounts and dates
// does not, so no value parser, header vocabulary or locale table runs inside the page.

/** One row of a list as the page shows it. */
export interface CapturedRow {
  /** Each cell's visible text, trimmed, aligned to the list's columns. */
  texts: string[];
  /**
   * The app marks the row overdue by its looks: the whole row (a class, or the site profile's
   * selector), or these cells (a red badge in the status cell, say).
   */
  marked?: true | number[];
  /** Cells that stack values (see CapturedList.stacked): column → the texts of its blocks. */
  blocks?: Record<string, string[]>;
}

/** A column whose header joins field names ("Client / Invoice Number") and whose cells may stack as many values. */
export interface StackedColumn {
  index: number;
  /** The header's parts ("Client", "Invoice Number"). */
  parts: string[];
}

/** A list of the page: an HTML table, an ARIA grid, or repeated rows of a single-page app. */
export interface CapturedList {
  /** Where the list is, for people ("table #invoices", "grid 2"). */
  where: string;
  kind: 'table' | 'aria' | 'repeated';
  headers: string[];
  /** No header row in the markup: the first row read as one, for the reader to judge (plain cells that name columns). */
  maybeHeader?: string[];
  rows: CapturedRow[];
  /** Rows the list says it has (aria-rowcount), when it says so. */
  statedRows?: number;
  stacked?: StackedColumn[];
}

/** Everything the reader needs of a page to read its invoices or due dates. */
export interface PageCapture {
  lists: CapturedList[];
  /** Label → value pairs of a record form: an invoice's own page shows it as one. */
  form?: { label: string; value: string }[];
  /** The page's language (`<html lang>`), as written. */
  lang?: string;
}
