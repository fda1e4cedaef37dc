// 10,000 observed invoices upserted through OwedDb.applyRead into Chromium's real IndexedDB, with
// user data present (debtor records with contacts, contact events), against a bare idb put loop of
// the same stored records into a store of the same shape. Goal: ≤ 1.5×.
import type { BenchRow } from './harness';
import { bundleForPage, launchChromium, servePages } from './chromium';

const INVOICES = 10_000;

// Runs in the page: builds the read, seeds user data, and times both writers.
const PAGE_SOURCE = `
import { openDB } from 'idb';
import { OwedDb } from './lib/db';
import { PageRead } from './lib/model/page-read';
import { debtorIdFor } from './lib/model';

const NOW = Date.UTC(2026, 10, 23, 12);
const customers = Array.from({ length: 800 }, (_, i) => 'Customer ' + i + (i % 3 ? ' Ltd' : ' GmbH'));
function read(n: number, round: number) {
  return PageRead.parse({
    source: 'https://app.example', url: 'https://app.example/invoices', complete: true,
    invoices: Array.from({ length: n }, (_, i) => ({
      number: 'INV-' + i, customer: customers[i % customers.length], currency: 'USD',
      total: 10_000 + i, balance: round % 2 ? 10_000 + i : 5_000 + i, due: '2026-10-01', issued: '2026-09-01', status: 'Overdue',
    })),
  });
}

async function seeded(name: string) {
  const db = await OwedDb.open(name);
  const tx = db.idb.transaction(['records', 'events'], 'readwrite');
  customers.forEach((c, i) => {
    const id = debtorIdFor(c);
    void tx.objectStore('records').put({ id, name: c, contacts: [{ role: 'billing', email: 'ap' + i + '@example.com' }], flags: {}, createdAt: NOW, updatedAt: NOW });
    for (let k = 0; k < 5; k++) void tx.objectStore('events').put({ id: 'e' + i + '-' + k, debtorId: id, kind: 'call', at: NOW - k * 86_400_000, text: 'Called, left a message' });
  });
  await tx.done;
  return db;
}

let seq = 0;
(globalThis as any).__bench = {
  /** ms for applyRead of n invoices into a ledger with user data; rescrape = the same invoices seen again. */
  async owed(n: number, rescrape: boolean) {
    const db = await seeded('owed-' + ++seq);
    if (rescrape) await db.applyRead(read(n, 0), NOW, '2026-11-23');
    const r = read(n, 1);
    const t0 = performance.now();
    const result = await db.applyRead(r, NOW + 1000, '2026-11-23');
    const ms = performance.now() - t0;
    if (result.stored !== n) throw new Error('stored ' + result.stored);
    const stored = await db.idb.getAll('invoices');
    db.close();
    return { ms, stored };
  },
  /** ms for a bare put loop, one transaction, of the same stored records. */
  async floor(records: unknown[], rescrape: boolean) {
    const db = await openDB('floor-' + ++seq, 1, {
      upgrade(d) {
        const s = d.createObjectStore('invoices', { keyPath: 'id' });
        s.createIndex('by-debtor', 'debtorId');
        s.createIndex('by-source', 'source');
      },
    });
    if (rescrape) {
      const tx0 = db.transaction('invoices', 'readwrite');
      for (const r of records) void tx0.store.put(r);
      await tx0.done;
    }
    const t0 = performance.now();
    const tx = db.transaction('invoices', 'readwrite');
    for (const r of records) void tx.store.put(r);
    await tx.done;
    const ms = performance.now() - t0;
    db.close();
    return ms;
  },
};
`;

export default async function upsert(): Promise<BenchRow[]> {
  const script = await bundleForPage(PAGE_SOURCE);
  const server = await servePages({ '/bench.html': '<!doctype html><title>upsert bench</title>' });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/bench.html`);
    await page.addScriptTag({ content: script });
    const rows: BenchRow[] = [];
    for (const rescrape of [false, true]) {
      const owed: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < 5; i++) {
        const o = await page.evaluate(([n, r]) => (globalThis as any).__bench.owed(n, r), [
          INVOICES,
          rescrape,
        ] as const);
        const f = await page.evaluate(([records, r]) => (globalThis as any).__bench.floor(records, r), [
          o.stored,
          rescrape,
        ] as const);
        if (i > 0) {
          // the first round warms up
          owed.push(o.ms);
          floor.push(f);
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(owed) / median(floor);
      rows.push({
        name: `upsert ${INVOICES.toLocaleString('en-US')} invoices ${rescrape ? 'already stored (re-scrape)' : 'into a ledger with user data'} (OwedDb.applyRead, Chromium IndexedDB), ${median(owed).toFixed(0)} ms`,
        value: ratio,
        unit: '×',
        baseline: `bare idb put loop ${median(floor).toFixed(0)} ms`,
        goal: '≤ 1.5×',
        pass: ratio <= 1.5,
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
