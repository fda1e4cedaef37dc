// Pages of per-customer balances, read as what they are: a customers list with a balance column
// ("Receivable balance", "Open balance"), or a receivables aging report (a customer per row, its
// amounts by how long past due: "Current", "1 - 30", "31 - 60 days", "91 - And Over", "Total").
// A row is a customer's balance, never an invoice: the ledger uses it to check and complete the
// invoices read (lib/ledger/confirm-by-balance.ts).
import type { CustomerBalanceObservation } from '../../model';
import { currencyForLocale } from './locale';
import type { ColumnMapping } from './map-columns';
import { parseMoney, type MoneyResult } from './parse-money';
import type { RowsToRead } from './read-rows';
import { fold } from '../../text/fold';

/** Column headers of an aging report's "not yet due" column, in the reader's languages. */
const CURRENT =
  /^(current|not due|not yet due|not overdue|a echoir|non echu|courant|nicht fallig|noch nicht fallig|no vencido|corriente|a vencer|no vencida|niet vervallen|nog niet vervallen|non scaduto|corrente)$/;
/** An aging bucket: a range of days ("1 - 30", "31-60 days", "61 to 90"), or beyond a day ("> 90", "91 - and over", "90+"). */
const BUCKET =
  /^(?:(?:\d{1,3}\s*(?:-|to|a|bis|al|tot)\s*\d{1,3})|(?:(?:over|more than|plus de|mehr als|mas de|mais de|meer dan|oltre|>)\s*\d{1,3})|(?:\d{1,3}\s*(?:\+|and over|or more|- and over|et plus|und mehr|y mas|e mais|en meer|e oltre)))(?:\s*(?:days?|jours?|tage|dias|dagen|giorni|d))?(?:\s*(?:past due|overdue|late))?$/;
/** Headers naming what a customer owes in all on a customers list or an aging report. */
const OWED =
  /^(?:total|total \(\w{3}\)|balance|receivable balance|receivables|open balance|balance due|amount due|outstanding|total due|total outstanding|solde|saldo|offen|openstaand|residuo|total a recevoir|importe pendiente)$/;
const TOTALS = /^(total|totals|grand total|totaux|summe|gesamt|totale|totaal|sum|suma|soma)\b/;

export interface BalanceColumns {
  customer: number;
  /** What the customer owes in all: a total or balance column, else the sum of the buckets. */
  owed?: number;
  current?: number;
  buckets: number[];
  from: CustomerBalanceObservation['from'];
}

/**
 * The columns of a list of per-customer balances, or undefined when it is no such list: one with an
 * invoice number column, or no customer named by its header, or no amount that is a balance.
 * A customers list needs a balance column named as such (a "Total" alone may be sales to date);
 * an aging report needs two aging columns ("Current", "1 - 30"...).
 */
export function balanceColumns(
  headers: readonly string[],
  columns: readonly ColumnMapping[],
): BalanceColumns | undefined {
  if (columns.some((c) => c.field === 'number' && c.by !== 'values')) return undefined;
  const customer = columns.find((c) => c.field === 'customer' && c.by !== 'values');
  if (!customer) return undefined;
  const folded = headers.map((h) => fold(h).replace(/\s+/g, ' ').trim());
  const buckets: number[] = [];
  let current: number | undefined;
  let owed: number | undefined;
  folded.forEach((h, i) => {
    if (i === customer.index) return;
    if (CURRENT.test(h)) current ??= i;
    else if (BUCKET.test(h)) buckets.push(i);
    else if (OWED.test(h) || /\b(balance|receivable|outstanding|owed|due)\b/.test(h)) owed ??= i;
  });
  const aging = buckets.length + (current === undefined ? 0 : 1) >= 2;
  if (aging) return { customer: customer.index, owed, current, buckets, from: 'aging' };
  const named = columns.find((c) => c.field === 'balance' && c.by !== 'values');
  if (!named) return undefined;
  return { customer: customer.index, owed: named.index, buckets: [], from: 'customers' };
}

export interface BalanceReadOptions {
  locale?: string;
  currency?: string;
}

type Amount = Extract<MoneyResult, { ok: true }>;

/** An amount cell: undefined when empty or a dash (nothing in that bucket), null when unreadable. */
function amountOf(text: string, opts: { locale?: string; currency?: string }): Amount | undefined | null {
  const t = text.trim();
  if (!t || /^[-–—]$/.test(t)) return undefined;
  const m = parseMoney(t, opts);
  return m.ok ? m : null;
}

/**
 * The customers' balances of a list whose columns balanceColumns found. A totals row, a row without
 * a customer, and a row whose amounts cannot be read are left out (the last ones counted in
 * `unread`); a customer listed twice in one currency keeps its first row.
 */
export function readBalances(
  list: RowsToRead,
  cols: BalanceColumns,
  opts: BalanceReadOptions,
): { balances: CustomerBalanceObservation[]; unread: number[] } {
  const amountColumns = [cols.owed, cols.current, ...cols.buckets].filter((i): i is number => i !== undefined);
  // The list's currency when a cell shows none: the one most cells show, else the page's.
  const seen = new Map<string, number>();
  for (const r of list.rows.slice(0, 200))
    for (const i of amountColumns) {
      const m = parseMoney(r.texts[i] ?? '', { locale: opts.locale });
      if (m.ok && m.currencyShown && m.currency) seen.set(m.currency, (seen.get(m.currency) ?? 0) + 1);
    }
  const listCurrency =
    [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    opts.currency ??
    (opts.locale ? currencyForLocale(opts.locale) : undefined);
  const money = { locale: opts.locale, currency: listCurrency };
  const balances: CustomerBalanceObservation[] = [];
  const unread: number[] = [];
  const kept = new Set<string>();
  for (let n = 0; n < list.rows.length; n++) {
    const r = list.rows[n]!;
    const customer = (r.texts[cols.customer] ?? '').trim();
    if (!customer || TOTALS.test(fold(customer))) continue;
    const owed = cols.owed === undefined ? undefined : amountOf(r.texts[cols.owed] ?? '', money);
    const current = cols.current === undefined ? undefined : amountOf(r.texts[cols.current] ?? '', money);
    const buckets = cols.buckets.map((i) => amountOf(r.texts[i] ?? '', money));
    if (owed === null || current === null || buckets.includes(null)) {
      unread.push(n + 1);
      continue;
    }
    if (cols.owed !== undefined && !owed) continue; // an empty total: nothing stated
    const parts = [current, ...buckets].filter((m): m is Amount => !!m);
    const currency = owed?.currency ?? parts.find((p) => p.currency)?.currency;
    // A currency "$" or "kr" the page does not pin down, or none: no balance to compare.
    if (!currency || !/^[A-Z]{3}$/.test(currency)) {
      unread.push(n + 1);
      continue;
    }
    // Every amount of a row in one currency, or the row says nothing exact.
    if (parts.some((p) => p.currency && p.currency !== currency)) {
      unread.push(n + 1);
      continue;
    }
    const overdueMinor = buckets.reduce((s, m) => s + (m ? m.minor : 0), 0);
    const balance = owed ? owed.minor : (current ? current.minor : 0) + overdueMinor;
    const key = `${fold(customer)}\u0000${currency}`;
    if (kept.has(key)) continue;
    kept.add(key);
    const b: CustomerBalanceObservation = { customer: customer.slice(0, 300), balance, currency, from: cols.from };
    // What is past due: the aging columns beyond "Current", when they add up with it to the total.
    if (cols.from === 'aging' && cols.buckets.length && (current ? current.minor : 0) + overdueMinor === balance)
      b.overdue = overdueMinor;
    balances.push(b);
  }
  return { balances, unread };
}
