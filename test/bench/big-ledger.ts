// A ledger of `count` debtors with one open invoice each (and perDebtor - 1 paid ones), due from 10 days ahead to 110 days late: what
// the sidebar render benches draw. Pure, so it also bundles into a page.
import { buildLedger } from '../../lib/ledger/build-ledger';
import { defaultSettings, type Invoice } from '../../lib/model';
import type { LedgerSnapshot } from '../../lib/service/owed-service';

export const BENCH_NOW = Date.UTC(2026, 10, 23, 15);

export function bigLedger(count: number, now = BENCH_NOW, perDebtor = 1): LedgerSnapshot {
  const invoices: Invoice[] = Array.from({ length: count * perDebtor }, (_, n) => {
    const i = n % count;
    const k = Math.floor(n / count);
    const due = new Date(now - ((i % 120) - 10 + k * 30) * 86_400_000).toISOString().slice(0, 10);
    // The first invoice of each debtor is open; the older ones (perDebtor > 1) were paid.
    return {
      id: `bench#N-${i}${k ? `-${k}` : ''}`,
      source: 'bench',
      number: `N-${i}${k ? `-${k}` : ''}`,
      customer: `Customer ${i}`,
      debtorId: `customer ${i}`,
      balance: k ? 0 : 10_000 + i,
      total: 10_000 + i,
      currency: 'USD',
      due,
      issued: '2026-06-01',
      ...(k ? { paidOn: due } : {}),
      firstSeenAt: now,
      seenAt: now,
    };
  });
  const settings = defaultSettings();
  return {
    ...buildLedger({ invoices, records: [], events: [], plans: [], settings, now, timeZone: 'UTC' }),
    reads: [],
    settings,
    holds: [],
    version: 0,
  };
}
