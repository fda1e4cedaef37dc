import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { freshName, obs, read } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);

async function seeded() {
  const db = await OwedDb.open(freshName());
  await db.applyRead(read([obs('INV-1', 'Acme', 1000), obs('INV-2', 'Globex', 250)]), NOW, '2026-11-23');
  await db.addEvent({
    id: 'e1',
    debtorId: 'acme',
    kind: 'promise',
    at: NOW,
    promise: { date: '2026-11-30', amount: 1000 },
    text: 'CFO promised',
  });
  await db.savePlan({
    id: 'p1',
    debtorId: 'globex',
    createdAt: NOW,
    currency: 'USD',
    installments: [
      { due: '2026-12-01', amount: 125 },
      { due: '2027-01-01', amount: 125 },
    ],
    promissoryNote: { signed: true, signedOn: '2026-11-20' },
    status: 'active',
  });
  await db.saveSettings({ ...(await db.getSettings()), creditPolicy: 'Net 30. Late fee 1.5%/month.' });
  return db;
}

describe('backup', () => {
  it('round-trips everything through export, wipe and import', async () => {
    const db = await seeded();
    const before = await db.snapshot();
    const file = JSON.stringify(await db.exportBackup(NOW));
    await db.wipe();
    expect((await db.snapshot()).invoices).toHaveLength(0);
    const result = await db.importBackup(file);
    expect(result).toEqual({ ok: true, counts: { invoices: 2, debtors: 2, events: 1, plans: 1 } });
    const after = await db.snapshot();
    const sort = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(after.invoices)).toEqual(sort(before.invoices));
    expect(sort(after.records)).toEqual(sort(before.records));
    expect(after.events).toEqual(before.events);
    expect(after.plans).toEqual(before.plans);
    expect(after.settings.creditPolicy).toBe('Net 30. Late fee 1.5%/month.');
  });

  it.each([
    ['not JSON', '{"format": "owed-backup", ', /not valid JSON/],
    ['a foreign file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not an Owed backup/],
    ['a newer format', JSON.stringify({ format: 'owed-backup', version: 99 }), /newer version of Owed/],
    [
      'a damaged backup',
      JSON.stringify({
        format: 'owed-backup',
        version: 1,
        exportedAt: 1,
        invoices: [{ id: 'x' }],
        records: [],
        events: [],
        plans: [],
        settings: {},
      }),
      /damaged.*invoices\.0/,
    ],
    ['an empty file', '', /not valid JSON/],
  ])('refuses %s with a clear reason and changes nothing', async (_name, text, reason) => {
    const db = await seeded();
    const before = await db.snapshot();
    const result = await db.importBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
    expect(await db.snapshot()).toEqual(before);
  });
});
