import type { DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import type { RunAction } from './use-action';

/**
 * The agency or the court is done with it (paid, settled, given back): logged as ended, the debtor
 * comes back to Today, the forecast and the normal follow-up.
 */
export function RecoveryEnded({
  desk,
  debtor,
  run,
  busy,
}: {
  desk: Desk;
  debtor: DebtorView;
  run: RunAction;
  busy: boolean;
}) {
  const state = debtor.recovery?.state;
  if (state !== 'agency' && state !== 'court') return null;
  const where = state === 'agency' ? 'with the agency' : 'in court';
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() =>
        void run(
          () =>
            desk.client.addEvent({
              debtorId: debtor.id,
              kind: 'note',
              at: desk.now(),
              outcome: 'recovery-ended',
              text: `Recovery ${where} ended: back to the normal follow-up`,
            }),
          'Recovery ended: back to the normal follow-up',
        )
      }
    >
      Recovery ended
    </button>
  );
}
