import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient } from '../../../lib/messages/client';
import { OwedService, type Clock } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

let t = Date.UTC(2026, 10, 23, 15);
const clock: Clock = { now: () => t++, timeZone: () => 'UTC' };

async function setup() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, clock);
  const client = createClient(async (req) =>
    JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(req))))),
  );
  await client.pageRead({
    source: 'https://go.xero.com',
    url: 'https://go.xero.com/',
    invoices: [{ number: 'INV-1', customer: 'Acme', balance: 100, currency: 'USD' }],
  });
  const record = async () => (await db.snapshot()).records.find((r) => r.id === 'acme')!;
  return { client, record };
}

describe('saving a debtor', () => {
  it('merges a stale copy field by field: it keeps a contact added elsewhere meanwhile', async () => {
    const { client, record } = await setup();
    const sidebar = await record(); // the sidebar's copy, as shown
    const addin = await record(); // the Outlook add-in's copy, as shown
    await client.saveRecord({ ...addin, contacts: [{ role: 'billing', email: 'ap@acme.example' }], updatedAt: t });
    // The sidebar saves its older copy with a flag set and a contact of its own.
    await client.saveRecord({
      ...sidebar,
      contacts: [{ role: 'decision-maker', name: 'Dana', phone: '555' }],
      flags: { autoDebit: true },
      updatedAt: t,
    });
    const saved = await record();
    expect(saved.contacts).toEqual([
      { role: 'billing', email: 'ap@acme.example' },
      { role: 'decision-maker', name: 'Dana', phone: '555' },
    ]);
    expect(saved.flags).toEqual({ autoDebit: true });
  });

  it('takes a current copy as it is: a contact removed there is removed', async () => {
    const { client, record } = await setup();
    await client.saveRecord({ ...(await record()), contacts: [{ role: 'billing', email: 'a@acme.example' }] });
    await client.saveRecord({ ...(await record()), contacts: [] });
    expect((await record()).contacts).toEqual([]);
  });

  it('never lets a save change the sources linked to a debtor or its merges', async () => {
    const { client, record } = await setup();
    await client.saveRecord({ ...(await record()), sources: ['https://evil.example'], merged: ['x'] });
    const saved = await record();
    expect(saved.sources).toEqual(['https://go.xero.com']);
    expect(saved.merged).toBeUndefined();
  });
});
