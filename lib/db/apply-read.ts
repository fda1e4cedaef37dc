import type { IDBPDatabase } from 'idb';
import { debtorIdFor, type DebtorRecord, type Invoice } from '../model';
import type { PageRead } from '../messages/protocol';
import { assignMaturities } from './assign-maturities';
import { mergeObservation } from './merge-observation';
import type { OwedSchema } from './schema';

export interface ReadResult {
  stored: number;
  markedMissing: number;
}

const newRecord = (id: string, name: string, now: number): DebtorRecord => ({
  id,
  name,
  contacts: [],
  flags: {},
  createdAt: now,
  updatedAt: now,
});

/**
 * Stores what a page (or a CSV file) showed, in one transaction. User data is never touched:
 * invoices are merged field by field, debtor records only created when missing, contacts only
 * added. When the read was complete, the source's invoices it did not list are marked "not seen
 * since", not deleted.
 */
export async function applyRead(
  idb: IDBPDatabase<OwedSchema>,
  read: PageRead,
  now: number,
  today: string,
): Promise<ReadResult> {
  const tx = idb.transaction(['invoices', 'records', 'reads'], 'readwrite');
  const invoices = tx.objectStore('invoices');
  const records = tx.objectStore('records');
  const [known, allRecords] = await Promise.all([invoices.index('by-source').getAll(read.source), records.getAll()]);
  const bySource = new Map(known.map((i) => [i.id, i]));
  const recordById = new Map(allRecords.map((r) => [r.id, r]));
  const mergedInto = new Map<string, string>();
  for (const r of allRecords) for (const alias of r.merged ?? []) mergedInto.set(alias, r.id);
  const resolveDebtor = (customer: string) => {
    const id = debtorIdFor(customer);
    return mergedInto.get(id) ?? id;
  };

  const seen = new Set<string>();
  const writes: Promise<unknown>[] = [];
  const pendingPuts: Invoice[] = [];
  for (const obs of read.invoices) {
    const merged = mergeObservation(
      bySource.get(`${read.source}#${obs.number}`),
      obs,
      read.source,
      now,
      today,
      resolveDebtor,
    );
    if (seen.has(merged.id)) continue; // a page listing one invoice twice: first row wins
    seen.add(merged.id);
    pendingPuts.push(merged);
    writes.push(invoices.put(merged));
    if (!recordById.has(merged.debtorId)) {
      const record = newRecord(merged.debtorId, obs.customer, now);
      recordById.set(record.id, record);
      writes.push(records.put(record));
    }
  }
  for (const c of read.customers) {
    const id = resolveDebtor(c.customer);
    const record = recordById.get(id) ?? newRecord(id, c.customer, now);
    const contacts = [...record.contacts];
    const billing = contacts.find((k) => k.role === 'billing');
    if (!billing) contacts.push({ role: 'billing', email: c.email, phone: c.phone });
    else {
      // Fill what the user left empty; never overwrite what they typed.
      if (!billing.email && c.email) billing.email = c.email;
      if (!billing.phone && c.phone) billing.phone = c.phone;
    }
    // The postal address too, only when the user has none (theirs wins).
    const address = record.address || c.address?.trim() || undefined;
    const updated = { ...record, contacts, ...(address ? { address } : {}), updatedAt: now };
    recordById.set(id, updated);
    writes.push(records.put(updated));
  }
  // Due dates read without invoice numbers: match by amount, else the oldest undated invoice.
  const stored = new Map(bySource);
  for (const inv of pendingPuts) stored.set(inv.id, inv);
  for (const dated of assignMaturities(stored.values(), read.maturities, resolveDebtor))
    writes.push(invoices.put(dated));
  let markedMissing = 0;
  if (read.complete) {
    for (const inv of known) {
      if (seen.has(inv.id) || inv.missingSince !== undefined) continue;
      markedMissing++;
      writes.push(invoices.put({ ...inv, missingSince: now }));
    }
  }
  writes.push(
    tx.objectStore('reads').put({
      source: read.source,
      url: read.url,
      title: read.title,
      profile: read.profile,
      at: now,
      count: seen.size,
      problems: read.problems,
      confidence: read.confidence,
      complete: read.complete,
      ...(read.pages ? { pages: read.pages } : {}),
    }),
  );
  await Promise.all([...writes, tx.done]);
  return { stored: seen.size, markedMissing };
}
