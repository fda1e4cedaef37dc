import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { OwedDb } from '../../lib/db';
import { OwedService } from '../../lib/service/owed-service';
import { asyncProperty, expectThat, type FuzzProperty } from './property';

// Sums past Number.MAX_SAFE_INTEGER (issue 17): every amount a page or file gives is a safe
// integer, but a debtor's balance, an ageing bucket or the ledger's total is a sum of them, which
// a float rounds silently past 2^53. Owed refuses a read that would make a sum inexact, so what it
// shows is exact: each balance equals the sum of its invoices computed in BigInt.

const NOW = Date.UTC(2026, 10, 23, 12);
let n = 0;

const amount = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER - 1,
    2 ** 52 + 1,
    10 ** 12,
    10 ** 12 + 1,
    10 ** 13,
    4e15 + 3,
  ),
  fc.maxSafeNat(),
);
const invoice = fc.record({
  number: fc.constantFrom('INV-1', 'INV-2', 'INV-3', 'INV-4', 'INV-5', 'INV-6'),
  customer: fc.constantFrom('Acme', 'Globex'),
  balance: amount,
  currency: fc.constantFrom('USD', 'EUR'),
});
const reads = fc.array(
  fc.record({
    source: fc.constantFrom('https://a.example', 'https://b.example'),
    invoices: fc.array(invoice, { maxLength: 5 }),
  }),
  { minLength: 1, maxLength: 4 },
);

export const hugeSumProperties: FuzzProperty[] = [
  asyncProperty(
    'reads with huge amounts are refused with a reason or summed exactly: every balance is the BigInt sum of its invoices',
    reads,
    async (list) => {
      const db = await OwedDb.open(`huge-sums-${n++}`);
      try {
        const service = new OwedService(db, { now: () => NOW, timeZone: () => 'UTC' });
        for (const r of list) {
          const before = (await db.snapshot()).invoices.length;
          const res = await service.handle({
            type: 'page-read',
            read: {
              source: r.source,
              url: `${r.source}/invoices`,
              invoices: r.invoices.map((i) => ({ ...i, total: i.balance, due: '2026-10-01' })),
            },
          });
          if (!res.ok) {
            expectThat(/exactly/.test(res.error), `a refusal says why: ${res.error}`);
            expectThat((await db.snapshot()).invoices.length === before, 'a refused read changes nothing');
          }
        }
        const ledger = await service.ledger();
        const all = new Map<string, bigint>();
        for (const d of ledger.debtors) {
          const exact = new Map<string, bigint>();
          for (const i of d.openInvoices) exact.set(i.currency, (exact.get(i.currency) ?? 0n) + BigInt(i.balance));
          for (const [c, sum] of exact) {
            // One currency: the balance alone; several: a table of them.
            const shown = d.balances[c] ?? (d.currency === c ? d.balance : undefined);
            expectThat(
              shown !== undefined && Number.isSafeInteger(shown) && BigInt(shown) === sum,
              `${d.name} ${c}: shown ${shown}, exact ${sum}`,
            );
            all.set(c, (all.get(c) ?? 0n) + sum);
          }
        }
        for (const [c, sum] of all)
          expectThat(sum <= BigInt(Number.MAX_SAFE_INTEGER), `the ledger's ${c} total ${sum} is past 2^53`);
      } finally {
        db.close();
      }
    },
    0.3,
  ),
];
