import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ContactEvent, DebtorRecord, Invoice, InvoiceHold, PaymentPlan, Settings } from '../model';

/** What Owed knows about the last read of each source, shown in the sidebar ("read 5 min ago, 2 rows skipped"). */
export interface ReadStatus {
  source: string;
  url: string;
  title: string;
  profile: string;
  at: number;
  count: number;
  problems: { where: string; reason: string }[];
  confidence: number;
  /** Whether the read covered the whole list, and which pages of a paged list it read. */
  complete?: boolean;
  pages?: { read: number[]; last?: number; statedRows?: number };
  /** The source's invoices after this read: how many, and the largest |amount| (exact-sums.ts). */
  amounts?: { count: number; largest: number };
}

/** A site profile the user taught, stored as the JSON lib/extract defines (validated there). */
export interface StoredProfile {
  id: string;
  profile: unknown;
  savedAt: number;
}

export interface OwedSchema extends DBSchema {
  invoices: { key: string; value: Invoice; indexes: { 'by-debtor': string; 'by-source': string } };
  records: { key: string; value: DebtorRecord };
  events: { key: string; value: ContactEvent; indexes: { 'by-debtor': string } };
  plans: { key: string; value: PaymentPlan; indexes: { 'by-debtor': string } };
  settings: { key: 'settings'; value: Settings };
  reads: { key: string; value: ReadStatus };
  profiles: { key: string; value: StoredProfile };
  holds: { key: string; value: InvoiceHold; indexes: { 'by-debtor': string } };
}

export const DB_NAME = 'owed';
export const DB_VERSION = 3;

type UpgradeTx = IDBPTransaction<OwedSchema, StoreNames<OwedSchema>[], 'versionchange'>;

/**
 * Ordered migrations. Each step takes a database written by the previous version to the next one;
 * test/unit/db/migrations.test.ts opens every earlier version, writes data the way it did, and
 * upgrades. Never edit a released step: add one.
 */
export function migrate(db: IDBPDatabase<OwedSchema>, oldVersion: number, newVersion: number, tx: UpgradeTx) {
  // v1: the ledger: invoices by debtor, user data in its own stores, settings.
  if (oldVersion < 1) {
    const invoices = db.createObjectStore('invoices', { keyPath: 'id' });
    invoices.createIndex('by-debtor', 'debtorId');
    db.createObjectStore('records', { keyPath: 'id' });
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-debtor', 'debtorId');
    db.createObjectStore('plans', { keyPath: 'id' }).createIndex('by-debtor', 'debtorId');
    db.createObjectStore('settings');
  }
  // v2: a complete read marks what a source no longer lists, which needs invoices by source;
  // the status of each source's last read; user-taught site profiles.
  if (oldVersion < 2 && newVersion >= 2) {
    tx.objectStore('invoices').createIndex('by-source', 'source');
    db.createObjectStore('reads', { keyPath: 'source' });
    db.createObjectStore('profiles', { keyPath: 'id' });
  }
  // v3: one invoice paused (disputed or on hold) without pausing the customer.
  if (oldVersion < 3 && newVersion >= 3) {
    db.createObjectStore('holds', { keyPath: 'invoiceId' }).createIndex('by-debtor', 'debtorId');
  }
}
