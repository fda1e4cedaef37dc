import { reason, type ContactEvent } from '../model';
import type { DebtorFacts } from './debtor-facts';
import { dayNumber } from '../time/calendar';
import { dayOf, excerpt, numbersOf } from './describe';
import { repeated, type Evidence } from './evidence';
import type { PromiseState } from './promises';
import { DISPUTE, DISSATISFIED, HOSTILE, NEVER_RECEIVED } from './words';
import { ownText } from './debtor-words';
import { silence } from './silence';

const NONE: string[] = [];
/** The invoices an event is about (none named: "an invoice"). */
const about = (e: ContactEvent): string[] => e.invoiceNumbers ?? NONE;

/**
 * Angry: disputes, "never got the invoice", dissatisfaction, avoided calls, broken promises,
 * hostile notes.
 */
export function angryEvidence(f: DebtorFacts, promises: PromiseState[], found: Evidence[] = []): Evidence[] {
  if (f.disputedByStatus.length > 0) {
    const first = f.disputedByStatus[0]!;
    found.push({
      weight: repeated(f.disputedByStatus.length, 3, 5),
      reason: reason('disputed-in-app', { invoices: numbersOf(f.disputedByStatus), status: first.status ?? '' }),
    });
  }
  // Disputes logged against invoices are read from the log below, once.
  const disputeHolds = f.holds.length === 0 ? f.holds : f.holds.filter((h) => h.kind === 'dispute' && !h.fromLog);
  if (disputeHolds.length > 0) {
    const last = disputeHolds[disputeHolds.length - 1]!;
    const numbers = f.held.filter((i) => disputeHolds.some((h) => h.invoiceId === i.id));
    found.push({
      weight: repeated(disputeHolds.length, 3, 5),
      reason: reason('disputes-paused', {
        invoices: numbersOf(numbers),
        until: dayOf(dayNumber(last.until)),
        ...(last.reason ? { words: excerpt(last.reason) } : {}),
      }),
    });
  }
  let disputes = 0,
    neverReceived = 0,
    dissatisfied = 0,
    avoided = 0,
    hostile = 0;
  // The latest of each: its event and day.
  let disputeAt = -1,
    neverAt = -1,
    dissatisfiedAt = -1,
    hostileAt = -1;
  let lastAvoidedDay = 0;
  for (let i = 0; i < f.events.length; i++) {
    const e = f.events[i]!;
    const day = f.eventDays[i]!;
    const outcome = f.eventOutcomes[i]!;
    const text = f.eventTexts[i]!;
    const voice = f.eventVoices[i]!;
    const script = f.eventScriptOutcomes[i]!;
    const said = (o: string) => outcome === o || script.includes(o);
    if (e.kind === 'dispute' || said('disputes') || (outcome !== '' && DISPUTE.test(outcome))) {
      disputes++;
      disputeAt = i;
    } else if (said('never-received') || NEVER_RECEIVED.test(text, voice)) {
      neverReceived++;
      neverAt = i;
    } else if (said('dissatisfied') || DISSATISFIED.test(text, voice) || DISPUTE.test(text, voice)) {
      dissatisfied++;
      dissatisfiedAt = i;
    }
    if (said('avoided')) {
      avoided++;
      lastAvoidedDay = day;
    }
    if (said('hostile') || HOSTILE.test(text, voice)) {
      hostile++;
      hostileAt = i;
    }
  }
  // The debtor's own words of an event, shortened, when it has any.
  const words = (i: number) => (f.eventTexts[i] === '' ? {} : { words: excerpt(ownText(f.events[i]!)) });
  if (disputes > 0)
    found.push({
      weight: repeated(disputes, 3, 5),
      reason: reason('disputed', {
        invoices: about(f.events[disputeAt]!),
        on: dayOf(f.eventDays[disputeAt]!),
        count: disputes,
        ...words(disputeAt),
      }),
    });
  if (neverReceived > 0)
    found.push({
      weight: repeated(neverReceived, 2.5, 4),
      reason: reason('never-received', { invoices: about(f.events[neverAt]!), on: dayOf(f.eventDays[neverAt]!) }),
    });
  if (dissatisfied > 0)
    found.push({
      weight: repeated(dissatisfied, 2.5, 4),
      reason: reason('dissatisfied', { on: dayOf(f.eventDays[dissatisfiedAt]!), ...words(dissatisfiedAt) }),
    });
  if (hostile > 0)
    found.push({
      weight: repeated(hostile, 2.5, 3.5),
      reason: reason('hostile', { on: dayOf(f.eventDays[hostileAt]!), count: hostile, ...words(hostileAt) }),
    });
  if (avoided > 0)
    found.push({
      weight: repeated(avoided, 1.5, 3),
      reason: reason('avoided-calls', { count: avoided, lastOn: dayOf(lastAvoidedDay) }),
    });
  const quiet = silence(f);
  if (quiet) found.push(quiet);
  let broken = 0;
  let last: PromiseState | undefined;
  for (const p of promises) {
    if (!p.broken) continue;
    broken++;
    last = p;
  }
  if (last) {
    found.push({
      weight: repeated(broken, 2, 5),
      reason: reason('broke-promises', { count: broken, by: dayOf(last.dateDay) }),
    });
  }
  return found;
}
