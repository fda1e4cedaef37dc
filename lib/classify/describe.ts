import type { Day } from '../model';
import { isoDate } from '../time/calendar';

/** Helpers that turn facts into the values reasons are made of (the words are lib/i18n's). */

/** The day of a local day number, as a reason's `Day` (cached: reasons repeat the same days across debtors). */
const days = new Map<number, Day>();
export function dayOf(day: number): Day {
  let iso = days.get(day);
  if (iso === undefined) {
    iso = isoDate(day);
    days.set(day, iso);
  }
  return iso;
}

type Numbered = string | { number: string };

/** The invoice numbers of invoices (or of numbers), in their order. */
export function numbersOf(items: readonly Numbered[]): string[] {
  const out = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out[i] = typeof item === 'string' ? item : item.number;
  }
  return out;
}

/** Free text as a reason quotes it: on one line, at most `max` characters. */
export const excerpt = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
