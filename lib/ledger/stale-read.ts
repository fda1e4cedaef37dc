/** A read this many days old is too old to call on without checking the app first. */
export const STALE_READ_DAYS = 3;

export interface StaleRead {
  /** Whole days since the newest read of any app. */
  days: number;
  /** The app it was, as its page was titled (or its address). */
  where: string;
}

/**
 * When the ledger's newest read of the invoicing app is older than a few days, what Owed says
 * before the owner calls: a payment may have come in since. Null when a read is recent, or when
 * there is no read at all (a ledger from a backup or a CSV file says so elsewhere).
 */
export function staleRead(
  reads: readonly { at: number; title: string; source: string }[],
  now: number,
  days = STALE_READ_DAYS,
): StaleRead | null {
  let newest: (typeof reads)[number] | undefined;
  for (const r of reads) if (!newest || r.at > newest.at) newest = r;
  if (!newest) return null;
  const age = Math.floor((now - newest.at) / 86_400_000);
  return age > days ? { days: age, where: newest.title || newest.source } : null;
}
