import { useCallback, useEffect, useRef, useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import { applyLedgerChange, type LedgerChange } from '../../lib/ledger/ledger-change';
import type { LedgerSnapshot } from '../../lib/service/owed-service';

/**
 * Subscribes to what the background changed after each write (none: something changed, look
 * again); returns the unsubscribe.
 */
export type Subscribe = (onChange: (change?: LedgerChange) => void) => () => void;

export type LedgerState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; ledger: LedgerSnapshot };

/**
 * The ledger: fetched once, then kept by the changes the background sends after each write (the
 * debtors it touched), fetched again only when a change cannot be applied. An answer or a change
 * older than what the view shows is dropped, so the view never goes back to the state before a
 * write it showed.
 */
export function useLedger(client: OwedClient, subscribe: Subscribe): [LedgerState, () => void] {
  const [state, setState] = useState<LedgerState>({ status: 'loading' });
  const shown = useRef<LedgerSnapshot | undefined>(undefined);
  const show = useCallback((ledger: LedgerSnapshot) => {
    shown.current = ledger;
    setState({ status: 'ready', ledger });
  }, []);
  const reload = useCallback(() => {
    client.ledger().then(
      (ledger) => {
        if (!shown.current || ledger.version >= shown.current.version) show(ledger);
      },
      (e: unknown) => setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
  }, [client, show]);
  const onChange = useCallback(
    (change?: LedgerChange) => {
      const next = change && shown.current && applyLedgerChange(shown.current, change);
      if (!next) reload();
      else if (next !== shown.current) show(next);
    },
    [reload, show],
  );
  useEffect(() => {
    reload();
    return subscribe(onChange);
  }, [reload, subscribe, onChange]);
  return [state, reload];
}
