import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { DebtorView, Standing } from '../../lib/model';
import { owes } from './DebtorBalance';
import { DebtorRow, ROW_HEIGHT } from './DebtorRow';
import type { Desk } from './desk';
import { STANDING_LABEL } from './labels';
import { useRowWindow } from './use-window';
import { fold } from '../../lib/text/fold';

/** 'recovery': with an agency, in court or written off, shown apart from those Owed still chases. */
type ClassFilter = 'owing' | Standing | 'recovery';
type SortKey = 'late' | 'balance' | 'name' | 'next';

const FILTERS: ClassFilter[] = ['owing', 'unorganized', 'going-out-of-business', 'angry', 'good-standing', 'recovery'];
const FILTER_LABEL: Record<ClassFilter, string> = {
  owing: 'All who owe',
  ...STANDING_LABEL,
  recovery: 'Agency, court, written off',
};
const SORT_LABEL: Record<SortKey, string> = {
  late: 'Most days late',
  balance: 'Largest balance',
  next: 'Next action date',
  name: 'Name',
};

/** Search text of a debtor: name, invoice numbers, email; folded (lib/text/fold.ts) once per ledger. */
function haystack(d: DebtorView): string {
  return fold(
    [
      d.name,
      d.email ?? '',
      ...d.openInvoices.map((i) => i.number),
      ...d.contacts.map((c) => `${c.name ?? ''} ${c.email ?? ''}`),
    ].join(' '),
  );
}

export function filterDebtors(
  debtors: DebtorView[],
  filter: ClassFilter,
  query: string,
  sort: SortKey,
  locale?: string,
  index?: Map<string, string>,
): DebtorView[] {
  const q = fold(query.trim());
  const list = debtors.filter(
    (d) =>
      (filter === 'recovery'
        ? d.recovery !== undefined
        : d.recovery === undefined && (filter === 'owing' ? owes(d) : d.classification.standing === filter)) &&
      (!q || (index?.get(d.id) ?? haystack(d)).includes(q)),
  );
  const byName = new Intl.Collator(locale || undefined, { sensitivity: 'base' });
  const compare: Record<SortKey, (a: DebtorView, b: DebtorView) => number> = {
    late: (a, b) => b.oldestDaysLate - a.oldestDaysLate || b.balance - a.balance,
    balance: (a, b) => b.balance - a.balance,
    next: (a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999'),
    name: (a, b) => byName.compare(a.name, b.name),
  };
  // Calls due today stay on top whatever the sort: that is the work.
  return list.sort(
    (a, b) =>
      Number(b.dueForCallToday) - Number(a.dueForCallToday) || compare[sort](a, b) || byName.compare(a.name, b.name),
  );
}

/** Debtors by class, searchable and sortable; the list is windowed so thousands stay fast. */
export function DebtorsByClass({ desk }: { desk: Desk }) {
  const { ledger, locale, navigate } = desk;
  const [filter, setFilter] = useState<ClassFilter>('owing');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('late');
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => new Map(ledger.debtors.map((d) => [d.id, haystack(d)])), [ledger.debtors]);
  const counts = useMemo(() => {
    const c: Record<ClassFilter, number> = {
      owing: 0,
      unorganized: 0,
      'going-out-of-business': 0,
      angry: 0,
      'good-standing': 0,
      recovery: 0,
    };
    for (const d of ledger.debtors) {
      if (d.recovery) {
        c.recovery++;
        continue;
      }
      c[d.classification.standing]++;
      if (owes(d)) c.owing++;
    }
    return c;
  }, [ledger.debtors]);
  const rows = useMemo(
    () => filterDebtors(ledger.debtors, filter, deferredQuery, sort, locale, index),
    [ledger.debtors, filter, deferredQuery, sort, locale, index],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const win = useRowWindow(scroller, rows.length, ROW_HEIGHT);
  const open = (id: string) => navigate({ view: 'debtor', id });

  return (
    <section aria-labelledby="debtors-title" className="debtors-view">
      <h2 id="debtors-title" tabIndex={-1}>
        Debtors by class
      </h2>
      <div role="group" aria-label="Class" className="class-filter">
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {FILTER_LABEL[f]} <span className="count">{counts[f]}</span>
          </button>
        ))}
      </div>
      <div className="list-tools">
        <label>
          <span className="visually-hidden">Search debtors</span>
          <input
            type="search"
            placeholder="Search name, invoice, email"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(Object.keys(SORT_LABEL) as SortKey[]).map((k) => (
              <option key={k} value={k}>
                {SORT_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="summary" role="status">
        {rows.length} {rows.length === 1 ? 'debtor' : 'debtors'}
      </p>
      <div ref={scroller} className="debtor-scroller" data-testid="debtor-scroller">
        <ul className="debtors" aria-label="Debtors" style={{ paddingTop: win.padTop, paddingBottom: win.padBottom }}>
          {rows.slice(win.start, win.end).map((d, i) => (
            <DebtorRow
              key={d.id}
              debtor={d}
              locale={locale}
              onOpen={open}
              position={{ index: win.start + i, of: rows.length }}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
