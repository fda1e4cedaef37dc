import type { DebtorFacts } from './debtor-facts';
import { reason } from '../model';
import { numbersOf } from './describe';
import type { Evidence } from './evidence';
import type { PromiseState } from './promises';
import { unanswered } from './silence';

const REMINDER_KINDS = new Set(['email', 'letter', 'certified-letter', 'call', 'visit']);
const RESPONSIVE = new Set(['reached', 'promised', 'paid', 'asked-copy']);

/**
 * Unorganized: late but without a dispute, pays after reminders, short delays, responsive. It is
 * also where an overdue debtor lands when nothing points elsewhere, with a base weight.
 */
export function unorganizedEvidence(
  f: DebtorFacts,
  promises: PromiseState[],
  otherSigns: boolean,
  found: Evidence[] = [],
): Evidence[] {
  // The latest run of payments 1–15 days late.
  let run = 0,
    min = Infinity,
    max = -Infinity;
  for (let i = f.paid.length - 1; i >= 0; i--) {
    const late = f.paid[i]!.daysLate;
    if (late === undefined) continue;
    if (late < 1 || late > 15) break;
    run++;
    min = Math.min(min, late);
    max = Math.max(max, late);
  }
  if (run > 0)
    found.push({ weight: run >= 2 ? 2 : 1, reason: reason('paid-late-run', { count: run, days: { min, max } }) });

  const afterReminder = paidAfterReminder(f);
  if (afterReminder.late >= 2 && afterReminder.reminded === afterReminder.late) {
    found.push({ weight: 1, reason: reason('paid-after-reminder-always', { count: afterReminder.late }) });
  } else if (afterReminder.reminded > 0) {
    found.push({
      weight: 0.5,
      reason: reason('paid-after-reminder-some', { reminded: afterReminder.reminded, count: afterReminder.late }),
    });
  }

  let calls = 0,
    answered = 0;
  for (let i = 0; i < f.events.length; i++) {
    const e = f.events[i]!;
    if (e.kind !== 'call') continue;
    calls++;
    if (RESPONSIVE.has(f.eventOutcomes[i]!)) answered++;
  }
  if (answered > 0 && answered * 2 >= calls)
    found.push({ weight: 1, reason: reason('answered-calls', { answered, calls }) });
  let kept = 0;
  for (const p of promises) if (!p.pending && !p.broken) kept++;
  if (kept > 0) found.push({ weight: 1, reason: reason('kept-promises', { count: kept }) });

  if (f.overdue.length > 0) {
    const oldest = f.overdue[0]!;
    const short = f.oldestDaysLate > 0 && f.oldestDaysLate <= 30;
    // "No sign of trouble" only while that means something: not late for long, nothing unanswered.
    const quiet = unanswered(f);
    const clean = !(otherSigns || f.oldestDaysLate > 45 || quiet.reminders + quiet.calls >= 2);
    found.push({
      weight: short ? 1.5 : f.oldestDaysLate > 60 ? 0.5 : 1,
      reason: short
        ? reason('only-days-late', { days: f.oldestDaysLate, invoice: oldest.number, clean })
        : reason('late-on', {
            invoices: numbersOf(f.overdue),
            clean,
            ...(f.oldestDaysLate > 45 ? { days: f.oldestDaysLate } : {}),
          }),
    });
  }
  return found;
}

/** Of the invoices paid late, how many were paid after a reminder (email, letter, call) had gone out. */
function paidAfterReminder(f: DebtorFacts): { late: number; reminded: number } {
  let late = 0,
    reminded = 0;
  for (const p of f.paid) {
    if (p.daysLate === undefined || p.daysLate < 1) continue;
    late++;
    const from = p.paidDay - p.daysLate - 3;
    for (let i = 0; i < f.events.length; i++) {
      const day = f.eventDays[i]!;
      if (day > p.paidDay) break;
      if (day >= from && REMINDER_KINDS.has(f.events[i]!.kind) && f.eventOutcomes[i] !== 'drafted') {
        reminded++;
        break;
      }
    }
  }
  return { late, reminded };
}
