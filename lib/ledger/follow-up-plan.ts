import type { DebtorView, Settings } from '../model';
import { debtorFacts } from '../classify/debtor-facts';
import { cadencePlan, type CadencePlan } from '../schedule/cadence-plan';
import { cadenceFor, type ChosenCadence } from '../schedule/cadence-for';
import { dayNumber, zoneClock } from '../time/calendar';

/**
 * The whole follow-up plan of one debtor for the UI: every cadence step with its date and whether
 * it was done, from the debtor's view (which carries all its invoices, events, plans and holds),
 * laid out with the debtor's own cadence, else its class's, else the default. Paused invoices are
 * left out, as the ledger does.
 */
export function followUpPlan(
  view: DebtorView,
  settings: Settings,
  now: number,
  timeZone: string,
): (CadencePlan & { source: ChosenCadence['source'] }) | null {
  const clock = zoneClock(timeZone);
  const today = clock.dateOf(now);
  const facts = debtorFacts({
    id: view.id,
    invoices: [...view.openInvoices, ...view.history],
    events: [...view.events],
    plans: view.plans,
    record: view.record,
    today,
    todayDay: dayNumber(today),
    clock,
    holds: view.holds ? new Map(view.holds.map((h) => [h.invoiceId, h])) : undefined,
  });
  const chosen = cadenceFor(view.record, view.classification.standing, settings);
  const plan = cadencePlan(facts, chosen.steps);
  return plan && { ...plan, source: chosen.source };
}
