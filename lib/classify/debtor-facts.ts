import type { ContactEvent, DebtorRecord, Invoice, InvoiceHold, PaymentPlan, RecoveryState } from '../model';
import { applyLoggedPayments } from './logged-payments';
import { loggedDisputes, recoveryState } from './logged-disputes';
import { dayNumber, type ZoneClock } from '../time/calendar';
import { sortSmall } from './small-sort';
import { median } from './median';
import { DISPUTE, PARTIAL, fold, isDraftStatus, outcomeId, type Voice } from './words';
import { eventWords } from './debtor-words';

/** A paid invoice with how long it took. */
export interface PaidInvoice {
  invoice: Invoice;
  paidDay: number;
  /** Days from issue to payment, when the issue date is known. */
  daysToPay?: number;
  /** Days after the due date (negative when early), when the due date is known. */
  daysLate?: number;
}

/**
 * Everything the classifier and the cadence ask about one debtor, computed once in a single pass
 * over its invoices and events (the ledger's speed depends on never re-scanning per rule).
 */
export interface DebtorFacts {
  id: string;
  today: string;
  todayDay: number;
  clock: ZoneClock;
  invoices: Invoice[];
  /** Owed now and not paused: balance > 0, still listed, not a draft. Oldest due first, unknown dues last. */
  open: Invoice[];
  /** Owed but paused by a hold or dispute in force: reminders, fees and calls skip them. Oldest due first. */
  held: Invoice[];
  /** The holds in force on this debtor's open invoices. */
  holds: readonly InvoiceHold[];
  /** Open and past due (or flagged overdue by the app when no due date is shown); the `open` list itself when all are. */
  overdue: Invoice[];
  /** Everything not open: paid, credit notes, drafts, no longer listed. */
  history: Invoice[];
  /** Paid invoices with a known paid date (see debtorFacts for paidSeenOn), in the order they were paid. */
  paid: PaidInvoice[];
  partlyPaid: readonly Invoice[];
  disputedByStatus: readonly Invoice[];
  /** Earliest due date among open invoices. */
  oldestDueDay?: number;
  /** Days the oldest open invoice is late (0 when none is). */
  oldestDaysLate: number;
  overdueDateUnknown: boolean;
  /** Open invoices flagged overdue without a due date, first seen on this local day. */
  unknownDueFirstSeenDay?: number;
  /**
   * Oldest first, with their local day numbers, outcome ids (see outcomeId) and the debtor's words
   * in each, folded (see eventWords: Owed's own lines are ''): read once here rather than by every
   * rule that looks at the log.
   */
  events: ContactEvent[];
  eventDays: number[];
  eventOutcomes: string[];
  eventTexts: string[];
  /** Who wrote each event's text: the owner's note about the debtor, or the debtor's own mail. */
  eventVoices: Voice[];
  /** Outcomes the call script recorded in each event's text besides its own outcome. */
  eventScriptOutcomes: (readonly string[])[];
  plans: PaymentPlan[];
  record?: DebtorRecord;
  /** Median payment terms (due − issued) over invoices showing both. */
  termsDays?: number;
  /** Paid per the owner's log and not yet seen in the app (already taken off the invoices' balances). */
  loggedPaid: number;
  /** With an agency, in court or written off: the decision and its index in `events`. */
  recovery?: { state: RecoveryState; index: number };
}

interface StatusMeaning {
  draft: boolean;
  partial: boolean;
  dispute: boolean;
}

/** Status words repeat across thousands of invoices: read each distinct one once. */
const statusMeanings = new Map<string, StatusMeaning>();
const NO_STATUS: StatusMeaning = { draft: false, partial: false, dispute: false };

/** The last status read: invoices in a row mostly share theirs ("Paid", "Paid", "Overdue"…). */
let lastStatus = '';
let lastMeaning = NO_STATUS;

export function statusMeaning(status: string | undefined): StatusMeaning {
  if (status === undefined || status === '') return NO_STATUS;
  if (status === lastStatus) return lastMeaning;
  let meaning = statusMeanings.get(status);
  if (!meaning) {
    const folded = fold(status);
    meaning = { draft: isDraftStatus(folded), partial: PARTIAL.test(folded), dispute: DISPUTE.test(folded) };
    if (statusMeanings.size > 10_000) statusMeanings.clear();
    statusMeanings.set(status, meaning);
  }
  lastStatus = status;
  lastMeaning = meaning;
  return meaning;
}

const NONE: readonly Invoice[] = Object.freeze([]);
const NO_HOLDS: readonly InvoiceHold[] = Object.freeze([]);
const NO_DAYS = Object.freeze([]) as unknown as number[];
const NO_TEXTS = Object.freeze([]) as unknown as string[];

const isOverdue = (inv: Invoice, today: string): boolean =>
  inv.due !== undefined ? inv.due < today : inv.overdue === true;

export const isDraft = (inv: Invoice): boolean => statusMeaning(inv.status).draft;

/** Oldest due date first, unknown due dates last (ISO dates sort as strings). */
export const byDue = (a: Invoice, b: Invoice): number =>
  a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1;
const byPaidDay = (a: PaidInvoice, b: PaidInvoice): number => a.paidDay - b.paidDay;
const byTime = (a: ContactEvent, b: ContactEvent): number => a.at - b.at;

export interface DebtorFactsInput {
  id: string;
  invoices: Invoice[];
  /** Sorted oldest first in place when they are not already. */
  events: ContactEvent[];
  plans: PaymentPlan[];
  record?: DebtorRecord;
  todayDay: number;
  today: string;
  clock: ZoneClock;
  /** Holds in force today, by invoice id (the ledger keeps only those: see holdInForce). */
  holds?: ReadonlyMap<string, InvoiceHold>;
}

export function debtorFacts(input: DebtorFactsInput): DebtorFacts {
  const { todayDay, clock } = input;
  const open: Invoice[] = [];
  let held: Invoice[] | undefined;
  let holds: InvoiceHold[] | undefined;
  const history: Invoice[] = [];
  const paid: PaidInvoice[] = [];
  // Rarely filled: allocated on first use (the ledger builds these for every debtor).
  let partlyPaid: Invoice[] | undefined;
  let disputedByStatus: Invoice[] | undefined;
  // Terms are usually the same on every invoice: a list only once they differ.
  let firstTerms: number | undefined;
  let sameTerms = 0;
  let terms: number[] | undefined;
  let oldestDueDay: number | undefined;
  let overdueDateUnknown = false;
  let unknownDueFirstSeenDay: number | undefined;

  // Oldest first, in place (they usually come in that order: then this only compares).
  const events = sortSmall(input.events, byTime);
  let eventDays = NO_DAYS,
    eventOutcomes = NO_TEXTS,
    eventTexts = NO_TEXTS,
    eventVoices = NO_TEXTS as Voice[],
    eventScriptOutcomes = NO_TEXTS as unknown as (readonly string[])[];
  if (events.length > 0) {
    eventDays = new Array<number>(events.length);
    eventOutcomes = new Array<string>(events.length);
    eventTexts = new Array<string>(events.length);
    eventVoices = new Array<Voice>(events.length);
    eventScriptOutcomes = new Array<readonly string[]>(events.length);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      eventDays[i] = clock.dayOf(e.at);
      const outcome = outcomeId(e.outcome);
      eventOutcomes[i] = outcome;
      const words = eventWords(e, outcome);
      eventTexts[i] = words.text;
      eventVoices[i] = words.voice;
      eventScriptOutcomes[i] = words.scriptOutcomes;
    }
  }

  // The owner's log moves the state: payments not yet seen in the app, disputes against named
  // invoices (they pause those invoices only), a hand-over to an agency, court or a write-off.
  const invoices = events.length === 0 ? input.invoices : applyLoggedPayments(input.invoices, events, clock.dayOf);
  let loggedPaid = 0;
  if (invoices !== input.invoices) for (const inv of invoices) loggedPaid += inv.loggedPaid ?? 0;
  const disputesByNumber =
    events.length === 0 ? undefined : loggedDisputes(input.id, events, eventDays, eventOutcomes, eventTexts);
  const recovery = events.length === 0 ? undefined : recoveryState(events, eventOutcomes);
  const holdOf = (inv: Invoice): InvoiceHold | undefined => {
    const explicit = input.holds?.get(inv.id);
    if (explicit || !disputesByNumber) return explicit;
    const logged = disputesByNumber.get(inv.number);
    return logged && { ...logged, invoiceId: inv.id };
  };

  for (const inv of invoices) {
    const status = statusMeaning(inv.status);
    const dueDay = inv.due === undefined ? undefined : dayNumber(inv.due);
    const issuedDay = inv.issued === undefined ? undefined : dayNumber(inv.issued);
    if (dueDay !== undefined && issuedDay !== undefined && dueDay >= issuedDay) {
      const t = dueDay - issuedDay;
      if (terms) terms.push(t);
      else if (firstTerms === undefined || t === firstTerms) {
        firstTerms = t;
        sameTerms++;
      } else {
        terms = new Array<number>(sameTerms).fill(firstTerms);
        terms.push(t);
      }
    }
    if (status.draft) {
      history.push(inv);
      continue;
    }
    if (inv.balance > 0 && inv.missingSince === undefined) {
      const hold = holdOf(inv);
      if (hold) {
        (held ??= []).push(inv);
        (holds ??= []).push(hold);
        continue;
      }
      open.push(inv);
      if (dueDay !== undefined && (oldestDueDay === undefined || dueDay < oldestDueDay)) oldestDueDay = dueDay;
      if (dueDay === undefined && inv.overdue === true) {
        overdueDateUnknown = true;
        const seen = clock.dayOf(inv.firstSeenAt);
        if (unknownDueFirstSeenDay === undefined || seen < unknownDueFirstSeenDay) unknownDueFirstSeenDay = seen;
      }
      if ((inv.total !== undefined && inv.total > inv.balance) || status.partial) (partlyPaid ??= []).push(inv);
      if (status.dispute) (disputedByStatus ??= []).push(inv);
      continue;
    }
    history.push(inv);
    if (inv.balance === 0) {
      // Without the app's paid date, the day Owed saw it paid is a payment date only if Owed had
      // seen it unpaid before: an invoice first read already paid (history at install) says nothing
      // about when it was paid, and would make every old invoice look paid very late.
      let paidDay: number;
      if (inv.paidOn !== undefined) paidDay = dayNumber(inv.paidOn);
      else if (inv.paidSeenOn !== undefined && dayNumber(inv.paidSeenOn) > clock.dayOf(inv.firstSeenAt))
        paidDay = dayNumber(inv.paidSeenOn);
      else continue;
      paid.push({
        invoice: inv,
        paidDay,
        daysToPay: issuedDay === undefined ? undefined : paidDay - issuedDay,
        daysLate: dueDay === undefined ? undefined : paidDay - dueDay,
      });
    }
  }
  if (open.length > 1) sortSmall(open, byDue);
  // Overdue in the same order, oldest first: usually every open invoice, then the same list.
  let overdueCount = 0;
  for (const inv of open) if (isOverdue(inv, input.today)) overdueCount++;
  let overdue = open;
  if (overdueCount < open.length) {
    overdue = [];
    for (const inv of open) if (isOverdue(inv, input.today)) overdue.push(inv);
  }
  if (held && held.length > 1) sortSmall(held, byDue);
  if (paid.length > 1) sortSmall(paid, byPaidDay);
  return {
    id: input.id,
    today: input.today,
    todayDay,
    clock,
    invoices,
    open,
    held: held ?? (NONE as Invoice[]),
    holds: holds ?? NO_HOLDS,
    overdue,
    history,
    paid,
    partlyPaid: partlyPaid ?? NONE,
    disputedByStatus: disputedByStatus ?? NONE,
    oldestDueDay,
    oldestDaysLate: oldestDueDay === undefined ? 0 : Math.max(0, todayDay - oldestDueDay),
    overdueDateUnknown,
    unknownDueFirstSeenDay,
    events,
    eventDays,
    eventOutcomes,
    eventTexts,
    eventVoices,
    eventScriptOutcomes,
    plans: input.plans,
    record: input.record,
    termsDays: terms ? median(terms) : firstTerms,
    loggedPaid,
    recovery,
  };
}
