import type { ReadStatus as Read } from '../../lib/db';
import { formatTimestamp } from '../../lib/format';

/** What Owed read from each app, and what it skipped and why: nothing is dropped silently. */
export function ReadStatus({ reads, locale }: { reads: Read[]; locale?: string }) {
  if (reads.length === 0) {
    return (
      <p className="empty">
        Owed has not read any invoices yet. Open your invoicing app's invoice list and Owed reads it as you browse.
      </p>
    );
  }
  return (
    <ul className="reads" aria-label="Sources read">
      {reads.map((r) => (
        <li key={r.source} className={r.problems.length ? 'read has-problems' : 'read'}>
          <span>
            {r.count} invoices from {r.title || r.source}, {formatTimestamp(r.at, locale)}
          </span>
          {r.pages && <span className={r.complete ? 'read-pages' : 'read-pages incomplete'}> · {pagesText(r)}</span>}
          {r.problems.length > 0 && (
            <details>
              <summary>
                {r.problems.length} {r.problems.length === 1 ? 'row' : 'rows'} skipped: {r.problems[0]!.reason}
                {r.problems.length > 1 ? '…' : ''}
              </summary>
              <ul>
                {r.problems.map((p, i) => (
                  <li key={i}>
                    {p.where}: {p.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Which pages of a paged list were read: "pages 1–3 of 3 read", or what is missing and what to do. */
export function pagesText(r: Pick<Read, 'count' | 'complete' | 'pages'>): string {
  const p = r.pages;
  if (!p) return '';
  const read = p.read.length ? ranges(p.read) : 'none';
  const of = p.last !== undefined ? ` of ${p.last}` : '';
  const which = `${p.read.length === 1 ? 'page' : 'pages'} ${read}${of} read`;
  if (r.complete) return `every page read (${which})`;
  if (p.statedRows !== undefined && p.statedRows > r.count)
    return `read ${r.count} of ${p.statedRows}, open the next page (${which})`;
  return `${which}, open the next page`;
}

/** "1–3, 5" from [1, 2, 3, 5]. */
function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(j > i ? `${ns[i]}–${ns[j]}` : `${ns[i]}`);
    i = j;
  }
  return out.join(', ');
}
