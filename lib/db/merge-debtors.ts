import type { IDBPDatabase } from 'idb';
import type { OwedSchema } from './schema';
import { linkedSources, namesOfInvoice } from './source-boundary';

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
  const invoices = tx.objectStore('invoices');
  const [targetInvoices, sourceInvoices] = await Promise.all([
    invoices.index('by-debtor').getAll(targetId),
    invoices.index('by-debtor').getAll(sourceId),
  ]);
  // The user's click links the merged customer's sources to the target (source-boundary.ts).
  const sources = [
    ...new Set([...linkedSources(target, () => targetInvoices), ...linkedSources(source, () => sourceInvoices)]),
  ];
  const ops: Promise<unknown>[] = [
    records.put({
      ...target,
      sources,
      merged: [...new Set([...(target.merged ?? []), sourceId, ...(source.merged ?? [])])],
      contacts: [...target.contacts, ...source.contacts.filter((c) => !c.email || !emails.has(c.email.toLowerCase()))],
      updatedAt: now,
    }),
    records.put({ ...source, mergedInto: targetId, updatedAt: now }),
  ];
  for (const inv of sourceInvoices) ops.push(invoices.put({ ...inv, debtorId: targetId }));
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
  const invoices = tx.objectStore('invoices');
  const returning = new Set<string>();
  const staying = new Set<string>();
  const ops: Promise<unknown>[] = [];
  for (const inv of await invoices.index('by-debtor').getAll(targetId)) {
    if (!namesOfInvoice(inv).some((id) => movedBack.has(id))) {
      staying.add(inv.source);
      continue;
    }
    returning.add(inv.id);
    ops.push(invoices.put({ ...inv, debtorId: sourceId }));
  }
  // The target keeps the sources it had and those of the invoices it keeps.
  const leaving = new Set(source.sources ?? []);
  const sources = target.sources && [
    ...new Set([...target.sources.filter((s) => !leaving.has(s) || staying.has(s)), ...staying]),
  ];
  ops.push(
    records.put({
      ...target,
      ...(sources ? { sources } : {}),
      merged: (target.merged ?? []).filter((id) => !movedBack.has(id)),
      updatedAt: now,
    }),
    records.put({ ...restored, updatedAt: now }),
  );
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
