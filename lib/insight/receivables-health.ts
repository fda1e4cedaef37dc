import type { Invoice } from '../model';
import { dayNumber } from '../time/calendar';
import { isDraft } from '../classify/debtor-facts';
import { formatMoney } from '../format/money';

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
  /** Where the month of sales comes from: the owner's figure, or the invoices Owed read. */
  salesFrom: 'owner' | 'invoices';
  /** Read from invoices that cover less than a year, or no paid invoice at all: the figure is partial. */
  partial: boolean;
  summary: string;
}

/**
 * Ledger health per currency: receivables against one average month of sales (the rule to keep
 * them under it), and DSO, from the invoices issued over the last 12 months.
 */
export function receivablesHealth(
  invoices: Invoice[],
  today: string,
  locale = 'en',
  /** The owner's average month of sales per currency (Settings.monthlySales): wins over what was read. */
  monthlySales: Readonly<Record<string, number>> = {},
): ReceivablesHealth[] {
  const todayDay = dayNumber(today);
  const from = todayDay - 365;
  const per = new Map<string, { receivables: number; sales: number; firstIssued: number; paid: number }>();
  for (const inv of invoices) {
    if (isDraft(inv)) continue;
    const entry = per.get(inv.currency) ?? { receivables: 0, sales: 0, firstIssued: todayDay, paid: 0 };
    per.set(inv.currency, entry);
    if (inv.balance === 0) entry.paid++;
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
    const given = monthlySales[currency];
    const salesFrom = given !== undefined && given > 0 ? 'owner' : 'invoices';
    const averageMonthOfSales = salesFrom === 'owner' ? given! : Math.round(e.sales / months);
    // Apps often list only what is open: without a paid invoice, or with under a year read, the sales are partial.
    const partial = salesFrom === 'invoices' && (e.paid === 0 || months < 11.5);
    const monthsOfSales =
      averageMonthOfSales > 0 ? e.receivables / averageMonthOfSales : e.receivables > 0 ? Infinity : 0;
    const dso =
      salesFrom === 'owner'
        ? Math.round((e.receivables / averageMonthOfSales) * 30.44)
        : e.sales > 0
          ? Math.round((e.receivables / e.sales) * Math.min(365, days))
          : 0;
    const healthy = e.receivables <= averageMonthOfSales;
    const m = (v: number) => formatMoney(v, currency, locale);
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
      salesFrom,
      partial,
      summary:
        (healthy
          ? `Receivables of ${m(e.receivables)} are under one average month of sales (${m(averageMonthOfSales)}): healthy.`
          : `Receivables of ${m(e.receivables)} are ${ratio} (an average month is ${m(averageMonthOfSales)}): above the one-month rule, collect before selling more on credit.`) +
        (salesFrom === 'owner'
          ? ' (Sales: your monthly figure.)'
          : partial
            ? ` (Sales figure partial: read from ${e.paid === 0 ? 'open invoices only' : `${Math.max(1, Math.round(months))} months of invoices`}; enter your monthly sales below for a true figure.)`
            : ''),
    };
  });
}
