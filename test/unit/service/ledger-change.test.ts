// Views keep the ledger by the changes the background sends after each write: what they show is
// what a fresh ledger would show, a change they already have or an older answer is dropped, and a
// change they cannot apply makes them fetch the ledger again.
import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { applyLedgerChange, type LedgerChange } from '../../../lib/ledger/ledger-change';
import { OwedService, type LedgerSnapshot } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

const clock = { now: () => Date.UTC(2026, 10, 23, 15), timeZone: () => 'UTC' };
const SOURCE = 'http://127.0.0.1:4178';
const inv = (number: string, customer: string, balance: number, due: string) => ({
  number,
  customer,
  balance,
  currency: 'USD',
  due,
});
const byId = (l: LedgerSnapshot) =>
  Object.fromEntries(l.debtors.map((d) => [d.id, d]).sort(([a], [b]) => String(a).localeCompare(String(b))));

async function setup() {
  const changes: LedgerChange[] = [];
  const service = new OwedService(await OwedDb.open(freshName()), clock, (c) =>
    changes.push(JSON.parse(JSON.stringify(c))),
  );
  const ask = async (m: object) => {
    const res = await service.handle(m);
    if (!res.ok) throw new Error(res.error);
    return res.value;
  };
  return { service, changes, ask };
}

describe('changes after each write', () => {
  it('go on above the versions of a service that came before (a restarted worker)', async () => {
    const first = await setup();
    await first.ask({ type: 'save-settings', settings: (await first.service.ledger()).settings });
    const before = (await first.service.ledger()).version;
    const later = new OwedService(await OwedDb.open(freshName()), { ...clock, now: () => clock.now() + 1 });
    expect((await later.ledger()).version).toBeGreaterThan(before);
  });

  it('name only the debtors a write touched, before the write answers, and keep a view equal to a fresh ledger', async () => {
    const { service, changes, ask } = await setup();
    await ask({
      type: 'page-read',
      read: {
        source: SOURCE,
        url: `${SOURCE}/invoices`,
        invoices: [
          inv('INV-1', 'Acme', 10_000, '2026-10-01'),
          inv('INV-2', 'Acme', 5_000, '2026-10-20'),
          inv('INV-3', 'Globex', 7_000, '2026-09-15'),
          inv('INV-4', 'Initech', 2_000, '2026-11-01'),
        ],
        complete: true,
      },
    });
    let view = JSON.parse(JSON.stringify(await service.ledger())) as LedgerSnapshot;
    const start = view.version;
    expect(start).toBeGreaterThanOrEqual(clock.now() * 1000 + 1);
    const acme = view.debtors.find((d) => d.name === 'Acme')!;
    const globex = view.debtors.find((d) => d.name === 'Globex')!;
    const initech = view.debtors.find((d) => d.name === 'Initech')!;

    const writes: object[] = [
      {
        type: 'save-hold',
        hold: {
          invoiceId: acme.openInvoices[0]!.id,
          debtorId: acme.id,
          kind: 'dispute',
          until: '2026-12-31',
          reason: 'credit note',
          at: 1,
        },
      },
      { type: 'add-event', event: { debtorId: globex.id, kind: 'call', at: clock.now(), text: 'Promised Friday' } },
      { type: 'merge-debtors', targetId: globex.id, sourceId: initech.id },
      { type: 'clear-hold', invoiceId: acme.openInvoices[0]!.id },
      {
        type: 'page-read',
        read: {
          source: SOURCE,
          url: `${SOURCE}/invoices`,
          invoices: [inv('INV-1', 'Acme', 10_000, '2026-10-01'), inv('INV-3', 'Globex', 3_000, '2026-09-15')],
          complete: true,
        },
      },
    ];
    const touched: string[][] = [];
    for (const w of writes) {
      const before = changes.length;
      await ask(w);
      // Announced before the write answered, once.
      expect(changes.length).toBe(before + 1);
      const change = changes.at(-1)!;
      expect(change.all).toBeUndefined();
      if (!change.all) touched.push([...change.debtors.map((d) => d.name), ...change.removed].sort());
      view = applyLedgerChange(view, change)!;
      expect(view).toBeDefined();
      const fresh = await service.ledger();
      expect(view.version).toBe(fresh.version);
      expect(byId(view)).toEqual(JSON.parse(JSON.stringify(byId(fresh))));
      expect(view.dueForCallToday).toBe(fresh.dueForCallToday);
      expect(view.holds).toEqual(fresh.holds);
    }
    expect(touched).toEqual([['Acme'], ['Globex'], ['Globex', initech.id], ['Acme'], ['Acme', 'Globex']]);
  });

  it('are whole ("look again") for what touches everything, and none for a refused write', async () => {
    const { service, changes, ask } = await setup();
    await ask({ type: 'save-settings', settings: (await service.ledger()).settings });
    expect(changes).toEqual([{ version: clock.now() * 1000 + 1, all: true }]);
    await service.handle({ type: 'import-backup', text: 'not a backup' });
    expect(changes).toHaveLength(1);
  });
});

describe('applyLedgerChange', () => {
  const ledger = { version: 3, today: '2026-11-23', dueForCallToday: 0, debtors: [], holds: [], reads: [] } as never;
  const change = (version: number): LedgerChange => ({
    version,
    today: '2026-11-23',
    dueForCallToday: 1,
    debtors: [],
    removed: [],
    holds: [],
    reads: [],
  });
  it('drops a change the view already has, and asks for the ledger when it missed one or all changed', () => {
    expect(applyLedgerChange(ledger, change(3))).toBe(ledger);
    expect(applyLedgerChange(ledger, change(2))).toBe(ledger);
    expect(applyLedgerChange(ledger, change(5))).toBeUndefined();
    expect(applyLedgerChange(ledger, { version: 4, all: true })).toBeUndefined();
    expect(applyLedgerChange(ledger, change(4))).toMatchObject({ version: 4, dueForCallToday: 1 });
  });
});
