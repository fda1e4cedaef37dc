// One user action is one request and one transaction: a plan and the event that logs it are kept
// together, or neither is.
import { describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { createClient, OwedError } from '../../../lib/messages/client';
import type { PaymentPlan } from '../../../lib/model';
import { OwedService } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

const NOW = Date.UTC(2026, 10, 23, 15);

async function setup() {
  const db = await OwedDb.open(freshName());
  let changes = 0;
  const requests: string[] = [];
  const service = new OwedService(db, { now: () => NOW, timeZone: () => 'UTC' }, () => changes++);
  const client = createClient(async (m) => {
    requests.push(m.type);
    return JSON.parse(JSON.stringify(await service.handle(JSON.parse(JSON.stringify(m)))));
  });
  return { db, client, requests, changes: () => changes };
}

const plan: PaymentPlan = {
  id: 'p1',
  debtorId: 'acme',
  createdAt: NOW,
  currency: 'USD',
  installments: [{ due: '2026-12-01', amount: 5_000 }],
  promissoryNote: { signed: false },
  status: 'proposed',
};

describe('a plan and its event', () => {
  it('are saved by one request, as one write', async () => {
    const { db, client, requests, changes } = await setup();
    await client.savePlan(plan, { debtorId: 'acme', kind: 'plan', at: NOW, outcome: 'proposed', text: 'Proposed 1' });
    expect(requests).toEqual(['save-plan']);
    expect(changes()).toBe(1);
    const snap = await db.snapshot();
    expect(snap.plans.map((p) => p.id)).toEqual(['p1']);
    expect(snap.events).toMatchObject([
      { debtorId: 'acme', kind: 'plan', outcome: 'proposed', id: expect.any(String) },
    ]);
  });

  it('are neither kept when the event is refused', async () => {
    const { db, client, changes } = await setup();
    await expect(
      client.savePlan(plan, { debtorId: 'acme', kind: 'plan', at: -1, text: 'x' } as never),
    ).rejects.toBeInstanceOf(OwedError);
    const snap = await db.snapshot();
    expect([snap.plans, snap.events, changes()]).toEqual([[], [], 0]);
  });
});
