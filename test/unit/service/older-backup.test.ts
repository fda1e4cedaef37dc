import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient } from '../../../lib/messages/client';
import { OwedService, type Clock } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

const DAY = 86_400_000;
let t = Date.UTC(2026, 10, 1, 12);
const clock: Clock = { now: () => t, timeZone: () => 'UTC' };

async function setup() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, clock);
  const client = createClient(async (req) =>
    JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(req))))),
  );
  const read = (numbers: string[]) =>
    client.pageRead({
      source: 'https://go.xero.com',
      url: 'https://go.xero.com/',
      invoices: numbers.map((number) => ({ number, customer: 'Acme', balance: 100, currency: 'USD' })),
    });
  return { client, read };
}

describe('importing an older backup', () => {
  it('shows what it would replace, refuses without an explicit choice, keeps a safety copy one click restores', async () => {
    const { client, read } = await setup();
    await read(['INV-1']);
    t += DAY;
    const old = JSON.stringify(await client.exportBackup());
    t += DAY;
    await read(['INV-1', 'INV-2', 'INV-3']);
    await client.addEvent({ debtorId: 'acme', kind: 'call', at: t, text: 'promised Friday' });

    const preview = await client.previewBackup(old);
    expect(preview).toMatchObject({
      file: { invoices: 1, events: 0, exportedAt: Date.UTC(2026, 10, 2, 12) },
      current: { invoices: 3, events: 1, newest: t },
      currentIsNewer: true,
    });

    await expect(client.importBackup(old)).rejects.toThrow(/from 2026-11-02.*changes made since.*Nothing was changed/);
    expect((await client.exportBackup()).invoices).toHaveLength(3);

    t += 1000;
    await client.importBackup(old, true);
    expect((await client.exportBackup()).invoices).toHaveLength(1);
    expect(await client.safetyCopy()).toMatchObject({ invoices: 3, events: 1, at: t });

    await client.restoreSafetyCopy();
    const back = await client.exportBackup();
    expect(back.invoices).toHaveLength(3);
    expect(back.events.map((e) => e.text)).toEqual(['promised Friday']);
  });

  it('imports a backup newer than what Owed holds without asking, still keeping a safety copy', async () => {
    const { client, read } = await setup();
    await read(['INV-1']);
    t += DAY;
    const backup = await client.exportBackup();
    const newer = JSON.stringify({ ...backup, exportedAt: t + DAY });
    await client.importBackup(newer);
    expect(await client.safetyCopy()).toMatchObject({ invoices: 1 });
  });
});
