import { followUpPlan } from '../../lib/ledger';
import { CADENCE_ACTIONS, type DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import type { RunAction } from './use-action';

/**
 * "Skip this step" on a follow-up step that is due: logged as skipped (naming the step), so the
 * schedule moves on to the next one and the log says it was skipped on purpose rather than done.
 */
export function SkipStep({
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
  const next = debtor.next;
  if (!next || next.date > desk.ledger.today || !(CADENCE_ACTIONS as readonly string[]).includes(next.action))
    return null;
  const { settings } = desk.ledger;
  const plan = followUpPlan(
    debtor,
    settings,
    desk.now(),
    settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const step = plan?.steps.find((s) => !s.done && s.action === next.action && s.date === next.date);
  if (!step) return null;
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
              outcome: 'skipped',
              step: `${step.offsetDays}:${step.action}`,
              text: `Skipped on purpose: ${step.label}`,
            }),
          'Step skipped: the follow-up moves on',
        )
      }
    >
      Skip this step
    </button>
  );
}
