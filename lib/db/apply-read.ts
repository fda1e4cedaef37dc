import type { IDBPDatabase } from 'idb';
import { customerBalanceId, type Contact, type DebtorRecord, type Invoice } from '../model';
import type { PageRead } from '../model/page-read';
import { assignMaturities } from './assign-maturities';
import { amountTooLarge, inexactSums, MAX_AMOUNT, mayPassSafeSums } from './exact-sums';
import { mergeObservation } from './merge-observation';
import type { OwedSchema, ReadStatus } from './schema';
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

/** What the check needs of the stores. */
interface InvoiceStore {
  count(): Promise<number>;
  getAll(): Promise<Invoice[]>;
  index(name: 'by-source'): { count(source: string): Promise<number> };
}
interface ReadsStore {
  getAll(): Promise<ReadStatus[]>;
}

const largest = (invs: Iterable<{ balance: number; total?: number }>) => {
  let max = 0;
  for (const i of invs) max = Math.max(max, Math.abs(i.balance), Math.abs(i.total ?? 0));
  return max;
};

/**
 * An upper bound of the ledger's sum of |amounts| after the read, from each source's invoice
 * count and its largest amount as its last read noted it (a source whose count changed since,
 * or never noted, counts at MAX_AMOUNT): cheap, and usually far below MAX_SAFE_INTEGER.
 */
async function sumBound(invoices: InvoiceStore, reads: ReadsStore, read: PageRead, thisMax: number, thisCount: number) {
  let bound = thisCount * thisMax;
  for (const r of await reads.getAll()) {
    if (r.source === read.source) continue;
    const count = await invoices.index('by-source').count(r.source);
    bound += count * (r.amounts?.count === count ? r.amounts.largest : MAX_AMOUNT);
  }
  return bound;
}

/**
 * Refuses, before anything is written, a read whose amounts Owed could not add up exactly: one
 * past MAX_AMOUNT, or a ledger whose sums per currency would pass Number.MAX_SAFE_INTEGER (then a
 * balance would be rounded silently). Small ledgers cannot get there (exact-sums.ts).
 */
async function refuseInexactSums(
  invoices: InvoiceStore,
  reads: ReadsStore,
  read: PageRead,
  bySource: Map<string, Invoice>,
): Promise<{ count: number; largest: number }> {
  const refuse = (why: string) => {
    throw new Error(`Owed refused this read: ${why}. Nothing was changed.`);
  };
  for (const obs of read.invoices) {
    const why = amountTooLarge(obs);
    if (why) refuse(why);
  }
  // This source after the read: its stored invoices and the read's, each at most once.
  const ids = new Set([...bySource.keys(), ...read.invoices.map((o) => `${read.source}#${o.number}`)]);
  const mine = { count: ids.size, largest: Math.max(largest(bySource.values()), largest(read.invoices)) };
  if (!mayPassSafeSums((await invoices.count()) + read.invoices.length)) return mine;
  if ((await sumBound(invoices, reads, read, mine.largest, mine.count)) <= Number.MAX_SAFE_INTEGER) return mine;
  // The ledger after the read, at most: other sources as stored; this one's invoices at the larger
  // of the stored and the read amounts.
  const after = new Map<string, Pick<Invoice, 'number' | 'currency' | 'balance' | 'total'>>();
  for (const inv of await invoices.getAll()) after.set(inv.id, inv);
  for (const obs of read.invoices) {
    const id = `${read.source}#${obs.number}`;
    const was = bySource.get(id);
    const big = (a: number | undefined, b: number | undefined) => Math.max(Math.abs(a ?? 0), Math.abs(b ?? 0));
    after.set(id, {
      number: obs.number,
      currency: obs.currency,
      balance: big(obs.balance, was?.currency === obs.currency ? was.balance : 0),
      total: big(obs.total, was?.currency === obs.currency ? was.total : 0),
    });
  }
  const why = inexactSums(after.values());
  if (why) refuse(why);
  return mine;
}

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
  const { tx, written } = recordingPuts(idb.transaction(['invoices', 'records', 'reads', 'balances'], 'readwrite'));
  const invoices = tx.objectStore('invoices');
  const records = tx.objectStore('records');
  const [known, allRecords, lastRead] = await Promise.all([
    invoices.index('by-source').getAll(read.source),
    records.getAll(),
    tx.objectStore('reads').get(read.source),
  ]);
  const bySource = new Map(known.map((i) => [i.id, i]));
  const amounts = await refuseInexactSums(invoices, tx.objectStore('reads'), read, bySource);
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
    const first = record.sources?.[0];
    if (first !== undefined && first !== read.source) {
      // Another source than the debtor's first: kept as that source's, new until the owner
      // confirms it (lib/ledger/new-contacts.ts), never written into the owner's contact.
      const has = (k: Contact) =>
        (!c.email || k.email?.toLowerCase() === c.email.toLowerCase()) && (!c.phone || k.phone === c.phone);
      if ((c.email || c.phone) && !contacts.some(has))
        contacts.push({
          role: 'billing',
          ...(c.email ? { email: c.email } : {}),
          ...(c.phone ? { phone: c.phone } : {}),
          from: read.source,
        });
    } else if (!billing) contacts.push({ role: 'billing', email: c.email, phone: c.phone, from: read.source });
    else {
      // Fill what the user left empty; never overwrite what they typed.
      if (!billing.email && c.email) billing.email = c.email;
      if (!billing.phone && c.phone) billing.phone = c.phone;
    }
    // The postal address too, only when the owner has none (theirs wins) and only from the
    // debtor's own first source: another source's address is never put on the owner's letters.
    const own = first === undefined || first === read.source;
    const address = record.address || (own ? c.address?.trim() : undefined) || undefined;
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
  // Customer balances (a customers list, an aging report): kept as such, one per customer,
  // currency and kind of page, the newest replacing the last; the ledger compares them with the
  // invoices (lib/ledger/confirm-by-balance.ts).
  for (const b of read.balances) {
    const debtorId = resolveDebtor(b.customer);
    recordFor(debtorId, b.customer);
    touched.add(debtorId);
    writes.push(
      tx.objectStore('balances').put({
        ...b,
        id: customerBalanceId(read.source, b.from, debtorId, b.currency),
        source: read.source,
        debtorId,
        seenAt: now,
      }),
    );
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
  // The last whole read of an invoice list survives reads of the source's other pages.
  const wholeAt = read.complete && read.invoices.length > 0 ? now : lastRead?.wholeAt;
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
      amounts,
      ...(read.pages ? { pages: read.pages } : {}),
      ...(wholeAt !== undefined ? { wholeAt } : {}),
    }),
  );
  await Promise.all([...writes, tx.done]);
  return { stored: seen.size, markedMissing, debtors: [...touched], written };
}
