import type { DebtorFacts } from './debtor-facts';
import { reason } from '../model';
import { dayOf } from './describe';
import type { Evidence } from './evidence';

/** Outcomes that mean the debtor answered: they end a silence. */
const ANSWERED = new Set([
  'reached',
  'promised',
  'paid',
  'asked-copy',
  'asked-plan',
  'asked-time',
  'cash-flow',
  'disputes',
  'dissatisfied',
  'never-received',
  'hostile',
  'closing',
  'bounced',
  'received',
]);
const UNANSWERED_CALL = new Set(['no-answer', 'voicemail', 'avoided']);
const WRITTEN = new Set(['email', 'letter', 'certified-letter']);
/** A written reminder that went out (a draft not confirmed sent, a returned letter or a mail from them is none). */
const NOT_SENT = new Set(['drafted', 'received', 'returned']);

/** Reminders and calls in a row without an answer before this much lateness say little. */
const MIN_DAYS_LATE = 14;
const MIN_UNANSWERED = 3;

export interface Silence {
  reminders: number;
  calls: number;
  sinceDay: number;
}

/**
 * Reminders sent and calls unanswered since the debtor last said or did anything (answered a
 * call, wrote, promised, disputed, paid): silence after reminders is evidence, whether they were
 * emails, letters or calls.
 */
export function unanswered(f: DebtorFacts): Silence {
  let reminders = 0,
    calls = 0,
    sinceDay = 0;
  let lastPaidDay = -Infinity;
  for (const p of f.paid) if (p.paidDay > lastPaidDay) lastPaidDay = p.paidDay;
  for (let i = f.events.length - 1; i >= 0; i--) {
    const e = f.events[i]!;
    const day = f.eventDays[i]!;
    if (day < lastPaidDay) break;
    const outcome = f.eventOutcomes[i]!;
    if (
      ANSWERED.has(outcome) ||
      e.kind === 'payment' ||
      e.kind === 'promise' ||
      e.kind === 'dispute' ||
      e.kind === 'visit' ||
      e.promise !== undefined ||
      (e.kind === 'call' && !UNANSWERED_CALL.has(outcome) && outcome !== '')
    )
      break;
    if (WRITTEN.has(e.kind) && !NOT_SENT.has(outcome)) {
      reminders++;
      sinceDay = day;
    } else if (e.kind === 'call' && UNANSWERED_CALL.has(outcome)) {
      calls++;
      sinceDay = day;
    }
  }
  return { reminders, calls, sinceDay };
}

/** The silence as evidence (angry: they avoid the subject), when it is long enough to mean something. */
export function silence(f: DebtorFacts): Evidence | undefined {
  if (f.overdue.length === 0 || f.oldestDaysLate < MIN_DAYS_LATE) return undefined;
  const { reminders, calls, sinceDay } = unanswered(f);
  const count = reminders + calls;
  if (count < MIN_UNANSWERED) return undefined;
  return {
    weight: Math.min(3, 1.5 + (count - MIN_UNANSWERED) * 0.5),
    reason: reason('silent-after-reminders', { reminders, calls, since: dayOf(sinceDay), days: f.oldestDaysLate }),
  };
}
