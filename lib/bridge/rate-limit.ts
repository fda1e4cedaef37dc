/**
 * A sliding-window limit per key (a pane's origin): at most `max` hits in any `windowMs`. The
 * bridge uses it on writes, so a page that got consent still cannot flood the log.
 */
export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }) {
  const hits = new Map<string, number[]>();
  return {
    /** Records a hit and says whether it is allowed; a refused hit is not recorded. */
    take(key: string, now: number): boolean {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
      const allowed = recent.length < max;
      if (allowed) recent.push(now);
      hits.set(key, recent);
      return allowed;
    },
  };
}

/** Ten writes a minute: a busy owner logs a few mails a minute; a script logs hundreds. */
export const WRITE_LIMIT = { max: 10, windowMs: 60_000 };
