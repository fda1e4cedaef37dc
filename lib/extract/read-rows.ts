import type { InvoiceObservation } from '../model';
import type { ReadProblem } from '../messages/protocol';
import type { RawList } from './find-lists';
import type { Field } from './header-words';
import { currencyForLocale, type DateOrder } from './locale';
import type { ColumnMapping } from './map-columns';
import { parseDate, detectDateOrder, fold } from './parse-date';
import { parseMoney } from './parse-money';
import { isCreditText, isDraftStatus, isOverdueText, isPaidStatus, isVoidStatus, rowMarkedOverdue } from './row-marks';

export interface RowReadOptions {
  today: string;
  locale?: string;
  currency?: string;
  dateOrder?: DateOrder;
  overdueSelector?: string;
  /** A date that cannot be read makes the row bad (files), instead of leaving the date out (pages). */
  strictDates?: boolean;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

const TOTALS = /^(total|totals|totaux|sous total|subtotal|grand total|summe|gesamt|gesamtsumme|zwischensumme|totale|totaal|sum|suma|soma|total general)\b/;
// Other documents that share a sales list with invoices (QuickBooks "All sales", Odoo journals).
const NOT_INVOICE = /^(payment|receive payment|estimate|quote|quotation|sales receipt|receipt|deposit|refund receipt|time charge|charge|devis|paiement|reglement|recu|angebot|zahlung|quittung|presupuesto|cotizacion|pago|recibo|orcamento|pagamento|offerte|betaling|preventivo|ricevuta)$/;
const MORE = /^(more|load more|show more|plus|mehr|mas|mais|meer|altro|altri|\.\.\.|…)$/;

/**
 * Reads a list's rows into invoices, one row per step so a caller can pause between rows.
 * A bad row is skipped with its reason; unreadable cells of a column are gathered into one
 * problem naming the rows ("column 'Montant' could not be read as money in rows 3, 7").
 */
export function* readRows(
  list: RawList,
  columns: ColumnMapping[],
  opts: RowReadOptions,
  label: string,
): Generator<void, { invoices: InvoiceObservation[]; skipped: SkippedRow[]; problems: ReadProblem[]; derivedBalance: boolean }> {
  const col = new Map<Field, number>(columns.map((c) => [c.field, c.index]));
  const headerOf = (f: Field) => columns.find((c) => c.field === f)?.header || f;
  const text = (r: RawList['rows'][number], f: Field) => {
    const i = col.get(f);
    return i === undefined ? '' : (r.texts[i] ?? '').trim();
  };
  const orders = new Map<Field, DateOrder>();
  for (const f of ['issued', 'due', 'paidOn'] as const) {
    // The column decides day/month order; its first 300 dates are plenty and keep this step short.
    if (col.has(f)) orders.set(f, opts.dateOrder ?? detectDateOrder(list.rows.slice(0, 300).map((r) => text(r, f)), opts.locale));
  }
  // Currency of the list when a cell shows none: the one most cells show, else the page's.
  const seen = new Map<string, number>();
  for (const r of list.rows.slice(0, 200))
    for (const f of ['balance', 'total', 'paid', 'dueNow'] as const) {
      const m = parseMoney(text(r, f), { locale: opts.locale });
      if (m.ok && m.currencyShown && m.currency) seen.set(m.currency, (seen.get(m.currency) ?? 0) + 1);
    }
  const listCurrency = [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? opts.currency ?? (opts.locale ? currencyForLocale(opts.locale) : undefined);

  const foldedHeaders = list.headers.map((h) => fold(h));
  const invoices: InvoiceObservation[] = [];
  const skipped: SkippedRow[] = [];
  const bad = new Map<string, number[]>();
  const note = (what: string, row: number) => bad.set(what, [...(bad.get(what) ?? []), row]);
  const derivedBalance = !col.has('balance');
  const dateCache = new Map<Field, Map<string, ReturnType<typeof parseDate>>>([['issued', new Map()], ['due', new Map()], ['paidOn', new Map()]]);

  for (let n = 0; n < list.rows.length; n++) {
    yield;
    const r = list.rows[n]!;
    const rowNo = n + 1;
    const nonEmpty = r.texts.filter((t) => t.trim());
    if (nonEmpty.length === 0) continue;
    const number = text(r, 'number');
    const customer = text(r, 'customer');
    // Printed reports repeat the header row on each page.
    const headerHits = r.texts.filter((t, i) => t && t.length === (list.headers[i] ?? '').length && fold(t) === foldedHeaders[i]).length;
    if (headerHits >= Math.max(2, nonEmpty.length / 2)) {
      skipped.push({ row: rowNo, reason: 'repeated header row' });
      continue;
    }
    const first = fold(nonEmpty[0]!);
    if (nonEmpty.length <= 2 && MORE.test(first)) continue;
    // One text across the row: a group heading ("Birch & Co"), never an invoice.
    if (nonEmpty.length === 1) {
      skipped.push({ row: rowNo, reason: 'group heading row' });
      continue;
    }
    if (!number && (TOTALS.test(first) || TOTALS.test(fold(customer)))) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      continue;
    }
    if (TOTALS.test(fold(number)) && !/\d/.test(number)) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      continue;
    }
    if (!number && !customer) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      continue;
    }
    const kind = text(r, 'kind');
    if (kind && NOT_INVOICE.test(fold(kind))) {
      skipped.push({ row: rowNo, reason: `${kind} ${number}: not an invoice` });
      continue;
    }
    if (!number) {
      skipped.push({ row: rowNo, reason: 'no invoice number (a draft?)' });
      continue;
    }
    if (!customer) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: no customer` });
      continue;
    }
    const currencyCell = text(r, 'currency').toUpperCase();
    const rowCurrency = /^[A-Z]{3}$/.test(currencyCell) ? currencyCell : undefined;
    let badMoney = '';
    const money = (f: 'balance' | 'total' | 'paid' | 'dueNow') => {
      const t = text(r, f);
      if (!t || /^[-–—]$/.test(t)) return undefined;
      const m = parseMoney(t, { locale: opts.locale, currency: rowCurrency ?? listCurrency });
      if (!m.ok) {
        note(`column '${headerOf(f)}' could not be read as money`, rowNo);
        badMoney ||= `'${t}' in column '${headerOf(f)}' is not an amount`;
        return null;
      }
      return m;
    };
    const balanceM = money('balance');
    const totalM = money('total');
    const paidM = money('paid');
    const dueNowM = money('dueNow');
    if (balanceM === null || (derivedBalance && totalM === null)) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: ${badMoney}` });
      continue;
    }
    const status = text(r, 'status') || undefined;
    if (status && (isDraftStatus(status) || isVoidStatus(status))) {
      skipped.push({ row: rowNo, reason: `invoice ${number} is ${status.toLowerCase()}: nothing is owed on it` });
      continue;
    }
    let balance: number | undefined = balanceM?.minor;
    if (balance === undefined && !col.has('balance')) {
      if (status && isPaidStatus(status)) balance = 0;
      else if (dueNowM && dueNowM.minor > 0) balance = dueNowM.minor;
      else if (totalM) balance = paidM ? totalM.minor - paidM.minor : totalM.minor;
    }
    if (balance === undefined) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: no amount` });
      continue;
    }
    const currency = balanceM?.currency ?? totalM?.currency ?? rowCurrency ?? listCurrency;
    if (!currency) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: the amount shows no currency and the page does not say which` });
      continue;
    }
    let total = totalM?.minor;
    const kindText = `${text(r, 'kind')} ${status ?? ''}`;
    if (isCreditText(kindText)) {
      if (balance > 0) balance = -balance;
      if (total !== undefined && total > 0) total = -total;
    }
    const obs: InvoiceObservation = { number: number.slice(0, 200), customer: customer.slice(0, 300), balance, currency };
    if (total !== undefined) obs.total = total;
    let badDate = '';
    for (const f of ['issued', 'due', 'paidOn'] as const) {
      const t = text(r, f);
      if (!t || /^[-–—]$/.test(t)) continue;
      // A column repeats its dates (a few hundred days over thousands of rows): parse each once.
      const cache = dateCache.get(f)!;
      let d = cache.get(t);
      if (!d) cache.set(t, (d = parseDate(t, { today: opts.today, locale: opts.locale, order: orders.get(f) })));
      if (d.ok) obs[f] = d.date;
      else if (opts.strictDates) badDate ||= `invoice ${number}: '${t}' in column '${headerOf(f)}' is not a date`;
      else note(`column '${headerOf(f)}' could not be read as a date`, rowNo);
    }
    if (badDate) {
      skipped.push({ row: rowNo, reason: badDate });
      continue;
    }
    if (status) obs.status = status.slice(0, 100);
    const email = text(r, 'email');
    if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) obs.email = email;
    const phone = text(r, 'phone');
    if (phone) obs.phone = phone.slice(0, 100);
    const statusCell = col.has('status') ? r.cells[col.get('status')!] : undefined;
    const marks = [status ?? '', text(r, 'due')];
    if (balance > 0 && (r.element ? rowMarkedOverdue(r.element, statusCell, marks, opts.overdueSelector) : marks.some(isOverdueText))) obs.overdue = true;
    invoices.push(obs);
  }
  const problems: ReadProblem[] = [...bad.entries()].map(([what, rows]) => ({
    where: label,
    reason: `${what} in row${rows.length > 1 ? 's' : ''} ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? '…' : ''}`,
  }));
  return { invoices, skipped, problems, derivedBalance };
}
