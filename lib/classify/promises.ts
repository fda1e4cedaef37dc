import type { ContactEvent } from '../model';
import { dayNumber } from '../time/calendar';
import type { DebtorFacts } from './debtor-facts';

/** Days after the promised date a payment still counts as the promise kept (bank transfers take time). */
export const PROMISE_GRACE_DAYS = 3;

export interface PromiseState {
  event: ContactEvent;
  /** Local day the promise was made. */
  madeDay: number;
  /** The promised date. */
  date: string;
  dateDay: number;
  /** The date passed and what it was about is still owed, with no payment in time. */
  broken: boolean;
  /** The date has not passed yet. */
  pending: boolean;
  /** What it was about (the invoices it named, or anything) is still owed today. */
  stillOwed: boolean;
}

/**
 * Every promise to pay (a 'promise' event, or any event carrying a promised date) with its fate. A promise is kept when a payment (a payment event or an
 * invoice paid) falls between the promise and its date plus a grace, or when the invoices it named
 * are no longer owed; it is broken when its date has passed without that.
 */
export function promiseStates(f: DebtorFacts): PromiseState[] {
  const states: PromiseState[] = [];
  for (let i = 0; i < f.events.length; i++) {
    const event = f.events[i]!;
    // A promise is usually made on a call: any event carrying a promised date counts.
    if (event.promise === undefined) continue;
    const madeDay = f.eventDays[i]!;
    const dateDay = dayNumber(event.promise.date);
    const pending = dateDay >= f.todayDay;
    const named = event.invoiceNumbers ?? NONE_NAMED;
    const stillOwed = named.length > 0 ? named.some((n) => owes(f, n)) : f.open.length + f.held.length > 0;
    const broken = !pending && stillOwed && !paidBetween(f, madeDay, dateDay + PROMISE_GRACE_DAYS, named);
    states.push({ event, madeDay, date: event.promise.date, dateDay, broken, pending, stillOwed });
  }
  return states;
}

const NONE_NAMED: readonly string[] = Object.freeze([]);

/** Invoice `number` is still owed; a paused invoice is too, so a promise about it can still be broken. */
function owes(f: DebtorFacts, number: string): boolean {
  for (const inv of f.open) if (inv.number === number) return true;
  for (const inv of f.held) if (inv.number === number) return true;
  return false;
}

function paidBetween(f: DebtorFacts, from: number, to: number, named: readonly string[]): boolean {
  for (let i = 0; i < f.events.length; i++) {
    const e = f.events[i]!;
    if (e.kind === 'payment' && f.eventDays[i]! >= from && f.eventDays[i]! <= to) return true;
  }
  // Without named invoices, any invoice paid in the window counts.
  return f.paid.some(
    (p) => p.paidDay >= from && p.paidDay <= to && (named.length === 0 || named.includes(p.invoice.number)),
  );
}
