import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, todayIn, zoneClock } from '../../../lib/time/calendar';

const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
];

describe('calendar', () => {
  it('round-trips dates through day numbers, across leap years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoDate(dayNumber('2028-02-29'))).toBe('2028-02-29');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  });

  it('numbers every calendar date as Date does, month ends, leap days and century years included', () => {
    const byDate = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date.getTime() / 86_400_000;
    };
    const iso = (y: number, m: number, d: number) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    for (const [y, m, d] of [
      [1970, 1, 1],
      [1969, 12, 31],
      [2026, 1, 31],
      [2026, 2, 28],
      [2026, 3, 1],
      [2026, 4, 30],
      [2026, 12, 31],
      [2028, 2, 29],
      [1900, 2, 28],
      [1900, 3, 1],
      [2000, 2, 29],
      [2000, 3, 1],
      [2100, 2, 28],
      [2100, 3, 1],
      [1600, 2, 29],
      [0, 1, 1],
      [0, 2, 29],
      [0, 3, 1],
      [1, 1, 1],
      [9999, 12, 31],
    ] as const) {
      expect(dayNumber(iso(y, m, d)), iso(y, m, d)).toBe(byDate(y, m, d));
    }
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          fc.pre(new Date(byDate(y, m, d) * 86_400_000).getUTCDate() === d);
          expect(dayNumber(iso(y, m, d))).toBe(byDate(y, m, d));
          expect(isoDate(dayNumber(iso(y, m, d)))).toBe(iso(y, m, d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl on the local date of any instant, DST changes included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, ts) => {
          const expected = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(ts);
          expect(zoneClock(zone).dateOf(ts)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with Intl around every offset change of 2024–2030, in zones that change at local midnight too', () => {
    const DAY = 86_400_000;
    // Santiago, Havana and Beirut change at midnight: an offset read wrong gives the wrong date there.
    for (const zone of [...ZONES, 'America/Santiago', 'America/Havana', 'Asia/Beirut']) {
      const local = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
      const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      const offset = (ts: number) => offsetName.formatToParts(ts).find((p) => p.type === 'timeZoneName')!.value;
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2030, 0, 1); day += DAY) {
        if (offset(day) === offset(day + DAY - 1)) continue;
        // Changes fall on a quarter hour: every one of the day, and the instants either side of it.
        for (let ts = day; ts < day + DAY; ts += 15 * 60_000) {
          for (const t of [ts - 1000, ts - 1, ts, ts + 1, ts + 999, ts + 1000]) {
            expect(zoneClock(zone).dateOf(t), `${zone} ${new Date(t).toISOString()}`).toBe(local.format(t));
          }
        }
      }
    }
  });

  it('is right just before and after midnight on DST change days', () => {
    // New York leaves DST on Sun 1 Nov 2026 at 02:00 EDT: 04:30Z is 00:30 EDT, next day's 04:30Z is 23:30 EST.
    expect(todayIn(Date.parse('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(todayIn(Date.parse('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(todayIn(Date.parse('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
    // Paris enters DST on Sun 29 Mar 2026: 22:59Z on the 28th is 23:59 CET, 22:00Z on the 29th is 00:00 CEST on the 30th.
    expect(todayIn(Date.parse('2026-03-28T22:59:00Z'), 'Europe/Paris')).toBe('2026-03-28');
    expect(todayIn(Date.parse('2026-03-29T21:59:00Z'), 'Europe/Paris')).toBe('2026-03-29');
    expect(todayIn(Date.parse('2026-03-29T22:00:00Z'), 'Europe/Paris')).toBe('2026-03-30');
  });

  it('falls back to the runtime zone for an empty or unknown zone instead of throwing', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(todayIn(now, 'Not/AZone')).toBe(new Intl.DateTimeFormat('en-CA').format(now));
    expect(todayIn(now, '')).toBe(new Intl.DateTimeFormat('en-CA').format(now));
  });
});
