import type { Classification, NextAction, Settings, Standing } from '../model';
import type { DebtorFacts } from '../classify/debtor-facts';
import { dayText, money, plural } from '../classify/describe';
import type { PromiseState } from '../classify/promises';
import { dayNumber, isoDate } from '../time/calendar';
import { recoveryCheck } from '../insight/recovery-check';
import { templateId, type Stage } from '../templates/stages';
import { cadencePosition, plannedStep, type CadencePosition, type PlannedStep } from './cadence-plan';
import { cadenceFor, type CadenceSettings } from './cadence-for';
import { CALL_KINDS } from './matching-events';
import { openDispute } from './open-dispute';

/** Days a final notice gives before the agency / court / write-off decision. */
export const FINAL_NOTICE_DAYS = 7;

/**
 * The next thing to do about a debtor, when and why; null when nothing is owed.
 *
 * Invoices paused by a hold in force (see DebtorFacts.held) are left out of all of this: the other
 * invoices keep their cadence. A paused dispute has its own follow-up, resolve it by its until
 * date, which comes first only when it is due before the action on the other invoices.
 *
 * The more urgent situations win over the cadence (see cadencePlan for the cadence rule), in this
 * order:
 * 1. an open dispute → resolve it (calling about money while they dispute it makes it worse);
 * 2. a missed instalment of an active payment plan → call the day after it was due;
 * 3. a promise to pay whose date passed while the debtor still owes, with no payment in time (see
 *    promiseStates) → call the day after the promised date ("promised to pay by 12 Nov, not paid");
 * 2 and 3 are answered by a call or visit logged after that day, and the cadence resumes;
 * 4. a pending promise → call the day after the promised date, not before (no nagging);
 * 5. an active plan on schedule → call the day after the next instalment is due, if unpaid;
 * 6. the cadence: the current step, or the following one once it is done; after the last
 *    step is done (the final notice), decide between agency, court and write-off.
 */
export function nextAction(
  f: DebtorFacts,
  classification: Classification,
  promises: PromiseState[],
  settings: CadenceSettings & Pick<Settings, 'recovery'>,
): NextAction | null {
  const active = f.open.length === 0 ? null : activeAction(f, classification, promises, settings);
  const dispute = disputeHoldAction(f, classification.standing);
  // The paused invoice's own follow-up comes when it is due; until then the others keep their cadence.
  if (!dispute) return active;
  return !active || dispute.date < active.date ? dispute : active;
}

/** A disputed invoice paused until a date: resolve it by then (the earliest such date). */
function disputeHoldAction(f: DebtorFacts, standing: Standing): NextAction | null {
  if (f.holds.length === 0) return null;
  let first: (typeof f.holds)[number] | undefined;
  for (const h of f.holds) if (h.kind === 'dispute' && (!first || h.until < first.until)) first = h;
  if (!first) return null;
  const invoice = f.held.find((i) => i.id === first.invoiceId);
  const number = invoice?.number ?? 'an invoice';
  return {
    action: 'resolve-dispute',
    isCall: false,
    date: first.until,
    why: `${number} is disputed${first.reason ? ` (${first.reason})` : ''} and paused until ${dayText(f, dayNumber(first.until))}: resolve it by then`,
    template: templateId(standing, 'satisfaction-verification'),
  };
}

/** The next action about the invoices not paused (see nextAction). */
function activeAction(
  f: DebtorFacts,
  classification: Classification,
  promises: PromiseState[],
  settings: CadenceSettings & Pick<Settings, 'recovery'>,
): NextAction | null {
  const standing = classification.standing;

  const dispute = openDispute(f);
  if (dispute) {
    return {
      action: 'resolve-dispute',
      isCall: false,
      date: isoDate(dispute.day),
      why: dispute.event
        ? `${dispute.neverReceived ? 'says they never received' : 'disputes'} ${dispute.numbers.length ? dispute.numbers.join(', ') : 'an invoice'} since ${dayText(f, dispute.day)}: settle that first`
        : `${dispute.numbers.join(', ')} marked disputed in the invoicing app: settle that first`,
      template: templateId(standing, dispute.neverReceived ? 'statement' : 'satisfaction-verification'),
    };
  }

  const activePlans = f.plans.length === 0 ? f.plans : f.plans.filter((p) => p.status === 'active');
  // The earliest instalment past due, unpaid, and not yet followed by a call.
  let missed: { day: number; amount: number; currency: string } | undefined;
  for (const plan of activePlans) {
    for (const inst of plan.installments) {
      if (inst.paidOn !== undefined) continue;
      const dueDay = dayNumber(inst.due);
      if (dueDay >= f.todayDay || (missed && dueDay >= missed.day) || calledSince(f, dueDay + 1)) continue;
      missed = { day: dueDay, amount: inst.amount, currency: plan.currency };
    }
  }
  if (missed) {
    return {
      action: 'call-missed-installment',
      isCall: true,
      date: isoDate(missed.day + 1),
      why: `instalment of ${money(missed.amount, missed.currency)} due ${dayText(f, missed.day)} not paid`,
    };
  }

  const promise = promises[promises.length - 1];
  if (promise?.broken && !calledSince(f, promise.dateDay + 1)) {
    return {
      action: 'call-broken-promise',
      isCall: true,
      date: isoDate(promise.dateDay + 1),
      why: `promised to pay by ${dayText(f, promise.dateDay)}, not paid`,
    };
  }
  if (promise?.stillOwed && promise.pending) {
    return {
      action: 'call',
      isCall: true,
      date: isoDate(promise.dateDay + 1),
      why: `promised to pay by ${dayText(f, promise.dateDay)}: call if it has not arrived`,
    };
  }

  let nextInstallment: { day: number; amount: number; currency: string } | undefined;
  for (const plan of activePlans) {
    for (const inst of plan.installments) {
      const day = dayNumber(inst.due);
      if (inst.paidOn === undefined && day >= f.todayDay && (!nextInstallment || day < nextInstallment.day)) {
        nextInstallment = { day, amount: inst.amount, currency: plan.currency };
      }
    }
  }
  if (nextInstallment) {
    return {
      action: 'call',
      isCall: true,
      date: isoDate(nextInstallment.day + 1),
      why: `payment plan: instalment of ${money(nextInstallment.amount, nextInstallment.currency)} due ${dayText(f, nextInstallment.day)}; call if it does not arrive`,
    };
  }

  // Only the steps read here are laid out (the UI's whole plan is cadencePlan).
  const plan = cadencePosition(f, cadenceFor(f.record, standing, settings).steps);
  if (!plan) return null;
  const subject = f.open[0]!;
  if (plan.current < 0) return fromStep(f, plan, plannedStep(f, plan, 0), standing, subject.number);
  const current = plannedStep(f, plan, plan.current);
  if (!current.done) return fromStep(f, plan, current, standing, subject.number);
  if (plan.current + 1 < plan.steps.length)
    return fromStep(f, plan, plannedStep(f, plan, plan.current + 1), standing, subject.number, current);
  const decideDay = current.doneDay! + FINAL_NOTICE_DAYS;
  const currency = subject.currency;
  const owed = f.open.reduce((sum, i) => (i.currency === currency ? sum + i.balance : sum), 0);
  const check = recoveryCheck(owed, settings.recovery, { currency, daysLate: f.oldestDaysLate, finalNoticeSent: true });
  return {
    action: 'decide',
    isCall: false,
    date: isoDate(decideDay),
    why: `${current.action === 'final-notice' ? 'final notice' : `last step (${current.action})`} sent on ${dayText(f, current.doneDay!)} and still unpaid: decide between a collection agency, court or writing it off. ${check.explanation.join(' ')}`,
  };
}

/** A call or visit was logged on or after `day` (events are oldest first). */
function calledSince(f: DebtorFacts, day: number): boolean {
  for (let i = f.events.length - 1; i >= 0 && f.eventDays[i]! >= day; i--)
    if (CALL_KINDS.has(f.events[i]!.kind)) return true;
  return false;
}

const STAGE_OF: Partial<Record<PlannedStep['action'], Stage>> = {
  reminder: 'pre-due',
  email: 'three-days',
  letter: 'one-week',
  'certified-letter': 'certified-letter',
  'final-notice': 'final-notice',
};

/** What the escalation at a month late is for each class. */
const ESCALATION: Record<Standing, { what: string; stage: Stage }> = {
  angry: { what: 'certified letter, copy senior leadership', stage: 'certified-letter' },
  'going-out-of-business': { what: 'offer a payment plan backed by a promissory note', stage: 'payment-plan-offer' },
  unorganized: { what: 'email copying senior leadership', stage: 'one-month' },
  'good-standing': { what: 'email copying senior leadership', stage: 'one-month' },
};

/** What each step is, in words (the step's label says when, which `why` already says). */
const ACTION_WORDS: Record<PlannedStep['action'], string> = {
  reminder: 'friendly reminder before the due date',
  email: 'reminder email',
  call: 'phone call',
  letter: 'letter',
  escalate: 'escalate',
  'certified-letter': 'certified letter',
  'final-notice': 'final notice before agency, court or write-off',
};

function fromStep(
  f: DebtorFacts,
  plan: CadencePosition,
  step: PlannedStep,
  standing: Standing,
  number: string,
  done?: PlannedStep,
): NextAction {
  const stage = step.action === 'escalate' ? ESCALATION[standing].stage : STAGE_OF[step.action];
  const what = step.action === 'escalate' ? ESCALATION[standing].what : ACTION_WORDS[step.action];
  const ahead = step.day > f.todayDay;
  let when: string;
  if (plan.anchorGuessed)
    when = `${number} is overdue (due date not shown, seen overdue since ${dayText(f, f.unknownDueFirstSeenDay!)})`;
  else if (step.offsetDays < 0) when = `${number} is due ${dayText(f, plan.anchorDay)}`;
  else
    when = `${number} ${ahead ? 'will be' : 'is'} ${plural(ahead ? step.offsetDays : f.todayDay - plan.anchorDay, 'day')} late`;
  const after = done ? `${ACTION_WORDS[done.action]} done on ${dayText(f, done.doneDay!)}; next, ` : '';
  const why = `${after}${when}: ${what}`;
  const isCall = step.action === 'call';
  return stage
    ? { action: step.action, isCall, date: step.date, why, template: templateId(standing, stage) }
    : { action: step.action, isCall, date: step.date, why };
}
