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
