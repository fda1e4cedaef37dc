import {
  reason,
  type CadenceStep,
  type Classification,
  type Escalation,
  type Invoice,
  type NextAction,
  type Reason,
  type Settings,
  type Standing,
  type StepWhat,
} from '../model';
import type { DebtorFacts } from '../classify/debtor-facts';
import { dayOf } from '../classify/describe';
import type { PromiseState } from '../classify/promises';
import { dayNumber, isoDate } from '../time/calendar';
import { recoveryCheck } from '../insight/recovery-check';
import { templateId, type Stage } from '../templates/stages';
import {
  cadencePosition,
  firstStepAhead,
  NOT_DONE,
  plannedStep,
  type CadencePosition,
  type PlannedStep,
} from './cadence-plan';
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
  // With an agency, in court or written off: that state's own follow-up, never the cadence.
  if (f.recovery) return recoveryAction(f, f.recovery);
  const active = f.open.length === 0 ? null : activeAction(f, classification, promises, settings);
  const dispute = disputeHoldAction(f, classification.standing);
  // The paused invoice's own follow-up comes when it is due; until then the others keep their cadence.
  // A dispute the owner logged is settled first once it is due (talking money about the other
  // invoices while it stands makes it worse); a pause set by hand waits its turn.
  let next =
    dispute?.invoiceNumbers && dispute.date <= f.today && dispute.action === 'resolve-dispute'
      ? dispute
      : earlier(active, dispute);
  // Right after delivery, the satisfaction check (a complaint found early is one settled early).
  next = earlier(next, satisfactionAction(f, classification.standing));
  // A date the owner set ("call back on Tuesday") wins while something is owed: nothing before it.
  const callBack = f.open.length + f.held.length > 0 ? callBackAction(f) : null;
  return callBack ?? next;
}

/** The earlier of two actions; on the same day, the first. */
const earlier = (a: NextAction | null, b: NextAction | null): NextAction | null =>
  !a ? b : !b ? a : b.date < a.date ? b : a;

/** The latest date the owner set for a call back ("call back on Tuesday"), unless a call or visit came after it. */
function callBackAction(f: DebtorFacts): NextAction | null {
  for (let i = f.events.length - 1; i >= 0; i--) {
    const e = f.events[i]!;
    if (e.nextOn !== undefined)
      return {
        action: 'call-back',
        isCall: true,
        date: e.nextOn,
        why: reason('call-back', { on: e.nextOn, loggedOn: dayOf(f.eventDays[i]!) }),
      };
    if (CALL_KINDS.has(e.kind)) return null;
  }
  return null;
}

/** Days between agency check-ins, and for court to set a date, when the owner set none. */
export const AGENCY_CHECK_IN_DAYS = 30;
export const COURT_FOLLOW_UP_DAYS = 14;

/** The follow-up of a debtor with an agency or in court: the next date set, else a check-in. */
function recoveryAction(f: DebtorFacts, recovery: NonNullable<DebtorFacts['recovery']>): NextAction | null {
  if (recovery.state === 'write-off') return null;
  let nextOn: string | undefined;
  let lastDay = f.eventDays[recovery.index]!;
  for (let i = recovery.index; i < f.events.length; i++) {
    lastDay = f.eventDays[i]!;
    nextOn = f.events[i]!.nextOn ?? (i === recovery.index ? undefined : nextOn);
  }
  const since = dayOf(f.eventDays[recovery.index]!);
  if (recovery.state === 'agency') {
    const date = nextOn ?? isoDate(lastDay + AGENCY_CHECK_IN_DAYS);
    return {
      action: 'agency-check-in',
      isCall: false,
      date,
      why: reason('agency-check-in', { since, ...(nextOn ? {} : { every: AGENCY_CHECK_IN_DAYS }) }),
    };
  }
  return nextOn
    ? {
        action: 'court-date',
        isCall: false,
        date: nextOn,
        why: reason('court-date', { since, on: nextOn }),
      }
    : {
        action: 'court-date',
        isCall: false,
        date: isoDate(lastDay + COURT_FOLLOW_UP_DAYS),
        why: reason('court-date-unset', { since }),
      };
}

/** An order logged as delivered with nothing sent or said since: check they are satisfied. */
function satisfactionAction(f: DebtorFacts, standing: Standing): NextAction | null {
  for (let i = f.events.length - 1; i >= 0; i--) {
    const e = f.events[i]!;
    const outcome = f.eventOutcomes[i]!;
    if (outcome === 'order-delivered') {
      return {
        action: 'satisfaction-check',
        isCall: false,
        date: isoDate(f.eventDays[i]!),
        why: reason('satisfaction-check', { deliveredOn: dayOf(f.eventDays[i]!), invoices: e.invoiceNumbers ?? [] }),
        template: templateId(standing, 'satisfaction-verification'),
        ...(e.invoiceNumbers?.length ? { invoiceNumbers: e.invoiceNumbers } : {}),
      };
    }
    // Anything sent or said after the delivery answers it.
    if (
      e.kind === 'call' ||
      e.kind === 'visit' ||
      ((e.kind === 'email' || e.kind === 'letter') && outcome !== 'drafted')
    )
      return null;
  }
  return null;
}

/** A disputed invoice paused until a date: resolve it by then (the earliest such date). */
function disputeHoldAction(f: DebtorFacts, standing: Standing): NextAction | null {
  if (f.holds.length === 0) return null;
  let first: (typeof f.holds)[number] | undefined;
  for (const h of f.holds) if (h.kind === 'dispute' && (!first || h.until < first.until)) first = h;
  if (!first) return null;
  const invoice = f.held.find((i) => i.id === first.invoiceId);
  const number = invoice?.number ?? 'an invoice';
  // A dispute the owner logged is answered at once (the statement, or a satisfaction check).
  if (first.fromLog)
    return {
      action: 'resolve-dispute',
      isCall: false,
      date: isoDate(f.clock.dayOf(first.at)),
      why: reason('dispute-logged', {
        invoice: number,
        since: dayOf(f.clock.dayOf(first.at)),
        until: first.until,
        neverReceived: first.neverReceived === true,
        ...(first.reason ? { words: first.reason } : {}),
      }),
      template: templateId(standing, first.neverReceived ? 'statement' : 'satisfaction-verification'),
      invoiceNumbers: [number],
    };
  return {
    action: 'resolve-dispute',
    isCall: false,
    date: first.until,
    why: reason('dispute-paused', {
      invoice: number,
      until: first.until,
      ...(first.reason ? { words: first.reason } : {}),
    }),
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
        ? reason('dispute-open', {
            invoices: dispute.numbers,
            since: dayOf(dispute.day),
            neverReceived: dispute.neverReceived === true,
          })
        : reason('dispute-open-in-app', { invoices: dispute.numbers }),
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
      why: reason('missed-installment', {
        amount: { minor: missed.amount, currency: missed.currency },
        due: dayOf(missed.day),
      }),
    };
  }

  const promise = promises[promises.length - 1];
  if (promise?.broken && !calledSince(f, promise.dateDay + 1)) {
    return {
      action: 'call-broken-promise',
      isCall: true,
      date: isoDate(promise.dateDay + 1),
      why: reason('broken-promise', { by: dayOf(promise.dateDay) }),
    };
  }
  if (promise?.stillOwed && promise.pending) {
    return {
      action: 'call',
      isCall: true,
      date: isoDate(promise.dateDay + 1),
      why: reason('promise-pending', { by: dayOf(promise.dateDay) }),
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
      why: reason('plan-installment', {
        amount: { minor: nextInstallment.amount, currency: nextInstallment.currency },
        due: dayOf(nextInstallment.day),
      }),
    };
  }

  // Only the steps read here are laid out (the UI's whole plan is cadencePlan).
  const plan = cadencePosition(f, cadenceFor(f.record, standing, settings).steps);
  if (!plan) return null;
  const subject = f.open[0]!;
  const preDue = preDueAction(f, plan, standing);
  if (plan.current < 0) {
    // Before the first step, or between a moot pre-due reminder and the first step after the due date.
    const first = firstStepAhead(plan);
    if (first < 0) return preDue;
    const before = first > 0 ? plannedStep(f, plan, first - 1) : undefined;
    return earlier(
      fromStep(f, plan, plannedStep(f, plan, first), standing, subject.number, before?.done ? before : undefined),
      preDue,
    );
  }
  const notDone = missedStep(f, plan, subject);
  if (notDone) return earlier(fromStep(f, plan, notDone, standing, subject.number, undefined, true), preDue);
  const current = plannedStep(f, plan, plan.current);
  if (!current.done) return earlier(fromStep(f, plan, current, standing, subject.number), preDue);
  if (plan.current + 1 < plan.steps.length)
    return earlier(
      fromStep(f, plan, plannedStep(f, plan, plan.current + 1), standing, subject.number, current),
      preDue,
    );
  const decideDay = current.doneDay! + FINAL_NOTICE_DAYS;
  const currency = subject.currency;
  const owed = f.open.reduce((sum, i) => (i.currency === currency ? sum + i.balance : sum), 0);
  const check = recoveryCheck(owed, settings.recovery, {
    currency,
    daysLate: f.oldestDaysLate,
    finalNoticeSent: true,
    standing,
  });
  return earlier(
    {
      action: 'decide',
      isCall: false,
      date: isoDate(decideDay),
      why: reason('decide', { last: current.action, sentOn: dayOf(current.doneDay!), check: check.explanation }),
    },
    preDue,
  );
}

/**
 * The first step behind the current one that fell due while Owed was watching (on or after the
 * day it first saw the invoice) and was neither done nor skipped: it stays due ("overdue: the
 * 1-week call") rather than being dropped when the next step's date passes, until it is done or
 * skipped on purpose. Steps that fell before Owed knew the invoice are not asked for: the current one matters.
 * A reminder before the due date is moot once the invoice is late.
 */
function missedStep(f: DebtorFacts, plan: CadencePosition, subject: Invoice): PlannedStep | undefined {
  // A guessed anchor (no due date shown) makes guessed step dates: only the current step is asked for.
  if (plan.anchorGuessed) return undefined;
  const watchedFrom = f.clock.dayOf(subject.firstSeenAt);
  for (let i = 0; i < plan.current; i++) {
    const step = plannedStep(f, plan, i);
    if (!step.done && step.offsetDays >= 0 && step.day >= watchedFrom) return step;
  }
  return undefined;
}

/**
 * Every invoice gets its own reminder before its due date: the cadence covers the oldest open one;
 * for each other invoice not yet due, the reminder step laid on its own due date, unless a written
 * reminder about it (or about every invoice) went out since that date.
 */
function preDueAction(f: DebtorFacts, plan: CadencePosition, standing: Standing): NextAction | null {
  let step: CadenceStep | undefined;
  for (const s of plan.steps) if (s.offsetDays < 0 && (!step || s.offsetDays > step.offsetDays)) step = s;
  if (!step || f.open.length < 2) return null;
  let best: { inv: Invoice; day: number } | undefined;
  for (let k = 1; k < f.open.length; k++) {
    const inv = f.open[k]!;
    if (inv.due === undefined) continue;
    const dueDay = dayNumber(inv.due);
    if (dueDay < f.todayDay) continue;
    const day = dueDay + step.offsetDays;
    if (best && day >= best.day) continue;
    if (remindedAbout(f, inv.number, day)) continue;
    best = { inv, day };
  }
  if (!best) return null;
  return {
    action: 'reminder',
    isCall: false,
    date: isoDate(best.day),
    why: reason('pre-due', { invoice: best.inv.number, due: best.inv.due! }),
    template: templateId(standing, 'pre-due'),
    invoiceNumbers: [best.inv.number],
  };
}

const WRITTEN = new Set(['email', 'letter', 'certified-letter']);

/** A written reminder went out on or after `day` about invoice `number` (or about none in particular). */
function remindedAbout(f: DebtorFacts, number: string, day: number): boolean {
  for (let i = f.events.length - 1; i >= 0 && f.eventDays[i]! >= day; i--) {
    const e = f.events[i]!;
    if (!WRITTEN.has(e.kind) || f.eventOutcomes[i] === 'drafted' || f.eventOutcomes[i] === 'received') continue;
    if (!e.invoiceNumbers?.length || e.invoiceNumbers.includes(number)) return true;
  }
  return false;
}

/**
 * A call or visit on or after `day` (events are oldest first), counted as the cadence counts its
 * steps: a call the debtor made to us (outcome 'received') is not the owner's follow-up call.
 */
function calledSince(f: DebtorFacts, day: number): boolean {
  for (let i = f.events.length - 1; i >= 0 && f.eventDays[i]! >= day; i--)
    if (CALL_KINDS.has(f.events[i]!.kind) && !NOT_DONE.has(f.eventOutcomes[i]!)) return true;
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
const ESCALATION: Record<Standing, { what: Escalation; stage: Stage }> = {
  angry: { what: 'certified-letter', stage: 'certified-letter' },
  'going-out-of-business': { what: 'payment-plan', stage: 'payment-plan-offer' },
  unorganized: { what: 'copy-leadership', stage: 'one-month' },
  'good-standing': { what: 'copy-leadership', stage: 'one-month' },
};

function fromStep(
  f: DebtorFacts,
  plan: CadencePosition,
  step: PlannedStep,
  standing: Standing,
  number: string,
  done?: PlannedStep,
  overdue = false,
): NextAction {
  const stage = step.action === 'escalate' ? ESCALATION[standing].stage : STAGE_OF[step.action];
  const what: StepWhat = step.action === 'escalate' ? `escalate-${ESCALATION[standing].what}` : step.action;
  const ahead = step.day > f.todayDay;
  let when: Reason;
  if (plan.anchorGuessed)
    when = reason('when-guessed', { invoice: number, seenSince: dayOf(f.unknownDueFirstSeenDay!) });
  else if (step.offsetDays < 0) when = reason('when-due', { invoice: number, due: dayOf(plan.anchorDay) });
  else
    when = reason('when-late', {
      invoice: number,
      days: ahead ? step.offsetDays : f.todayDay - plan.anchorDay,
      ahead,
    });
  const why = overdue
    ? reason('step-overdue', {
        step: stepName(step),
        due: step.date,
        when,
      })
    : reason('step', {
        what,
        when,
        ...(done ? { done: reason('step-done', { action: done.action, on: dayOf(done.doneDay!) }) } : {}),
      });
  const isCall = step.action === 'call';
  const flag = overdue ? { overdue: true } : {};
  return stage
    ? { action: step.action, isCall, date: step.date, why, template: templateId(standing, stage), ...flag }
    : { action: step.action, isCall, date: step.date, why, ...flag };
}

/** A step as the owner names it ("1-week call", "3-day email", "1-month escalation"), as data. */
export function stepName(step: Pick<PlannedStep, 'offsetDays' | 'action'>): Reason {
  const d = step.offsetDays;
  const [unit, count] =
    d < 0
      ? (['before-due', 0] as const)
      : d % 30 === 0 && d > 0
        ? (['month', d / 30] as const)
        : d % 7 === 0 && d > 0
          ? (['week', d / 7] as const)
          : (['day', d] as const);
  return reason('step-name', { action: step.action, unit, count });
}
