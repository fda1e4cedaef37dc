import { reason, type Classification, type Reason } from '../model';
import type { DebtorFacts } from './debtor-facts';
import { median } from './median';
import { dayOf } from './describe';
import { dayNumber } from '../time/calendar';

/** Paid this many days or more after the due date: a bad debt, even if it was recovered. */
export const BAD_DEBT_DAYS_LATE = 60;

/**
 * The flags beside the class: term-stretcher (pays at 60–90 days on ~30-day terms), upfront-only
 * (the user's flag, or proposed after a bad debt was recovered), credit hold (the user's flag).
 */
export function classificationFlags(
  f: DebtorFacts,
  defaultTermsDays: number,
  creditPolicySet = false,
): Classification['flags'] {
  let flags: Classification['flags'] | undefined;
  const terms = f.termsDays ?? defaultTermsDays;
  if (terms <= 45) {
    // The last 12 payments with a known issue date: counted first, listed only when the flag may apply.
    let count = 0,
      slow = 0,
      first = f.paid.length;
    while (first > 0 && count < 12) {
      const days = f.paid[--first]!.daysToPay;
      if (days === undefined) continue;
      count++;
      if (days >= 45) slow++;
    }
    if (count >= 3 && slow * 2 > count) {
      const recent: number[] = [];
      for (let i = f.paid.length - 1; i >= first; i--) {
        const days = f.paid[i]!.daysToPay;
        if (days !== undefined) recent.push(days);
      }
      const mid = median(recent);
      if (mid >= 55) {
        (flags ??= {}).termStretcher = reason('term-stretcher', {
          days: { min: Math.min(...recent), max: Math.max(...recent) },
          median: Math.round(mid),
          terms,
          count,
        });
      }
    }
  }
  const record = f.record;
  if (record?.flags.upfrontOnly) {
    const set = record.flags.upfrontOnly;
    (flags ??= {}).upfrontOnly = reason('upfront-set', {
      on: dayOf(f.clock.dayOf(set.at)),
      ...(set.note ? { note: set.note } : {}),
    });
  } else {
    let worst: (typeof f.paid)[number] | undefined;
    for (const p of f.paid)
      if (p.daysLate !== undefined && p.daysLate >= BAD_DEBT_DAYS_LATE && (!worst || p.daysLate > worst.daysLate!))
        worst = p;
    if (worst) {
      (flags ??= {}).upfrontOnly = reason('upfront-proposed', {
        invoice: worst.invoice.number,
        days: worst.daysLate!,
        on: dayOf(worst.paidDay),
      });
    }
  }
  if (record?.flags.creditHold) {
    const hold = record.flags.creditHold;
    (flags ??= {}).creditHold = reason('credit-hold', {
      since: dayOf(f.clock.dayOf(hold.at)),
      ...(hold.note ? { note: hold.note } : {}),
    });
  }
  const warning = newCreditInvoice(f);
  if (warning) (flags ??= {}).creditWarning = warning;
  if (creditPolicySet && (f.open.length > 0 || f.held.length > 0)) {
    const on = record?.creditPolicyAcknowledgedOn;
    if (on === undefined) (flags ??= {}).creditPolicy = reason('policy-never-acknowledged', {});
    else if (f.todayDay - dayNumber(on) > POLICY_RENEWAL_DAYS)
      (flags ??= {}).creditPolicy = reason('policy-acknowledged-long-ago', { on: dayOf(dayNumber(on)) });
  }
  return flags ?? NO_FLAGS;
}

/** The credit policy is re-acknowledged every year. */
export const POLICY_RENEWAL_DAYS = 365;

/**
 * A debtor on credit hold or upfront-only with an invoice on credit (its due date after its issue
 * date) first seen after the flag was set: someone sold on credit against the owner's decision.
 */
function newCreditInvoice(f: DebtorFacts): Reason | undefined {
  const flags = f.record?.flags;
  const set = flags?.creditHold ?? flags?.upfrontOnly;
  if (!set) return undefined;
  const flag = flags?.creditHold ? 'credit-hold' : 'upfront-only';
  for (const inv of [...f.open, ...f.held]) {
    if (inv.firstSeenAt < set.at) continue;
    if (inv.due !== undefined && inv.issued !== undefined && inv.due <= inv.issued) continue;
    const terms =
      inv.due !== undefined && inv.issued !== undefined
        ? { terms: dayNumber(inv.due) - dayNumber(inv.issued) }
        : inv.due !== undefined
          ? { due: inv.due }
          : {};
    return reason('credit-warning', { invoice: inv.number, flag, since: dayOf(f.clock.dayOf(set.at)), ...terms });
  }
  return undefined;
}

/** Most debtors have no flag: one shared empty set, frozen so that a view mutating it fails loudly. */
const NO_FLAGS: Classification['flags'] = Object.freeze({});
