import { makeDemoData, type DemoData } from '../../demo/seed.mjs';

/** The demo app's today: the machine's local date. */
export { localToday } from '../../demo/format.mjs';

export interface ExpectedDebtor {
  name: string;
  currency: string;
  /** Cents still owed, summed over the customer's invoices. */
  balance: number;
  oldestDaysLate: number;
  dueForCall: boolean;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * What the sidebar must show for the demo data, computed from the seed alone (not from Owed's
 * code): every customer still owing something, their balance, and whether the follow-up system
 * (call at 1 week late, escalation from 1 month, a dispute handled apart) makes a call due today.
 */
export function expectedDebtors(today: string, data: DemoData = makeDemoData(today)): ExpectedDebtor[] {
  return data.customers
    .map((c) => {
      const open = data.invoices.filter((i) => i.customerId === c.id && i.status !== 'Draft' && i.total - i.paid > 0);
      const balance = open.reduce((s, i) => s + i.total - i.paid, 0);
      const oldestDaysLate = Math.max(0, ...open.map((i) => day(today) - day(i.due)));
      const disputed = open.some((i) => i.status === 'Disputed');
      return {
        name: c.name,
        currency: c.currency,
        balance,
        oldestDaysLate,
        dueForCall: !disputed && oldestDaysLate >= 7 && oldestDaysLate < 30,
      };
    })
    .filter((d) => d.balance > 0);
}
