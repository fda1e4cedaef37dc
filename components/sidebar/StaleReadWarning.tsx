import { staleRead } from '../../lib/ledger/stale-read';
import type { Desk } from './desk';

/** Before a call: the balances shown are as old as the last read of the app. */
export function StaleReadWarning({ desk }: { desk: Desk }) {
  const stale = staleRead(desk.ledger.reads, desk.now());
  if (!stale) return null;
  return (
    <p className="warning" role="note" data-testid="stale-read">
      Owed last read {stale.where} {stale.days} days ago: open it so the balances are current before you call (a payment
      may have come in since).
    </p>
  );
}
