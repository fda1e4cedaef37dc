/** The first instant after `now` whose calendar date in `timeZone` differs from now's (DST-safe). */
export function nextMidnight(now: number, timeZone?: string): number {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || undefined });
  const today = fmt.format(now);
  // Step by hour into the next day, then halve back to its first second.
  let t = now + 3_600_000;
  while (fmt.format(t) === today) t += 3_600_000;
  let lo = t - 3_600_000;
  while (t - lo > 1000) {
    const mid = lo + Math.floor((t - lo) / 2);
    if (fmt.format(mid) === today) lo = mid;
    else t = mid;
  }
  // Midnight falls on a whole second, and lies in (lo, t]: it is t rounded down to the second.
  return t - (t % 1000);
}
