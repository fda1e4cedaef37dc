import { FIELDS, headerScores, type Field } from './header-words';
import { looksLikeMoney, parseMoney } from './parse-money';
import { parseDate } from './parse-date';
import { isStatusWord } from './row-marks';

export type Shape = 'money' | 'date' | 'id' | 'text' | 'status' | 'email' | 'phone' | 'empty' | 'number';

/** How a column was recognised: a profile's hint, its header, or only the shape of its values. */
export type MappedBy = 'profile' | 'header' | 'values';

export interface ColumnMapping {
  field: Field;
  index: number;
  header: string;
  by: MappedBy;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]{7,20}$/;

function shapeOf(values: string[], today: string, locale?: string): { shape: Shape; fit: Record<string, number> } {
  const vals = values.filter((v) => v && !/^[-–—]$/.test(v));
  const fit: Record<string, number> = {};
  if (vals.length === 0) return { shape: 'empty', fit };
  const share = (pred: (v: string, i: number) => boolean) => {
    let n = 0;
    for (let i = 0; i < vals.length; i++) if (pred(vals[i]!, i)) n++;
    return n / vals.length;
  };
  // Each value is read as money once: three shares below ask about it.
  const money = vals.map((v) => parseMoney(v, { locale }));
  const moneyish = vals.map((v, i) => looksLikeMoney(v, { locale }, money[i]));
  fit.date = share((v) => !/^\d+$/.test(v) && parseDate(v, { today, locale }).ok);
  fit.moneyish = share((_, i) => moneyish[i]!);
  fit.money = share((_, i) => money[i]!.ok);
  fit.email = share((v) => EMAIL.test(v));
  fit.phone = share((v) => PHONE.test(v) && /\d{3}/.test(v));
  fit.status = share(isStatusWord);
  fit.id = share((v, i) => v.length <= 40 && /\d/.test(v) && !/\s{2}/.test(v) && !moneyish[i]);
  fit.text = share((v) => /\p{L}{2}/u.test(v));
  fit.unique = new Set(vals).size / vals.length;
  const order: [Shape, number][] = [
    ['email', fit.email],
    ['date', fit.date],
    ['money', fit.moneyish],
    ['status', fit.status],
    ['phone', fit.phone],
    ['id', fit.id],
    ['text', fit.text],
  ];
  for (const [s, v] of order) if (v >= 0.6) return { shape: s, fit };
  if (fit.money >= 0.6) return { shape: 'number', fit };
  return { shape: 'text', fit };
}

/** Whether a column whose values fit shapes in these shares can hold the field (half is enough). */
function fits(field: Field, shape: Shape, fit: Record<string, number>): boolean {
  if (shape === 'empty') return field !== 'number' && field !== 'customer';
  const f = (k: string) => fit[k] ?? 0;
  switch (field) {
    case 'number':
      return (f('id') >= 0.5 || (f('unique') > 0.9 && f('text') >= 0.5)) && f('date') < 0.5 && f('moneyish') < 0.5;
    case 'customer':
      return f('text') >= 0.5 && f('date') < 0.5 && f('moneyish') < 0.5 && f('email') < 0.5;
    case 'issued':
    case 'due':
    case 'paidOn':
      return f('date') >= 0.5;
    case 'total':
    case 'balance':
    case 'dueNow':
    case 'paid':
      return f('money') >= 0.5 && f('date') < 0.5;
    case 'status':
      return f('status') >= 0.5 || (f('text') >= 0.5 && f('date') < 0.5 && f('moneyish') < 0.5);
    case 'kind':
      return f('text') >= 0.5 && f('date') < 0.5 && f('moneyish') < 0.5;
    case 'currency':
      return f('text') >= 0.5 && f('moneyish') < 0.5;
    case 'email':
      return f('email') >= 0.5;
    case 'phone':
      return f('phone') >= 0.5;
  }
}

export interface MapResult {
  columns: ColumnMapping[];
  /** Columns whose header named a field but whose values could not be read as it. */
  misfits: { index: number; header: string; field: Field; shape: Shape }[];
  shapes: Shape[];
}

/** What column mapping reads of a list: its headers and its rows' texts (a RawList is one). */
export interface ListTexts {
  headers: string[];
  rows: readonly { texts: string[] }[];
}

export interface MapOptions {
  today: string;
  locale?: string;
  /** A profile's header names per field: these win over the built-in words. */
  hints?: Partial<Record<Field, string[]>>;
  /** A taught profile's fixed column positions. */
  indexes?: Partial<Record<Field, number>>;
}

/**
 * Maps a list's columns to invoice fields: by a profile's hints, then by header words in seven
 * languages, each checked against the shape of the column's values; then, for columns no header
 * named, by the shape of their values alone — and says which way each was found.
 */
export function mapColumns(list: ListTexts, opts: MapOptions): MapResult {
  // A sample of rows is enough to know a column, and keeps one step of work short on big lists.
  const width = Math.max(list.headers.length, ...list.rows.slice(0, 100).map((r) => r.texts.length));
  const sample = list.rows.slice(0, 100);
  const shapes: Shape[] = [];
  const fitsOf: Record<string, number>[] = [];
  for (let i = 0; i < width; i++) {
    const s = shapeOf(
      sample.map((r) => r.texts[i] ?? ''),
      opts.today,
      opts.locale,
    );
    shapes.push(s.shape);
    fitsOf.push(s.fit);
  }
  const columns: ColumnMapping[] = [];
  const misfits: MapResult['misfits'] = [];
  const usedField = new Set<Field>();
  const usedIndex = new Set<number>();
  const take = (field: Field, index: number, by: MappedBy) => {
    columns.push({ field, index, header: list.headers[index] ?? '', by });
    usedField.add(field);
    usedIndex.add(index);
  };

  for (const [field, index] of Object.entries(opts.indexes ?? {}) as [Field, number][])
    if (index < width) take(field, index, 'profile');

  const pairs: { field: Field; index: number; score: number }[] = [];
  for (let i = 0; i < width; i++) {
    if (usedIndex.has(i)) continue;
    for (const [field, score] of headerScores(list.headers[i] ?? '', opts.hints))
      pairs.push({ field, index: i, score });
  }
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  const named = new Map<number, Field>();
  for (const p of pairs) {
    if (usedField.has(p.field) || usedIndex.has(p.index)) continue;
    if (!fits(p.field, shapes[p.index]!, fitsOf[p.index]!)) {
      if (!named.has(p.index)) named.set(p.index, p.field);
      continue;
    }
    take(p.field, p.index, p.score >= 10 ? 'profile' : 'header');
  }
  for (const [index, field] of named)
    if (!usedIndex.has(index) && !usedField.has(field))
      misfits.push({ index, header: list.headers[index] ?? '', field, shape: shapes[index]! });

  inferByValues(list, shapes, fitsOf, usedIndex, usedField, take, list.headers, opts.today, opts.locale);
  columns.sort((a, b) => a.index - b.index);
  return { columns, misfits, shapes };
}

/** Columns no header named, read by their values alone: only where the values leave no doubt. */
function inferByValues(
  list: ListTexts,
  shapes: Shape[],
  fitsOf: Record<string, number>[],
  usedIndex: Set<number>,
  usedField: Set<Field>,
  take: (f: Field, i: number, by: MappedBy) => void,
  headers: string[],
  today: string,
  locale: string | undefined,
) {
  // A column with a header that names nothing we know is left alone unless its values are unmistakable.
  const free = (i: number) => !usedIndex.has(i);
  const idx = shapes.map((_, i) => i).filter(free);
  if (!usedField.has('email')) {
    const i = idx.find((j) => free(j) && shapes[j] === 'email');
    if (i !== undefined) take('email', i, 'values');
  }
  if (!usedField.has('status')) {
    const i = idx.find((j) => free(j) && shapes[j] === 'status');
    if (i !== undefined) take('status', i, 'values');
  }
  if (!usedField.has('number')) {
    const i = idx.find(
      (j) =>
        free(j) &&
        (shapes[j] === 'id' || shapes[j] === 'number') &&
        (fitsOf[j]!.unique ?? 0) === 1 &&
        (fitsOf[j]!.date ?? 0) === 0,
    );
    if (i !== undefined) take('number', i, 'values');
  }
  if (!usedField.has('customer')) {
    const i = idx.find(
      (j) => free(j) && shapes[j] === 'text' && (fitsOf[j]!.id ?? 0) < 0.5 && !headers[j]?.match(/desc|memo|note|ref/i),
    );
    if (i !== undefined) take('customer', i, 'values');
  }
  const dates = idx.filter((j) => free(j) && shapes[j] === 'date');
  if (!usedField.has('issued') && !usedField.has('due') && dates.length === 2) {
    // Two unnamed date columns: issue date comes first when it is never after the other.
    const [a, b] = dates as [number, number];
    const day = (t: string | undefined) => {
      const r = parseDate(t ?? '', { today, locale });
      return r.ok ? r.date : undefined;
    };
    const ordered = list.rows.every((r) => {
      const [x, y] = [day(r.texts[a]), day(r.texts[b])];
      return !x || !y || x <= y;
    });
    if (ordered) {
      take('issued', a, 'values');
      take('due', b, 'values');
    }
  }
  const money = idx.filter((j) => free(j) && shapes[j] === 'money');
  if (!usedField.has('total') && !usedField.has('balance')) {
    if (money.length === 1) take('total', money[0]!, 'values');
    else if (money.length === 2) {
      const [a, b] = money as [number, number];
      const val = (t: string | undefined) => {
        const r = parseMoney(t ?? '');
        return r.ok ? r.minor : 0;
      };
      const aGeB = list.rows.every((r) => val(r.texts[a]) >= val(r.texts[b]));
      const bGeA = list.rows.every((r) => val(r.texts[b]) >= val(r.texts[a]));
      if (aGeB !== bGeA) {
        take('total', aGeB ? a : b, 'values');
        take('balance', aGeB ? b : a, 'values');
      }
    }
  } else if (usedField.has('total') !== usedField.has('balance') && money.length === 1 && !headers[money[0]!]) {
    take(usedField.has('total') ? 'balance' : 'total', money[0]!, 'values');
  }
}

export const REQUIRED: Field[] = ['number', 'customer'];
export { FIELDS };
