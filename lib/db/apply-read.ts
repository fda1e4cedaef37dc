import type { IDBPDatabase } from 'idb';
import type { DebtorRecord, Invoice } from '../model';
import type { PageRead } from '../model/page-read';
import { assignMaturities } from './assign-maturities';
import { mergeObservation } from './merge-observation';
import type { OwedSchema } from './schema';
import { debtorForSource, sourcesOfNamed, type DebtorDirectory } from './source-boundary';
import { recordingPuts, type Written } from './written';

export interface ReadResult {
  stored: number;
  markedMissing: number;
  /** The debtors whose invoices or records the read changed (what open views are told). */
  debtors: string[];
  /** What it put, for the ledger kept in memory (written.ts). */
  written: Written;
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
  const { tx, written } = recordingPuts(idb.transaction(['invoices', 'records', 'reads'], 'readwrite'));
  const invoices = tx.objectStore('invoices');
  const records = tx.objectStore('records');
  const [known, allRecords] = await Promise.all([invoices.index('by-source').getAll(read.source), records.getAll()]);
  const bySource = new Map(known.map((i) => [i.id, i]));
  const recordById = new Map(allRecords.map((r) => [r.id, r]));
  const mergedInto = new Map<string, string>();
  for (const r of allRecords) for (const alias of r.merged ?? []) mergedInto.set(alias, r.id);
  const sources = await sourcesOfNamed(read, recordById, mergedInto, (id) => invoices.index('by-debtor').getAll(id));
  const dir: DebtorDirectory = {
    record: (id) => recordById.get(id),
    mergedInto: (id) => mergedInto.get(id),
    sources: (id) => sources.get(id) ?? new Set(recordById.get(id)?.sources ?? []),
  };
  // Sources are boundaries (source-boundary.ts): a new source never files into another's debtor.
  const resolveDebtor = (customer: string) => debtorForSource(customer, read.source, dir);
  const writes: Promise<unknown>[] = [];
  const touched = new Set<string>();
  /** The debtor's record, created for this source when missing, linked to it when it had no source. */
  const recordFor = (id: string, name: string): DebtorRecord => {
    const record = recordById.get(id);
    const linked = dir.sources(id);
    if (record?.sources && linked.has(read.source)) return record;
    const next: DebtorRecord = record
      ? {
          ...record,
          sources: [...new Set([...linked, read.source])],
          updatedAt: now,
          version: (record.version ?? 0) + 1,
        }
      : { ...newRecord(id, name, now), sources: [read.source] };
    recordById.set(id, next);
    sources.set(id, new Set(next.sources));
    touched.add(id);
    writes.push(records.put(next));
    return next;
  };

  const seen = new Set<string>();
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
    touched.add(merged.debtorId);
    if (merged.debtorId !== bySource.get(merged.id)?.debtorId && bySource.has(merged.id))
      touched.add(bySource.get(merged.id)!.debtorId);
    writes.push(invoices.put(merged));
    recordFor(merged.debtorId, obs.customer);
  }
  for (const c of read.customers) {
    const id = resolveDebtor(c.customer);
    const record = recordFor(id, c.customer);
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
    const updated = {
      ...record,
      contacts,
      ...(address ? { address } : {}),
      updatedAt: now,
      version: (record.version ?? 0) + 1,
    };
    recordById.set(id, updated);
    touched.add(id);
    writes.push(records.put(updated));
  }
  // Due dates read without invoice numbers: match by amount, else the oldest undated invoice.
  const stored = new Map(bySource);
  for (const inv of pendingPuts) stored.set(inv.id, inv);
  for (const dated of assignMaturities(stored.values(), read.maturities, resolveDebtor)) {
    touched.add(dated.debtorId);
    writes.push(invoices.put(dated));
  }
  let markedMissing = 0;
  if (read.complete) {
    // Only the lists this read covered (list-completeness.ts); a file is one list.
    const lists = new Set(read.invoices.map((i) => i.list));
    const listed = read.invoices.some((i) => i.list !== undefined);
    for (const inv of known) {
      if (seen.has(inv.id) || inv.missingSince !== undefined) continue;
      if (listed && !lists.has(inv.list)) continue;
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
  return { stored: seen.size, markedMissing, debtors: [...touched], written };
}
