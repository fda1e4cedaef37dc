import type { CapturedRow, StackedColumn } from '../wire/captured-lists';
import { headerScores } from './header-words';
import { headerParts } from '../page/stacked-cells';

/** Overdue marks of a row's cells after column `at` became `width` columns. */
function shiftMarks(marked: CapturedRow['marked'], at: number, width: number): CapturedRow['marked'] {
  if (!Array.isArray(marked)) return marked;
  return marked.flatMap((i) =>
    i < at ? [i] : i > at ? [i + width - 1] : Array.from({ length: width }, (_, k) => at + k),
  );
}

/**
 * Some apps stack two values in one column under a header such as "Client / Invoice Number"
 * (FreshBooks). When each part of the header names a field and most filled cells hold that many
 * blocks (stacked-cells.ts found them in the page), the column becomes one column per part. The
 * parts are those of the header the list has now: the page may have sent blocks for a first row
 * it offered as the header, which the reader did not take for one.
 */
export function splitStacked(
  headers: string[],
  rows: CapturedRow[],
  stacked: readonly StackedColumn[] | undefined,
): { headers: string[]; rows: CapturedRow[] } {
  // Right to left: a split leaves the columns before it where they were.
  for (const i of (stacked ?? []).map((s) => s.index).sort((a, b) => b - a)) {
    const parts = headerParts(headers[i] ?? '');
    if (parts.length === 0 || parts.some((p) => headerScores(p).size === 0)) continue;
    const filled = rows.filter((r) => r.texts[i]);
    const fit = filled.filter((r) => r.blocks?.[i]?.length === parts.length).length;
    if (filled.length === 0 || fit / filled.length < 0.6) continue;
    headers = [...headers.slice(0, i), ...parts, ...headers.slice(i + 1)];
    rows = rows.map((r) => {
      const b = r.blocks?.[i];
      const cells = parts.map((_, k) =>
        b?.length === parts.length ? (b[k] ?? '') : k === 0 ? (r.texts[i] ?? '') : '',
      );
      const row: CapturedRow = { ...r, texts: [...r.texts.slice(0, i), ...cells, ...r.texts.slice(i + 1)] };
      if (r.marked) row.marked = shiftMarks(r.marked, i, parts.length);
      return row;
    });
  }
  return { headers, rows };
}
