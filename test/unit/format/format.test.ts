import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, formatMoney, formatTimestamp } from '../../../lib/format';

describe('formatMoney', () => {
  it("writes minor units in the locale, with the currency's own decimals", () => {
    expect(formatMoney(123_450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(123_450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(1234, 'JPY', 'ja-JP')).toMatch(/1,234/);
    expect(formatMoney(-5000, 'GBP', 'en-GB')).toBe('-£50.00');
  });
});

describe('dates', () => {
  it('formats a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2026-11-03', 'en-US')).toBe('Nov 3, 2026');
    expect(formatDate('2026-01-01', 'fr-FR')).toBe('1 janv. 2026');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });
  it('counts and adds days across month and DST changes', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-23', '2026-11-01')).toBe(-22);
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('formats an event time in the given zone', () => {
    expect(formatTimestamp(Date.UTC(2026, 10, 23, 23, 30), 'en-US', 'Europe/Paris')).toMatch(
      /^Nov 24, 2026, 12:30\s?AM$/,
    );
  });
});
