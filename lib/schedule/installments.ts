import { addMonths, format, parseISO } from 'date-fns';
import type { Installment } from '../model';

/**
 * `count` monthly instalments from `first` adding up to exactly `total` minor units: equal parts,
 * the cents left over on the first one so the rest are round (what a plan proposes before
 * anything is saved).
 */
export function proposeInstallments(total: number, count: number, first: string): Installment[] {
  if (!Number.isInteger(total) || total <= 0) throw new Error('The amount must be more than zero.');
  if (!Number.isInteger(count) || count < 1 || count > 120) throw new Error('Choose between 1 and 120 instalments.');
  if (total < count) throw new Error('Each instalment must be at least one cent.');
  const part = Math.floor(total / count);
  const start = parseISO(first);
  return Array.from({ length: count }, (_, i) => ({
    // date-fns clamps to the month's last day (31 Jan → 28 Feb), as people expect.
    due: format(addMonths(start, i), 'yyyy-MM-dd'),
    amount: i === 0 ? total - part * (count - 1) : part,
  }));
}

export type InstallmentState = 'paid' | 'missed' | 'due-today' | 'upcoming';

export function installmentState(inst: Installment, today: string): InstallmentState {
  if (inst.paidOn) return 'paid';
  if (inst.due < today) return 'missed';
  return inst.due === today ? 'due-today' : 'upcoming';
}
