// Sums past Number.MAX_SAFE_INTEGER (issue 17): a read or a backup whose amounts Owed could not
// add up exactly is refused with a reason, and nothing changes; below the limit every balance is
// exact. (test/fuzz/huge-sums.fuzz.ts throws random huge amounts at small ledgers.)
import { describe, expect, it } from 'vitest';
import { OwedDb, parseBackup } from '../../../lib/db';
import { MAX_AMOUNT } from '../../../lib/db/exact-sums';
import { PageRead } from '../../../lib/model/page-read';
import { freshName } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';

const read = (source: string, amounts: number[], first = 1) =>
  PageRead.parse({
    source,
    url: `${source}/invoices`,
    invoices: amounts.map((balance, i) => ({
      number: `INV-${first + i}`,
      customer: `Customer ${(first + i) % 7}`,
      balance,
      total: balance,
      currency: 'USD',
      due: '2026-10-01',
    })),
  });

describe('huge sums', () => {
  it('refuses one amount past what it can add up exactly, naming it, and keeps nothing of the read', async () => {
    const db = await OwedDb.open(freshName());
    await expect(db.applyRead(read('https://a.example', [100, MAX_AMOUNT + 1]), NOW, TODAY)).rejects.toThrow(
      'Owed refused this read: invoice INV-2 says 1,000,000,000,001 (in USD minor units), more than Owed can add up exactly (1,000,000,000,000 at most). Nothing was changed.',
    );
    expect((await db.snapshot()).invoices).toEqual([]);
    await db.applyRead(read('https://a.example', [100, MAX_AMOUNT]), NOW, TODAY);
    expect((await db.snapshot()).invoices.map((i) => i.balance).sort()).toEqual([100, MAX_AMOUNT]);
  });

  it('refuses the read that would take a currency past Number.MAX_SAFE_INTEGER across the ledger', async () => {
    const db = await OwedDb.open(freshName());
    // 9,007 invoices at the largest amount: 9,007,000,000,000,000, still exact.
    await db.applyRead(read('https://a.example', Array(9007).fill(MAX_AMOUNT)), NOW, TODAY);
    const before = (await db.snapshot()).invoices.length;
    await expect(db.applyRead(read('https://b.example', [MAX_AMOUNT], 9008), NOW, TODAY)).rejects.toThrow(
      /USD invoices would add up to more than Owed can add up exactly .* Nothing was changed\.$/,
    );
    expect((await db.snapshot()).invoices.length).toBe(before);
    // Another currency has its own sum.
    await db.applyRead(
      PageRead.parse({
        source: 'https://b.example',
        url: 'https://b.example/x',
        invoices: [{ number: 'E-1', customer: 'Euro GmbH', balance: MAX_AMOUNT, currency: 'EUR', due: '2026-10-01' }],
      }),
      NOW,
      TODAY,
    );
    expect((await db.snapshot()).invoices.length).toBe(before + 1);
  }, 60_000);

  it('refuses a backup whose invoices add up past what it can add up exactly', async () => {
    const db = await OwedDb.open(freshName());
    await db.applyRead(read('https://a.example', [100, 200]), NOW, TODAY);
    const backup = JSON.parse(JSON.stringify(await db.exportBackup(NOW)));
    expect(parseBackup(JSON.stringify(backup))).toMatchObject({ ok: true });
    // Edited by hand: each amount a safe integer, their sum not.
    for (const inv of backup.invoices) inv.balance = Number.MAX_SAFE_INTEGER - 1;
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^This Owed backup was not imported: invoice INV-1 says 9,007,199,254,740,990 .* Nothing was changed\.$/,
      ),
    });
  });
});
