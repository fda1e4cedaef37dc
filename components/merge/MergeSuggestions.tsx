import { useMemo } from 'react';
import { suggestMerges } from '../../lib/merge';
import type { Desk } from '../sidebar/desk';
import { recordOf } from '../sidebar/record';
import { ActionMessage, useAction } from '../sidebar/use-action';

/** The pairs the user set aside ("not the same"), as suggestMerges reads them, from the debtors' records. */
export function dismissedPairs(debtors: Desk['ledger']['debtors']): Set<string> {
  const pairs = new Set<string>();
  for (const d of debtors) for (const other of d.record?.notSameAs ?? []) pairs.add(`${d.id}|${other}`);
  return pairs;
}

/**
 * Customers that look like one seen in two apps (or an app and a CSV import), with why: merge them
 * in one click (undone from the debtor's "Same customer, other names"), or set a pair aside for
 * good (kept in the record's notSameAs).
 */
export function MergeSuggestions({ desk }: { desk: Desk }) {
  const { debtors, settings } = desk.ledger;
  const dismissed = useMemo(() => dismissedPairs(debtors), [debtors]);
  const suggestions = useMemo(
    () => suggestMerges(debtors, { ownAddresses: settings.sender.email ? [settings.sender.email] : [], dismissed }),
    [debtors, settings.sender.email, dismissed],
  );
  const [run, state] = useAction();
  if (suggestions.length === 0 && !state.done && !state.error) return null;
  const notSame = (targetId: string, sourceId: string, words: string) => {
    const target = debtors.find((d) => d.id === targetId);
    if (!target) return;
    const now = desk.now();
    const record = recordOf(target, now);
    const notSameAs = [...new Set([...(record.notSameAs ?? []), sourceId])];
    void run(() => desk.client.saveRecord({ ...record, notSameAs, updatedAt: now }), words);
  };
  return (
    <section aria-labelledby="merge-suggestions-title" className="card">
      <h3 id="merge-suggestions-title">Same customer?</h3>
      {suggestions.length > 0 && (
        <ul aria-label="Merge suggestions" className="contacts">
          {suggestions.map((s) => (
            <li key={`${s.targetId}|${s.sourceId}`}>
              <strong>{s.sourceName}</strong> and <strong>{s.targetName}</strong>: {s.reason}.{' '}
              <button
                type="button"
                className="small"
                disabled={state.busy}
                aria-label={`Merge ${s.sourceName} into ${s.targetName}`}
                onClick={() =>
                  void run(
                    () => desk.client.mergeDebtors(s.targetId, s.sourceId),
                    `Merged ${s.sourceName} into ${s.targetName}`,
                  )
                }
              >
                Merge into {s.targetName}
              </button>{' '}
              <button
                type="button"
                className="small"
                disabled={state.busy}
                aria-label={`Not the same: ${s.sourceName} and ${s.targetName}`}
                onClick={() =>
                  notSame(
                    s.targetId,
                    s.sourceId,
                    `${s.sourceName} and ${s.targetName} set aside as different customers`,
                  )
                }
              >
                Not the same
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
