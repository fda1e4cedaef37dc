import type { InvoiceObservation } from '../../model';
import { headerScores, type Field } from './header-words';
import { currencyForLocale } from './locale';
import { mapColumns } from './map-columns';
import type { ResolvedList } from './resolve-list';
import { parseDate } from './parse-date';
import { parseMoney } from './parse-money';
import { isDraftStatus, isPaidStatus, isVoidStatus } from './row-marks';

export interface FormOptions {
  today: string;
  locale?: string;
  currency?: string;
  hints?: Partial<Record<Field, string[]>>;
}

/**
 * Reads one invoice from its own page (a record form, as in Tryton's invoice form) out of the
 * form's label → value pairs (labelled-values.ts) and the page's lists: number, customer, dates
 * and amounts by their labels, and the due date as the earliest maturity date of a "lines to pay"
 * list on the page. Undefined unless number, customer and an amount are all there.
 */
export function readInvoiceForm(
  pairs: readonly { label: string; value: string }[],
  lists: readonly ResolvedList[],
  opts: FormOptions,
): InvoiceObservation | undefined {
  const best = new Map<Field, { value: string; score: number }>();
  const taken = new Set<number>();
  const scored = pairs.flatMap((p, i) =>
    [...headerScores(p.label, opts.hints)].map(([field, score]) => ({ field, score, i, value: p.value })),
  );
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  for (const s of scored) {
    if (best.has(s.field) || taken.has(s.i) || !s.value) continue;
    best.set(s.field, { value: s.value, score: s.score });
    taken.add(s.i);
  }
  const text = (f: Field) => best.get(f)?.value ?? '';
  const number = text('number');
  const customer = text('customer');
  if (!number || !customer || /\s{2,}|\n/.test(number)) return undefined;
  const currencyText = text('currency').toUpperCase();
  const fallback = /^[A-Z]{3}$/.test(currencyText)
    ? currencyText
    : (opts.currency ?? (opts.locale ? currencyForLocale(opts.locale) : undefined));
  const money = (f: Field) => {
    const m = text(f) ? parseMoney(text(f), { locale: opts.locale, currency: fallback }) : undefined;
    return m?.ok ? m : undefined;
  };
  const total = money('total');
  const balanceM = money('balance');
  const dueNow = money('dueNow');
  const status = text('status');
  if (status && (isDraftStatus(status) || isVoidStatus(status))) return undefined;
  const balance = balanceM?.minor ?? (status && isPaidStatus(status) ? 0 : total?.minor);
  const currency = balanceM?.currency ?? total?.currency ?? fallback;
  if (balance === undefined || !currency) return undefined;
  const inv: InvoiceObservation = { number: number.slice(0, 200), customer: customer.slice(0, 300), balance, currency };
  if (total) inv.total = total.minor;
  if (!balanceM && balance > 0) inv.balanceFromTotal = true;
  const issued = text('issued') ? parseDate(text('issued'), { today: opts.today, locale: opts.locale }) : undefined;
  if (issued?.ok) inv.issued = issued.date;
  const due = text('due') ? parseDate(text('due'), { today: opts.today, locale: opts.locale }) : undefined;
  if (due?.ok) inv.due = due.date;
  else {
    // Instalments: the earliest maturity date among the lines still to pay.
    const dates: string[] = [];
    for (const list of lists) {
      const col = mapColumns(list, { today: opts.today, locale: opts.locale }).columns.find((c) => c.field === 'due');
      if (!col) continue;
      for (const r of list.rows) {
        const d = parseDate(r.texts[col.index] ?? '', { today: opts.today, locale: opts.locale });
        if (d.ok) dates.push(d.date);
      }
    }
    if (balance > 0 && dates.length) inv.due = dates.sort()[0]!;
  }
  if (status) inv.status = status.slice(0, 100);
  // The app's own mark: something is due today or earlier.
  if (balance > 0 && dueNow && dueNow.minor > 0) inv.overdue = true;
  return inv;
}
