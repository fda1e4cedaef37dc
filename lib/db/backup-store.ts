import type { IDBPDatabase } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup';
import { readAll } from './read-all';
import type { OwedSchema } from './schema';

/** The stores that hold what the user has: a backup has them all, a wipe clears them (and the reads and customer balances: the app shows them again). */
const USER_STORES = ['invoices', 'records', 'events', 'plans', 'settings', 'profiles', 'holds'] as const;

export async function exportBackup(idb: IDBPDatabase<OwedSchema>, now: number): Promise<Backup> {
  const { invoices, records, events, plans, settings, profiles, holds } = await readAll(idb);
  // In the order of the Backup schema, so an exported file reads the same as a parsed one.
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    invoices,
    records,
    events,
    plans,
    settings,
    profiles,
    holds,
  };
}

/**
 * Restores a backup: replaces everything with the file's content, in one transaction. A bad file
 * is refused before anything is written.
 */
export async function importBackup(
  idb: IDBPDatabase<OwedSchema>,
  text: string,
): Promise<{ ok: true; counts: Record<string, number> } | { ok: false; error: string }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const b = parsed.backup;
  const tx = idb.transaction([...USER_STORES, 'reads', 'balances'], 'readwrite');
  const ops: Promise<unknown>[] = [...USER_STORES, 'reads' as const, 'balances' as const].map((s) =>
    tx.objectStore(s).clear(),
  );
  for (const i of b.invoices) ops.push(tx.objectStore('invoices').put(i));
  for (const r of b.records) ops.push(tx.objectStore('records').put(r));
  for (const e of b.events) ops.push(tx.objectStore('events').put(e));
  for (const p of b.plans) ops.push(tx.objectStore('plans').put(p));
  for (const p of b.profiles) ops.push(tx.objectStore('profiles').put(p));
  for (const h of b.holds) ops.push(tx.objectStore('holds').put(h));
  ops.push(tx.objectStore('settings').put(b.settings, 'settings'));
  await Promise.all([...ops, tx.done]);
  return {
    ok: true,
    counts: {
      invoices: b.invoices.length,
      debtors: b.records.length,
      events: b.events.length,
      plans: b.plans.length,
    },
  };
}

/** Deletes everything Owed stored (the user asked to). */
export async function wipe(idb: IDBPDatabase<OwedSchema>): Promise<void> {
  const tx = idb.transaction([...USER_STORES, 'reads', 'balances'], 'readwrite');
  await Promise.all([
    ...[...USER_STORES, 'reads' as const, 'balances' as const].map((s) => tx.objectStore(s).clear()),
    tx.done,
  ]);
}
