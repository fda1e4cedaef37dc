import type { InvoiceObservation } from '../../../model';
import { FIELDS, headerScores, type Field } from '../header-words';
import { mapColumns } from '../map-columns';
import { isLayoutRow, readRows, type RowsToRead } from '../read-rows';
import { layoutOf } from './layouts';
import { parseCsv, type CsvRecord } from './parse-csv';

export interface CsvMapping {
  /** The known export layout recognised, if any. */
  layout?: string;
  /** Column index (0-based) per field. */
  columns: Partial<Record<Field, number>>;
  /** Required fields no column holds: the user must map them before importing. */
  missing: string[];
  /** Required fields found only by the shape of their values: the user confirms them before importing. */
  unconfirmed?: string[];
}

export interface CsvImportOptions {
  today: string;
  locale?: string;
  /** Currency of amounts that show none and have no currency column. */
  currency?: string;
}

export interface CsvImport {
  /** Every good row, ready to import in one transaction. */
  rows: InvoiceObservation[];
  /** Rows not imported, with the file line and why. */
  bad: { line: number; reason: string }[];
  mapping: CsvMapping;
  /** The header as read, for the mapping step. */
  header: string[];
}

const REQUIRED_TEXT: Record<string, string> = {
  number: 'invoice number',
  customer: 'customer',
  amount: 'amount due or total',
};

function missingOf(columns: Partial<Record<Field, number>>): string[] {
  const out: string[] = [];
  if (columns.number === undefined) out.push(REQUIRED_TEXT.number!);
  if (columns.customer === undefined) out.push(REQUIRED_TEXT.customer!);
  if (columns.balance === undefined && columns.total === undefined) out.push(REQUIRED_TEXT.amount!);
  return out;
}

/**
 * The columns of a CSV header, by a known export layout when it is one, else by the header
 * words in seven languages: what the mapping step shows for the user to confirm or correct.
 */
export function detectCsvMapping(header: readonly string[]): CsvMapping {
  const layout = layoutOf(header);
  const pairs: { field: Field; index: number; score: number }[] = [];
  header.forEach((h, index) => {
    for (const [field, score] of headerScores(h.replace(/^\*/, ''), layout?.columns))
      pairs.push({ field, index, score });
  });
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  const columns: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (columns[p.field] !== undefined || used.has(p.index)) continue;
    columns[p.field] = p.index;
    used.add(p.index);
  }
  return { layout: layout?.id, columns, missing: missingOf(columns) };
}

/** The header: the first of the opening records that names at least two fields (reports open with titles). */
function findHeader(records: CsvRecord[]): number {
  for (let i = 0; i < Math.min(records.length, 30); i++) {
    const cells = records[i]!.cells.filter((c) => c.trim());
    const named = cells.filter((c) => headerScores(c.replace(/^\*/, '')).size > 0).length;
    if (cells.length >= 2 && named >= 2 && named >= cells.length / 3) return i;
  }
  return 0;
}

/**
 * Reads an open-invoices CSV into invoices: good rows are returned whole, bad rows listed with
 * their line and reason, so the caller imports the good ones in one transaction and nothing is
 * half-written. `mapping` is the user's confirmed column per field; without it the columns are
 * detected (known layout, header words, then the values' shape).
 */
export function importCsv(
  text: string,
  mapping: Partial<Record<Field, number>> | undefined,
  opts: CsvImportOptions,
): CsvImport {
  const { records } = parseCsv(text);
  if (records.length === 0)
    return {
      rows: [],
      bad: [{ line: 1, reason: 'the file is empty' }],
      mapping: { columns: {}, missing: missingOf({}) },
      header: [],
    };
  const h = findHeader(records);
  // Xero marks required columns with a star ("*InvoiceNumber").
  let header = records[h]!.cells.map((c) => c.trim().replace(/^\*/, ''));
  let body = records.slice(h + 1);
  const detected = detectCsvMapping(header);

  // Reports grouped by customer (QuickBooks) name the customer on a row of its own.
  if (
    (mapping ?? detected.columns).customer === undefined &&
    body.some((r) => r.cells.filter((c) => c.trim()).length === 1 && r.cells[0]?.trim())
  ) {
    let group = '';
    body = body.map((r) => {
      const filled = r.cells.filter((c) => c.trim());
      if (filled.length === 1 && r.cells[0]?.trim()) group = r.cells[0].trim();
      return { ...r, cells: [...r.cells, filled.length > 1 ? group : ''] };
    });
    header = [...header, 'Customer'];
  }

  const list: RowsToRead = { headers: header, rows: body.map((r) => ({ texts: r.cells.map((c) => c.trim()) })) };
  const layout = layoutOf(header);
  const indexes = mapping ?? undefined;
  const mapped = mapColumns(list, { today: opts.today, locale: opts.locale, hints: layout?.columns, indexes });
  const columns: Partial<Record<Field, number>> = {};
  for (const c of mapped.columns) columns[c.field] = c.index;
  const result: CsvImport = {
    rows: [],
    bad: [],
    mapping: { layout: layout?.id, columns, missing: missingOf(columns) },
    header,
  };
  if (result.mapping.missing.length) {
    result.bad.push({
      line: records[h]!.line,
      reason: `no column could be read as ${result.mapping.missing.join(', ')}: map it to import`,
    });
    return result;
  }
  // Never import on a guess: required columns recognised only by their values wait for the user's word.
  const guessed = mapping
    ? []
    : mapped.columns
        .filter((c) => c.by === 'values' && ['number', 'customer', 'balance', 'total'].includes(c.field))
        .map((c) => `${c.field} ('${c.header}')`);
  if (guessed.length) {
    result.mapping.unconfirmed = guessed;
    result.bad.push({
      line: records[h]!.line,
      reason: `confirm the columns guessed from their values: ${guessed.join(', ')}`,
    });
    return result;
  }
  const steps = readRows(
    list,
    mapped.columns,
    { today: opts.today, locale: opts.locale, currency: opts.currency, strictDates: true },
    'file',
  );
  let s = steps.next();
  while (!s.done) s = steps.next();
  const lineOf = (row: number) => body[row - 1]?.line ?? 0;
  for (const skip of s.value.skipped)
    if (!isLayoutRow(skip)) result.bad.push({ line: lineOf(skip.row), reason: skip.reason });
  // Line-item exports (Xero) repeat an invoice once per line: keep it once.
  const seen = new Set<string>();
  for (const inv of s.value.invoices) {
    if (seen.has(inv.number)) continue;
    seen.add(inv.number);
    result.rows.push(inv);
  }
  result.bad.sort((a, b) => a.line - b.line);
  return result;
}

export { FIELDS };
