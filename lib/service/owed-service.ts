import type { OwedDb } from '../db';
import type { Snapshot } from '../db/owed-db';
import { withWritten, type Written } from '../db/written';
import { importBackupSafely, previewBackup, restoreSafetyCopy, safetyCopyInfo } from '../db/backup-import';
import { recordAfterSave } from '../db/record-save';
import { SafetyCopies } from '../db/safety-copy';
import { buildLedger } from '../ledger/build-ledger';
import { todayIn } from '../time/calendar';
import type { ledgerMessages } from '../messages/ledger';
import { typeOf } from '../messages/listen';
import { createRouter, type Handlers } from '../messages/router';
import type { OwedResponse } from '../messages/send';
import { ledgerChange, type LedgerChange, type Touched } from '../ledger/ledger-change';
import type { LedgerSnapshot } from '../ledger/snapshot';

type LedgerMessage = keyof typeof ledgerMessages;

export interface Clock {
  now(): number;
  /** IANA zone for "today" when the settings leave it empty. */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export type { LedgerSnapshot } from '../ledger/snapshot';
export type { LedgerChange } from '../ledger/ledger-change';

/**
 * What the background does for each request, free of extension APIs so it runs the same in unit
 * tests (fake-indexeddb) and in the service worker. `onChange` hears what each write changed
 * (ledger-change.ts) before the write answers, so a view that waits for its write sees its result.
 */
export class OwedService {
  constructor(
    private readonly db: OwedDb,
    private readonly clock: Clock = systemClock,
    private readonly onChange: (change: LedgerChange) => void = () => {},
  ) {
    this.version = clock.now() * 1000;
  }

  private async zone(): Promise<string> {
    return (await this.db.getSettings()).timeZone || this.clock.timeZone();
  }

  /**
   * The ledger, computed once per change and per day: after a write the badge and every open view
   * (in-page frame, side panel, add-in) ask for it at once, and on a big ledger each computation
   * is tens of milliseconds. Everything in it depends on the data and on today's date only.
   */
  async ledger(): Promise<LedgerSnapshot> {
    const zone = await this.zone();
    const day = todayIn(this.clock.now(), zone);
    if (this.cached?.day !== day || this.cached.zone !== zone) {
      const ledger = this.computeLedger().catch((e: unknown) => {
        this.cached = undefined;
        throw e;
      });
      this.cached = { day, zone, ledger };
    }
    return this.cached.ledger;
  }

  private cached?: { day: string; zone: string; ledger: Promise<LedgerSnapshot> };

  /**
   * The version of the ledger: one more after each write. It starts from the clock (in thousandths
   * of a millisecond), so a restarted service worker goes on above every version its predecessor
   * gave the views that stayed open.
   */
  private version: number;

  /**
   * The stores as of a version: read once, then kept up to date by the writes that say what they
   * put (a page's read); read again after any other write.
   */
  private stores?: { version: number; snapshot: Promise<Snapshot> };

  private snapshot(): Promise<Snapshot> {
    if (this.stores?.version !== this.version) {
      const snapshot = this.db.snapshot();
      const stores = { version: this.version, snapshot };
      snapshot.catch(() => this.stores === stores && (this.stores = undefined));
      this.stores = stores;
    }
    return this.stores.snapshot;
  }

  private async computeLedger(): Promise<LedgerSnapshot> {
    const version = this.version;
    const snap = await this.snapshot();
    const timeZone = snap.settings.timeZone || this.clock.timeZone();
    const ledger = buildLedger({ ...snap, now: this.clock.now(), timeZone });
    return { ...ledger, reads: snap.reads, settings: snap.settings, holds: snap.holds, version };
  }

  /**
   * The ledger's messages (lib/messages/ledger.ts). Each write is one transaction in OwedDb; the
   * cache is dropped and open views hear of it once it is done.
   */
  readonly handlers: Handlers<LedgerMessage> = {
    'get-ledger': () => this.ledger(),
    'get-settings': () => this.db.getSettings(),
    'export-backup': () => this.db.exportBackup(this.clock.now()),
    // The debtors a read touched are the views' to know, not the page's that sent it.
    'page-read': ({ read }) =>
      this.write(
        async (now) => this.db.applyRead(read, now, todayIn(now, await this.zone())),
        (r) => r.debtors,
        (r) => r.written,
      ).then(({ stored, markedMissing }) => ({ stored, markedMissing })),
    'add-event': ({ event }) =>
      this.write(
        async () => this.db.addEvent(await this.stamped({ ...event, id: event.id ?? newId() })),
        (e) => [e.debtorId],
      ),
    'delete-event': ({ id }) =>
      this.write(
        () => this.db.deleteEvent(id),
        (gone) => (gone ? [gone.debtorId] : []),
      ).then(() => null),
    // A stale copy merges field by field (record-save.ts): it never wipes what was added elsewhere.
    'save-record': ({ record }) =>
      this.write(
        (now) => this.db.updateRecord(record.id, (stored) => recordAfterSave(stored, record), now),
        (r) => [r.id, ...(r.mergedInto ? [r.mergedInto] : []), ...(r.merged ?? [])],
      ),
    'save-plan': ({ plan, event }) =>
      this.write(
        () => this.db.savePlan(plan, event && { ...event, id: event.id ?? newId() }),
        (p) => [p.debtorId],
      ),
    'save-settings': ({ settings }) =>
      this.write(
        () => this.db.saveSettings(settings),
        () => 'all',
      ),
    'import-backup': ({ text, replaceNewer }) =>
      this.write(
        async (now) => answer(await importBackupSafely(this.db, await this.safety(), text, { replaceNewer, now })),
        () => 'all',
      ),
    'preview-backup': async ({ text }) => {
      const seen = await previewBackup(this.db, text, this.clock.now());
      if (!seen.ok) throw new Error(seen.error);
      return seen.preview;
    },
    'safety-copy': async () => safetyCopyInfo(await this.safety()),
    'restore-safety-copy': () =>
      this.write(
        async (now) => answer(await restoreSafetyCopy(this.db, await this.safety(), now)),
        () => 'all',
      ),
    wipe: () =>
      this.write(
        () => this.db.wipe().then(() => null),
        () => 'all',
      ),
    'save-hold': ({ hold }) =>
      this.write(
        () => this.db.saveHold(hold),
        (h) => [h.debtorId],
      ),
    'clear-hold': ({ invoiceId }) =>
      this.write(
        () => this.db.clearHold(invoiceId),
        (gone) => (gone ? [gone.debtorId] : []),
      ).then(() => null),
    'merge-debtors': ({ targetId, sourceId }) =>
      this.write(
        (now) => this.db.mergeDebtors(targetId, sourceId, now).then(() => null),
        () => [targetId, sourceId],
      ),
    'unmerge-debtor': ({ targetId, sourceId }) =>
      this.write(
        (now) => this.db.unmergeDebtor(targetId, sourceId, now).then(() => null),
        () => [targetId, sourceId],
      ),
  };

  /** The safety copy's own database, beside Owed's (lib/db/safety-copy.ts). */
  private safetyCopies?: Promise<SafetyCopies>;
  private safety(): Promise<SafetyCopies> {
    this.safetyCopies ??= SafetyCopies.open(`${this.db.idb.name}-safety`);
    return this.safetyCopies;
  }

  /** Announcements, one after another in the order of the writes. */
  private announced: Promise<void> = Promise.resolve();

  /**
   * Makes one write (one transaction in OwedDb), then tells open views what it changed, computed
   * from the ledger after it, before it answers.
   */
  private async write<T>(
    change: (now: number) => Promise<T>,
    touched: (value: T) => Touched,
    written?: (value: T) => Written,
  ): Promise<T> {
    const value = await change(this.clock.now());
    const version = ++this.version;
    this.cached = undefined;
    // The stores in memory follow a write that says what it put, when they were of the version
    // just before it (a snapshot read while it ran may hold it already: putting again is the same).
    const stores = this.stores;
    const puts = written?.(value);
    if (puts && stores?.version === version - 1) {
      const snapshot = stores.snapshot.then((s) => withWritten(s, puts) ?? this.db.snapshot());
      this.stores = { version, snapshot };
      snapshot.catch(() => this.stores?.snapshot === snapshot && (this.stores = undefined));
    }
    const announce = this.announced.then(async () => {
      const which = touched(value);
      this.onChange(which === 'all' ? { version, all: true } : ledgerChange(await this.ledger(), version, which));
    });
    this.announced = announce.catch(() => {});
    // A ledger that cannot be computed still tells the views to look again.
    await announce.catch(() => this.onChange({ version, all: true }));
    return value;
  }

  /**
   * A payment the owner logs carries the app's balance of each invoice it covers at that moment, so
   * the ledger can tell when the app shows it (a lower balance) and stop taking it off.
   */
  private async stamped<T extends { kind: string; debtorId: string; appBalances?: Record<string, number> }>(
    event: T,
  ): Promise<T> {
    if (event.kind !== 'payment' || event.appBalances) return event;
    const invoices = await this.db.idb.getAllFromIndex('invoices', 'by-debtor', event.debtorId);
    const appBalances: Record<string, number> = {};
    for (const inv of invoices)
      if (inv.balance > 0 && inv.missingSince === undefined) appBalances[inv.number] = inv.balance;
    return { ...event, appBalances };
  }

  private readonly route = createRouter(this.handlers);

  /** Handles one raw message of the ledger's; never throws: a bad request gets a readable error. */
  async handle(raw: unknown): Promise<OwedResponse> {
    return (
      this.route(raw) ?? {
        ok: false,
        error: `Owed refused a malformed request (type: ${JSON.stringify(typeOf(raw) ?? null)} is no request of the ledger's).`,
      }
    );
  }
}

/** The counts of an import, or its reason as the error the user reads. */
function answer(result: { ok: true; counts: Record<string, number> } | { ok: false; error: string }) {
  if (!result.ok) throw new Error(result.error);
  return result.counts;
}

export function newId(): string {
  return crypto.randomUUID();
}
