import type { PaymentPrediction } from './predict-payment';
import { dayNumber } from '../time/calendar';

export interface ForecastBucket {
  weeks: number;
  /** Expected cash in by then, per currency, in minor units. */
  byCurrency: Record<string, number>;
}

/** Cash expected in the next 4, 8 and 12 weeks (cumulative) from predicted payment dates. */
export function cashForecast(
  predictions: (PaymentPrediction & { amount: number; currency: string })[],
  today: string,
  horizons = [4, 8, 12],
): ForecastBucket[] {
  const t = dayNumber(today);
  return horizons.map((weeks) => {
    const byCurrency: Record<string, number> = {};
    for (const p of predictions) {
      if (dayNumber(p.date) <= t + weeks * 7) byCurrency[p.currency] = (byCurrency[p.currency] ?? 0) + p.amount;
    }
    return { weeks, byCurrency };
  });
}
