import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import { formatDate } from '../../lib/format';
import { templateId } from '../../lib/templates';
import { sayFor } from '../say';
import type { Desk } from './desk';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

/** The date the customer acknowledged the credit policy (set in Options), when they did. */
export function CreditPolicyAcknowledged({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const on = debtor.record?.creditPolicyAcknowledgedOn;
  // Owed flags it when never acknowledged, or over a year ago (lib/classify).
  const due = debtor.classification.flags.creditPolicy;
  const [date, setDate] = useState(on ?? desk.ledger.today);
  const [run, state] = useAction();
  if (!desk.ledger.settings.creditPolicy.trim()) return null;
  return (
    <section aria-labelledby="policy-title" className="card">
      <h3 id="policy-title">Credit policy</h3>
      <p>{on ? `Acknowledged on ${formatDate(on, desk.locale)}.` : 'Not acknowledged yet.'}</p>
      {due && (
        <p className="hint" role="note" data-testid="policy-due">
          {debtor.name} {sayFor(desk.locale, desk.ledger.today)(due)}.{' '}
          <button
            type="button"
            className="small"
            onClick={() =>
              desk.navigate({
                view: 'debtor',
                id: debtor.id,
                panel: 'draft',
                template: templateId(debtor.classification.standing, 'credit-policy'),
              })
            }
          >
            Draft the credit policy email
          </button>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const record = recordOf(debtor, desk.now());
          void run(() =>
            desk.client.saveRecord({ ...record, creditPolicyAcknowledgedOn: date, updatedAt: desk.now() }),
          );
        }}
      >
        <label>
          Acknowledged on
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <button type="submit" disabled={state.busy}>
          Save
        </button>
      </form>
      <ActionMessage state={state} />
    </section>
  );
}
