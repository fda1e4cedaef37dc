import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { freshName, obs, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';
const XERO = 'https://go.xero.com';
const EVIL = 'https://evil.odoo.com';

describe('sources are boundaries', () => {
  it('files a new source’s invoices and contacts under a debtor of their own, never the user’s', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { source: XERO }), NOW, TODAY);
    await db.updateRecord('acme', (r) => ({ ...r, contacts: [{ role: 'billing', email: 'ap@acme.example' }] }), NOW);

    // The poisoning page: the same customer name, an inflated amount, the attacker's address.
    await db.applyRead(
      read([obs('INV-666', 'ACME Inc.', 9_999_999, { email: 'pay@evil.example' })], {
        source: EVIL,
        customers: [{ customer: 'Acme', email: 'pay@evil.example', phone: '666' }],
      }),
      NOW + 1,
      TODAY,
    );
    const snap = await db.snapshot();
    const acme = snap.records.find((r) => r.id === 'acme')!;
    expect(acme.contacts).toEqual([{ role: 'billing', email: 'ap@acme.example' }]);
    expect(snap.invoices.filter((i) => i.debtorId === 'acme').map((i) => i.number)).toEqual(['INV-1']);
    const stranger = snap.invoices.find((i) => i.number === 'INV-666')!;
    expect(stranger.debtorId).not.toBe('acme');
    const strangerRecord = snap.records.find((r) => r.id === stranger.debtorId)!;
    expect(strangerRecord.name).toBe('ACME Inc.');
    expect(strangerRecord.contacts.map((c) => c.email)).toEqual(['pay@evil.example']);
  });

  it('keeps filing a source under the debtor once the user merged it by hand', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { source: XERO }), NOW, TODAY);
    await db.applyRead(read([obs('Q-1', 'Acme', 50)], { source: 'https://qbo.intuit.com' }), NOW, TODAY);
    const other = (await db.snapshot()).invoices.find((i) => i.number === 'Q-1')!.debtorId;
    expect(other).not.toBe('acme');

    await db.mergeDebtors('acme', other, NOW);
    await db.applyRead(
      read([obs('Q-1', 'Acme', 50), obs('Q-2', 'Acme', 70)], { source: 'https://qbo.intuit.com' }),
      NOW + 1,
      TODAY,
    );
    const snap = await db.snapshot();
    expect(
      snap.invoices
        .filter((i) => i.debtorId === 'acme')
        .map((i) => i.number)
        .sort(),
    ).toEqual(['INV-1', 'Q-1', 'Q-2']);
    // Unmerging gives the source back its own debtor.
    await db.unmergeDebtor('acme', other, NOW + 2);
    await db.applyRead(read([obs('Q-3', 'Acme', 1)], { source: 'https://qbo.intuit.com' }), NOW + 3, TODAY);
    expect((await db.snapshot()).invoices.find((i) => i.number === 'Q-3')!.debtorId).toBe(other);
  });

  it('links a debtor kept before sources were recorded to the sources of its invoices', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)], { source: XERO }), NOW, TODAY);
    // A record from an older Owed: no list of sources.
    await db.updateRecord('acme', ({ sources: _s, ...r }) => r, NOW);
    await db.applyRead(read([obs('INV-2', 'Acme', 10)], { source: XERO }), NOW, TODAY);
    await db.applyRead(read([obs('E-1', 'Acme', 10)], { source: EVIL }), NOW, TODAY);
    const snap = await db.snapshot();
    expect(snap.invoices.find((i) => i.number === 'INV-2')!.debtorId).toBe('acme');
    expect(snap.invoices.find((i) => i.number === 'E-1')!.debtorId).not.toBe('acme');
  });
});

describe('an invoice’s amounts', () => {
  it('keeps what a re-read changed in the invoice’s history', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)]), NOW, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 1000)]), NOW + 1, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 400, { total: 1000 })]), NOW + 2, TODAY);
    await db.applyRead(read([obs('INV-1', 'Acme', 9_999_999, { total: 9_999_999 })]), NOW + 3, TODAY);
    const [inv] = (await db.snapshot()).invoices;
    expect(inv!.balance).toBe(9_999_999);
    expect(inv!.amounts).toEqual([
      { until: NOW + 2, balance: 1000, total: 1000 },
      { until: NOW + 3, balance: 400, total: 1000 },
    ]);
  });
});
