import { mapColumns, type ColumnMapping } from './map-columns';
import { unpackList, type WireList } from '../wire/capture-wire';
import { resolveList } from './resolve-list';

/**
 * What the teaching UI shows for the list the user picked: its headers (a header row found,
 * stacked columns split, as the reader will read it), a few rows and the columns detected. Pure
 * text in, so it runs in the background, and the teach script that runs in the page carries no
 * money or date parser.
 */
export function detectColumns(
  picked: WireList,
  opts: { today: string; locale?: string },
): { headers: string[]; sample: string[][]; columns: ColumnMapping[] } {
  const list = resolveList(unpackList(picked));
  const { columns } = mapColumns(list, opts);
  return { headers: list.headers, sample: list.rows.slice(0, 5).map((r) => r.texts), columns };
}
