import { openDB, type IDBPDatabase } from 'idb';
import {
  ContactEvent,
  DebtorRecord,
  InvoiceHold,
  PaymentPlan,
  Settings,
  defaultSettings,
  type ContactEventInput,
  type Invoice,
  type InvoiceHoldInput,
} from '../model';
import type { PageRead } from '../messages/protocol';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup';
import { mergeObservation } from './merge-observation';
import {
  debtorForSource,
  linkedSources,
  namesOfInvoice,
  sourcesOfNamed,
  type DebtorDirectory,
} from './source-boundary';
import { DB_NAME, DB_VERSION, migrate, type OwedSchema, type ReadStatus, type StoredProfile } from './schema';

export interface Snapshot {
  invoices: Invoice[];
  records: DebtorRecord[];
  events: ContactEvent[];
  plans: PaymentPlan[];
  settings: Settings;
  reads: ReadStatus[];
  holds: InvoiceHold[];
}

export interface ReadResult {
  stored: number;
  markedMissing: number;
}

const USER_STORES = ['invoices', 'records', 'events', 'plans', 'settings', 'profiles', 'holds'] as const;

/**
 * Owed's database. Only the background opens it; views reach it through messages. Every write is
 * one readwrite transaction that completes or changes nothing.
 */
export class OwedDb {
  private constructor(readonly idb: IDBPDatabase<OwedSchema>) {}

  static async open(name = DB_NAME, version = DB_VERSION): Promise<OwedDb> {
    const idb = await openDB<OwedSchema>(name, version, {
      upgrade: (db, oldVersion, newVersion, tx) => migrate(db, oldVersion, newVersion ?? version, tx),
      // A newer Owed (another extension page after an update) wants to upgrade: let it.
      blocking: () => idb.close(),
    });
    return new OwedDb(idb);
  }

  close() {
    this.idb.close();
  }

  /**
   * Stores what a page (or a CSV file) showed. User data is never touched: invoices are merged
   * field by field, debtor records only created when missing, contacts only added. When the read
   * was complete, the source's invoices it did not list are marked "not seen since", not deleted.
   */
  async applyRead(read: PageRead, now: number, today: string): Promise<ReadResult> {
    const tx = this.idb.transaction(['invoices', 'records', 'reads'], 'readwrite');
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
    const resolveDebtor = (customer: string) => debtorForSource(customer, read.source, dir);
    const writes: Promise<unknown>[] = [];
    /** The debtor's record, created for this source when missing, linked to it when it had no source. */
    const recordFor = (id: string, name: string): DebtorRecord => {
      const record = recordById.get(id);
      const linked = dir.sources(id);
      if (record && record.sources && linked.has(read.source)) return record;
      const next: DebtorRecord = record
        ? {
            ...record,
            sources: [...new Set([...linked, read.source])],
            updatedAt: now,
            version: (record.version ?? 0) + 1,
          }
        : { id, name, contacts: [], flags: {}, sources: [read.source], createdAt: now, updatedAt: now };
      recordById.set(id, next);
      sources.set(id, new Set(next.sources));
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
      const updated = { ...record, contacts, updatedAt: now, version: (record.version ?? 0) + 1 };
      recordById.set(id, updated);
      writes.push(records.put(updated));
    }
    // Due dates read without invoice numbers: match by amount, else the oldest undated invoice.
    const stored = new Map(bySource);
    for (const inv of pendingPuts) stored.set(inv.id, inv);
    for (const m of read.maturities) {
      const debtor = resolveDebtor(m.customer);
      const open = [...stored.values()]
        .filter(
          (i) =>
            i.debtorId === debtor &&
            i.balance > 0 &&
            i.missingSince === undefined &&
            (!m.currency || i.currency === m.currency),
        )
        .sort((a, b) => (a.issued ?? '').localeCompare(b.issued ?? '') || a.number.localeCompare(b.number));
      const target =
        (m.amount !== undefined && open.find((i) => !i.due && (i.balance === m.amount || i.total === m.amount))) ||
        (m.amount !== undefined && open.find((i) => i.balance === m.amount || i.total === m.amount)) ||
        open.find((i) => !i.due);
      if (!target || (target.due !== undefined && target.due <= m.due)) continue;
      const dated = { ...target, due: m.due };
      stored.set(dated.id, dated);
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
      }),
    );
    await Promise.all([...writes, tx.done]);
    return { stored: seen.size, markedMissing };
  }

  /** Every store, read in one transaction: a consistent picture even while writes queue. */
  private async readAll() {
    const names = ['invoices', 'records', 'events', 'plans', 'settings', 'reads', 'holds', 'profiles'] as const;
    const tx = this.idb.transaction([...names], 'readonly');
    const [invoices, records, events, plans, settings, reads, holds, profiles] = await Promise.all([
      tx.objectStore('invoices').getAll(),
      tx.objectStore('records').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('plans').getAll(),
      tx.objectStore('settings').get('settings'),
      tx.objectStore('reads').getAll(),
      tx.objectStore('holds').getAll(),
      tx.objectStore('profiles').getAll(),
      tx.done,
    ]);
    return { invoices, records, events, plans, settings: settings ?? defaultSettings(), reads, holds, profiles };
  }

  async snapshot(): Promise<Snapshot> {
    const { profiles: _profiles, ...snap } = await this.readAll();
    return snap;
  }

  async addEvent(input: ContactEventInput): Promise<ContactEvent> {
    const event = ContactEvent.parse(input);
    await this.idb.put('events', event);
    return event;
  }

  async deleteEvent(id: string): Promise<void> {
    await this.idb.delete('events', id);
  }

  /** Changes a debtor record with `change` inside one transaction (no lost update between two views). */
  async updateRecord(id: string, change: (r: DebtorRecord) => DebtorRecord, now: number): Promise<DebtorRecord> {
    const tx = this.idb.transaction('records', 'readwrite');
    const current = (await tx.store.get(id)) ?? {
      id,
      name: id,
      contacts: [],
      flags: {},
      createdAt: now,
      updatedAt: now,
    };
    const next = DebtorRecord.parse({
      ...change(structuredClone(current)),
      id,
      updatedAt: now,
      version: (current.version ?? 0) + 1,
    });
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  }

  async savePlan(plan: PaymentPlan): Promise<PaymentPlan> {
    const valid = PaymentPlan.parse(plan);
    await this.idb.put('plans', valid);
    return valid;
  }

  /** Pauses one invoice (disputed or on hold), or changes its pause. */
  async saveHold(input: InvoiceHoldInput): Promise<InvoiceHold> {
    const hold = InvoiceHold.parse(input);
    await this.idb.put('holds', hold);
    return hold;
  }

  async clearHold(invoiceId: string): Promise<void> {
    await this.idb.delete('holds', invoiceId);
  }

  /**
   * Makes `sourceId` part of `targetId`: the same customer seen under another name or in another
   * app. Its invoices, log, plans and pauses move (marked, so an unmerge moves them back), its
   * contacts are added, and later reads file its invoices under the target.
   */
  async mergeDebtors(targetId: string, sourceId: string, now: number): Promise<void> {
    if (targetId === sourceId) throw new Error('A debtor cannot be merged into itself.');
    const tx = this.idb.transaction(['invoices', 'records', 'events', 'plans', 'holds'], 'readwrite');
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
        contacts: [
          ...target.contacts,
          ...source.contacts.filter((c) => !c.email || !emails.has(c.email.toLowerCase())),
        ],
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

  /** Undoes a merge: what came from `sourceId` goes back to it. */
  async unmergeDebtor(targetId: string, sourceId: string, now: number): Promise<void> {
    const tx = this.idb.transaction(['invoices', 'records', 'events', 'plans', 'holds'], 'readwrite');
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

  async getSettings(): Promise<Settings> {
    return (await this.idb.get('settings', 'settings')) ?? defaultSettings();
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    const valid = Settings.parse(settings);
    await this.idb.put('settings', valid, 'settings');
    return valid;
  }

  async listProfiles(): Promise<StoredProfile[]> {
    return this.idb.getAll('profiles');
  }

  async saveProfile(profile: StoredProfile): Promise<void> {
    await this.idb.put('profiles', profile);
  }

  async deleteProfile(id: string): Promise<void> {
    await this.idb.delete('profiles', id);
  }

  async exportBackup(now: number): Promise<Backup> {
    const { invoices, records, events, plans, settings, profiles, holds } = await this.readAll();
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
  async importBackup(
    text: string,
  ): Promise<{ ok: true; counts: Record<string, number> } | { ok: false; error: string }> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const b = parsed.backup;
    const tx = this.idb.transaction([...USER_STORES, 'reads'], 'readwrite');
    const ops: Promise<unknown>[] = [...USER_STORES, 'reads' as const].map((s) => tx.objectStore(s).clear());
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
  async wipe(): Promise<void> {
    const tx = this.idb.transaction([...USER_STORES, 'reads'], 'readwrite');
    await Promise.all([...[...USER_STORES, 'reads' as const].map((s) => tx.objectStore(s).clear()), tx.done]);
  }
}
