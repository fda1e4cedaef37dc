import { useMemo, useState } from 'react';
import { suggestMerges } from '../../lib/merge';
import type { Desk } from '../sidebar/desk';
import { ActionMessage, useAction } from '../sidebar/use-action';

/**
 * Customers that look like one seen in two apps (or an app and a CSV import), with why: merge them
 * in one click (undone from the debtor's "Same customer, other names"), or set a pair aside.
 */
export function MergeSuggestions({ desk }: { desk: Desk }) {
  const { debtors, settings } = desk.ledger;
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  const suggestions = useMemo(
    () => suggestMerges(debtors, { ownAddresses: settings.sender.email ? [settings.sender.email] : [], dismissed }),
    [debtors, settings.sender.email, dismissed],
  );
  const [run, state] = useAction();
  if (suggestions.length === 0 && !state.done) return null;
  return (
    <section aria-labelledby="merge-suggestions-title" className="card">
      <h3 id="merge-suggestions-title">Same customer?</h3>
      <ul aria-label="Merge suggestions" className="contacts">
        {suggestions.map((s) => (
          <li key={`${s.targetId}|${s.sourceId}`}>
            <strong>{s.sourceName}</strong> and <strong>{s.targetName}</strong>: {s.reason}.{' '}
            <button type="button" className="small" disabled={state.busy} aria-label={`Merge ${s.sourceName} into ${s.targetName}`}
              onClick={() => void run(() => desk.client.mergeDebtors(s.targetId, s.sourceId), `Merged ${s.sourceName} into ${s.targetName}`)}>
              Merge into {s.targetName}
            </button>{' '}
            <button type="button" className="small" aria-label={`Not the same: ${s.sourceName} and ${s.targetName}`}
              onClick={() => setDismissed((d) => new Set(d).add(`${s.targetId}|${s.sourceId}`))}>Not the same</button>
          </li>
        ))}
      </ul>
      <ActionMessage state={state} />
    </section>
  );
}
