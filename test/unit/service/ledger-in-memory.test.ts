import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { recordingPuts, withWritten } from '../../../lib/db/written';
import { createClient } from '../../../lib/messages/client';
import { OwedService, type Clock } from '../../../lib/service/owed-service';
import { freshName, obs } from '../db/helpers';

// The background keeps the stores in memory and applies what each page read put, instead of
// reading every store again: the ledger it answers must be the one the database holds.

let at = Date.UTC(2026, 10, 23, 15);
const clock: Clock = { now: () => (at += 1000), timeZone: () => 'UTC' };
const source = 'https://app.example';

async function setup() {
  const name = freshName();
  const db = await OwedDb.open(name);
  const service = new OwedService(db, clock);
  // How often the stores are read whole (the service's own reads, not fromDisk's).
  let reads = 0;
  const snapshot = db.snapshot.bind(db);
  const counted = Object.create(db) as OwedDb;
  counted.snapshot = () => {
    reads++;
    return snapshot();
  };
  Object.assign(service, { db: counted });
  const client = createClient(async (req) => JSON.parse(JSON.stringify(await service.handle(req))));
  /** The ledger a service that never saw a write computes from the database. */
  const fromDisk = async () => new OwedService(db, clock).ledger();
  return { db, client, service, fromDisk, reads: () => reads };
}

const strip = ({ version: _v, ...ledger }: { version: number }) => ledger;

describe('the ledger kept in memory', () => {
  it('follows new reads, re-reads, missing invoices, contacts and other writes as the database does', async () => {
    const { db, client, service, fromDisk, reads } = await setup();
    await service.ledger(); // the stores are in memory before the first read
    const readsOfStores: number[] = [];
    const steps = [
      () =>
        client.pageRead({
          source,
          url: `${source}/invoices`,
          complete: true,
          invoices: [obs('INV-3', 'Zeta Ltd', 500), obs('INV-1', 'Acme', 100), obs('INV-2', 'Beta', 200)],
        }),
      () =>
        client.pageRead({
          source,
          url: `${source}/invoices`,
          complete: true,
          invoices: [obs('INV-1', 'Acme', 40), obs('INV-0', 'Aardvark', 70), obs('INV-4', 'Mid Co', 90)],
        }),
      () =>
        client.pageRead({
          source,
          url: `${source}/customers/1`,
          invoices: [],
          customers: [{ customer: 'Acme', email: 'ap@acme.example' }],
        }),
      () => client.addEvent({ debtorId: 'acme', kind: 'call', at: clock.now(), outcome: 'promised', text: '' }),
      () =>
        client.pageRead({
          source: 'https://other.example',
          url: 'https://other.example/list',
          invoices: [obs('A-1', 'Acme', 300)],
        }),
    ];
    for (const step of steps) {
      await step();
      const kept = await service.ledger();
      expect(strip(kept)).toEqual(strip(await fromDisk()));
      readsOfStores.push(reads());
    }
    // Read once at the start; again only after the logged call, which does not say what it put.
    expect(readsOfStores).toEqual([1, 1, 1, 2, 2]);
    const ledger = await service.ledger();
    expect(ledger.debtors.map((d) => d.name)).toContain('Aardvark');
    expect((await db.idb.get('invoices', `${source}#INV-3`))?.missingSince).toBeDefined();
  });
});

describe('withWritten', () => {
  it('replaces values by key and merges new keys in key order, as getAll answers them', async () => {
    const db = await OwedDb.open(freshName());
    const status = (source: string, count: number) => ({
      source,
      url: source,
      title: '',
      profile: 'generic',
      at: 1,
      count,
      problems: [],
      confidence: 1,
    });
    for (const s of ['a', 'c', 'd']) await db.idb.put('reads', status(s, 1));
    const before = { reads: await db.idb.getAll('reads'), holds: [] };
    const { tx, written } = recordingPuts(db.idb.transaction(['reads', 'holds'], 'readwrite'));
    await Promise.all([
      tx.objectStore('reads').put(status('b', 2)),
      tx.objectStore('reads').put(status('d', 3)),
      tx.objectStore('reads').put(status('d', 4)),
      tx.objectStore('reads').put(status('\u00e9', 5)),
      tx.objectStore('reads').put(status('B', 6)),
      tx.done,
    ]);
    const after = withWritten(before, written);
    expect(after?.reads).toEqual(await db.idb.getAll('reads'));
    expect(after?.reads.map((r) => `${r.source}${r.count}`)).toEqual(['B6', 'a1', 'b2', 'c1', 'd4', '\u00e95']);
    expect(before.reads.map((r) => r.source)).toEqual(['a', 'c', 'd']); // the old copy is left as it was
  });

  it('cannot replay a delete: the stores are read again', async () => {
    const db = await OwedDb.open(freshName());
    const { tx, written } = recordingPuts(db.idb.transaction(['reads'], 'readwrite'));
    await Promise.all([tx.objectStore('reads').delete('a'), tx.done]);
    expect(withWritten({ reads: [] }, written)).toBeUndefined();
  });
});
