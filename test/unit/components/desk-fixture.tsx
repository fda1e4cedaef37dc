import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient } from '../../../lib/messages/client';
import type { InvoiceObservation } from '../../../lib/model';
import { OwedService, type Clock, type LedgerChange } from '../../../lib/service/owed-service';
import type { DraftIO } from '../../../components/drafts/draft-io';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { Route } from '../../../components/sidebar/route';
import { freshName } from '../db/helpers';

// The machine is shared (2 cores, other suites running): give async UI updates room.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

/** 2026-11-23 15:00 UTC: "today" in every component test. */
export const NOW = Date.UTC(2026, 10, 23, 15);
export const SOURCE = 'http://127.0.0.1:4178';

export function inv(
  number: string,
  customer: string,
  balance: number,
  due: string,
  extra: Partial<InvoiceObservation> = {},
): InvoiceObservation {
  return { number, customer, balance, total: balance, currency: 'USD', due, issued: '2026-09-01', ...extra };
}

/** A small ledger with one debtor per situation the desk shows. */
export const SAMPLE: InvoiceObservation[] = [
  inv('INV-1', 'Acme Corp', 125_000, '2026-11-10', { phone: '+1 555 0100', email: 'ap@acme.example' }),
  inv('INV-2', 'Brightside Ltd', 40_000, '2026-11-19', { email: 'billing@brightside.example' }),
  inv('INV-3', 'Cobalt Inc', 900_000, '2026-10-15', { email: 'pay@cobalt.example' }),
  inv('INV-4', 'Delta & Sons', 10_000, '2026-12-15'),
];

export interface FakeIO extends DraftIO {
  copied: { html: string; text: string }[];
  opened: string[];
  downloads: { fileName: string; mime: string; content: string }[];
}

export function fakeIO(): FakeIO {
  const io: FakeIO = {
    copied: [],
    opened: [],
    downloads: [],
    async copyRich(html, text) {
      io.copied.push({ html, text });
    },
    openWindow(url) {
      io.opened.push(url);
    },
    download(fileName, mime, content) {
      io.downloads.push({ fileName, mime, content });
    },
  };
  return io;
}

/**
 * The real path: OwedService over fake-indexeddb behind the typed client (messages serialized as
 * runtime messaging does), change notifications as the background broadcasts them.
 */
export async function deskFixture(invoices: InvoiceObservation[] = SAMPLE) {
  let now = NOW;
  const clock: Clock = { now: () => now, timeZone: () => 'UTC' };
  const listeners = new Set<(change?: LedgerChange) => void>();
  const service = new OwedService(await OwedDb.open(freshName()), clock, (change) => {
    for (const l of listeners) l(JSON.parse(JSON.stringify(change)));
  });
  const client = createClient(async (req) =>
    JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(req))))),
  );
  const subscribe = (fn: (change?: LedgerChange) => void) => {
    listeners.add(fn);
    return () => void listeners.delete(fn);
  };
  if (invoices.length)
    await client.pageRead({
      source: SOURCE,
      url: `${SOURCE}/invoices`,
      title: 'Demo invoices',
      invoices,
      complete: true,
    });
  const io = fakeIO();
  return {
    client,
    service,
    subscribe,
    io,
    setNow: (ms: number) => {
      now = ms;
    },
    render: (initialRoute?: Route) =>
      render(
        <Sidebar
          client={client}
          subscribe={subscribe}
          locale="en-US"
          now={() => now}
          io={io}
          initialRoute={initialRoute}
        />,
      ),
  };
}
