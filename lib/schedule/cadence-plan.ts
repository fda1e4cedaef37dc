import type { CadenceAction, CadenceStep } from '../model';
import type { DebtorFacts } from '../classify/debtor-facts';
import { isoDate } from '../time/calendar';
import { MATCHING_KINDS } from './matching-events';

export interface PlannedStep {
  action: CadenceAction;
  label: string;
  offsetDays: number;
  /** due + offset, YYYY-MM-DD. */
  date: string;
  day: number;
  /** A matching contact was logged on or after the step's date. */
  done: boolean;
  doneOn?: string;
  doneDay?: number;
  /**
   * done; past: an earlier step that was not done but is behind us; current: the step for
   * today's lateness; upcoming: later steps.
   */
  state: 'done' | 'past' | 'current' | 'upcoming';
}

export interface CadencePlan {
  /** The due date the offsets count from: the oldest open invoice's. */
  anchor: string;
  anchorDay: number;
  /** Whether the anchor is a guess (the app flags the invoice overdue without showing its due date). */
  anchorGuessed: boolean;
  /** Days late of the oldest open invoice (negative before its due date). */
  daysLate: number;
  steps: PlannedStep[];
  /** Index of the current step; -1 when the first step's date is still ahead. */
  current: number;
}

/** The cadence in offset order, with and without its pre-due steps: sorted once per settings, not per debtor. */
const sortedCache = new WeakMap<CadenceStep[], { all: CadenceStep[]; afterDue: CadenceStep[] }>();

function sortedSteps(cadence: CadenceStep[], autoDebit: boolean): CadenceStep[] {
  let sorted = sortedCache.get(cadence);
  if (!sorted) {
    const all = [...cadence].sort((a, b) => a.offsetDays - b.offsetDays);
    sorted = { all, afterDue: all.filter((s) => s.offsetDays >= 0) };
    sortedCache.set(cadence, sorted);
  }
  return autoDebit ? sorted.afterDue : sorted.all;
}

/**
 * Logged contacts that do not do a step: a draft not yet confirmed sent, a mail the debtor sent, a
 * letter returned, a call that never got through counts (someone tried), so it is not here.
 */
export const NOT_DONE: ReadonlySet<string> = new Set(['drafted', 'received', 'returned']);

/** Where the cadence stands for a debtor, before any step is laid out (see cadencePlan for the rule). */
export interface CadencePosition {
  anchorDay: number;
  anchorGuessed: boolean;
  daysLate: number;
  /** The cadence in offset order (without pre-due steps for autoDebit debtors). */
  steps: readonly CadenceStep[];
  /** Index of the current step; -1 when the first step's date is still ahead. */
  current: number;
}

/** The anchor and the current step of the cadence, without laying out every step; null when there is no schedule. */
export function cadencePosition(f: DebtorFacts, cadence: CadenceStep[]): CadencePosition | null {
  let anchorDay = f.oldestDueDay;
  let anchorGuessed = false;
  const steps = sortedSteps(cadence, f.record?.flags.autoDebit === true);
  if (steps.length === 0) return null;
  if (f.unknownDueFirstSeenDay !== undefined) {
    const firstLate = steps.find((s) => s.offsetDays > 0)?.offsetDays ?? 1;
    const guessed = f.unknownDueFirstSeenDay - firstLate;
    if (anchorDay === undefined || guessed < anchorDay) {
      anchorDay = guessed;
      anchorGuessed = true;
    }
  }
  if (anchorDay === undefined) return null;
  const daysLate = f.todayDay - anchorDay;
  let current = -1;
  for (let i = 0; i < steps.length; i++)
    if (steps[i]!.offsetDays <= daysLate && !moot(steps[i]!, daysLate)) current = i;
  return { anchorDay, anchorGuessed, daysLate, steps, current };
}

/**
 * A reminder before the due date is moot once the invoice is late: it cannot say "due on…" any
 * more, and the first step after the due date (the 3-day email) is the next one.
 */
const moot = (step: CadenceStep, daysLate: number): boolean => step.offsetDays < 0 && daysLate > 0;

/** The first step still to come when there is no current step: the first one that is not moot; -1 if none. */
export function firstStepAhead(position: CadencePosition): number {
  return position.steps.findIndex((s) => !moot(s, position.daysLate));
}

/** Step `index` of the cadence laid out on the debtor's anchor: its date, whether it was done and its state. */
export function plannedStep(f: DebtorFacts, position: CadencePosition, index: number): PlannedStep {
  const step = position.steps[index]!;
  const day = position.anchorDay + step.offsetDays;
  // The first matching contact on or after the step's date (events are sorted by time).
  const kinds = MATCHING_KINDS[step.action];
  let doneDay: number | undefined;
  for (let i = 0; i < f.events.length; i++) {
    if (f.eventDays[i]! >= day && kinds.has(f.events[i]!.kind) && !NOT_DONE.has(f.eventOutcomes[i]!)) {
      doneDay = f.eventDays[i]!;
      break;
    }
  }
  // A step the owner skipped on purpose ('skipped' naming it) counts as done on the day they said so.
  if (doneDay === undefined) {
    const id = `${step.offsetDays}:${step.action}`;
    for (let i = 0; i < f.events.length; i++)
      if (f.eventOutcomes[i] === 'skipped' && f.events[i]!.step === id) {
        doneDay = f.eventDays[i]!;
        break;
      }
  }
  const done = doneDay !== undefined;
  const current = position.current;
  const behind = index < current || moot(step, position.daysLate);
  return {
    action: step.action,
    label: step.label ?? step.action,
    offsetDays: step.offsetDays,
    date: isoDate(day),
    day,
    done,
    doneOn: doneDay === undefined ? undefined : isoDate(doneDay),
    doneDay,
    state: done && (index <= current || behind) ? 'done' : behind ? 'past' : index === current ? 'current' : 'upcoming',
  };
}

/**
 * Lays the cadence over the oldest open invoice's due date.
 *
 * The rule (the e2e tests rely on it exactly):
 * - The *current step* is the last step whose offset ≤ days late of the oldest open invoice; for an
 *   invoice not yet due that is the pre-due reminder once inside its window, and before that
 *   window there is no current step (the first step is ahead). Once the invoice is late, a
 *   reminder before the due date is moot (past, or done): 1–2 days late, the 3-day email is ahead. Steps before the current one are
 *   past, done or not: Owed may be installed when an invoice is already weeks late, and the step
 *   for that lateness is what matters.
 * - A step is done when a matching contact (see MATCHING_KINDS) was logged on or after its date;
 *   a draft counts only once the owner confirms it was sent.
 * - Invoices the app flags overdue without a due date are anchored so that the first step after
 *   the due date falls on the day Owed first saw them.
 * - Open invoices with neither a due date nor an overdue flag get no schedule: nothing says when
 *   they are due.
 * - autoDebit debtors get no pre-due steps.
 */
export function cadencePlan(f: DebtorFacts, cadence: CadenceStep[]): CadencePlan | null {
  const position = cadencePosition(f, cadence);
  if (!position) return null;
  const steps: PlannedStep[] = [];
  for (let i = 0; i < position.steps.length; i++) steps.push(plannedStep(f, position, i));
  const { anchorDay, anchorGuessed, daysLate, current } = position;
  return { anchor: isoDate(anchorDay), anchorDay, anchorGuessed, daysLate, steps, current };
}
