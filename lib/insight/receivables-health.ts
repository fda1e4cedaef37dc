import type { Invoice } from '../model';
import { dayNumber } from '../time/calendar';
import { isDraft } from '../classify/debtor-facts';
import { money } from '../classify/describe';

export interface ReceivablesHealth {
  currency: string;
  /** Open balances now. */
  receivables: number;
  /** Invoiced over the last 12 months (or since the first invoice, if later), per month. */
  averageMonthOfSales: number;
  /** Months of sales the receivables amount to. */
  monthsOfSales: number;
  /** Days sales outstanding: receivables / sales over the period × its days. */
  dso: number;
  /** The seeds' rule: receivables under one average month of sales. */
  healthy: boolean;
  summary: string;
}

/**
 * Ledger health per currency: receivables against one average month of sales (the rule to keep
 * them under it), and DSO, from the invoices issued over the last 12 months.
 */
export function receivablesHealth(invoices: Invoice[], today: string, locale = 'en'): ReceivablesHealth[] {
  const todayDay = dayNumber(today);
  const from = todayDay - 365;
  const per = new Map<string, { receivables: number; sales: number; firstIssued: number }>();
  for (const inv of invoices) {
    if (isDraft(inv)) continue;
    const entry = per.get(inv.currency) ?? { receivables: 0, sales: 0, firstIssued: todayDay };
    per.set(inv.currency, entry);
    if (inv.balance > 0 && inv.missingSince === undefined) entry.receivables += inv.balance;
    if (inv.issued === undefined) continue;
    const issued = dayNumber(inv.issued);
    if (issued <= from || issued > todayDay) continue;
    entry.sales += inv.total ?? inv.balance;
    entry.firstIssued = Math.min(entry.firstIssued, issued);
  }
  return [...per].map(([currency, e]) => {
    // A business with three months of history averages over three months, not twelve.
    const days = Math.max(30, todayDay - e.firstIssued);
    const months = Math.min(12, days / 30.44);
    const averageMonthOfSales = Math.round(e.sales / months);
    const monthsOfSales =
      averageMonthOfSales > 0 ? e.receivables / averageMonthOfSales : e.receivables > 0 ? Infinity : 0;
    const dso = e.sales > 0 ? Math.round((e.receivables / e.sales) * Math.min(365, days)) : 0;
    const healthy = e.receivables <= averageMonthOfSales;
    const m = (v: number) => money(v, currency, locale);
    const ratio = Number.isFinite(monthsOfSales)
      ? `${(Math.round(monthsOfSales * 10) / 10).toLocaleString(locale)} months of sales`
      : 'no sales in the last 12 months';
    return {
      currency,
      receivables: e.receivables,
      averageMonthOfSales,
      monthsOfSales,
      dso,
      healthy,
      summary: healthy
        ? `Receivables of ${m(e.receivables)} are under one average month of sales (${m(averageMonthOfSales)}): healthy.`
        : `Receivables of ${m(e.receivables)} are ${ratio} (an average month is ${m(averageMonthOfSales)}): above the one-month rule, collect before selling more on credit.`,
    };
  });
}
