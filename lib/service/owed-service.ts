import { buildLedger, type Ledger } from '../ledger/build-ledger';
import { todayIn } from '../ledger/calendar';
import type { InvoiceHold, Settings } from '../model';
import type { OwedDb, ReadStatus } from '../db';
import type { ledgerMessages } from '../messages/ledger';
import { typeOf } from '../messages/listen';
import { createRouter, type Handlers } from '../messages/router';
import type { OwedResponse } from '../messages/send';

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

export interface LedgerSnapshot extends Ledger {
  reads: ReadStatus[];
  settings: Settings;
  holds: InvoiceHold[];
}

/**
 * What the background does for each request, free of extension APIs so it runs the same in unit
 * tests (fake-indexeddb) and in the service worker. `onChange` fires after every write.
 */
export class OwedService {
  constructor(
    private readonly db: OwedDb,
    private readonly clock: Clock = systemClock,
    private readonly onChange: () => void = () => {},
  ) {}

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

  private async computeLedger(): Promise<LedgerSnapshot> {
    const snap = await this.db.snapshot();
    const timeZone = snap.settings.timeZone || this.clock.timeZone();
    const ledger = buildLedger({ ...snap, now: this.clock.now(), timeZone });
    return { ...ledger, reads: snap.reads, settings: snap.settings, holds: snap.holds };
  }

  /**
   * The ledger's messages (lib/messages/ledger.ts). Each write is one transaction in OwedDb; the
   * cache is dropped and open views hear of it once it is done.
   */
  readonly handlers: Handlers<LedgerMessage> = {
    'get-ledger': () => this.ledger(),
    'get-settings': () => this.db.getSettings(),
    'export-backup': () => this.db.exportBackup(this.clock.now()),
    'page-read': ({ read }) => this.write(async (now) => this.db.applyRead(read, now, todayIn(now, await this.zone()))),
    'add-event': ({ event }) =>
      this.write(async () => this.db.addEvent(await this.stamped({ ...event, id: event.id ?? newId() }))),
    'delete-event': ({ id }) => this.write(() => this.db.deleteEvent(id).then(() => null)),
    'save-record': ({ record }) => this.write((now) => this.db.updateRecord(record.id, () => record, now)),
    'save-plan': ({ plan }) => this.write(() => this.db.savePlan(plan)),
    'save-settings': ({ settings }) => this.write(() => this.db.saveSettings(settings)),
    'import-backup': ({ text }) =>
      this.write(async () => {
        const result = await this.db.importBackup(text);
        if (!result.ok) throw new Error(result.error);
        return result.counts;
      }),
    wipe: () => this.write(() => this.db.wipe().then(() => null)),
    'save-hold': ({ hold }) => this.write(() => this.db.saveHold(hold)),
    'clear-hold': ({ invoiceId }) => this.write(() => this.db.clearHold(invoiceId).then(() => null)),
    'merge-debtors': ({ targetId, sourceId }) =>
      this.write((now) => this.db.mergeDebtors(targetId, sourceId, now).then(() => null)),
    'unmerge-debtor': ({ targetId, sourceId }) =>
      this.write((now) => this.db.unmergeDebtor(targetId, sourceId, now).then(() => null)),
  };

  private async write<T>(change: (now: number) => Promise<T>): Promise<T> {
    const value = await change(this.clock.now());
    this.cached = undefined;
    this.onChange();
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

export function newId(): string {
  return crypto.randomUUID();
}
