// The page's half of stacked columns (split-stacked.ts has the reader's): some apps stack two
// values in one column under a header such as "Client / Invoice Number" (FreshBooks). The page
// hands over each such cell's blocks; the reader decides whether the header's parts name fields.
import { cellText } from './cell-text';
import type { RawList, RawRow } from './find-lists';
import type { StackedColumn } from '../wire/captured-lists';

/** The parts of a header that joins names ("Client / Invoice Number"), or none. */
export function headerParts(header: string): string[] {
  const parts = header.split(/\s+\/\s+|\s*\/\s*(?=\p{Lu})/u).map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every(Boolean) ? parts : [];
}

/** The visible blocks of a cell that stacks several values ("Acme Corp" over "INV-0042"). */
function blocks(cell: Element | undefined): Element[] {
  if (!cell) return [];
  let els = Array.from(cell.children).filter((c) => cellText(c));
  // One wrapper around the stacked blocks: look inside it.
  while (els.length === 1 && els[0]!.children.length > 1) els = Array.from(els[0]!.children).filter((c) => cellText(c));
  return els;
}

/** Columns whose header joins two or three names: their cells' blocks are worth handing over. */
export function stackedColumns(list: RawList): StackedColumn[] {
  const headers = list.headers.some(Boolean) ? list.headers : (list.maybeHeader ?? []);
  const out: StackedColumn[] = [];
  headers.forEach((h, index) => {
    const parts = headerParts(h);
    if (parts.length) out.push({ index, parts });
  });
  return out;
}

/** A row's cells that stack as many blocks as their header has parts: column → the blocks' texts. */
export function stackedBlocks(row: RawRow, stacked: readonly StackedColumn[]): Record<string, string[]> | undefined {
  let out: Record<string, string[]> | undefined;
  for (const { index, parts } of stacked) {
    const b = blocks(row.cells[index]);
    if (b.length === parts.length) (out ??= {})[index] = b.map((el) => cellText(el));
  }
  return out;
}
