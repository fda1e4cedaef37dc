import type { Classification, DebtorClass } from '../model';
import { angryEvidence } from './angry-evidence';
import type { DebtorFacts } from './debtor-facts';
import { dayText, listNumbers, plural } from './describe';
import { sortSmall } from '../ledger/small-sort';
import type { Evidence } from './evidence';
import { classificationFlags } from './flags';
import { goingOutEvidence } from './going-out-evidence';
import { promiseStates, type PromiseState } from './promises';
import { unorganizedEvidence } from './unorganized-evidence';

export interface ClassifyOptions {
  /** Payment terms assumed when no invoice shows both its issue and due dates. */
  defaultTermsDays: number;
}

export const CLASS_NAMES: Record<Classification['standing'], string> = {
  unorganized: 'unorganized',
  'going-out-of-business': 'going out of business',
  angry: 'angry',
  'good-standing': 'in good standing',
};

const MAX_OTHER_REASONS = 3;

/** On a tie the more serious class wins: it changes the tone of what is sent. */
const ORDER: DebtorClass[] = ['angry', 'going-out-of-business', 'unorganized'];

/**
 * The debtor's standing from rules over its invoices and contact log: each class gathers weighted
 * evidence, the heaviest wins, and the confidence grows with its weight and its lead over the
 * runner-up. Nothing overdue is good standing. A user override wins, the rules' reasons kept.
 */
export function classify(f: DebtorFacts, options: ClassifyOptions, promises: PromiseState[] = promiseStates(f)): Classification {
  const flags = classificationFlags(f, options.defaultTermsDays);
  // A disputed invoice is paused, not forgotten: the dispute still says how the customer feels.
  const disputed = f.holds.some((h) => h.kind === 'dispute');
  const rules = f.overdue.length === 0 && !disputed ? goodStanding(f, flags) : byEvidence(f, promises, flags);
  const override = f.record?.override;
  if (!override) return rules;
  const note = override.note ? ` (${override.note})` : '';
  return {
    standing: override.class,
    confidence: 1,
    reasons: [
      `Your choice on ${dayText(f, f.clock.dayOf(override.at))}: ${CLASS_NAMES[override.class]}${note}; the rules say ${CLASS_NAMES[rules.standing]}`,
      ...rules.reasons,
    ],
    override: { at: override.at, ...(override.note ? { note: override.note } : {}) },
    flags,
  };
}

function byEvidence(f: DebtorFacts, promises: PromiseState[], flags: Classification['flags']): Classification {
  const angry = angryEvidence(f, promises);
  const goingOut = goingOutEvidence(f);
  const evidence: Record<DebtorClass, Evidence[]> = {
    angry,
    'going-out-of-business': goingOut,
    unorganized: unorganizedEvidence(f, promises, angry.length + goingOut.length > 0),
  };
  const scores = {} as Record<DebtorClass, number>;
  for (const c of ORDER) scores[c] = evidence[c].reduce((s, e) => s + e.weight, 0);
  const ranked = sortSmall([...ORDER], (a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const topScore = scores[top];
  const runnerUp = scores[ranked[1]!];
  const margin = topScore / (topScore + runnerUp);
  const strength = 1 - Math.exp(-topScore / 2.5);
  const confidence = Math.round(Math.min(0.95, Math.max(0.2, margin * strength)) * 100) / 100;
  const reasons = reasonsByWeight(evidence[top]);
  reasons.push(overdueSummary(f));
  const others: Evidence[] = [];
  for (const c of ranked) {
    if (c === top) continue;
    for (const e of evidence[c]) if (c !== 'unorganized' || e.weight >= 1) others.push(e);
  }
  // The strongest counter-evidence only: a long tail of "also" lines hides the point.
  for (const reason of reasonsByWeight(others).slice(0, MAX_OTHER_REASONS)) reasons.push(`also: ${reason}`);
  return { standing: top, confidence, reasons, flags };
}

function reasonsByWeight(list: Evidence[]): string[] {
  sortSmall(list, (a, b) => b.weight - a.weight);
  const reasons: string[] = [];
  for (const e of list) reasons.push(e.reason);
  return reasons;
}

function overdueSummary(f: DebtorFacts): string {
  if (f.overdue.length === 0) return `nothing overdue besides ${plural(f.held.length, 'paused invoice')} (${listNumbers(f.held)})`;
  const numbers = listNumbers(f.overdue);
  if (f.oldestDueDay === undefined || f.oldestDaysLate === 0) return `${plural(f.overdue.length, 'invoice')} overdue (${numbers}), due date not shown`;
  return `${plural(f.overdue.length, 'invoice')} overdue (${numbers}), the oldest ${plural(f.oldestDaysLate, 'day')} late`;
}

function goodStanding(f: DebtorFacts, flags: Classification['flags']): Classification {
  const reasons = ['nothing overdue'];
  if (f.open.length > 0) {
    const next = f.open[0]!;
    reasons.push(`${plural(f.open.length, 'open invoice')}${next.due ? `, next due ${dayText(f, f.oldestDueDay!)}` : ''}`);
  }
  const late = f.paid.filter((p) => p.daysLate !== undefined).slice(-6).map((p) => p.daysLate!);
  if (late.length > 0) {
    const onTime = late.filter((d) => d <= 0).length;
    const last = late.length === 1 ? 'the last invoice' : `the last ${late.length} invoices`;
    reasons.push(onTime === late.length ? `paid ${last} on time` : `paid ${onTime} of ${last} on time`);
  }
  return { standing: 'good-standing', confidence: f.paid.length > 0 ? 0.9 : 0.6, reasons, flags };
}
