import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Backup } from './backup';

/**
 * The automatic safety copy: what Owed held just before a backup replaced it, kept in a database
 * of its own (`owed-safety`) so restoring it is one click, and Owed's own database needs no new
 * store. Only the last copy is kept.
 */
interface SafetySchema extends DBSchema {
  copies: { key: 'last'; value: { at: number; backup: Backup } };
}

export class SafetyCopies {
  private constructor(private readonly idb: IDBPDatabase<SafetySchema>) {}

  static async open(name = 'owed-safety'): Promise<SafetyCopies> {
    const idb = await openDB<SafetySchema>(name, 1, {
      upgrade: (db) => void db.createObjectStore('copies'),
      blocking: () => idb.close(),
    });
    return new SafetyCopies(idb);
  }

  async keep(backup: Backup, at: number): Promise<void> {
    await this.idb.put('copies', { at, backup }, 'last');
  }

  async last(): Promise<{ at: number; backup: Backup } | undefined> {
    return this.idb.get('copies', 'last');
  }
}
