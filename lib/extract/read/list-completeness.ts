import { MAX_ROWS } from '../wire/capture-wire';
import type { ReadProblem } from '../../model/page-read';

/**
 * Whether a read covered whole lists, judged by the background from what it read itself, never
 * on the page's word alone. The page may only say less ("a filter is on", "there is a next
 * page"): a list is complete when the page says so AND the background read at least one list,
 * none was cut at the row limit, and none shows fewer rows than it states. What a complete read
 * no longer lists is marked "not seen since" only among the invoices last read from the same list
 * (its place and headers, `listKey`), so two lists of one app never mark each other's invoices.
 */

/** A list as captured (capture-wire.ts's WireList): where it is, its headers, what it says. */
export interface CapturedListFacts {
  where: string;
  headers: readonly string[];
  count: number;
  statedRows?: number;
}

/** A list the reader took invoices from (read-capture.ts's ListRead): invoices in page order. */
export interface ListTaken {
  index: number;
  rows: number;
  invoices: number;
  skipped?: readonly unknown[];
}

/** A short stable key of a list: its place and headers (FNV-1a, 52 bits, hex). */
export function listKey(list: Pick<CapturedListFacts, 'where' | 'headers'>): string {
  const text = `${list.where}\u0000${list.headers.join('\u0001')}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `L${h1.toString(16).padStart(8, '0')}${(h2 & 0xfffff).toString(16).padStart(5, '0')}`;
}

const cutReason = `this list has more than ${MAX_ROWS.toLocaleString('en-US')} rows: Owed read the first ${MAX_ROWS.toLocaleString('en-US')} only, so it does not know which invoices past them the app still lists (none is marked "not seen since")`;

export interface ListJudgement {
  complete: boolean;
  /** The list key of each invoice taken, in page order. */
  listOf: string[];
  /** Why a list was not read whole, for the sidebar. */
  problems: ReadProblem[];
}

/**
 * Judges a read: `pageSaysComplete` is the page's claim; `captured` are the lists the page sent;
 * `taken` the lists the background read invoices from, in order (their invoices follow each
 * other in the read's list of invoices).
 */
export function judgeListCompleteness(
  pageSaysComplete: boolean,
  captured: readonly CapturedListFacts[],
  taken: readonly ListTaken[],
): ListJudgement {
  const listOf: string[] = [];
  const problems: ReadProblem[] = [];
  let whole = taken.length > 0;
  for (const t of taken) {
    const list = captured[t.index];
    if (!list) {
      whole = false;
      continue;
    }
    const key = listKey(list);
    for (let i = 0; i < t.invoices; i++) listOf.push(key);
    if (list.count >= MAX_ROWS) {
      whole = false;
      problems.push({ where: list.where.slice(0, 500), reason: cutReason });
    } else if (list.statedRows !== undefined && t.rows < list.statedRows) whole = false;
  }
  return { complete: pageSaysComplete && whole, listOf, problems };
}
