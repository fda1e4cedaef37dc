// The reader's half of reading a page (capture-page.ts is the page's): out of the lists' text, the
// columns, the invoices and what could not be read. Pure text in and out, so it runs in the
// background and no value parser, header vocabulary or locale table runs inside the page.
import type { InvoiceObservation } from '../../model';
import type { ReadProblem } from '../../model/page-read';
import { cleanLocale } from './locale';
import { mapColumns, type ColumnMapping } from './map-columns';
import type { CapturedList, PageCapture } from '../wire/captured-lists';
import { readInvoiceForm } from './read-form';
import { isLayoutRow, readRows, type SkippedRow } from './read-rows';
import { resolveList } from './resolve-list';
import type { SiteProfile } from '../page/site-profile';

export interface CaptureReadOptions {
  url: string;
  /** Today as YYYY-MM-DD (relative dates, dates without a year). */
  today: string;
  /** The page's locale; defaults to the profile's, then the page's language, then the browser's. */
  locale?: string;
  profile?: SiteProfile;
}

/** One list the reader took invoices from. */
export interface ListRead {
  /** Which of the captured lists. */
  index: number;
  where: string;
  kind: CapturedList['kind'];
  rows: number;
  invoices: number;
  columns: ColumnMapping[];
  skipped: SkippedRow[];
  confidence: number;
  /** Rows the list says it has, when it says (virtualised grids). */
  statedRows?: number;
}

export interface CaptureRead {
  invoices: InvoiceObservation[];
  problems: ReadProblem[];
  /** 0..1: how sure the reader is of what it read (1 when every column was named by its header). */
  confidence: number;
  /** Columns of the main invoice list, and how each was recognised. */
  columns: ColumnMapping[];
  lists: ListRead[];
  locale?: string;
}

/** The problem a page with no list to read has (and only such a page). */
export const NO_TABLE = 'no invoice table found on this page';

/** The locale a page's texts are read in: the one given, the profile's, the page's, the browser's. */
export function readingLocale(given: string | undefined, lang: string | undefined): string | undefined {
  return (
    cleanLocale(given) ??
    cleanLocale(lang) ??
    (typeof navigator !== 'undefined' ? cleanLocale(navigator.language) : undefined)
  );
}

/**
 * Reads the invoices of a captured page. Required columns (number, customer, an amount) are never
 * guessed: a list missing one is reported, with no invoice taken from it.
 */
export function readCapture(capture: PageCapture, opts: CaptureReadOptions): CaptureRead {
  const profile = opts.profile;
  const locale = readingLocale(opts.locale ?? profile?.locale, capture.lang);
  const problems: ReadProblem[] = [];
  const reports: ListRead[] = [];
  // Invoices in page order, the first of each number: one invoice shown in two lists is read once.
  const invoices: InvoiceObservation[] = [];
  const numbers = new Set<string>();
  const resolved = capture.lists.map(resolveList);
  for (const [index, captured] of capture.lists.entries()) {
    const list = resolved[index]!;
    if (list.rows.length === 0) continue;
    const where = captured.where;
    const mapped = mapColumns(list, {
      today: opts.today,
      locale,
      hints: profile?.columns,
      indexes: profile?.columnIndexes,
    });
    const has = (f: string) => mapped.columns.some((c) => c.field === f);
    const byHeader = mapped.columns.filter((c) => c.by !== 'values');
    const named = new Set([...byHeader.map((c) => c.field), ...mapped.misfits.map((m) => m.field)]);
    const invoiceish =
      ['number', 'customer', 'total', 'balance', 'due'].filter((f) => named.has(f as never)).length >= 2;
    const complete = has('number') && has('customer') && (has('balance') || has('total'));
    // A number found only by its values is trusted when the list also has dates: product, tax and
    // line tables have ids, names and amounts too, but no invoice or due dates.
    const numberNamed = byHeader.some((c) => c.field === 'number');
    const trusted = complete && (numberNamed || ((has('issued') || has('due')) && list.rows.length >= 2));
    if (!complete || !trusted) {
      if (invoiceish) {
        const missing = [
          !has('number') && 'invoice number',
          !has('customer') && 'customer',
          !has('balance') && !has('total') && 'amount due or total',
        ].filter(Boolean);
        for (const m of mapped.misfits)
          problems.push({
            where,
            reason: `column '${m.header}' looks like ${m.field} but its values read as ${m.shape}`,
          });
        problems.push({
          where,
          reason: `this looks like an invoice list but no column could be read as ${missing.join(', ')}: nothing taken from it`,
        });
      }
      continue;
    }
    for (const m of mapped.misfits)
      if (!has(m.field)) problems.push({ where, reason: `column '${m.header}' could not be read as ${m.field}` });
    const steps = readRows(
      list,
      mapped.columns,
      { today: opts.today, locale, currency: profile?.currency, dateOrder: profile?.dateOrder, fromPage: true },
      where,
    );
    let step = steps.next();
    while (!step.done) step = steps.next();
    const rows = step.value;
    problems.push(...rows.problems);
    let taken = 0;
    for (const inv of rows.invoices) {
      // One look-up per invoice: adding a number already there leaves the set as it was.
      const known = numbers.size;
      if (numbers.add(inv.number).size === known) continue;
      invoices.push(inv);
      taken++;
    }
    const req = mapped.columns.filter((c) => ['number', 'customer', 'balance', 'total'].includes(c.field));
    const columnTrust = Math.min(...req.map((c) => (c.by === 'values' ? 0.7 : 1))) * (rows.derivedBalance ? 0.9 : 1);
    const failed =
      rows.skipped.filter((s) => !isLayoutRow(s) && !/draft|nothing is owed|not an invoice/.test(s.reason)).length +
      rows.problems.length;
    const rowTrust = rows.invoices.length ? rows.invoices.length / (rows.invoices.length + failed) : 0;
    if (rows.derivedBalance && has('dueNow'))
      problems.push({
        where,
        reason:
          'this list shows the amount due today, not the balance: open an invoice for its exact balance when part of it falls due later',
      });
    else if (rows.derivedBalance)
      problems.push({ where, reason: 'no amount-due column: the balance is the total, or 0 for rows marked paid' });
    const report: ListRead = {
      index,
      where,
      kind: captured.kind,
      rows: list.rows.length,
      invoices: taken,
      columns: mapped.columns,
      skipped: rows.skipped,
      confidence: Math.round(columnTrust * rowTrust * 100) / 100,
    };
    if (captured.statedRows !== undefined) report.statedRows = captured.statedRows;
    reports.push(report);
  }
  // No list: the page may be one invoice's own form.
  const form =
    reports.length === 0 && capture.form?.length
      ? readInvoiceForm(capture.form, resolved, {
          today: opts.today,
          locale,
          currency: profile?.currency,
          hints: profile?.columns,
        })
      : undefined;
  if (form) return { invoices: [form], problems, confidence: 0.9, columns: [], lists: [], locale };
  // One invoice's details open over the list (a drawer): what it states is due wins over the list's total.
  if (reports.length && capture.form?.length) {
    const detail = readInvoiceForm(capture.form, [], {
      today: opts.today,
      locale,
      currency: profile?.currency,
      hints: profile?.columns,
    });
    const at = detail ? invoices.findIndex((i) => i.number === detail.number) : -1;
    if (detail && at >= 0) invoices[at] = withDetail(invoices[at]!, detail);
  }
  if (reports.length === 0 && !problems.length) problems.push({ where: 'page', reason: NO_TABLE });
  // Cell text ends up in reasons: keep them within what a PageRead accepts.
  for (const p of problems) [p.where, p.reason] = [p.where.slice(0, 500), p.reason.slice(0, 1000)];
  const weight = reports.reduce((s, r) => s + r.invoices, 0);
  const confidence = weight ? reports.reduce((s, r) => s + r.confidence * r.invoices, 0) / weight : 0;
  const main = [...reports].sort((a, b) => b.invoices - a.invoices)[0];
  return {
    invoices,
    problems,
    confidence: Math.round(confidence * 100) / 100,
    columns: main?.columns ?? [],
    lists: reports,
    locale,
  };
}

/**
 * An invoice of a list completed by its own detail view: the amount the detail states is due
 * replaces a total the list showed; dates the list did not show are taken from it.
 */
export function withDetail(listed: InvoiceObservation, detail: InvoiceObservation): InvoiceObservation {
  if (detail.customer !== listed.customer || detail.currency !== listed.currency) return listed;
  const out = { ...listed };
  if (!detail.balanceFromTotal && listed.balanceFromTotal) {
    out.balance = detail.balance;
    delete out.balanceFromTotal;
  }
  out.due ??= detail.due;
  out.issued ??= detail.issued;
  out.total ??= detail.total;
  return out;
}
