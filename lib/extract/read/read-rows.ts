import type { InvoiceObservation } from '../../model';
import type { ReadProblem } from '../../model/page-read';
import { FIELDS, type Field } from './header-words';
import { currencyForLocale, type DateOrder } from './locale';
import type { ColumnMapping } from './map-columns';
import { fold } from '../../text/fold';
import { parseDate, detectDateOrder, type DateResult } from './parse-date';
import { parseMoney, type MoneyOptions, type MoneyResult } from './parse-money';
import { memo } from './memo';
import type { CapturedRow } from '../wire/captured-lists';
import { isCreditText, isDraftStatus, isOverdueText, isPaidStatus, isVoidStatus, saysOverdue } from './row-marks';

// An amount said to be due in a status: "Partially paid, $120.00 due", "Due: 80,00 €", "€80 remaining".
const DUE_IN_STATUS =
  /(?:due|owing|remaining|outstanding|restant|offen|pendiente|em aberto|openstaand|residuo)\s*:?\s*([^\s,;:][^,;]*\d[^,;]*)$|([^,;:]*\d[^,;]*?)\s+(?:due|owing|remaining|outstanding|restant[e]?|offen|pendiente|em aberto|openstaand)\b/i;

export interface RowReadOptions {
  today: string;
  locale?: string;
  currency?: string;
  dateOrder?: DateOrder;
  /** The rows come from a page (short status texts, the app's marks), not from a file. */
  fromPage?: boolean;
  /** A date that cannot be read makes the row bad (files), instead of leaving the date out (pages). */
  strictDates?: boolean;
}

/** The rows to read and their headers: a captured list, resolved (resolve-list.ts), or a file's. */
export interface RowsToRead {
  headers: string[];
  rows: readonly CapturedRow[];
}

export interface SkippedRow {
  row: number;
  reason: string;
}

/** A row skipped for being no row of the list at all: a header repeated, a total, a group heading (drafts and voids are rows, skipped on purpose). */
export const isLayoutRow = (s: SkippedRow) => /totals row|header row|heading row/.test(s.reason);

const TOTALS =
  /^(total|totals|totaux|sous total|subtotal|grand total|summe|gesamt|gesamtsumme|zwischensumme|totale|totaal|sum|suma|soma|total general)\b/;
// Other documents that share a sales list with invoices (QuickBooks "All sales", Odoo journals).
const NOT_INVOICE =
  /^(payment|receive payment|estimate|quote|quotation|sales receipt|receipt|deposit|refund receipt|time charge|charge|devis|paiement|reglement|recu|angebot|zahlung|quittung|presupuesto|cotizacion|pago|recibo|orcamento|pagamento|offerte|betaling|preventivo|ricevuta)$/;
const DATE_FIELDS = ['issued', 'due', 'paidOn'] as const;
const ROWS_PER_STEP = 16;

/**
 * Whether fold(t) is `folded`, without building the folded text: most cells differ from their
 * header within a few plain ASCII characters, which folding only lowercases.
 */
function foldsTo(t: string, folded: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // Accents and other scripts may change the length: the real fold decides.
    if (c > 0x7f) return fold(t) === folded;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== folded.charCodeAt(i)) return false;
  }
  return t.length === folded.length;
}

const isDash = (t: string) => t === '-' || t === '–' || t === '—';

type AmountField = 'balance' | 'total' | 'paid' | 'dueNow';

/** An amount cell read: undefined when it is empty or a dash. */
const amountIn = (t: string, opts: MoneyOptions): MoneyResult | undefined =>
  !t || isDash(t) ? undefined : parseMoney(t, opts);

/** A read amount, null when it could not be read. */
const readable = (read: MoneyResult | undefined) => (read === undefined ? undefined : read.ok ? read : null);

interface DateColumn {
  field: (typeof DATE_FIELDS)[number];
  index: number;
  /** parseDate with the column's day/month order, once per distinct text. */
  read: (text: string) => DateResult;
}

const MORE = /^(more|load more|show more|plus|mehr|mas|mais|meer|altro|altri|\.\.\.|…)$/;

/**
 * Reads a list's rows into invoices, a few rows per step so a caller can pause between them.
 * A bad row is skipped with its reason; unreadable cells of a column are gathered into one
 * problem naming the rows ("column 'Montant' could not be read as money in rows 3, 7").
 */
export function* readRows(
  list: RowsToRead,
  columns: ColumnMapping[],
  opts: RowReadOptions,
  label: string,
): Generator<
  void,
  { invoices: InvoiceObservation[]; skipped: SkippedRow[]; problems: ReadProblem[]; derivedBalance: boolean }
> {
  const col = new Map<Field, number>(columns.map((c) => [c.field, c.index]));
  const headerOf = (f: Field) => columns.find((c) => c.field === f)?.header || f;
  // Each field's column (-1 for none), looked up once rather than per cell.
  const at = {} as Record<Field, number>;
  for (const f of FIELDS) at[f] = col.get(f) ?? -1;
  // Texts come trimmed (RawRow): a cell is read as it is.
  const cell = (texts: readonly string[], i: number) => (i < 0 ? '' : (texts[i] ?? ''));
  const text = (r: CapturedRow, f: Field) => cell(r.texts, at[f]);
  const orders = new Map<Field, DateOrder>();
  for (const f of DATE_FIELDS) {
    // The column decides day/month order; its first 300 dates are plenty and keep this step short.
    if (col.has(f))
      orders.set(
        f,
        opts.dateOrder ??
          detectDateOrder(
            list.rows.slice(0, 300).map((r) => text(r, f)),
            opts.locale,
          ),
      );
  }
  // Currency of the list when a cell shows none: the one most cells show, else the page's.
  const seen = new Map<string, number>();
  for (const r of list.rows.slice(0, 200))
    for (const f of ['balance', 'total', 'paid', 'dueNow'] as const) {
      const m = parseMoney(text(r, f), { locale: opts.locale });
      if (m.ok && m.currencyShown && m.currency) seen.set(m.currency, (seen.get(m.currency) ?? 0) + 1);
    }
  const listCurrency =
    [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    opts.currency ??
    (opts.locale ? currencyForLocale(opts.locale) : undefined);

  const foldedHeaders = list.headers.map((h) => fold(h));
  const headerLengths = list.headers.map((h) => h.length);
  const invoices: InvoiceObservation[] = [];
  const skipped: SkippedRow[] = [];
  const bad = new Map<string, number[]>();
  const note = (what: string, row: number) => {
    const rows = bad.get(what);
    if (rows) rows.push(row);
    else bad.set(what, [row]);
  };
  const derivedBalance = !col.has('balance');
  const dateColumns: Partial<Record<(typeof DATE_FIELDS)[number], DateColumn>> = {};
  for (const field of DATE_FIELDS)
    if (at[field] >= 0) {
      const order = orders.get(field);
      dateColumns[field] = {
        field,
        index: at[field],
        read: memo((t) => parseDate(t, { today: opts.today, locale: opts.locale, order })),
      };
    }
  // A status or kind column holds a few words over thousands of rows, a due column a few hundred
  // dates: each text is judged once.
  // Pages say overdue in a short status or due text (saysOverdue); files in any.
  const says = opts.fromPage ? saysOverdue : isOverdueText;
  const statusFacts = memo((status: string) => ({
    draftOrVoid: isDraftStatus(status) || isVoidStatus(status),
    paid: isPaidStatus(status),
    credit: isCreditText(` ${status}`),
    overdue: says(status),
  }));
  const noStatusCredit = isCreditText(' ');
  /** The amount a status says is still due: "Partially paid, $120.00 due", "€80 remaining". */
  const dueInStatus = memo((status: string): number | undefined => {
    const m = DUE_IN_STATUS.exec(status);
    if (!m) return undefined;
    const money = parseMoney((m[1] ?? m[2])!.trim(), listMoneyOpts);
    return money.ok && money.minor >= 0 ? money.minor : undefined;
  });
  const listMoneyOpts = { locale: opts.locale, currency: listCurrency };
  /** What an unreadable amount cell says about its row ('' when it is readable). */
  const notAmount = (f: AmountField, t: string, read: MoneyResult | undefined, rowNo: number): string => {
    if (!read || read.ok) return '';
    note(`column '${headerOf(f)}' could not be read as money`, rowNo);
    return `'${t}' in column '${headerOf(f)}' is not an amount`;
  };
  /** A date cell read, once per distinct text of its column (a few hundred days over thousands of rows). */
  const dateIn = (column: DateColumn | undefined, texts: readonly string[]): DateResult | undefined => {
    if (!column) return undefined;
    const t = cell(texts, column.index);
    return !t || isDash(t) ? undefined : column.read(t);
  };
  /** What an unreadable date cell says about its row: noted on pages; the reason itself in files. */
  const notDate = (
    column: DateColumn | undefined,
    read: DateResult | undefined,
    texts: readonly string[],
    number: string,
    rowNo: number,
  ): string => {
    if (!column || !read || read.ok) return '';
    const header = headerOf(column.field);
    if (opts.strictDates)
      return `invoice ${number}: '${cell(texts, column.index)}' in column '${header}' is not a date`;
    note(`column '${header}' could not be read as a date`, rowNo);
    return '';
  };
  const creditText = memo(isCreditText);
  const dueSays = memo(says);

  /** Reads one row: an invoice, a skipped row with its reason, or nothing (an empty or "more" row). */
  const readRow = (r: CapturedRow, rowNo: number): void => {
    const texts = r.texts;
    let filled = 0;
    let firstFilled = '';
    // Printed reports repeat the header row on each page.
    let headerHits = 0;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      if (!t) continue;
      if (filled++ === 0) firstFilled = t;
      if (t.length === headerLengths[i] && foldsTo(t, foldedHeaders[i]!)) headerHits++;
    }
    if (filled === 0) return;
    const number = cell(texts, at.number);
    const customer = cell(texts, at.customer);
    if (headerHits >= Math.max(2, filled / 2)) {
      skipped.push({ row: rowNo, reason: 'repeated header row' });
      return;
    }
    if (filled <= 2 && MORE.test(fold(firstFilled))) return;
    // One text across the row: a group heading ("Birch & Co"), never an invoice.
    if (filled === 1) {
      skipped.push({ row: rowNo, reason: 'group heading row' });
      return;
    }
    if (!number && (TOTALS.test(fold(firstFilled)) || TOTALS.test(fold(customer)))) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      return;
    }
    if (!/\d/.test(number) && TOTALS.test(fold(number))) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      return;
    }
    if (!number && !customer) {
      skipped.push({ row: rowNo, reason: 'totals row' });
      return;
    }
    const kind = cell(texts, at.kind);
    if (kind && NOT_INVOICE.test(fold(kind))) {
      skipped.push({ row: rowNo, reason: `${kind} ${number}: not an invoice` });
      return;
    }
    if (!number) {
      skipped.push({ row: rowNo, reason: 'no invoice number (a draft?)' });
      return;
    }
    if (!customer) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: no customer` });
      return;
    }
    const currencyCell = cell(texts, at.currency).toUpperCase();
    const rowCurrency = currencyCell.length === 3 && /^[A-Z]{3}$/.test(currencyCell) ? currencyCell : undefined;
    const moneyOpts = rowCurrency ? { locale: opts.locale, currency: rowCurrency } : listMoneyOpts;
    const balanceText = cell(texts, at.balance);
    const totalText = cell(texts, at.total);
    const paidText = cell(texts, at.paid);
    const dueNowText = cell(texts, at.dueNow);
    const balanceRead = amountIn(balanceText, moneyOpts);
    // An unpaid invoice shows the same amount as its total and its balance: it is read once.
    const totalRead = totalText === balanceText ? balanceRead : amountIn(totalText, moneyOpts);
    const paidRead = amountIn(paidText, moneyOpts);
    const dueNowRead = amountIn(dueNowText, moneyOpts);
    // Every unreadable amount is noted; the first one is the row's reason.
    const badBalance = notAmount('balance', balanceText, balanceRead, rowNo);
    const badTotal = notAmount('total', totalText, totalRead, rowNo);
    const badPaid = notAmount('paid', paidText, paidRead, rowNo);
    const badDueNow = notAmount('dueNow', dueNowText, dueNowRead, rowNo);
    const badMoney = badBalance || badTotal || badPaid || badDueNow;
    const balanceM = readable(balanceRead);
    const totalM = readable(totalRead);
    const paidM = readable(paidRead);
    const dueNowM = readable(dueNowRead);
    if (balanceM === null || (derivedBalance && totalM === null)) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: ${badMoney}` });
      return;
    }
    const status = cell(texts, at.status) || undefined;
    const facts = status ? statusFacts(status) : undefined;
    if (status && facts?.draftOrVoid) {
      skipped.push({ row: rowNo, reason: `invoice ${number} is ${status.toLowerCase()}: nothing is owed on it` });
      return;
    }
    let balance: number | undefined = balanceM?.minor;
    let fromTotal = false;
    if (balance === undefined && derivedBalance) {
      const statusDue = status ? dueInStatus(status) : undefined;
      if (facts?.paid) balance = 0;
      else if (statusDue !== undefined) balance = statusDue;
      else if (dueNowM && dueNowM.minor > 0) balance = dueNowM.minor;
      else if (totalM) {
        balance = paidM ? totalM.minor - paidM.minor : totalM.minor;
        fromTotal = !paidM;
      }
    }
    if (balance === undefined) {
      skipped.push({ row: rowNo, reason: `invoice ${number}: no amount` });
      return;
    }
    const currency = balanceM?.currency ?? totalM?.currency ?? rowCurrency ?? listCurrency;
    if (!currency) {
      skipped.push({
        row: rowNo,
        reason: `invoice ${number}: the amount shows no currency and the page does not say which`,
      });
      return;
    }
    let total = totalM?.minor;
    if (kind ? creditText(`${kind} ${status ?? ''}`) : (facts?.credit ?? noStatusCredit)) {
      if (balance > 0) balance = -balance;
      if (total !== undefined && total > 0) total = -total;
    }
    const obs: InvoiceObservation = {
      number: number.slice(0, 200),
      customer: customer.slice(0, 300),
      balance,
      currency,
    };
    if (total !== undefined) obs.total = total;
    if (fromTotal && balance > 0) obs.balanceFromTotal = true;
    const issued = dateIn(dateColumns.issued, texts);
    const due = dateIn(dateColumns.due, texts);
    const paidOn = dateIn(dateColumns.paidOn, texts);
    // Every unreadable date is noted (pages), or the first one is the row's reason (files).
    const badIssued = notDate(dateColumns.issued, issued, texts, number, rowNo);
    const badDue = notDate(dateColumns.due, due, texts, number, rowNo);
    const badPaidOn = notDate(dateColumns.paidOn, paidOn, texts, number, rowNo);
    const badDate = badIssued || badDue || badPaidOn;
    if (badDate) {
      skipped.push({ row: rowNo, reason: badDate });
      return;
    }
    if (issued?.ok) obs.issued = issued.date;
    if (due?.ok) obs.due = due.date;
    if (paidOn?.ok) obs.paidOn = paidOn.date;
    if (status) obs.status = status.slice(0, 100);
    const email = cell(texts, at.email);
    if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) obs.email = email;
    const phone = cell(texts, at.phone);
    if (phone) obs.phone = phone.slice(0, 100);
    if (balance > 0) {
      const dueText = cell(texts, at.due);
      // The app's words (each text judged once), then its looks: the row, or its status cell (overdue-marks.ts).
      const said = !!facts?.overdue || (!!dueText && dueSays(dueText));
      const marked = r.marked === true || (at.status >= 0 && !!r.marked?.includes(at.status));
      if (said || marked) obs.overdue = true;
    }
    invoices.push(obs);
  };

  for (let n = 0; n < list.rows.length; n++) {
    // A step of 16 rows is tens of microseconds: fine-grained enough to pause between, and
    // resuming a generator for every row cost more than reading most rows.
    if (n % ROWS_PER_STEP === 0) yield;
    readRow(list.rows[n]!, n + 1);
  }
  const problems: ReadProblem[] = [...bad.entries()].map(([what, rows]) => ({
    where: label,
    reason: `${what} in row${rows.length > 1 ? 's' : ''} ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? '…' : ''}`,
  }));
  return { invoices, skipped, problems, derivedBalance };
}
