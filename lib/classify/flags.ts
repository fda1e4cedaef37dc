import type { Classification } from '../model';
import type { DebtorFacts } from './debtor-facts';
import { median } from './median';
import { dayText, range } from './describe';
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
        (flags ??= {}).termStretcher =
          `pays ${range(Math.min(...recent), Math.max(...recent))} days after issue (median ${Math.round(mid)}) on ${terms}-day terms, over ${count} invoices`;
      }
    }
  }
  const record = f.record;
  if (record?.flags.upfrontOnly) {
    (flags ??= {}).upfrontOnly =
      `set by you on ${dayText(f, f.clock.dayOf(record.flags.upfrontOnly.at))}${record.flags.upfrontOnly.note ? `: ${record.flags.upfrontOnly.note}` : ''}`;
  } else {
    let worst: (typeof f.paid)[number] | undefined;
    for (const p of f.paid)
      if (p.daysLate !== undefined && p.daysLate >= BAD_DEBT_DAYS_LATE && (!worst || p.daysLate > worst.daysLate!))
        worst = p;
    if (worst) {
      (flags ??= {}).upfrontOnly =
        `proposed: ${worst.invoice.number} was recovered only ${worst.daysLate} days late, on ${dayText(f, worst.paidDay)}; ask for payment up front`;
    }
  }
  if (record?.flags.creditHold) {
    (flags ??= {}).creditHold =
      `on credit hold since ${dayText(f, f.clock.dayOf(record.flags.creditHold.at))}${record.flags.creditHold.note ? `: ${record.flags.creditHold.note}` : ''}`;
  }
  const warning = newCreditInvoice(f);
  if (warning) (flags ??= {}).creditWarning = warning;
  if (creditPolicySet && (f.open.length > 0 || f.held.length > 0)) {
    const on = record?.creditPolicyAcknowledgedOn;
    if (on === undefined) (flags ??= {}).creditPolicy = 'has not acknowledged your credit policy: send it';
    else if (f.todayDay - dayNumber(on) > POLICY_RENEWAL_DAYS)
      (flags ??= {}).creditPolicy =
        `acknowledged your credit policy on ${dayText(f, dayNumber(on))}, over a year ago: send it again`;
  }
  return flags ?? NO_FLAGS;
}

/** The credit policy is re-acknowledged every year. */
export const POLICY_RENEWAL_DAYS = 365;

/**
 * A debtor on credit hold or upfront-only with an invoice on credit (its due date after its issue
 * date) first seen after the flag was set: someone sold on credit against the owner's decision.
 */
function newCreditInvoice(f: DebtorFacts): string | undefined {
  const flags = f.record?.flags;
  const set = flags?.creditHold ?? flags?.upfrontOnly;
  if (!set) return undefined;
  const what = flags?.creditHold ? 'on credit hold' : 'upfront only';
  for (const inv of [...f.open, ...f.held]) {
    if (inv.firstSeenAt < set.at) continue;
    if (inv.due !== undefined && inv.issued !== undefined && inv.due <= inv.issued) continue;
    const terms =
      inv.due !== undefined && inv.issued !== undefined
        ? ` on ${dayNumber(inv.due) - dayNumber(inv.issued)}-day terms`
        : inv.due !== undefined
          ? `, due ${dayText(f, dayNumber(inv.due))}`
          : '';
    return `${inv.number} was issued on credit${terms} while this customer is ${what} (since ${dayText(f, f.clock.dayOf(set.at))})`;
  }
  return undefined;
}

/** Most debtors have no flag: one shared empty set, frozen so that a view mutating it fails loudly. */
const NO_FLAGS: Classification['flags'] = Object.freeze({});
