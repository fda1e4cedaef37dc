// How a page's capture travels to the background: JSON, with each list's rows packed into one
// string (cells joined by U+007F, rows by U+009F). A 5,000-row list is then one string to send
// and parse instead of 40,000 small values to build, convert and validate. The separators are
// control characters JSON leaves as they are (and one-byte, as most text is): cellText reads every
// control character as a space, so they cannot occur in a cell.
import type { CapturedList, CapturedRow, PageCapture } from './captured-lists';

export const CELL = '\u007f';
export const ROW = '\u009f';
/** What the reader takes of one list and one cell (a page may show more; the rest is left). */
export const MAX_ROWS = 20_000;
export const MAX_CELLS = 200;
export const MAX_TEXT = 2_000;

/** A captured list as sent: its rows packed; their overdue looks and blocks by row number (from 0). */
export interface WireList extends Omit<CapturedList, 'rows'> {
  count: number;
  rows: string;
  /** Rows the app marks overdue as a whole, in order. */
  rowsMarked?: number[];
  /** Rows with cells the app marks overdue: row → those cells. */
  cellsMarked?: Record<string, number[]>;
  blocks?: Record<string, Record<string, string[]>>;
}

export interface WireCapture extends Omit<PageCapture, 'lists'> {
  lists: WireList[];
}

/**
 * The capture back from the wire, its rows unpacked; the envelope is validated before (zod, in
 * lib/messages/page-parse.ts). Throws an Error saying what is wrong with a list that does not
 * unpack to what it claims.
 */
export function unpackCapture(wire: WireCapture): PageCapture {
  return { ...wire, lists: wire.lists.map((list, n) => unpackList(list, n)) };
}

/** One list's rows unpacked (its `n`, counted from 0, names it in an error). */
export function unpackList(
  { count, rows: packed, rowsMarked, cellsMarked, blocks, ...list }: WireList,
  n = 0,
): CapturedList {
  const lines = count === 0 ? [] : packed.split(ROW);
  if (lines.length !== count || count > MAX_ROWS)
    throw new Error(`list ${n + 1} has ${lines.length} rows, not the ${count} it says (at most ${MAX_ROWS})`);
  const rows = new Array<CapturedRow>(count);
  for (let i = 0; i < count; i++) {
    const line = lines[i]!;
    const texts = line.split(CELL);
    if (texts.length > MAX_CELLS) throw new Error(`list ${n + 1}, row ${i + 1} has more than ${MAX_CELLS} cells`);
    // Only a row longer than the longest cell kept can hold a cell too long.
    if (line.length > MAX_TEXT)
      for (let c = 0; c < texts.length; c++) if (texts[c]!.length > MAX_TEXT) texts[c] = texts[c]!.slice(0, MAX_TEXT);
    const row: CapturedRow = { texts };
    const cells = cellsMarked?.[i];
    if (cells) row.marked = cells;
    const b = blocks?.[i];
    if (b) row.blocks = b;
    rows[i] = row;
  }
  if (rowsMarked) for (const i of rowsMarked) if (rows[i]) rows[i]!.marked = true;
  return { ...list, rows };
}

/**
 * A capture with the rows of an earlier one that it no longer shows (a virtualised list shows a
 * screenful at a time; a list re-drawn after "load more" may drop the first rows): lists are
 * matched by where they are and their headers, rows by their text. The current rows come first,
 * so a row whose text changed is read as it is now.
 */
export function mergeCaptures(earlier: WireCapture | undefined, now: WireCapture): WireCapture {
  if (!earlier) return now;
  // The same place and the same columns: rows of another list never join it (a list that moved
  // up a place would otherwise take on the rows of the one it replaced).
  const key = (l: WireList) =>
    `${l.kind} ${l.where}${ROW}${(l.headers.length ? l.headers : (l.maybeHeader ?? [])).join(CELL)}`;
  const before = new Map(earlier.lists.map((l) => [key(l), l]));
  const lists = now.lists.map((list) => {
    const old = before.get(key(list));
    before.delete(key(list));
    if (!old || old.count === 0) return list;
    const lines = list.count ? list.rows.split(ROW) : [];
    const shown = new Set(lines);
    const merged: WireList = { ...list };
    const rowsMarked = [...(list.rowsMarked ?? [])];
    const cellsMarked = { ...list.cellsMarked };
    const blocks = { ...list.blocks };
    const oldRowsMarked = new Set(old.rowsMarked);
    const oldLines = old.rows.split(ROW);
    for (let i = 0; i < oldLines.length; i++) {
      if (shown.has(oldLines[i]!)) continue;
      const at = lines.push(oldLines[i]!) - 1;
      if (oldRowsMarked.has(i)) rowsMarked.push(at);
      if (old.cellsMarked?.[i]) cellsMarked[at] = old.cellsMarked[i]!;
      if (old.blocks?.[i]) blocks[at] = old.blocks[i]!;
    }
    if (rowsMarked.length) merged.rowsMarked = rowsMarked.filter((r) => r < MAX_ROWS);
    if (Object.keys(cellsMarked).length) merged.cellsMarked = cellsMarked;
    if (Object.keys(blocks).length) merged.blocks = blocks;
    if (lines.length === list.count) return list;
    merged.count = Math.min(lines.length, MAX_ROWS);
    merged.rows = lines.slice(0, MAX_ROWS).join(ROW);
    return merged;
  });
  return { ...now, lists: [...lists, ...before.values()] };
}
