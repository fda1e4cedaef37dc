import type { DebtorView, Settings } from '../model';
import { debtorFacts } from '../classify/debtor-facts';
import { cadencePlan, type CadencePlan } from '../schedule/cadence-plan';
import { dayNumber, zoneClock } from './calendar';

/**
 * The whole follow-up plan of one debtor for the UI: every cadence step with its date and whether
 * it was done, from the debtor's view (which carries all its invoices, events and plans).
 */
export function followUpPlan(view: DebtorView, settings: Settings, now: number, timeZone: string): CadencePlan | null {
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
  });
  return cadencePlan(facts, settings.cadence);
}
