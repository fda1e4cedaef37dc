import { describe, expect, it } from 'vitest';
import { nextMidnight } from '../../../lib/time/next-midnight';

const iso = (t: number) => new Date(t).toISOString();

describe('nextMidnight', () => {
  it('is the next local midnight, within a minute, in the given zone', () => {
    const now = Date.UTC(2026, 10, 23, 15, 30);
    expect(iso(nextMidnight(now, 'UTC'))).toBe('2026-11-24T00:00:00.000Z');
    expect(iso(nextMidnight(now, 'Europe/Paris'))).toBe('2026-11-23T23:00:00.000Z');
    expect(iso(nextMidnight(now, 'America/New_York'))).toBe('2026-11-24T05:00:00.000Z');
  });
  it('handles the day DST starts and ends', () => {
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026.
    expect(iso(nextMidnight(Date.UTC(2026, 2, 7, 20), 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(nextMidnight(Date.UTC(2026, 2, 8, 20), 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(nextMidnight(Date.UTC(2026, 9, 31, 20), 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z');
  });
  it('just before midnight is a minute away, never now', () => {
    const now = Date.UTC(2026, 10, 23, 23, 59, 30);
    expect(nextMidnight(now, 'UTC')).toBe(Date.UTC(2026, 10, 24));
  });
});
