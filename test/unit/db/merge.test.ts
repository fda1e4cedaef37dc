import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { freshName, obs, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';

/** Acme as seen in two apps under two names, each with its own log. */
async function twoNames() {
  const db = await OwedDb.open(freshName());
  await db.applyRead(
    read([obs('X-1', 'Acme Corp', 1000), obs('X-2', 'Acme Corp', 500)], { source: 'https://go.xero.com' }),
    NOW,
    TODAY,
  );
  await db.applyRead(read([obs('Q-7', 'ACME Holdings', 300)], { source: 'csv:aged.csv' }), NOW, TODAY);
  await db.updateRecord(
    'acme holdings',
    (r) => ({ ...r, contacts: [{ role: 'billing', email: 'ap@acme.example' }] }),
    NOW,
  );
  await db.addEvent({ id: 'e-acme', debtorId: 'acme', kind: 'call', at: NOW, outcome: 'no-answer' });
  await db.addEvent({
    id: 'e-hold',
    debtorId: 'acme holdings',
    kind: 'promise',
    at: NOW,
    promise: { date: '2026-12-01' },
  });
  await db.savePlan({
    id: 'p1',
    debtorId: 'acme holdings',
    createdAt: NOW,
    currency: 'USD',
    installments: [{ due: '2026-12-01', amount: 300 }],
    promissoryNote: { signed: false },
    status: 'proposed',
  });
  await db.saveHold({
    invoiceId: 'csv:aged.csv#Q-7',
    debtorId: 'acme holdings',
    kind: 'hold',
    reason: 'awaiting PO',
    until: '2026-12-15',
    at: NOW,
  });
  return db;
}

const byId = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;

describe('merge and unmerge', () => {
  it('makes two customers one debtor, with all invoices, log, plans, pauses and contacts', async () => {
    const db = await twoNames();
    await db.mergeDebtors('acme', 'acme holdings', NOW + 1);
    const snap = await db.snapshot();
    expect(new Set(snap.invoices.map((i) => i.debtorId))).toEqual(new Set(['acme']));
    expect(snap.events.every((e) => e.debtorId === 'acme')).toBe(true);
    expect(snap.plans[0]!.debtorId).toBe('acme');
    expect(snap.holds[0]!.debtorId).toBe('acme');
    expect(byId(snap.records, 'acme').contacts).toEqual([{ role: 'billing', email: 'ap@acme.example' }]);
    expect(byId(snap.records, 'acme').merged).toEqual(['acme holdings']);
    expect(byId(snap.records, 'acme holdings').mergedInto).toBe('acme');
    // a later read of the merged name files under the target
    await db.applyRead(read([obs('Q-8', 'Acme Holdings', 50)], { source: 'csv:aged.csv' }), NOW + 2, TODAY);
    expect((await db.snapshot()).invoices.find((i) => i.number === 'Q-8')!.debtorId).toBe('acme');
  });

  it('unmerges back to exactly what each had, keeping what was logged on the merged debtor', async () => {
    const db = await twoNames();
    await db.mergeDebtors('acme', 'acme holdings', NOW + 1);
    await db.addEvent({ id: 'e-after', debtorId: 'acme', kind: 'note', at: NOW + 2, text: 'logged while merged' });
    await db.unmergeDebtor('acme', 'acme holdings', NOW + 3);
    const snap = await db.snapshot();
    const debtorOf = (n: string) => snap.invoices.find((i) => i.number === n)!.debtorId;
    expect([debtorOf('X-1'), debtorOf('X-2'), debtorOf('Q-7')]).toEqual(['acme', 'acme', 'acme holdings']);
    expect(byId(snap.events, 'e-hold')).toMatchObject({ debtorId: 'acme holdings' });
    expect(byId(snap.events, 'e-hold').mergedFrom).toBeUndefined();
    expect(byId(snap.events, 'e-acme').debtorId).toBe('acme');
    expect(byId(snap.events, 'e-after').debtorId).toBe('acme');
    expect(snap.plans[0]!.debtorId).toBe('acme holdings');
    expect(snap.holds[0]!.debtorId).toBe('acme holdings');
    expect(byId(snap.records, 'acme holdings').mergedInto).toBeUndefined();
    expect(byId(snap.records, 'acme').merged).toEqual([]);
  });

  it('refuses merging into itself, unknown customers, and unmerging what is not merged, changing nothing', async () => {
    const db = await twoNames();
    const before = await db.snapshot();
    await expect(db.mergeDebtors('acme', 'acme', NOW)).rejects.toThrow(/itself/);
    await expect(db.mergeDebtors('acme', 'nobody', NOW)).rejects.toThrow(/known/);
    await expect(db.unmergeDebtor('acme', 'acme holdings', NOW)).rejects.toThrow(/not merged/);
    expect(await db.snapshot()).toEqual(before);
  });

  it('keeps pauses and merges through a backup', async () => {
    const db = await twoNames();
    await db.mergeDebtors('acme', 'acme holdings', NOW + 1);
    const file = JSON.stringify(await db.exportBackup(NOW));
    await db.wipe();
    await db.importBackup(file);
    const snap = await db.snapshot();
    expect(snap.holds).toHaveLength(1);
    expect(byId(snap.records, 'acme holdings').mergedInto).toBe('acme');
  });
});
