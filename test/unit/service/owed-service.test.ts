import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient, OwedError } from '../../../lib/messages/client';
import { todayIn } from '../../../lib/time/calendar';
import { OwedService, type Clock } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

const clock: Clock = { now: () => Date.UTC(2026, 10, 23, 15), timeZone: () => 'UTC' };

/** The client over the service, with messages serialized as runtime messaging does. */
async function setup() {
  const db = await OwedDb.open(freshName());
  let changes = 0;
  const service = new OwedService(db, clock, () => changes++);
  const client = createClient(async (req) =>
    JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(req))))),
  );
  return { client, service, changes: () => changes };
}

describe('OwedService through the client', () => {
  it('stores a page read and answers the ledger with the debtor and the read status', async () => {
    const { client, changes } = await setup();
    await client.pageRead({
      source: 'http://127.0.0.1:4178',
      url: 'http://127.0.0.1:4178/invoices',
      title: 'Invoices',
      invoices: [{ number: 'INV-1', customer: 'Acme Inc.', balance: 12_345, currency: 'USD', due: '2026-11-01' }],
      problems: [{ where: 'row 7', reason: 'amount "n/a" is not money' }],
    });
    const ledger = await client.ledger();
    expect(ledger.today).toBe('2026-11-23');
    expect(ledger.debtors.map((d) => [d.name, d.balance])).toEqual([['Acme Inc.', 12_345]]);
    expect(ledger.reads[0]).toMatchObject({
      source: 'http://127.0.0.1:4178',
      count: 1,
      problems: [{ where: 'row 7' }],
    });
    expect(changes()).toBe(1);
  });

  it('refuses a malformed request with a readable error and changes nothing', async () => {
    const { client, service, changes } = await setup();
    const res = await service.handle({
      type: 'page-read',
      read: {
        source: 'x',
        url: 'http://x/',
        invoices: [{ number: 'INV-1', customer: '<b>x</b>', balance: 'lots', currency: 'USD' }],
      },
    });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/malformed request.*invoices\.0\.balance/);
    expect(await service.handle({ type: 'drop-tables' })).toMatchObject({ ok: false });
    expect(await service.handle(null)).toMatchObject({ ok: false });
    expect((await client.ledger()).debtors).toEqual([]);
    expect(changes()).toBe(0);
  });

  it('logs an event with a generated id, and exports a backup that imports back', async () => {
    const { client } = await setup();
    const e = await client.addEvent({
      debtorId: 'acme',
      kind: 'call',
      at: clock.now(),
      outcome: 'no-answer',
      text: '',
    });
    expect(e.id).toMatch(/[0-9a-f-]{36}/);
    const backup = await client.exportBackup();
    await client.wipe();
    expect((await client.ledger()).debtors).toHaveLength(0);
    await expect(client.importBackup(JSON.stringify(backup))).resolves.toMatchObject({ events: 1 });
    await expect(client.importBackup('{"format":"something-else"}')).rejects.toThrow(OwedError);
  });
});

describe('todayIn (what the service calls today)', () => {
  it('is the calendar date in the given zone, around midnight', () => {
    const t = Date.UTC(2026, 10, 23, 23, 30);
    expect(todayIn(t, 'UTC')).toBe('2026-11-23');
    expect(todayIn(t, 'Europe/Paris')).toBe('2026-11-24');
    expect(todayIn(t, 'America/Los_Angeles')).toBe('2026-11-23');
  });
});

describe('the ledger is computed once per change and per day', () => {
  it('answers the same ledger until a write or a new day, then a fresh one', async () => {
    let now = Date.UTC(2026, 10, 23, 15);
    const db = await OwedDb.open(freshName());
    const service = new OwedService(db, { now: () => now, timeZone: () => 'UTC' });
    const first = await service.ledger();
    expect(await service.ledger()).toBe(first);
    now += 3_600_000;
    expect(await service.ledger()).toBe(first);

    await service.handle({
      type: 'page-read',
      read: {
        source: 's',
        url: 'u',
        invoices: [{ number: '1', customer: 'Acme', balance: 100, currency: 'USD', due: '2026-11-01' }],
      },
    });
    const afterWrite = await service.ledger();
    expect(afterWrite).not.toBe(first);
    expect(afterWrite.debtors).toHaveLength(1);
    // A refused request is not a write.
    await service.handle({ type: 'import-backup', text: 'not a backup' });
    expect(await service.ledger()).toBe(afterWrite);

    now = Date.UTC(2026, 10, 24, 0, 30);
    const nextDay = await service.ledger();
    expect(nextDay).not.toBe(afterWrite);
    expect(nextDay.today).toBe('2026-11-24');
    expect(nextDay.debtors[0]!.oldestDaysLate).toBe(afterWrite.debtors[0]!.oldestDaysLate + 1);
  });
});
