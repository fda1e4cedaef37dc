import { buildLedger, type Ledger } from '../ledger/build-ledger';
import { todayIn } from '../ledger/calendar';
import type { InvoiceHold, Settings } from '../model';
import type { OwedDb, ReadStatus } from '../db';
import { OwedRequest, type OwedResponse } from '../messages/requests';

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

  /** Handles one raw message; never throws: a bad request gets a readable error. */
  async handle(raw: unknown): Promise<OwedResponse> {
    const parsed = OwedRequest.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        ok: false,
        error: `Owed refused a malformed request${first ? ` (${first.path.join('.') || 'message'}: ${first.message})` : ''}.`,
      };
    }
    try {
      return { ok: true, value: await this.dispatch(parsed.data) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private async dispatch(req: OwedRequest): Promise<unknown> {
    const now = this.clock.now();
    switch (req.type) {
      case 'get-ledger':
        return this.ledger();
      case 'get-settings':
        return this.db.getSettings();
      case 'export-backup':
        return this.db.exportBackup(now);
    }
    const value = await this.write(req, now);
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

  /** Each write is one transaction in OwedDb; open views hear of it once it is done. */
  private async write(
    req: Exclude<OwedRequest, { type: 'get-ledger' | 'get-settings' | 'export-backup' }>,
    now: number,
  ): Promise<unknown> {
    switch (req.type) {
      case 'page-read':
        return this.db.applyRead(req.read, now, todayIn(now, await this.zone()));
      case 'add-event':
        return this.db.addEvent(await this.stamped({ ...req.event, id: req.event.id ?? newId() }));
      case 'delete-event':
        return this.db.deleteEvent(req.id).then(() => null);
      case 'save-record':
        return this.db.updateRecord(req.record.id, () => req.record, now);
      case 'save-plan':
        return this.db.savePlan(req.plan);
      case 'save-settings':
        return this.db.saveSettings(req.settings);
      case 'import-backup': {
        const result = await this.db.importBackup(req.text);
        if (!result.ok) throw new Error(result.error);
        return result.counts;
      }
      case 'wipe':
        return this.db.wipe().then(() => null);
      case 'save-hold':
        return this.db.saveHold(req.hold);
      case 'clear-hold':
        return this.db.clearHold(req.invoiceId).then(() => null);
      case 'merge-debtors':
        return this.db.mergeDebtors(req.targetId, req.sourceId, now).then(() => null);
      case 'unmerge-debtor':
        return this.db.unmergeDebtor(req.targetId, req.sourceId, now).then(() => null);
    }
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
