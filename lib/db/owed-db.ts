import { openDB, type IDBPDatabase } from 'idb';
import {
  ContactEvent,
  type CustomerBalance,
  DebtorRecord,
  InvoiceHold,
  PaymentPlan,
  Settings,
  defaultSettings,
  type ContactEventInput,
  type Invoice,
  type InvoiceHoldInput,
} from '../model';
import type { PageRead } from '../model/page-read';
import { applyRead, type ReadResult } from './apply-read';
import type { Backup } from './backup';
import { exportBackup, importBackup, wipe } from './backup-store';
import { mergeDebtors, unmergeDebtor } from './merge-debtors';
import { readAll } from './read-all';
import { DB_NAME, DB_VERSION, migrate, type OwedSchema, type ReadStatus, type StoredProfile } from './schema';

export interface Snapshot {
  invoices: Invoice[];
  records: DebtorRecord[];
  events: ContactEvent[];
  plans: PaymentPlan[];
  settings: Settings;
  reads: ReadStatus[];
  holds: InvoiceHold[];
  /** Per-customer balances read off customers lists and aging reports. */
  balances: CustomerBalance[];
}

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

  /** Stores what a page (or a CSV file) showed (apply-read.ts). */
  applyRead(read: PageRead, now: number, today: string): Promise<ReadResult> {
    return applyRead(this.idb, read, now, today);
  }

  async snapshot(): Promise<Snapshot> {
    const { profiles: _profiles, ...snap } = await readAll(this.idb);
    return snap;
  }

  async addEvent(input: ContactEventInput): Promise<ContactEvent> {
    const event = ContactEvent.parse(input);
    await this.idb.put('events', event);
    return event;
  }

  /** Deletes a logged event; answers what it deleted (nothing when it was not there). */
  async deleteEvent(id: string): Promise<ContactEvent | undefined> {
    const tx = this.idb.transaction('events', 'readwrite');
    const gone = await tx.store.get(id);
    await Promise.all([tx.store.delete(id), tx.done]);
    return gone;
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

  /** Saves a plan, and the event that says what the user did with it, in one transaction. */
  async savePlan(plan: PaymentPlan, event?: ContactEventInput): Promise<PaymentPlan> {
    const valid = PaymentPlan.parse(plan);
    const logged = event && ContactEvent.parse(event);
    const tx = this.idb.transaction(['plans', 'events'], 'readwrite');
    await Promise.all([
      tx.objectStore('plans').put(valid),
      ...(logged ? [tx.objectStore('events').put(logged)] : []),
      tx.done,
    ]);
    return valid;
  }

  /** Pauses one invoice (disputed or on hold), or changes its pause. */
  async saveHold(input: InvoiceHoldInput): Promise<InvoiceHold> {
    const hold = InvoiceHold.parse(input);
    await this.idb.put('holds', hold);
    return hold;
  }

  /** Resumes a paused invoice; answers the pause it ended (nothing when there was none). */
  async clearHold(invoiceId: string): Promise<InvoiceHold | undefined> {
    const tx = this.idb.transaction('holds', 'readwrite');
    const gone = await tx.store.get(invoiceId);
    await Promise.all([tx.store.delete(invoiceId), tx.done]);
    return gone;
  }

  /** Makes `sourceId` part of `targetId` (merge-debtors.ts). */
  mergeDebtors(targetId: string, sourceId: string, now: number): Promise<void> {
    return mergeDebtors(this.idb, targetId, sourceId, now);
  }

  /** Undoes a merge (merge-debtors.ts). */
  unmergeDebtor(targetId: string, sourceId: string, now: number): Promise<void> {
    return unmergeDebtor(this.idb, targetId, sourceId, now);
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

  exportBackup(now: number): Promise<Backup> {
    return exportBackup(this.idb, now);
  }

  /** Restores a backup in one transaction; a bad file is refused before anything is written (backup-store.ts). */
  importBackup(text: string): ReturnType<typeof importBackup> {
    return importBackup(this.idb, text);
  }

  /** Deletes everything Owed stored (the user asked to). */
  wipe(): Promise<void> {
    return wipe(this.idb);
  }
}
