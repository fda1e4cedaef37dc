import { useState } from 'react';
import { debtorIdFor, type DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

/**
 * The name a merged customer had: its invoices keep the customer name they were read with (an
 * unmerge finds them by it too); the id when none is left.
 */
export function mergedName(debtor: Pick<DebtorView, 'openInvoices' | 'history'>, id: string): string {
  const mine = (i: { customer: string }) => debtorIdFor(i.customer) === id;
  return debtor.openInvoices.find(mine)?.customer ?? debtor.history.find(mine)?.customer ?? id;
}

/**
 * One customer seen under two names (two apps, a typo): merge the other into this one, its
 * invoices, log and plans with it; undo it the same way. Customers set aside as "not the same"
 * can be suggested again.
 */
export function MergeDebtors({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const others = desk.ledger.debtors
    .filter((d) => d.id !== debtor.id)
    .sort((a, b) => a.name.localeCompare(b.name, desk.locale || undefined));
  const merged = (debtor.record?.merged ?? []).map((id) => ({ id, name: mergedName(debtor, id) }));
  const notSame = (debtor.record?.notSameAs ?? []).map((id) => ({
    id,
    name: desk.ledger.debtors.find((d) => d.id === id)?.name ?? id,
  }));
  const [source, setSource] = useState('');
  const [run, state] = useAction();
  const suggestAgain = (id: string, name: string) => {
    const now = desk.now();
    const { notSameAs, ...rest } = recordOf(debtor, now);
    const left = (notSameAs ?? []).filter((x) => x !== id);
    return run(
      () => desk.client.saveRecord({ ...rest, ...(left.length ? { notSameAs: left } : {}), updatedAt: now }),
      `${name} may be suggested again`,
    );
  };
  return (
    <section aria-labelledby="merge-title" className="card">
      <h3 id="merge-title">Same customer, other names</h3>
      {merged.length > 0 && (
        <ul aria-label="Merged customers" className="contacts">
          {merged.map(({ id, name }) => (
            <li key={id}>
              {name}{' '}
              <button
                type="button"
                className="small"
                aria-label={`Unmerge ${name}`}
                disabled={state.busy}
                onClick={() => void run(() => desk.client.unmergeDebtor(debtor.id, id), `Unmerged ${name}`)}
              >
                Unmerge
              </button>
            </li>
          ))}
        </ul>
      )}
      {notSame.length > 0 && (
        <ul aria-label="Set aside as other customers" className="contacts">
          {notSame.map(({ id, name }) => (
            <li key={id}>
              Not the same as {name}{' '}
              <button
                type="button"
                className="small"
                aria-label={`Suggest ${name} again`}
                disabled={state.busy}
                onClick={() => void suggestAgain(id, name)}
              >
                Suggest again
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <form
          aria-label="Merge a customer into this one"
          onSubmit={(e) => {
            e.preventDefault();
            if (source)
              void run(() => desk.client.mergeDebtors(debtor.id, source), 'Merged').then((ok) => ok && setSource(''));
          }}
        >
          <label>
            Merge into {debtor.name}
            <select value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">Choose a customer…</option>
              {others.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!source || state.busy}>
            Merge
          </button>
        </form>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
