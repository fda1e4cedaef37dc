import { makeDemoData } from '../../demo/seed.mjs';
import type { Invoice } from '../../lib/model';
import { dayNumber } from '../../lib/time/calendar';
import { paymentHistory } from '../../lib/predict/payment-history';
import { naivePrediction, predictPayments } from '../../lib/predict/predict-payment';

export interface PredictionScore {
  predictions: number;
  /** Median absolute error in days of Owed's prediction and of the naive baseline. */
  owed: number;
  naive: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

/**
 * Walk forward through the demo's history: for every paid invoice, stand on the day it was issued, know
 * only the payments made before then, predict when it gets paid, and compare with when it was.
 */
export function scorePredictions(today: string, standOn: 'issued' | 'due' = 'due'): PredictionScore {
  const data = makeDemoData(today);
  const owedErr: number[] = [];
  const naiveErr: number[] = [];
  for (const c of data.customers) {
    const all: Invoice[] = data.invoices
      .filter((i) => i.customerId === c.id && i.status !== 'Draft')
      .map((i) => ({
        id: i.number,
        number: i.number,
        customer: c.name,
        source: 'demo',
        debtorId: c.id,
        issued: i.issued,
        due: i.due,
        total: i.total,
        balance: i.total - i.paid,
        currency: i.currency,
        paidOn: i.paidOn,
        status: i.status,
        firstSeenAt: 0,
        seenAt: 0,
      }));
    for (const target of all.filter((i) => i.paidOn && (standOn === 'issued' || i.paidOn > i.due!))) {
      const day = standOn === 'issued' ? target.issued! : target.due!;
      // What Owed would have seen that day: earlier payments, and this invoice still open.
      const known = all
        .filter((i) => i !== target && i.issued! <= day)
        .map((i) => (i.paidOn && i.paidOn < day ? i : { ...i, balance: i.total!, paidOn: undefined }));
      const history = paymentHistory(known);
      if (history.length === 0) continue;
      const open = { ...target, balance: target.total!, paidOn: undefined };
      const p = predictPayments([...known, open], [], day).find((x) => x.invoiceId === open.id);
      const actual = dayNumber(target.paidOn!);
      owedErr.push(Math.abs(dayNumber(p!.date) - actual));
      naiveErr.push(
        Math.abs(Math.max(dayNumber(day), Math.round(naivePrediction(history, dayNumber(target.due!)))) - actual),
      );
    }
  }
  return { predictions: owedErr.length, owed: median(owedErr), naive: median(naiveErr) };
}
