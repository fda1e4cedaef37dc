import { useCallback, useEffect, useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import type { LedgerSnapshot } from '../../lib/service/owed-service';

/** Subscribes to "something changed" from the background; returns the unsubscribe. */
export type Subscribe = (onChange: () => void) => () => void;

export type LedgerState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; ledger: LedgerSnapshot };

/** The ledger, refetched whenever the background says it changed. */
export function useLedger(client: OwedClient, subscribe: Subscribe): [LedgerState, () => void] {
  const [state, setState] = useState<LedgerState>({ status: 'loading' });
  const reload = useCallback(() => {
    client.ledger().then(
      (ledger) => setState({ status: 'ready', ledger }),
      (e: unknown) => setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
  }, [client]);
  useEffect(() => {
    reload();
    return subscribe(reload);
  }, [reload, subscribe]);
  return [state, reload];
}
