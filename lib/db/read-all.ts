import type { IDBPDatabase } from 'idb';
import { defaultSettings } from '../model';
import type { OwedSchema } from './schema';

/** Every store, read in one transaction: a consistent picture even while writes queue. */
export async function readAll(idb: IDBPDatabase<OwedSchema>) {
  const names = [
    'invoices',
    'records',
    'events',
    'plans',
    'settings',
    'reads',
    'holds',
    'profiles',
    'balances',
  ] as const;
  const tx = idb.transaction([...names], 'readonly');
  const [invoices, records, events, plans, settings, reads, holds, profiles, balances] = await Promise.all([
    tx.objectStore('invoices').getAll(),
    tx.objectStore('records').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('plans').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('reads').getAll(),
    tx.objectStore('holds').getAll(),
    tx.objectStore('profiles').getAll(),
    tx.objectStore('balances').getAll(),
    tx.done,
  ]);
  return {
    invoices,
    records,
    events,
    plans,
    settings: settings ?? defaultSettings(),
    reads,
    holds,
    profiles,
    balances,
  };
}
