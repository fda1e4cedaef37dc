import type { DebtorView } from '../../lib/model';
import { CallBackDate } from './CallBackDate';
import type { Desk } from './desk';
import { RecoveryEnded } from './RecoveryEnded';
import { SkipStep } from './SkipStep';
import { ActionMessage, useAction } from './use-action';

/** What the owner can record about the next step: skip it, set the next date, end a recovery. */
export function NextStepControls({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const [run, state] = useAction();
  return (
    <div className="next-controls">
      <div className="buttons">
        <SkipStep desk={desk} debtor={debtor} run={run} busy={state.busy} />
        <RecoveryEnded desk={desk} debtor={debtor} run={run} busy={state.busy} />
      </div>
      <CallBackDate desk={desk} debtor={debtor} run={run} busy={state.busy} />
      <ActionMessage state={state} />
    </div>
  );
}
