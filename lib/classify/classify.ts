import { reason, type Classification, type DebtorClass, type Reason } from '../model';
import { angryEvidence } from './angry-evidence';
import type { DebtorFacts } from './debtor-facts';
import { dayOf, numbersOf } from './describe';
import { sortSmall } from './small-sort';
import { dayNumber } from '../time/calendar';
import type { Evidence } from './evidence';
import { classificationFlags } from './flags';
import { goingOutEvidence } from './going-out-evidence';
import { promiseStates, type PromiseState } from './promises';
import { unorganizedEvidence } from './unorganized-evidence';

export interface ClassifyOptions {
  /** Payment terms assumed when no invoice shows both its issue and due dates. */
  defaultTermsDays: number;
  /** The owner wrote a credit policy (Settings.creditPolicy): then it is to be acknowledged yearly. */
  creditPolicySet?: boolean;
}

const MAX_OTHER_REASONS = 3;

/** On a tie the more serious class wins: it changes the tone of what is sent. */
const ORDER: DebtorClass[] = ['angry', 'going-out-of-business', 'unorganized'];

/**
 * The debtor's standing from rules over its invoices and contact log: each class gathers weighted
 * evidence, the heaviest wins, and the confidence grows with its weight and its lead over the
 * runner-up. Nothing overdue is good standing. A user override wins, the rules' reasons kept.
 */
export function classify(
  f: DebtorFacts,
  options: ClassifyOptions,
  promises: PromiseState[] = promiseStates(f),
): Classification {
  const flags = classificationFlags(f, options.defaultTermsDays, options.creditPolicySet === true);
  // A disputed invoice is paused, not forgotten: the dispute still says how the customer feels.
  const disputed = f.holds.length > 0 && f.holds.some((h) => h.kind === 'dispute');
  const rules = f.overdue.length === 0 && !disputed ? goodStanding(f, flags) : byEvidence(f, promises, flags);
  const override = f.record?.override;
  if (!override) return rules;
  return {
    standing: override.class,
    confidence: 1,
    reasons: [
      reason('override', {
        on: dayOf(f.clock.dayOf(override.at)),
        chosen: override.class,
        rules: rules.standing,
        ...(override.note ? { note: override.note } : {}),
      }),
      ...rules.reasons,
    ],
    override: { at: override.at, ...(override.note ? { note: override.note } : {}) },
    flags,
  };
}

function byEvidence(f: DebtorFacts, promises: PromiseState[], flags: Classification['flags']): Classification {
  // One list for every class's evidence, class after class in ORDER: class c's is found[starts[c]..starts[c + 1]).
  const found: Evidence[] = [];
  angryEvidence(f, promises, found);
  const goingOutStart = found.length;
  goingOutEvidence(f, found);
  const unorganizedStart = found.length;
  unorganizedEvidence(f, promises, unorganizedStart > 0, found);
  const starts = [0, goingOutStart, unorganizedStart, found.length];
  const scores = [0, 0, 0];
  for (let c = 0; c < 3; c++) for (let i = starts[c]!; i < starts[c + 1]!; i++) scores[c]! += found[i]!.weight;
  const ranked = ranking(scores[0]!, scores[1]!, scores[2]!);
  const top = ranked[0],
    second = ranked[1],
    third = ranked[2];
  const topScore = scores[top]!;
  const runnerUp = scores[second]!;
  const margin = topScore / (topScore + runnerUp);
  const strength = 1 - Math.exp(-topScore / 2.5);
  const confidence = Math.round(Math.min(0.95, Math.max(0.2, margin * strength)) * 100) / 100;
  // Each class's evidence heaviest first (stable: on a tie, in the order it was found).
  for (let c = 0; c < 3; c++) sortSmall(found, byWeight, starts[c], starts[c + 1]);
  const reasons: Reason[] = [];
  for (let i = starts[top]!; i < starts[top + 1]!; i++) reasons.push(found[i]!.reason);
  reasons.push(overdueSummary(f));
  // The strongest counter-evidence only (a long tail of "also" lines hides the point): the other two
  // classes' lists merged by weight, the runner-up's first on a tie, weak signs of disorganization left out.
  let i = nextCounted(found, starts[second]!, starts[second + 1]!, second);
  let j = nextCounted(found, starts[third]!, starts[third + 1]!, third);
  for (let added = 0; added < MAX_OTHER_REASONS; added++) {
    const a = i < starts[second + 1]! ? found[i]! : undefined;
    const b = j < starts[third + 1]! ? found[j]! : undefined;
    if (a && (!b || a.weight >= b.weight)) {
      reasons.push(reason('also', { reason: a.reason }));
      i = nextCounted(found, i + 1, starts[second + 1]!, second);
    } else if (b) {
      reasons.push(reason('also', { reason: b.reason }));
      j = nextCounted(found, j + 1, starts[third + 1]!, third);
    } else break;
  }
  return { standing: ORDER[top]!, confidence, reasons, flags };
}

/** The first index from `i` of evidence that counts against class c's standing (unorganized's only from weight 1). */
function nextCounted(found: Evidence[], i: number, end: number, c: number): number {
  while (i < end && ORDER[c] === 'unorganized' && found[i]!.weight < 1) i++;
  return i;
}

const byWeight = (a: Evidence, b: Evidence) => b.weight - a.weight;

/** The classes (by index in ORDER) from the highest score down; on a tie, in ORDER. */
function ranking(a: number, g: number, u: number): readonly [number, number, number] {
  if (a >= g) return g >= u ? RANKED[0] : a >= u ? RANKED[1] : RANKED[4];
  return a >= u ? RANKED[2] : g >= u ? RANKED[3] : RANKED[5];
}

const RANKED = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
] as const;

function overdueSummary(f: DebtorFacts): Reason {
  if (f.overdue.length === 0) {
    const late = f.held.filter((i) => i.due !== undefined && dayNumber(i.due) < f.todayDay);
    if (late.length === 0) return reason('paused-only', { count: f.held.length, invoices: numbersOf(f.held) });
    const days = f.todayDay - dayNumber(late[0]!.due!);
    return reason('overdue-and-paused', { count: late.length, invoices: numbersOf(late), days });
  }
  const invoices = numbersOf(f.overdue);
  if (f.oldestDueDay === undefined || f.oldestDaysLate === 0)
    return reason('overdue-no-date', { count: f.overdue.length, invoices });
  return reason('overdue', { count: f.overdue.length, invoices, days: f.oldestDaysLate });
}

function goodStanding(f: DebtorFacts, flags: Classification['flags']): Classification {
  const reasons: Reason[] = [reason('nothing-overdue', {})];
  if (f.open.length > 0) {
    const next = f.open[0]!;
    reasons.push(
      reason('open-invoices', { count: f.open.length, ...(next.due ? { nextDue: dayOf(f.oldestDueDay!) } : {}) }),
    );
  }
  // The last six payments with a known due date.
  let late = 0,
    onTime = 0;
  for (let i = f.paid.length - 1; i >= 0 && late < 6; i--) {
    const daysLate = f.paid[i]!.daysLate;
    if (daysLate === undefined) continue;
    late++;
    if (daysLate <= 0) onTime++;
  }
  if (late > 0)
    reasons.push(
      onTime === late
        ? reason('paid-all-on-time', { count: late })
        : reason('paid-some-on-time', { onTime, count: late }),
    );
  return { standing: 'good-standing', confidence: f.paid.length > 0 ? 0.9 : 0.6, reasons, flags };
}
