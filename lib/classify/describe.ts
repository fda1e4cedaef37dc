import { isoDate, shortDate } from '../time/calendar';
import type { DebtorFacts } from './debtor-facts';

/** Helpers that turn facts into the short English phrases reasons are made of. */

const moneyFormats = new Map<string, { format: Intl.NumberFormat; scale: number }>();

/** "$1,250.00": minor units in their currency (formatters cached: reasons are built per debtor). */
export function money(minor: number, currency: string, locale = 'en'): string {
  const key = `${locale}|${currency}`;
  let cached = moneyFormats.get(key);
  if (!cached) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      format = new Intl.NumberFormat('en', { style: 'currency', currency });
    }
    cached = { format, scale: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
    moneyFormats.set(key, cached);
  }
  return cached.format.format(minor / cached.scale);
}

/** Date words by this year, then by day number: reasons repeat the same dates across debtors. */
const dayTexts = new Map<string, Map<number, string>>();
/** Those of the last 'today' asked about: one ledger asks about the same today for every debtor. */
let lastToday = '';
let lastYear = '';
let lastByDay = new Map<number, string>();

/** "3 Nov" for a local day number, with the year when it is not this year. */
export function dayText(f: DebtorFacts, day: number): string {
  if (f.today !== lastToday) {
    lastYear = f.today.slice(0, 4);
    let byYear = dayTexts.get(lastYear);
    if (!byYear) dayTexts.set(lastYear, (byYear = new Map()));
    lastByDay = byYear;
    lastToday = f.today;
  }
  const year = lastYear;
  const byDay = lastByDay;
  let text = byDay.get(day);
  if (text === undefined) {
    text = shortDate(isoDate(day), year);
    byDay.set(day, text);
  }
  return text;
}

type Numbered = string | { number: string };

function numberOf(items: readonly Numbered[], i: number): string {
  const item = items[i]!;
  return typeof item === 'string' ? item : item.number;
}

/** "INV-1", "INV-1 and INV-2", "INV-1, INV-2 and 3 more": invoice numbers, or invoices by number. */
export function listNumbers(items: readonly Numbered[], max = 2): string {
  if (items.length === 0) return '';
  if (items.length === 1) return numberOf(items, 0);
  if (items.length === 2 && max >= 2) return `${numberOf(items, 0)} and ${numberOf(items, 1)}`;
  if (items.length <= max) {
    let text = numberOf(items, 0);
    for (let i = 1; i < items.length; i++) text += `, ${numberOf(items, i)}`;
    return text;
  }
  let text = numberOf(items, 0);
  for (let i = 1; i < max; i++) text += `, ${numberOf(items, i)}`;
  return `${text} and ${items.length - max} more`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "5–9" or "7" when the range is one value. */
export const range = (min: number, max: number): string => (min === max ? `${min}` : `${min}–${max}`);

/** A short quote of free text for a reason. */
export const quote = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
};
