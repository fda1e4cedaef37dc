import type { DebtorRecord, DebtorView } from '../../lib/model';

/** The debtor's stored record, or a new one to save the first user edit into. */
export function recordOf(debtor: DebtorView, now: number): DebtorRecord {
  return debtor.record ?? { id: debtor.id, name: debtor.name, contacts: [], flags: {}, createdAt: now, updatedAt: now };
}
