import type { ContactEvent } from '../model';
import type { DebtorFacts } from './debtor-facts';
import { dayNumber } from '../time/calendar';
import { dayText, listNumbers, plural, quote } from './describe';
import { repeated, type Evidence } from './evidence';
import type { PromiseState } from './promises';
import { DISPUTE, DISSATISFIED, HOSTILE, NEVER_RECEIVED } from './words';
import { ownText } from './debtor-words';
import { silence } from './silence';

const about = (e: ContactEvent): string =>
  e.invoiceNumbers && e.invoiceNumbers.length > 0 ? listNumbers(e.invoiceNumbers) : 'an invoice';

/**
 * Angry: disputes, "never got the invoice", dissatisfaction, avoided calls, broken promises,
 * hostile notes.
 */
export function angryEvidence(f: DebtorFacts, promises: PromiseState[], found: Evidence[] = []): Evidence[] {
  if (f.disputedByStatus.length > 0) {
    const first = f.disputedByStatus[0]!;
    found.push({
      weight: repeated(f.disputedByStatus.length, 3, 5),
      reason: `${listNumbers(f.disputedByStatus)} marked “${first.status}” in the invoicing app`,
    });
  }
  // Disputes logged against invoices are read from the log below, once.
  const disputeHolds = f.holds.length === 0 ? f.holds : f.holds.filter((h) => h.kind === 'dispute' && !h.fromLog);
  if (disputeHolds.length > 0) {
    const last = disputeHolds[disputeHolds.length - 1]!;
    const numbers = f.held.filter((i) => disputeHolds.some((h) => h.invoiceId === i.id));
    found.push({
      weight: repeated(disputeHolds.length, 3, 5),
      reason: `disputes ${listNumbers(numbers)}${last.reason ? `: ${quote(last.reason)}` : ''} (paused until ${dayText(f, dayNumber(last.until))})`,
    });
  }
  let disputes = 0,
    neverReceived = 0,
    dissatisfied = 0,
    avoided = 0,
    hostile = 0;
  let disputeReason = '',
    neverReason = '',
    dissatisfiedReason = '',
    hostileReason = '';
  let lastAvoidedDay = 0;
  for (let i = 0; i < f.events.length; i++) {
    const e = f.events[i]!;
    const day = f.eventDays[i]!;
    const outcome = f.eventOutcomes[i]!;
    const text = f.eventTexts[i]!;
    const voice = f.eventVoices[i]!;
    const script = f.eventScriptOutcomes[i]!;
    const said = (o: string) => outcome === o || script.includes(o);
    const words = text === '' ? '' : `: ${quote(ownText(e))}`;
    if (e.kind === 'dispute' || said('disputes') || (outcome !== '' && DISPUTE.test(outcome))) {
      disputes++;
      disputeReason = `disputed ${about(e)} on ${dayText(f, day)}${words}`;
    } else if (said('never-received') || NEVER_RECEIVED.test(text, voice)) {
      neverReceived++;
      neverReason = `said they never received ${about(e)} (${dayText(f, day)})`;
    } else if (said('dissatisfied') || DISSATISFIED.test(text, voice) || DISPUTE.test(text, voice)) {
      dissatisfied++;
      dissatisfiedReason = `complained about the order or service on ${dayText(f, day)}${words}`;
    }
    if (said('avoided')) {
      avoided++;
      lastAvoidedDay = day;
    }
    if (said('hostile') || HOSTILE.test(text, voice)) {
      hostile++;
      hostileReason = `hostile on ${dayText(f, day)}${words}`;
    }
  }
  if (disputes > 0)
    found.push({
      weight: repeated(disputes, 3, 5),
      reason: disputes > 1 ? `${disputeReason} (${disputes} disputes in all)` : disputeReason,
    });
  if (neverReceived > 0) found.push({ weight: repeated(neverReceived, 2.5, 4), reason: neverReason });
  if (dissatisfied > 0) found.push({ weight: repeated(dissatisfied, 2.5, 4), reason: dissatisfiedReason });
  if (hostile > 0)
    found.push({
      weight: repeated(hostile, 2.5, 3.5),
      reason: hostile > 1 ? `${hostileReason} (${hostile} times)` : hostileReason,
    });
  if (avoided > 0)
    found.push({
      weight: repeated(avoided, 1.5, 3),
      reason: `avoided ${plural(avoided, 'call')} (last on ${dayText(f, lastAvoidedDay)})`,
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
      reason:
        broken === 1
          ? `broke a promise to pay by ${dayText(f, last.dateDay)}`
          : `broke ${broken} promises to pay (latest: by ${dayText(f, last.dateDay)})`,
    });
  }
  return found;
}
