import type { ContactEvent } from '../model';
import type { DebtorFacts } from '../classify/debtor-facts';
import { RESOLVED } from '../classify/words';

export interface OpenDispute {
  /** The local day it was raised (or first seen in the app). */
  day: number;
  /** "never-received" disputes are answered with a statement; others with a satisfaction check. */
  neverReceived: boolean;
  numbers: string[];
  event?: ContactEvent;
}

const DISPUTE_OUTCOMES = new Set(['disputes', 'never-received', 'dissatisfied']);

/**
 * The dispute still standing, if any: an open invoice the app marks disputed, or the latest
 * dispute in the log that no later promise, payment or "resolved" note answered and whose
 * invoices (when named) are still owed. Calls do not close a dispute: the user logs how it ended.
 */
export function openDispute(f: DebtorFacts): OpenDispute | undefined {
  if (f.open.length === 0) return undefined;
  let latest = -1;
  for (let i = f.events.length - 1; i >= 0; i--) {
    const e = f.events[i]!;
    const outcome = f.eventOutcomes[i]!;
    if (e.kind === 'dispute' || DISPUTE_OUTCOMES.has(outcome)) {
      latest = i;
      break;
    }
    if (
      e.kind === 'promise' ||
      e.promise !== undefined ||
      e.kind === 'payment' ||
      (e.text !== '' && RESOLVED.test(f.eventTexts[i]!)) ||
      RESOLVED.test(outcome)
    )
      break;
  }
  if (latest >= 0) {
    const event = f.events[latest]!;
    const named = event.invoiceNumbers ?? [];
    const stillOwed = named.length === 0 || named.some((n) => f.open.some((i) => i.number === n));
    if (stillOwed) {
      return {
        day: f.eventDays[latest]!,
        neverReceived: f.eventOutcomes[latest] === 'never-received',
        numbers: named,
        event,
      };
    }
  }
  const disputed = f.disputedByStatus[0];
  if (disputed) {
    return {
      day: f.clock.dayOf(disputed.firstSeenAt),
      neverReceived: false,
      numbers: f.disputedByStatus.map((i) => i.number),
    };
  }
  return undefined;
}
