import type { IDBPDatabase } from 'idb';
import { debtorIdFor } from '../model';
import type { OwedSchema } from './schema';

/**
 * Makes `sourceId` part of `targetId`: the same customer seen under another name or in another
 * app. Its invoices, log, plans and pauses move (marked, so an unmerge moves them back), its
 * contacts are added, and later reads file its invoices under the target. One transaction.
 */
export async function mergeDebtors(
  idb: IDBPDatabase<OwedSchema>,
  targetId: string,
  sourceId: string,
  now: number,
): Promise<void> {
  if (targetId === sourceId) throw new Error('A debtor cannot be merged into itself.');
  const tx = idb.transaction(['invoices', 'records', 'events', 'plans', 'holds'], 'readwrite');
  const records = tx.objectStore('records');
  const [target, source] = await Promise.all([records.get(targetId), records.get(sourceId)]);
  if (!target || !source) throw new Error('Both customers must be known to Owed to merge them.');
  if (target.mergedInto || source.mergedInto)
    throw new Error('One of these customers is already merged into another; unmerge it first.');
  const emails = new Set(target.contacts.map((c) => c.email?.toLowerCase()).filter(Boolean));
  const ops: Promise<unknown>[] = [
    records.put({
      ...target,
      merged: [...new Set([...(target.merged ?? []), sourceId, ...(source.merged ?? [])])],
      contacts: [...target.contacts, ...source.contacts.filter((c) => !c.email || !emails.has(c.email.toLowerCase()))],
      updatedAt: now,
    }),
    records.put({ ...source, mergedInto: targetId, updatedAt: now }),
  ];
  const invoices = tx.objectStore('invoices');
  for (const inv of await invoices.index('by-debtor').getAll(sourceId))
    ops.push(invoices.put({ ...inv, debtorId: targetId }));
  for (const store of ['events', 'plans'] as const) {
    const os = tx.objectStore(store);
    for (const item of await os.index('by-debtor').getAll(sourceId))
      ops.push(os.put({ ...item, debtorId: targetId, mergedFrom: sourceId }));
  }
  const holds = tx.objectStore('holds');
  for (const h of await holds.index('by-debtor').getAll(sourceId)) ops.push(holds.put({ ...h, debtorId: targetId }));
  await Promise.all([...ops, tx.done]);
}

/** Undoes a merge: what came from `sourceId` goes back to it. One transaction. */
export async function unmergeDebtor(
  idb: IDBPDatabase<OwedSchema>,
  targetId: string,
  sourceId: string,
  now: number,
): Promise<void> {
  const tx = idb.transaction(['invoices', 'records', 'events', 'plans', 'holds'], 'readwrite');
  const records = tx.objectStore('records');
  const [target, source] = await Promise.all([records.get(targetId), records.get(sourceId)]);
  if (!target || !source || source.mergedInto !== targetId) throw new Error('These customers are not merged.');
  const movedBack = new Set([sourceId, ...(source.merged ?? [])]);
  const { mergedInto: _gone, ...restored } = source;
  const ops: Promise<unknown>[] = [
    records.put({ ...target, merged: (target.merged ?? []).filter((id) => !movedBack.has(id)), updatedAt: now }),
    records.put({ ...restored, updatedAt: now }),
  ];
  const invoices = tx.objectStore('invoices');
  const returning = new Set<string>();
  for (const inv of await invoices.index('by-debtor').getAll(targetId)) {
    if (!movedBack.has(debtorIdFor(inv.customer))) continue;
    returning.add(inv.id);
    ops.push(invoices.put({ ...inv, debtorId: sourceId }));
  }
  for (const store of ['events', 'plans'] as const) {
    const os = tx.objectStore(store);
    for (const item of await os.index('by-debtor').getAll(targetId)) {
      if (item.mergedFrom !== sourceId) continue;
      const { mergedFrom: _m, ...back } = item;
      ops.push(os.put({ ...back, debtorId: sourceId }));
    }
  }
  const holds = tx.objectStore('holds');
  for (const h of await holds.index('by-debtor').getAll(targetId))
    if (returning.has(h.invoiceId)) ops.push(holds.put({ ...h, debtorId: sourceId }));
  await Promise.all([...ops, tx.done]);
}
