import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient } from '../../../lib/messages/client';
import { OwedService, type Clock } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

let now = Date.UTC(2026, 10, 23, 15);
const clock: Clock = { now: () => now, timeZone: () => 'UTC' };

const read = (balance: number) => ({
  source: 'http://127.0.0.1:4178',
  url: 'http://127.0.0.1:4178/invoices',
  title: 'Invoices',
  invoices: [{ number: 'INV-1', customer: 'Acme Inc.', balance, total: 1_000_00, currency: 'USD', due: '2026-11-01' }],
});

describe('a payment the owner logs', () => {
  it('lowers the balance at once, stays off while the app is read unchanged, and stops once the app shows it', async () => {
    const db = await OwedDb.open(freshName());
    const service = new OwedService(db, clock);
    const client = createClient(async (req) =>
      JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(req))))),
    );
    await client.pageRead(read(1_000_00));
    const event = await client.addEvent({ debtorId: 'acme', kind: 'payment', at: now, amount: 600_00, text: '' });
    // Stamped with what the app showed when it was logged.
    expect(event.appBalances).toEqual({ 'INV-1': 1_000_00 });
    let acme = (await client.ledger()).debtors[0]!;
    expect([acme.balance, acme.loggedPaid]).toEqual([400_00, 600_00]);
    // Read again the next hour, the app not updated yet: still paid per the log.
    now += 3_600_000;
    await client.pageRead(read(1_000_00));
    acme = (await client.ledger()).debtors[0]!;
    expect([acme.balance, acme.loggedPaid]).toEqual([400_00, 600_00]);
    // The app shows it now: counted once.
    now += 3_600_000;
    await client.pageRead(read(400_00));
    acme = (await client.ledger()).debtors[0]!;
    expect([acme.balance, acme.loggedPaid]).toEqual([400_00, undefined]);
    db.close();
  });
});
