import type { ContactEvent, Invoice } from '../model';
import { dayNumber, isoDate } from '../time/calendar';
import { paymentHistory, promiseRecord, type PaidPoint } from './payment-history';

export interface PaymentPrediction {
  invoiceId: string;
  /** YYYY-MM-DD */
  date: string;
  /** Days late at the predicted date. */
  daysLate: number;
  /** Why, in words ("pays about 9 days late, later each time: +6 days per invoice"). */
  basis: string;
}

/** Recent behaviour counts most: each older invoice weighs this much less. */
const DECAY = 0.6;

/**
 * The days late to expect of an invoice from a debtor's history: a recency-weighted mean, or,
 * when days-to-pay keep lengthening (the cash-flow sign), the trend carried `stepsAhead`
 * invoices past the last one paid.
 */
export function expectedDaysLate(history: PaidPoint[], stepsAhead = 1): { days: number; basis: string } | null {
  const n = history.length;
  if (n === 0) return null;
  let wsum = 0;
  let mean = 0;
  history.forEach((p, i) => {
    const w = DECAY ** (n - 1 - i);
    wsum += w;
    mean += w * p.daysLate;
  });
  mean /= wsum;
  const lo = Math.min(...history.map((p) => p.daysLate));
  const hi = Math.max(...history.map((p) => p.daysLate));
  const range = lo === hi ? `${lo}` : `${lo} to ${hi}`;
  if (n >= 3) {
    const slope = trendPerInvoice(history.slice(-5));
    if (slope >= 2) {
      return {
        days: history[n - 1]!.daysLate + slope * Math.min(Math.max(1, stepsAhead), 6),
        basis: `paid ${n} invoices ${range} days late, later each time (about ${Math.round(slope)} more days per invoice)`,
      };
    }
  }
  return {
    days: mean,
    basis: `paid ${n} ${n === 1 ? 'invoice' : 'invoices'} ${range} days late, ${Math.round(mean)} on recent ones`,
  };
}

/** Least-squares slope of days late per invoice, over the points given. */
function trendPerInvoice(points: PaidPoint[]): number {
  const n = points.length;
  const xs = points.map((_, i) => i);
  const mx = (n - 1) / 2;
  const my = points.reduce((s, p) => s + p.daysLate, 0) / n;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (points[i]!.daysLate - my);
    den += (x - mx) ** 2;
  });
  return den ? num / den : 0;
}

/**
 * A predicted payment date for each open invoice of one debtor, from its own history: days late
 * per invoice, their trend, and promises kept or broken. `population` is the typical days late
 * across all debtors, used when this one has no history yet.
 */
export function predictPayments(
  invoices: Invoice[],
  events: ContactEvent[],
  today: string,
  population = 0,
): PaymentPrediction[] {
  const history = paymentHistory(invoices);
  const todayN = dayNumber(today);
  const promises = promiseRecord(events, today);
  const pending = events
    .filter((e) => e.kind === 'promise' && e.promise && e.promise.date >= today)
    .sort((a, b) => b.at - a.at)[0]?.promise;
  const lastPaidDue = history.at(-1)?.due ?? -Infinity;
  const open = invoices
    .filter((inv) => inv.balance > 0 && inv.missingSince === undefined && !/draft/i.test(inv.status ?? ''))
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const out: PaymentPrediction[] = [];
  let previous = -Infinity;
  for (const inv of open) {
    const due = inv.due ? dayNumber(inv.due) : todayN;
    const stepsAhead = invoices.filter(
      (i) => i.due && dayNumber(i.due) > lastPaidDue && dayNumber(i.due) <= due,
    ).length;
    const expected = expectedDaysLate(history, stepsAhead);
    let days = expected?.days ?? population;
    let basis =
      expected?.basis ?? `no payment history yet; typical of your customers (${Math.round(population)} days late)`;
    if (promises.broken > promises.kept && promises.broken > 0) {
      days += 7 * promises.broken;
      basis += `; ${promises.broken} broken ${promises.broken === 1 ? 'promise' : 'promises'}`;
    }
    // Early payers are predicted early too, but never before the invoice was issued.
    const issued = inv.issued ? dayNumber(inv.issued) : -Infinity;
    let date = Math.max(issued, due + Math.round(days));
    if (pending && promises.kept >= promises.broken) {
      date = dayNumber(pending.date);
      basis = `promised to pay by ${pending.date}${promises.kept ? ` (kept ${promises.kept} before)` : ''}`;
    }
    if (date < todayN) {
      // Already later than expected: nothing in the history says when, so soon rather than never.
      const later = history.filter((p) => p.daysLate > todayN - due).map((p) => p.daysLate);
      date = later.length ? due + Math.round(later.reduce((s, d) => s + d, 0) / later.length) : todayN + 7;
      basis += later.length ? '; already late, so like their later payments' : '; already later than they usually pay';
    }
    if (date < previous) {
      // Customers pay their oldest invoices first.
      date = previous;
      basis += '; after their older open invoices';
    }
    previous = date;
    out.push({ invoiceId: inv.id, date: isoDate(date), daysLate: Math.max(0, date - due), basis });
  }
  return out;
}

/** The naive baseline the prediction must beat: due date + the debtor's average days late. */
export function naivePrediction(history: PaidPoint[], due: number): number {
  if (!history.length) return due;
  return due + history.reduce((s, p) => s + p.daysLate, 0) / history.length;
}
