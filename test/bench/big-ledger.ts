// A ledger of `count` debtors with one invoice each, due from 10 days ahead to 110 days late: what
// the sidebar render benches draw. Pure, so it also bundles into a page.
import { buildLedger } from '../../lib/ledger/build-ledger';
import { defaultSettings, type Invoice } from '../../lib/model';
import type { LedgerSnapshot } from '../../lib/service/owed-service';

export const BENCH_NOW = Date.UTC(2026, 10, 23, 15);

export function bigLedger(count: number, now = BENCH_NOW): LedgerSnapshot {
  const invoices: Invoice[] = Array.from({ length: count }, (_, i) => {
    const due = new Date(now - ((i % 120) - 10) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `bench#N-${i}`,
      source: 'bench',
      number: `N-${i}`,
      customer: `Customer ${i}`,
      debtorId: `customer ${i}`,
      balance: 10_000 + i,
      total: 10_000 + i,
      currency: 'USD',
      due,
      issued: '2026-06-01',
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
