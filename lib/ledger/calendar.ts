/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates as day numbers (days since 1970-01-01), and "which day
 * is it" for a timestamp in the user's time zone. Day numbers make date comparisons plain integer
 * comparisons, which keeps the ledger fast over tens of thousands of invoices.
 */

const DAY_MS = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date (no time zone: a calendar date). Plain arithmetic
 * (Howard Hinnant's days_from_civil) rather than Date: the ledger calls it for every invoice.
 */
export function dayNumber(iso: string): number {
  const y0 = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Dates already written out: the same few thousand days recur across a ledger. */
const isoCache = new Map<number, string>();

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

export const addDays = (iso: string, days: number): string => isoDate(dayNumber(iso) + days);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov" (with the year when it is not `thisYear`): for the English reasons and explanations. */
export function shortDate(iso: string, thisYear?: string): string {
  const text = `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1] ?? '?'}`;
  return thisYear !== undefined && iso.slice(0, 4) !== thisYear ? `${text} ${iso.slice(0, 4)}` : text;
}

/**
 * Converts timestamps to local day numbers in one IANA zone. Offsets are cached per UTC day (the
 * zone's offset at both ends of the day; only a day with a DST change asks Intl for each time), so
 * thousands of events cost a few Intl calls rather than one each.
 */
export interface ZoneClock {
  timeZone: string | undefined;
  /** Local day number of an instant. */
  dayOf(ts: number): number;
  /** Local 'YYYY-MM-DD' of an instant. */
  dateOf(ts: number): string;
}

const clocks = new Map<string, ZoneClock>();

/** A clock for `timeZone`; an empty or unknown zone falls back to the runtime's own zone. */
export function zoneClock(timeZone: string | undefined): ZoneClock {
  const key = timeZone ?? '';
  const cached = clocks.get(key);
  if (cached) return cached;
  const format = makeFormatter(timeZone);
  const offsetAt = (ts: number): number => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(ts)) if (part.type !== 'literal') p[part.type] = +part.value;
    const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
    return local - Math.floor(ts / 1000) * 1000;
  };
  const offsetsByUtcDay = new Map<number, number | null>();
  const dayOf = (ts: number): number => {
    const utcDay = Math.floor(ts / DAY_MS);
    let offset = offsetsByUtcDay.get(utcDay);
    if (offset === undefined) {
      const start = offsetAt(utcDay * DAY_MS);
      const end = offsetAt(utcDay * DAY_MS + DAY_MS - 1000);
      offset = start === end ? start : null;
      offsetsByUtcDay.set(utcDay, offset);
    }
    return Math.floor((ts + (offset ?? offsetAt(ts))) / DAY_MS);
  };
  const clock: ZoneClock = {
    timeZone: format.resolvedOptions().timeZone,
    dayOf,
    dateOf: (ts) => isoDate(dayOf(ts)),
  };
  clocks.set(key, clock);
  return clock;
}

function makeFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    hourCycle: 'h23',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: timeZone || undefined });
  } catch {
    return new Intl.DateTimeFormat('en-US', options);
  }
}

/** Today, 'YYYY-MM-DD', in the user's zone. */
export const todayIn = (now: number, timeZone: string | undefined): string => zoneClock(timeZone).dateOf(now);
