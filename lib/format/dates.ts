import { addDays, dayNumber } from '../time/calendar';

// Building an Intl formatter costs far more than using one: views format thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale || undefined, options);
    formatters.set(key, f);
  }
  return f;
}

/** A YYYY-MM-DD date in the user's locale ("Nov 3, 2026", "3 nov. 2026"), without time-zone shifts. */
export function formatDate(iso: string, locale?: string, style: 'medium' | 'short' | 'long' = 'medium'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return formatter(locale, { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Whole days from `from` to `to` (YYYY-MM-DD), positive when `to` is later. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** `iso` plus `days` (negative to go back). */
export { addDays };

/** An event time in the user's locale ("Nov 3, 2026, 2:15 PM"). */
export function formatTimestamp(ms: number, locale?: string, timeZone?: string): string {
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone || undefined }).format(ms);
}
