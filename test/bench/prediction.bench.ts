import type { BenchRow } from './harness';
import { scorePredictions } from './prediction-accuracy';

/** Issue 9: predicted payment dates on the demo's history against "due date + average days late". */
export default async function (): Promise<BenchRow[]> {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = scorePredictions(today, 'due');
  const all = scorePredictions(today, 'issued');
  return [
    {
      name: `payment date of invoices that went overdue, median error (${overdue.predictions} demo invoices, predicted on their due date)`,
      value: overdue.owed,
      unit: 'days',
      baseline: `naive due + average days late: ${overdue.naive} days`,
      goal: 'beats the naive baseline',
      pass: overdue.owed < overdue.naive,
    },
    {
      name: `payment date of every invoice, median error (${all.predictions} demo invoices, predicted when issued)`,
      value: all.owed,
      unit: 'days',
      baseline: `naive: ${all.naive} days`,
      goal: 'no worse than naive',
      pass: all.owed <= all.naive,
    },
  ];
}
