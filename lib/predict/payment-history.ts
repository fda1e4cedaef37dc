import { dayNumber } from '../time/calendar';
import type { ContactEvent, Invoice } from '../model';

const DAY = 86_400_000;

/** One paid invoice: how many days after its due date it was paid. */
export interface PaidPoint {
  due: number;
  paid: number;
  daysLate: number;
}

/** The debtor's paid invoices with a known due and paid date, oldest due first. */
export function paymentHistory(invoices: Invoice[]): PaidPoint[] {
  const points: PaidPoint[] = [];
  for (const inv of invoices) {
    const paidOn = inv.paidOn ?? inv.paidSeenOn;
    if (!inv.due || !paidOn || inv.balance > 0) continue;
    const due = dayNumber(inv.due);
    const paid = dayNumber(paidOn);
    points.push({ due, paid, daysLate: paid - due });
  }
  return points.sort((a, b) => a.due - b.due);
}

/** Promises to pay whose date has passed: kept when a payment came by then. */
export function promiseRecord(events: ContactEvent[], today: string): { kept: number; broken: number } {
  const payments = events.filter((e) => e.kind === 'payment').map((e) => e.at);
  let kept = 0;
  let broken = 0;
  for (const e of events) {
    if (e.kind !== 'promise' || !e.promise || e.promise.date >= today) continue;
    const deadline = (dayNumber(e.promise.date) + 1) * DAY;
    if (payments.some((t) => t >= e.at && t < deadline)) kept++;
    else broken++;
  }
  return { kept, broken };
}
