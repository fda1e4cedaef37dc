import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, OwedDb } from '../../../lib/db';
import { freshName, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);

describe('migrations', () => {
  it('covers every version up to the current one', () => {
    expect(DB_VERSION).toBe(4); // a new version needs its own "from v<N-1>" test below
  });

  it('upgrades a v1 database to the current version, keeping every record it held, and the upgraded db works', async () => {
    const name = freshName();
    const v1 = await OwedDb.open(name, 1);
    // Written the way v1 wrote them: no by-source index, no reads/profiles stores.
    const inv = {
      id: 'https://a.example#INV-1',
      source: 'https://a.example',
      number: 'INV-1',
      customer: 'Acme',
      debtorId: 'acme',
      balance: 1000,
      currency: 'USD',
      firstSeenAt: NOW,
      seenAt: NOW,
    };
    await v1.idb.put('invoices', inv);
    await v1.idb.put('records', {
      id: 'acme',
      name: 'Acme',
      contacts: [],
      flags: { creditHold: { at: NOW } },
      createdAt: NOW,
      updatedAt: NOW,
    });
    await v1.idb.put('events', { id: 'e1', debtorId: 'acme', kind: 'note', at: NOW, text: 'keep me' });
    expect([...v1.idb.objectStoreNames]).not.toContain('reads');
    v1.close();

    const v2 = await OwedDb.open(name);
    expect(v2.idb.version).toBe(DB_VERSION);
    const snap = await v2.snapshot();
    expect(snap.invoices).toEqual([inv]);
    expect(snap.records[0]!.flags.creditHold).toEqual({ at: NOW });
    expect(snap.events[0]!.text).toBe('keep me');
    // the new index serves the v1 invoice: a complete read of its source marks it missing
    const r = await v2.applyRead(read([], { source: 'https://a.example', complete: true }), NOW + 1, '2026-11-23');
    expect(r.markedMissing).toBe(1);
    v2.close();
  });

  it('upgrades a v2 database to v3 (invoice holds), keeping everything, and holds work', async () => {
    const name = freshName();
    const v2 = await OwedDb.open(name, 2);
    const inv = {
      id: 'https://a.example#INV-9',
      source: 'https://a.example',
      number: 'INV-9',
      customer: 'Acme',
      debtorId: 'acme',
      balance: 500,
      currency: 'EUR',
      due: '2026-10-01',
      firstSeenAt: NOW,
      seenAt: NOW,
    };
    await v2.idb.put('invoices', inv);
    await v2.idb.put('reads', {
      source: 'https://a.example',
      url: 'u',
      title: 't',
      profile: 'generic',
      at: NOW,
      count: 1,
      problems: [],
      confidence: 1,
    });
    await v2.idb.put('profiles', { id: 'p', profile: { name: 'mine' }, savedAt: NOW });
    expect([...v2.idb.objectStoreNames]).not.toContain('holds');
    v2.close();

    const v3 = await OwedDb.open(name);
    expect(v3.idb.version).toBe(DB_VERSION);
    const snap = await v3.snapshot();
    expect(snap.invoices).toEqual([inv]);
    expect(snap.reads).toHaveLength(1);
    expect(await v3.listProfiles()).toEqual([{ id: 'p', profile: { name: 'mine' }, savedAt: NOW }]);
    await v3.saveHold({
      invoiceId: inv.id,
      debtorId: 'acme',
      kind: 'dispute',
      reason: 'wrong quantity',
      until: '2026-12-01',
      at: NOW,
    });
    expect((await v3.snapshot()).holds).toEqual([
      { invoiceId: inv.id, debtorId: 'acme', kind: 'dispute', reason: 'wrong quantity', until: '2026-12-01', at: NOW },
    ]);
    v3.close();
  });

  it('upgrades a v3 database to v4 (customer balances), keeping everything, and balances are kept', async () => {
    const name = freshName();
    const v3 = await OwedDb.open(name, 3);
    const inv = {
      id: 'https://app.example#INV-9',
      source: 'https://app.example',
      number: 'INV-9',
      customer: 'Acme',
      debtorId: 'acme',
      balance: 500,
      total: 500,
      balanceFromTotal: true,
      currency: 'EUR',
      firstSeenAt: NOW,
      seenAt: NOW,
    };
    await v3.idb.put('invoices', inv);
    await v3.idb.put('holds', {
      invoiceId: inv.id,
      debtorId: 'acme',
      kind: 'hold',
      reason: 'r',
      until: '2026-12-31',
      at: NOW,
    });
    expect([...v3.idb.objectStoreNames]).not.toContain('balances');
    v3.close();

    const v4 = await OwedDb.open(name);
    expect(v4.idb.version).toBe(4);
    let snap = await v4.snapshot();
    expect(snap.invoices).toEqual([inv]);
    expect(snap.holds).toHaveLength(1);
    expect(snap.balances).toEqual([]);
    await v4.applyRead(
      read([], { balances: [{ customer: 'Acme', balance: 400, currency: 'EUR', from: 'aging', overdue: 400 }] }),
      NOW + 1,
      '2026-11-23',
    );
    snap = await v4.snapshot();
    expect(snap.balances).toEqual([
      {
        id: 'https://app.example#aging#acme#EUR',
        source: 'https://app.example',
        debtorId: 'acme',
        customer: 'Acme',
        balance: 400,
        overdue: 400,
        currency: 'EUR',
        from: 'aging',
        seenAt: NOW + 1,
      },
    ]);
    // A customer balance is no invoice: the one invoice is as it was.
    expect(snap.invoices).toEqual([inv]);
    v4.close();
  });

  it('lets a newer version open while an older connection is still open', async () => {
    const name = freshName();
    const old = await OwedDb.open(name, 1);
    const upgraded = await openDB(name, 2, { upgrade: () => {} });
    expect(upgraded.version).toBe(2);
    upgraded.close();
    expect(() => old.idb.transaction('invoices')).toThrow();
  });
});
