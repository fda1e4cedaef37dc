import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { ActionMessage, useAction } from './use-action';

/**
 * One customer seen under two names (two apps, a typo): merge the other into this one, its
 * invoices, log and plans with it; undo it the same way.
 */
export function MergeDebtors({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const others = desk.ledger.debtors.filter((d) => d.id !== debtor.id).sort((a, b) => a.name.localeCompare(b.name, desk.locale || undefined));
  const merged = debtor.record?.merged ?? [];
  const [source, setSource] = useState('');
  const [run, state] = useAction();
  return (
    <section aria-labelledby="merge-title" className="card">
      <h3 id="merge-title">Same customer, other names</h3>
      {merged.length > 0 && (
        <ul aria-label="Merged customers" className="contacts">
          {merged.map((id) => (
            <li key={id}>
              {id}{' '}
              <button type="button" className="small" aria-label={`Unmerge ${id}`} disabled={state.busy}
                onClick={() => void run(() => desk.client.unmergeDebtor(debtor.id, id), `Unmerged ${id}`)}>Unmerge</button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <form aria-label="Merge a customer into this one" onSubmit={(e) => {
          e.preventDefault();
          if (source) void run(() => desk.client.mergeDebtors(debtor.id, source), 'Merged').then((ok) => ok && setSource(''));
        }}>
          <label>Merge into {debtor.name}
            <select value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">Choose a customer…</option>
              {others.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <button type="submit" disabled={!source || state.busy}>Merge</button>
        </form>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
