import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { freshName, obs, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';

describe('OwedDb.applyRead', () => {
  it('stores each invoice once, keyed by source and number, and creates the debtor record', async () => {
    const db = await OwedDb.open(freshName());
    const r = await db.applyRead(
      read([obs('INV-1', 'Acme Corp.', 1000), obs('INV-2', 'ACME Corporation', 500)]),
      NOW,
      TODAY,
    );
    await db.applyRead(read([obs('INV-1', 'Acme Corp.', 1000)]), NOW + 1, TODAY);
    const snap = await db.snapshot();
    expect(r.stored).toBe(2);
    expect(snap.invoices.map((i) => i.id).sort()).toEqual(['https://app.example#INV-1', 'https://app.example#INV-2']);
    expect(new Set(snap.invoices.map((i) => i.debtorId))).toEqual(new Set(['acme']));
    expect(snap.records).toHaveLength(1);
    expect(snap.invoices.find((i) => i.number === 'INV-1')!.firstSeenAt).toBe(NOW);
    expect(snap.invoices.find((i) => i.number === 'INV-1')!.seenAt).toBe(NOW + 1);
  });

  it('keeps user data and fields the page no longer shows across re-reads', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000, { due: '2026-09-01', email: 'ap@acme.example' })]), NOW, TODAY);
    await db.updateRecord(
      'acme',
      (r) => ({
        ...r,
        override: { class: 'angry', at: NOW, note: 'shouted' },
        contacts: [{ role: 'senior-leadership', email: 'ceo@acme.example' }],
      }),
      NOW,
    );
    await db.addEvent({ id: 'e1', debtorId: 'acme', kind: 'call', at: NOW, outcome: 'no-answer' });
    await db.applyRead(read([{ number: 'INV-1', customer: 'Acme', balance: 400, currency: 'USD' }]), NOW + 10, TODAY);
    const snap = await db.snapshot();
    const inv = snap.invoices[0]!;
    expect(inv.balance).toBe(400);
    expect(inv.due).toBe('2026-09-01');
    expect(inv.email).toBe('ap@acme.example');
    expect(snap.records[0]!.override?.class).toBe('angry');
    expect(snap.records[0]!.contacts).toEqual([{ role: 'senior-leadership', email: 'ceo@acme.example' }]);
    expect(snap.events).toHaveLength(1);
  });

  it('marks invoices a complete read no longer lists, never deletes them, and revives them when seen again', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000), obs('INV-2', 'Acme', 200)], { complete: true }), NOW, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { complete: false }), NOW + 1, TODAY);
    expect((await db.snapshot()).invoices.every((i) => i.missingSince === undefined)).toBe(true);
    const r = await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { complete: true }), NOW + 2, TODAY);
    expect(r.markedMissing).toBe(1);
    let snap = await db.snapshot();
    expect(snap.invoices).toHaveLength(2);
    expect(snap.invoices.find((i) => i.number === 'INV-2')!.missingSince).toBe(NOW + 2);
    await db.applyRead(read([obs('INV-2', 'Acme', 200)]), NOW + 3, TODAY);
    snap = await db.snapshot();
    expect(snap.invoices.find((i) => i.number === 'INV-2')!.missingSince).toBeUndefined();
  });

  it('does not mark invoices of another source', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { source: 'https://a.example' }), NOW, TODAY);
    await db.applyRead(read([obs('X-1', 'Acme', 5)], { source: 'csv:aged.csv', complete: true }), NOW, TODAY);
    expect((await db.snapshot()).invoices.every((i) => i.missingSince === undefined)).toBe(true);
  });

  it('keeps customer balances apart from invoices, and when the invoice list was last read whole across other reads', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { complete: true }), NOW, TODAY);
    const aging = { customer: 'Acme Corp', balance: 900, currency: 'USD', from: 'aging' as const };
    // The report is a page of its own: no invoices, not complete.
    await db.applyRead(read([], { url: 'https://app.example/aging', balances: [aging] }), NOW + 5, TODAY);
    await db.applyRead(read([], { balances: [{ ...aging, balance: 800 }] }), NOW + 6, TODAY);
    const snap = await db.snapshot();
    expect(snap.invoices.map((i) => i.number)).toEqual(['INV-1']);
    expect(snap.balances.map((b) => [b.debtorId, b.balance, b.seenAt])).toEqual([['acme', 800, NOW + 6]]);
    expect(snap.reads[0]).toMatchObject({ url: 'https://app.example/invoices', at: NOW + 6, wholeAt: NOW });
    // An incomplete read of the list keeps the last whole one; a complete one moves it on.
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)]), NOW + 7, TODAY);
    expect((await db.snapshot()).reads[0]!.wholeAt).toBe(NOW);
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { complete: true }), NOW + 8, TODAY);
    expect((await db.snapshot()).reads[0]!.wholeAt).toBe(NOW + 8);
  });

  it('records the day a balance reached zero as history', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)]), NOW, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 0)]), NOW, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 0)]), NOW + 86_400_000, '2026-11-24');
    expect((await db.snapshot()).invoices[0]!.paidSeenOn).toBe(TODAY);
  });

  it('fills contact details from a customer page without overwriting what the user typed', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(
      read([], { customers: [{ customer: 'Acme Inc', email: 'ap@acme.example', phone: '555' }] }),
      NOW,
      TODAY,
    );
    await db.updateRecord('acme', (r) => ({ ...r, contacts: [{ role: 'billing', email: 'me@acme.example' }] }), NOW);
    await db.applyRead(
      read([], { customers: [{ customer: 'Acme Inc', email: 'other@acme.example', phone: '777' }] }),
      NOW,
      TODAY,
    );
    const [record] = (await db.snapshot()).records;
    expect(record!.contacts).toEqual([{ role: 'billing', email: 'me@acme.example', phone: '777' }]);
  });

  it('keeps the postal address a customer page shows, unless the user typed one', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(
      read([], { customers: [{ customer: 'Acme Inc', address: '1 Main St\nSpringfield' }] }),
      NOW,
      TODAY,
    );
    expect((await db.snapshot()).records[0]!.address).toBe('1 Main St\nSpringfield');
    await db.updateRecord('acme', (r) => ({ ...r, address: '9 Dock Rd' }), NOW);
    await db.applyRead(read([], { customers: [{ customer: 'Acme Inc', address: '1 Main St' }] }), NOW, TODAY);
    expect((await db.snapshot()).records[0]!.address).toBe('9 Dock Rd');
  });

  it('files invoices of a customer merged by hand under the debtor it was merged into', async () => {
    const db = await OwedDb.open(freshName());
    await db.updateRecord('acme', (r) => ({ ...r, name: 'Acme', merged: ['acme holdings'] }), NOW);
    await db.applyRead(read([obs('H-1', 'Acme Holdings', 10)]), NOW, TODAY);
    expect((await db.snapshot()).invoices[0]!.debtorId).toBe('acme');
  });
});

describe('OwedDb.applyRead with due dates shown without invoice numbers', () => {
  const TRYTON = 'http://127.0.0.1:8000';
  const undated = (number: string, balance: number, issued: string) => ({
    number,
    customer: 'Acme',
    balance,
    total: balance,
    currency: 'USD',
    issued,
  });

  it('dates the invoice whose amount matches, else the oldest undated one, and keeps dates across re-reads', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(
      read(
        [
          undated('INV/1', 1000, '2026-08-01'),
          undated('INV/2', 250, '2026-09-01'),
          undated('INV/3', 400, '2026-10-01'),
        ],
        { source: TRYTON },
      ),
      NOW,
      TODAY,
    );
    await db.applyRead(
      read([], {
        source: TRYTON,
        maturities: [
          { customer: 'Acme', due: '2026-10-01', amount: 250 },
          { customer: 'ACME inc', due: '2026-09-01' },
        ],
      }),
      NOW + 1,
      TODAY,
    );
    // the list is read again and still shows no due date: what was learnt stays
    await db.applyRead(
      read(
        [
          undated('INV/1', 1000, '2026-08-01'),
          undated('INV/2', 250, '2026-09-01'),
          undated('INV/3', 400, '2026-10-01'),
        ],
        { source: TRYTON, complete: true },
      ),
      NOW + 2,
      TODAY,
    );
    const due = Object.fromEntries((await db.snapshot()).invoices.map((i) => [i.number, i.due]));
    expect(due).toEqual({ 'INV/1': '2026-09-01', 'INV/2': '2026-10-01', 'INV/3': undefined });
  });

  it('keeps the earliest maturity of an instalment invoice', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([undated('INV/9', 2000, '2026-08-01')], { source: TRYTON }), NOW, TODAY);
    await db.applyRead(
      read([], {
        source: TRYTON,
        maturities: [
          { customer: 'Acme', due: '2026-09-30' },
          { customer: 'Acme', due: '2026-08-31', amount: 2000 },
        ],
      }),
      NOW,
      TODAY,
    );
    await db.applyRead(
      read([], { source: TRYTON, maturities: [{ customer: 'Acme', due: '2026-10-30', amount: 2000 }] }),
      NOW,
      TODAY,
    );
    expect((await db.snapshot()).invoices[0]!.due).toBe('2026-08-31');
  });
});
