/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates as day numbers (days since 1970-01-01), and "which day
 * is it" for a timestamp in the user's time zone. Day numbers make date comparisons plain integer
 * comparisons, which keeps the ledger fast over tens of thousands of invoices.
 */

const DAY_MS = 86_400_000;

/**
 * Days before the first of each month (index 1–12), counting years from 1 March so that a leap
 * day is the last day of its year: March is 0, February 337.
 */
const DAYS_BEFORE_MONTH = [0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275];

/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_DAYS = 719_468;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date (no time zone: a calendar date). Plain integer
 * arithmetic on the digits (Howard Hinnant's days_from_civil) rather than Date: the ledger calls
 * it for every invoice, three times.
 */
export function dayNumber(iso: string): number {
  // The digits' character codes are 48 + digit: 1111 × 48 = 53,328 and 11 × 48 = 528 take the offsets out at once.
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  // Years start on 1 March (January and February belong to the year before), counted from year −400
  // so that every year is positive and integer division needs no floor of a negative number.
  const year =
    iso.charCodeAt(0) * 1000 +
    iso.charCodeAt(1) * 100 +
    iso.charCodeAt(2) * 10 +
    iso.charCodeAt(3) -
    53_328 +
    400 -
    (month <= 2 ? 1 : 0);
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  return (
    year * 365 +
    ((year / 4) | 0) -
    ((year / 100) | 0) +
    ((year / 400) | 0) +
    DAYS_BEFORE_MONTH[month]! +
    day -
    1 -
    EPOCH_DAYS -
    146_097
  );
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
 * zone's offset at both ends of the day, and on a day with a DST change the instant it changes),
 * so thousands of events cost a few Intl calls rather than one each.
 */
export interface ZoneClock {
  timeZone: string | undefined;
  /** Local day number of an instant. */
  dayOf(ts: number): number;
  /** Local 'YYYY-MM-DD' of an instant. */
  dateOf(ts: number): string;
}

/** A UTC day on which the zone's offset changes once (a DST change): the offsets before and from `at`. */
interface OffsetChange {
  before: number;
  after: number;
  at: number;
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
  // The offset of a UTC day, or of both sides of the instant it changes (null: asked of Intl each time).
  const offsetsOn = (utcDay: number): number | OffsetChange | null => {
    const first = utcDay * DAY_MS;
    const last = first + DAY_MS - 1000;
    const before = offsetAt(first);
    const after = offsetAt(last);
    if (before === after) return before;
    // The first second with the new offset, by bisection: some 17 Intl calls once per change day,
    // rather than one for every event logged that day.
    let lo = first,
      hi = last;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    // A day with more than one change (none in today's zones) is read instant by instant.
    return offsetAt(hi) === after ? { before, after, at: hi } : null;
  };
  const offsetsByUtcDay = new Map<number, number | OffsetChange | null>();
  const dayOf = (ts: number): number => {
    const utcDay = Math.floor(ts / DAY_MS);
    let offsets = offsetsByUtcDay.get(utcDay);
    if (offsets === undefined) offsetsByUtcDay.set(utcDay, (offsets = offsetsOn(utcDay)));
    const offset =
      typeof offsets === 'number'
        ? offsets
        : offsets === null
          ? offsetAt(ts)
          : ts < offsets.at
            ? offsets.before
            : offsets.after;
    return Math.floor((ts + offset) / DAY_MS);
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
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
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
