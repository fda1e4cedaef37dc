import type { OwedClient } from '../../lib/messages/client';
import { DebtorRow } from './DebtorRow';
import { ReadStatus } from './ReadStatus';
import { useLedger, type Subscribe } from './use-ledger';
import './sidebar.css';

export interface SidebarProps {
  client: OwedClient;
  subscribe: Subscribe;
  locale?: string;
}

/** The owner's collections desk: who owes what, who is what kind of debtor, and what to do today. */
export function Sidebar({ client, subscribe, locale }: SidebarProps) {
  const [state] = useLedger(client, subscribe);
  if (state.status === 'loading') return <main className="owed" aria-busy="true">Loading…</main>;
  if (state.status === 'error') return <main className="owed"><p role="alert" className="error">{state.error}</p></main>;
  const { ledger } = state;
  const owing = ledger.debtors
    .filter((d) => d.balance > 0)
    .sort((a, b) => Number(b.dueForCallToday) - Number(a.dueForCallToday) || b.oldestDaysLate - a.oldestDaysLate || b.balance - a.balance);
  return (
    <main className="owed">
      <header className="owed-header">
        <h1>Owed</h1>
        <p className="summary">
          <span data-testid="calls-today">{ledger.dueForCallToday}</span> to call today · {owing.length} owe you
        </p>
      </header>
      <ReadStatus reads={ledger.reads} locale={locale} />
      <ul className="debtors" aria-label="Debtors">
        {owing.map((d) => (
          <DebtorRow key={d.id} debtor={d} locale={locale} />
        ))}
      </ul>
    </main>
  );
}
