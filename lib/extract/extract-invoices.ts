import type { InvoiceObservation } from '../model';
import type { ReadProblem } from '../messages/protocol';
import { findLists, listAt, type RawList } from './find-lists';
import { splitStackedColumns } from './split-stacked';
import { cleanLocale } from './locale';
import { mapColumns, type ColumnMapping } from './map-columns';
import { readInvoiceForm } from './read-form';
import { readRows, type SkippedRow } from './read-rows';
import type { SiteProfile } from './site-profile';

export interface ExtractOptions {
  url: string;
  /** Today as YYYY-MM-DD (relative dates, dates without a year). */
  today: string;
  /** The page's locale; defaults to the profile's, then `<html lang>`. */
  locale?: string;
  profile?: SiteProfile;
}

export interface ListReport {
  /** Where the list is, for people ("table #invoices", "grid 2"). */
  where: string;
  kind: RawList['kind'];
  element: Element;
  /** The list's row elements: the first is where a virtualised list's scrolling container is found; page scans that look outside the rows skip them. */
  rowElements: Element[];
  rows: number;
  invoices: number;
  columns: ColumnMapping[];
  skipped: SkippedRow[];
  confidence: number;
  /** Rows the list says it has, when it says (virtualised grids). */
  statedRows?: number;
}

export interface ExtractResult {
  invoices: InvoiceObservation[];
  problems: ReadProblem[];
  /** 0..1: how sure the reader is of what it read (1 when every column was named by its header). */
  confidence: number;
  /** Columns of the main invoice list, and how each was recognised. */
  columns: ColumnMapping[];
  lists: ListReport[];
  locale?: string;
}

function describe(list: RawList, i: number): string {
  const el = list.element;
  const name = el.getAttribute('aria-label') ?? el.querySelector('caption')?.textContent?.trim() ?? (el.id ? `#${el.id}` : '');
  const kind = list.kind === 'table' ? 'table' : list.kind === 'aria' ? 'grid' : 'list';
  return `${kind} ${name ? `"${name.slice(0, 60)}"` : i + 1}`;
}

export function pageLocale(root: ParentNode, given?: string): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = cleanLocale(given) ?? cleanLocale(doc?.documentElement?.getAttribute('lang'));
  if (lang) return lang;
  return typeof navigator !== 'undefined' ? cleanLocale(navigator.language) : undefined;
}

function listsOf(root: ParentNode, profile?: SiteProfile): RawList[] {
  if (profile?.listSelector) {
    let els: Element[] = [];
    try {
      els = Array.from(root.querySelectorAll(profile.listSelector));
    } catch {
      els = [];
    }
    const lists = els.map(listAt).filter((l): l is RawList => !!l && l.rows.length > 0);
    if (lists.length) return lists;
    const inside = els.flatMap((el) => findLists(el));
    if (inside.length) return inside;
  }
  return findLists(root);
}

/**
 * Reads the invoices of a page, a few rows per step so a caller can spread the work (see
 * extractInvoicesChunked). Required columns (number, customer, an amount) are never guessed:
 * a list missing one is reported, with no invoice taken from it.
 */
export function* extractInvoiceSteps(root: ParentNode, opts: ExtractOptions): Generator<void, ExtractResult> {
  const profile = opts.profile;
  const locale = pageLocale(root, opts.locale ?? profile?.locale);
  const lists = listsOf(root, profile).map(splitStackedColumns);
  yield;
  const problems: ReadProblem[] = [];
  const reports: ListReport[] = [];
  // Invoices in page order, the first of each number: one invoice shown in two lists is read once.
  const invoices: InvoiceObservation[] = [];
  const numbers = new Set<string>();
  for (const [i, list] of lists.entries()) {
    const where = describe(list, i);
    const mapped = mapColumns(list, { today: opts.today, locale, hints: profile?.columns, indexes: profile?.columnIndexes });
    yield;
    const has = (f: string) => mapped.columns.some((c) => c.field === f);
    const byHeader = mapped.columns.filter((c) => c.by !== 'values');
    const named = new Set([...byHeader.map((c) => c.field), ...mapped.misfits.map((m) => m.field)]);
    const invoiceish = ['number', 'customer', 'total', 'balance', 'due'].filter((f) => named.has(f as never)).length >= 2;
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
          problems.push({ where, reason: `column '${m.header}' looks like ${m.field} but its values read as ${m.shape}` });
        problems.push({ where, reason: `this looks like an invoice list but no column could be read as ${missing.join(', ')}: nothing taken from it` });
      }
      continue;
    }
    for (const m of mapped.misfits)
      if (!has(m.field)) problems.push({ where, reason: `column '${m.header}' could not be read as ${m.field}` });
    const rows = yield* readRows(
      list,
      mapped.columns,
      { today: opts.today, locale, currency: profile?.currency, dateOrder: profile?.dateOrder, overdueSelector: profile?.overdueSelector },
      where,
    );
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
    const failed = rows.skipped.filter((s) => !/totals row|header row|heading row|draft|nothing is owed|not an invoice/.test(s.reason)).length + rows.problems.length;
    const rowTrust = rows.invoices.length ? rows.invoices.length / (rows.invoices.length + failed) : 0;
    if (rows.derivedBalance && has('dueNow'))
      problems.push({ where, reason: 'this list shows the amount due today, not the balance: open an invoice for its exact balance when part of it falls due later' });
    else if (rows.derivedBalance) problems.push({ where, reason: 'no amount-due column: the balance is the total, or 0 for rows marked paid' });
    reports.push({
      where,
      kind: list.kind,
      element: list.element,
      rowElements: list.rows.flatMap((r) => (r.element ? [r.element] : [])),
      rows: list.rows.length,
      invoices: taken,
      columns: mapped.columns,
      skipped: rows.skipped,
      confidence: Math.round(columnTrust * rowTrust * 100) / 100,
      statedRows: list.statedRows,
    });
  }
  // No list: the page may be one invoice's own form.
  const form = reports.length === 0 ? readInvoiceForm(root, { today: opts.today, locale, currency: profile?.currency, hints: profile?.columns }) : undefined;
  if (form) {
    return { invoices: [form], problems, confidence: 0.9, columns: [], lists: [], locale };
  }
  if (reports.length === 0 && !problems.length) problems.push({ where: 'page', reason: 'no invoice table found on this page' });
  // Cell text ends up in reasons: keep them within what a PageRead accepts.
  for (const p of problems) [p.where, p.reason] = [p.where.slice(0, 500), p.reason.slice(0, 1000)];
  const weight = reports.reduce((s, r) => s + r.invoices, 0);
  const confidence = weight ? reports.reduce((s, r) => s + r.confidence * r.invoices, 0) / weight : 0;
  const main = [...reports].sort((a, b) => b.invoices - a.invoices)[0];
  return { invoices, problems, confidence: Math.round(confidence * 100) / 100, columns: main?.columns ?? [], lists: reports, locale };
}

/** Reads a page's invoices at once (tests, small pages). */
export function extractInvoices(root: ParentNode, opts: ExtractOptions): ExtractResult {
  const steps = extractInvoiceSteps(root, opts);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * Reads a page's invoices without holding the main thread longer than `budgetMs` at a time:
 * it yields to the page between slices of rows.
 */
export async function extractInvoicesChunked(
  root: ParentNode,
  opts: ExtractOptions,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  budgetMs = 25,
  signal?: AbortSignal,
): Promise<ExtractResult | undefined> {
  const steps = extractInvoiceSteps(root, opts);
  let sliceStart = performance.now();
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      if (signal?.aborted) return undefined;
      sliceStart = performance.now();
    }
  }
}
