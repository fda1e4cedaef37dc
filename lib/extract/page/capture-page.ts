// The page's half of reading it (read-capture.ts is the reader's): find the lists, read what their
// cells show and how the app marks overdue rows. Only the DOM work runs in the page; recognising
// columns, amounts and dates runs in the background on the text handed over.
import { CELL, MAX_ROWS, MAX_TEXT, ROW, type WireCapture, type WireList } from '../wire/capture-wire';
import { cellText, lastLook } from './cell-text';
import { findLists, gridsIn, listAt, type RawList } from './find-lists';
import { labelledValues, openDetailValues } from './labelled-values';
import { cellMarked, rowLooks } from './overdue-marks';
import { stackedBlocks, stackedColumns } from './stacked-cells';

/** Rows read per step: a step of 16 is tens of microseconds, fine-grained enough to pause between. */
const ROWS_PER_STEP = 16;

export interface CaptureOptions {
  /** A site profile's selector for the lists to read (else every list of the page). */
  listSelector?: string;
  /** A site profile's selector for overdue rows (else the app's classes). */
  overdueSelector?: string;
  /** Also hand over a record form's labelled values (formOf: an invoice's own page). */
  form?: boolean;
}

/** A page's capture, ready to send, and the lists it came from (their elements stay in the page). */
export interface CapturedPage {
  capture: WireCapture;
  lists: RawList[];
}

function describe(list: RawList, i: number): string {
  const el = list.element;
  // A table's caption is its own first child: no query through its rows for one.
  const caption = el.tagName === 'TABLE' ? (el as HTMLTableElement).caption : null;
  const name = el.getAttribute('aria-label') ?? caption?.textContent?.trim() ?? (el.id ? `#${el.id}` : '');
  const kind = list.kind === 'table' ? 'table' : list.kind === 'aria' ? 'grid' : 'list';
  return `${kind} ${name ? `"${name.slice(0, 60)}"` : i + 1}`;
}

// Grids inside tables are found in the cells read (captureList), not by a query over every table.
const IN_CELLS = { gridsInTables: false };

/** The lists a selector names (a site profile's), or those inside them, else every list of the page. */
function listsOf(root: ParentNode, selector: string | undefined): RawList[] {
  if (selector) {
    let els: Element[] = [];
    try {
      els = Array.from(root.querySelectorAll(selector));
    } catch {
      els = []; // a bad selector in a taught profile: every list is read instead
    }
    const lists = els.map(listAt).filter((l): l is RawList => !!l && l.rows.length > 0);
    if (lists.length) return lists;
    const inside = els.flatMap((el) => findLists(el, IN_CELLS));
    if (inside.length) return inside;
  }
  return findLists(root, IN_CELLS);
}

const clip = (texts: string[]) => texts.map((t) => t.slice(0, MAX_TEXT));

/**
 * One list's text and marks, a few rows per step, packed as it is sent (capture-wire.ts). A cell
 * is sent whole: the background cuts what it keeps. The grids found in a table's cells that hold
 * more than text go to `nested`.
 */
function* captureList(
  list: RawList,
  where: string,
  overdueSelector: string | undefined,
  nested: RawList[],
  limit = MAX_ROWS,
): Generator<void, WireList> {
  const stacked = stackedColumns(list);
  const n = Math.min(list.rows.length, limit);
  // The rows' texts and separators in one array, joined once: no array or string per row.
  const parts: string[] = [];
  const rowsMarked: number[] = [];
  let cellsMarked: WireList['cellsMarked'];
  let blocks: WireList['blocks'];
  for (let i = 0; i < n; i++) {
    if (i % ROWS_PER_STEP === 0) yield;
    const r = list.rows[i]!;
    const cells = r.cells;
    // The app's overdue looks: the row's, else each cell's, asked as its text is read.
    const looks = rowLooks(r.element, overdueSelector);
    let marks: number[] | undefined;
    if (i) parts.push(ROW);
    for (let c = 0; c < cells.length; c++) {
      if (c) parts.push(CELL);
      const cell = cells[c];
      if (!cell) continue;
      parts.push(cellText(cell));
      if (looks === 'cells' && cellMarked(cell, lastLook)) (marks ??= []).push(c);
      // A cell that is more than text may hold a grid of its own.
      if (lastLook === undefined && list.kind === 'table') nested.push(...gridsIn(cell, list.element));
    }
    if (looks === true) rowsMarked.push(i);
    else if (marks) (cellsMarked ??= {})[i] = marks;
    if (stacked.length) {
      const b = stackedBlocks(r, stacked);
      if (b) (blocks ??= {})[i] = b;
    }
  }
  const out: WireList = { where, kind: list.kind, headers: clip(list.headers), count: n, rows: parts.join('') };
  if (list.maybeHeader) out.maybeHeader = clip(list.maybeHeader);
  if (list.statedRows !== undefined) out.statedRows = list.statedRows;
  if (stacked.length) out.stacked = stacked;
  if (rowsMarked.length) out.rowsMarked = rowsMarked;
  if (cellsMarked) out.cellsMarked = cellsMarked;
  if (blocks) out.blocks = blocks;
  return out;
}

/** One list's first `limit` rows at once (the list the user picked to teach). */
export function captureListNow(list: RawList, where: string, limit: number): WireList {
  const steps = captureList(list, where, undefined, [], limit);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** A record form's labelled values: an invoice's own page shows one instead of a list. */
export const formOf = (root: ParentNode) => bounded(labelledValues(root));

const bounded = (pairs: { label: string; value: string }[]) =>
  pairs.slice(0, 500).map((p) => ({ label: p.label.slice(0, MAX_TEXT), value: p.value.slice(0, MAX_TEXT) }));

/** Captures the page's lists, a few rows per step so a caller can spread the work (see inSlices). */
export function* capturePage(root: ParentNode, opts: CaptureOptions = {}): Generator<void, CapturedPage> {
  const lists = listsOf(root, opts.listSelector);
  yield;
  const captured: WireList[] = [];
  // Grids found in tables' cells join the lists as they are found.
  for (let i = 0; i < lists.length; i++)
    captured.push(yield* captureList(lists[i]!, describe(lists[i]!, i), opts.overdueSelector, lists));
  const capture: WireCapture = { lists: captured };
  // One invoice's details open over the list (a drawer, a dialog): what it states is due.
  const detail = openDetailValues(root);
  if (detail.length) capture.form = bounded(detail);
  else if (opts.form) capture.form = formOf(root);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = doc?.documentElement?.getAttribute('lang');
  if (lang) capture.lang = lang.slice(0, 100);
  return { capture, lists };
}

/** A list the reader read, with the elements of the page's list: where paging and scans look. */
export type OnPage<T> = T & {
  element: Element;
  /** The list's row elements: the first is where a virtualised list's scrolling container is found; page scans that look outside the rows skip them. */
  rowElements: Element[];
};

/** The reader's lists (by their index among the captured ones) paired with the page's still there. */
export function withElements<T extends { index: number }>(read: readonly T[], lists: readonly RawList[]): OnPage<T>[] {
  return read.flatMap((r) => {
    const list = lists[r.index];
    return list ? [{ ...r, element: list.element, rowElements: list.rows.map((row) => row.element) }] : [];
  });
}

/** Runs a stepwise task without holding the main thread longer than `budgetMs` at a time; undefined when aborted. */
export async function inSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  budgetMs = 25,
  signal?: AbortSignal,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      if (signal?.aborted) return undefined;
      sliceStart = performance.now();
    }
  }
}
