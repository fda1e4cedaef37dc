import { openDB, type IDBPDatabase } from 'idb';
import { buildLedger } from '../../../lib/ledger/build-ledger';
import { answerAddinRequest } from '../../../lib/bridge/answer-request';
import { parseBackup, type Backup } from '../../../lib/db/backup';
import { ContactEvent, type ContactEventInput } from '../../../lib/model';
import type { OwedData } from './owed-data';

const DB_NAME = 'owed-addin';
const STORE = 'backup';
const KEY = 'current';

interface StoredBackup {
  backup: Backup;
  importedAt: number;
}

/**
 * Without the extension (Outlook desktop) the taskpane keeps one imported Owed backup in its own
 * IndexedDB and answers from it exactly as the extension would. Drafts logged here are added to
 * that copy only: the pane says so.
 */
export class BackupStore {
  private db: Promise<IDBPDatabase> | null = null;
  constructor(private readonly clock: () => number = Date.now) {}

  private open() {
    this.db ??= openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore(STORE) });
    return this.db;
  }

  async load(): Promise<StoredBackup | null> {
    return ((await (await this.open()).get(STORE, KEY)) as StoredBackup | undefined) ?? null;
  }

  /** Parses and keeps the file; on a bad file nothing changes and the reason is thrown. */
  async import(text: string): Promise<StoredBackup> {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const stored = { backup: parsed.backup, importedAt: this.clock() };
    await (await this.open()).put(STORE, stored, KEY);
    return stored;
  }

  async forget(): Promise<void> {
    await (await this.open()).delete(STORE, KEY);
  }

  private async addEvent(e: ContactEventInput) {
    const current = await this.load();
    if (!current) throw new Error('No Owed backup is loaded.');
    // Replaces an event with the same id (a draft confirmed as sent), as the extension's database does.
    const event = ContactEvent.parse(e);
    current.backup.events = [...current.backup.events.filter((x) => x.id !== event.id), event];
    await (await this.open()).put(STORE, current, KEY);
  }

  /** A data source over the stored backup, or null when none was imported. */
  async source(timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<OwedData | null> {
    const stored = await this.load();
    if (!stored) return null;
    const data = {
      getLedger: async () => {
        const { backup } = (await this.load()) ?? stored;
        const ledger = buildLedger({ ...backup, now: this.clock(), timeZone: backup.settings.timeZone || timeZone });
        return { ...ledger, settings: backup.settings };
      },
      addEvent: (e: ContactEventInput) => this.addEvent(e),
      now: this.clock,
    };
    return {
      kind: 'backup',
      exportedAt: stored.backup.exportedAt,
      async request(request) {
        // The pane holds this backup whole, so the picker may list it ('whole' scope).
        const response = await answerAddinRequest(request, data, 'whole');
        if (!response.ok) throw new Error(response.error);
        return response.value as never;
      },
    };
  }
}
