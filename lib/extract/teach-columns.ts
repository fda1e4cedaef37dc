import { mapColumns, type ColumnMapping } from './map-columns';

/** A picked list as the teach script hands it over: headers and rows of text. */
export interface PickedListText {
  headers: string[];
  rows: string[][];
}

/**
 * What the teaching UI shows for the list the user picked: its headers, a few rows and the columns
 * detected. Pure text in, so it runs in the background, and the teach script that runs in the
 * page carries no money or date parser.
 */
export function detectColumns(list: PickedListText, opts: { today: string; locale?: string }): { headers: string[]; sample: string[][]; columns: ColumnMapping[] } {
  const { columns } = mapColumns({ headers: list.headers, rows: list.rows.map((texts) => ({ texts })) }, opts);
  return { headers: list.headers, sample: list.rows.slice(0, 5), columns };
}
