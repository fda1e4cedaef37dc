import type { ReadStatus } from '../db';
import type { DebtorView, InvoiceHold } from '../model';
import type { LedgerSnapshot } from './snapshot';

/**
 * What one write changed, as open views receive it: the debtors it touched as they are now (or
 * that they are gone), the badge's count, the pauses and the reads, not the whole ledger. `all` when the
 * write changed too much to say (settings, a backup, a wipe): views fetch the ledger again.
 */
export type LedgerChange =
  | { version: number; all: true }
  | {
      version: number;
      all?: undefined;
      today: string;
      dueForCallToday: number;
      debtors: DebtorView[];
      /** Debtors no longer listed (merged into another). */
      removed: string[];
      holds: InvoiceHold[];
      reads: ReadStatus[];
    };

/** Which debtors a write touched, or all of them. */
export type Touched = readonly string[] | 'all';

/** The change a write at `version` made, read off the ledger after it. */
export function ledgerChange(after: LedgerSnapshot, version: number, touched: Touched): LedgerChange {
  if (touched === 'all') return { version, all: true };
  const ids = new Set(touched);
  const debtors = after.debtors.filter((d) => ids.has(d.id));
  const present = new Set(debtors.map((d) => d.id));
  return {
    version,
    today: after.today,
    dueForCallToday: after.dueForCallToday,
    debtors,
    removed: [...ids].filter((id) => !present.has(id)),
    holds: after.holds,
    reads: after.reads,
  };
}

/**
 * A view's ledger with a change applied, or undefined when the view cannot apply it and must
 * fetch the ledger again (it missed a change, or the change is `all`). A change the view already
 * has is no change: the view never goes back to a state before a write it showed.
 */
export function applyLedgerChange(ledger: LedgerSnapshot, change: LedgerChange): LedgerSnapshot | undefined {
  if (change.version <= ledger.version) return ledger;
  if (change.all || change.version !== ledger.version + 1) return undefined;
  const changed = new Map(change.debtors.map((d) => [d.id, d]));
  const removed = new Set(change.removed);
  const debtors: DebtorView[] = [];
  for (const d of ledger.debtors) {
    if (removed.has(d.id)) continue;
    const now = changed.get(d.id);
    debtors.push(now ?? d);
    changed.delete(d.id);
  }
  debtors.push(...changed.values());
  return {
    ...ledger,
    version: change.version,
    today: change.today,
    dueForCallToday: change.dueForCallToday,
    debtors,
    holds: change.holds,
    reads: change.reads,
  };
}
