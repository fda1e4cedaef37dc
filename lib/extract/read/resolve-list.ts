import { headerScores } from './header-words';
import type { CapturedList, CapturedRow } from '../wire/captured-lists';
import { looksLikeMoney } from './parse-money';
import { parseDate } from './parse-date';
import { splitStacked } from './split-stacked';

/** A captured list ready to read: its header row known, its stacked columns split. */
export interface ResolvedList {
  headers: string[];
  rows: CapturedRow[];
}

/** A first row of plain cells that names columns (old apps write headers as bold <td>s). */
function looksLikeHeaderRow(texts: string[]): boolean {
  const named = texts.filter((t) => headerScores(t).size > 0).length;
  const values = texts.filter(
    (t) => looksLikeMoney(t) || parseDate(t, { today: '2000-01-01' }).ok || /^\d+$/.test(t),
  ).length;
  return named >= 2 && named >= texts.filter(Boolean).length / 2 && values === 0;
}

/**
 * The list as its columns read: a first row that only names columns becomes the header (the page
 * cannot tell, it has no header words or value parsers), then stacked columns are split.
 */
export function resolveList(list: CapturedList): ResolvedList {
  let { headers, rows } = list;
  if (list.maybeHeader && rows.length > 0 && looksLikeHeaderRow(list.maybeHeader)) {
    headers = list.maybeHeader;
    rows = rows.slice(1);
  }
  return splitStacked(headers, rows, list.stacked);
}
