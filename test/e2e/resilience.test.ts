// No data loss, in Chromium with the built extension: re-reads that drop, rename and re-order rows,
// the service worker stopped in the middle of a write, two tabs writing at once, and backups that
// are damaged or not Owed's at all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { localToday } from './demo-expectations';
import { eventually, launchOwed, type OwedBrowser } from './harness';

interface Row {
  number: string;
  customer: string;
  balance: number;
  due: string;
}
interface Backup {
  invoices: {
    id: string;
    number: string;
    customer: string;
    debtorId: string;
    balance: number;
    source: string;
    missingSince?: number;
    paidSeenOn?: string;
  }[];
  records: { id: string; name: string; override?: unknown; contacts: unknown[] }[];
  events: { id: string; debtorId: string; text: string }[];
  plans: { id: string }[];
  settings: unknown;
  profiles: unknown[];
}

let owed: OwedBrowser;
let server: Server;
let origin = '';
/** What the little invoicing app below lists right now; tests change it between reads. */
let rows: Row[] = [];

const usd = (minor: number) => `$${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const invoicePage =
  () => `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Invoices</title></head><body>
<table id="invoices"><thead><tr><th>Invoice #</th><th>Customer</th><th>Due date</th><th>Amount due</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${r.number}</td><td>${r.customer}</td><td>${r.due}</td><td>${usd(r.balance)}</td></tr>`).join('\n')}
</tbody></table></body></html>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!req.url?.startsWith('/invoices')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(invoicePage());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  owed = await launchOwed();
  await owed.approveReading(origin);
});
afterAll(async () => {
  await owed?.close();
  await new Promise((r) => server?.close(r));
});

/** Sends a request from an extension page; `undefined` when the worker died before answering. */
const ask = async <T = unknown>(page: Page, message: unknown) =>
  page.evaluate(
    (m) => chrome.runtime.sendMessage(m).catch((e: unknown) => ({ ok: false, error: `no answer: ${e}` })),
    message,
  ) as Promise<{ ok: boolean; value?: T; error?: string } | undefined>;
const backup = async () => {
  const res = await owed.request<{ ok: boolean; value: Backup }>({ type: 'export-backup' });
  expect(res.ok).toBe(true);
  return res.value;
};
/** A backup without its export time, to compare the ledger before and after. */
const ledgerState = async () => JSON.stringify({ ...(await backup()), exportedAt: 0 });
const bySource = (b: Backup, source: string) => b.invoices.filter((i) => i.source === source);

describe('re-reading a page', () => {
  it('keeps every invoice and all user data when rows go missing, are renamed or re-ordered', async () => {
    rows = [
      { number: 'INV-1', customer: 'Acme Corp', balance: 10_000, due: '2026-10-01' },
      { number: 'INV-2', customer: 'Globex', balance: 20_000, due: '2026-10-02' },
      { number: 'INV-3', customer: 'Initech', balance: 30_000, due: '2026-10-03' },
      { number: 'INV-4', customer: 'Acme Corp', balance: 5_000, due: '2026-10-04' },
    ];
    const page = await owed.context.newPage();
    await page.goto(`${origin}/invoices`);
    const first = await eventually(backup, (b) => bySource(b, origin).length === 4);
    const debtor = (number: string) => first.invoices.find((i) => i.number === number)!.debtorId;

    // The user's own work: a note, a class override, a contact, a payment plan.
    const sidebar = await owed.openSidebar();
    expect(
      (
        await ask(sidebar, {
          type: 'add-event',
          event: { debtorId: debtor('INV-1'), kind: 'note', at: Date.now(), text: 'Spoke to Ann, pays Friday' },
        })
      )?.ok,
    ).toBe(true);
    const globex = first.records.find((r) => r.id === debtor('INV-2'))!;
    expect(
      (
        await ask(sidebar, {
          type: 'save-record',
          record: { ...globex, override: { class: 'angry', at: Date.now(), note: 'disputes everything' } },
        })
      )?.ok,
    ).toBe(true);
    const initech = first.records.find((r) => r.id === debtor('INV-3'))!;
    expect(
      (
        await ask(sidebar, {
          type: 'save-record',
          record: { ...initech, contacts: [{ role: 'billing', email: 'ap@initech.example' }] },
        })
      )?.ok,
    ).toBe(true);
    const plan = {
      id: 'plan-acme',
      debtorId: debtor('INV-1'),
      createdAt: Date.now(),
      currency: 'USD',
      status: 'active',
      installments: [{ due: '2026-12-01', amount: 5_000 }],
      promissoryNote: { signed: false },
    };
    expect((await ask(sidebar, { type: 'save-plan', plan }))?.ok).toBe(true);
    const before = await backup();

    // The app now lists them in another order, Initech under its full name, and INV-2 no more.
    rows = [
      { number: 'INV-4', customer: 'Acme Corp', balance: 5_000, due: '2026-10-04' },
      { number: 'INV-3', customer: 'Initech Corporation', balance: 30_000, due: '2026-10-03' },
      { number: 'INV-1', customer: 'Acme Corp', balance: 10_000, due: '2026-10-01' },
    ];
    await page.reload();
    const after = await eventually(backup, (b) =>
      bySource(b, origin).some((i) => i.number === 'INV-2' && i.missingSince !== undefined),
    );
    const inv = (b: Backup, n: string) => b.invoices.find((i) => i.source === origin && i.number === n)!;
    expect(
      bySource(after, origin)
        .map((i) => i.number)
        .sort(),
    ).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4']);
    expect(inv(after, 'INV-2')).toMatchObject({ balance: 20_000, debtorId: debtor('INV-2') });
    for (const n of ['INV-1', 'INV-3', 'INV-4']) expect(inv(after, n).missingSince, n).toBeUndefined();
    expect(inv(after, 'INV-3')).toMatchObject({
      customer: 'Initech Corporation',
      debtorId: debtor('INV-3'),
      balance: 30_000,
    });
    expect(inv(after, 'INV-1').balance).toBe(10_000);
    expect(inv(after, 'INV-4').balance).toBe(5_000);
    // User data: untouched, record for record.
    expect(after.events).toEqual(before.events);
    expect(after.plans).toEqual(before.plans);
    for (const r of before.records) {
      const now = after.records.find((x) => x.id === r.id)!;
      expect(now.override, r.name).toEqual(r.override);
      expect(now.contacts, r.name).toEqual(r.contacts);
    }

    // INV-2 comes back, paid: no longer missing, history now.
    rows = [...rows, { number: 'INV-2', customer: 'Globex', balance: 0, due: '2026-10-02' }];
    await page.reload();
    const back = await eventually(backup, (b) => inv(b, 'INV-2').missingSince === undefined);
    expect(inv(back, 'INV-2')).toMatchObject({ balance: 0, debtorId: debtor('INV-2') });
    expect(inv(back, 'INV-2').paidSeenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(back.events).toEqual(before.events);
    await page.close();
    await sidebar.close();
  });
});

describe('the service worker stopped in the middle of a write', () => {
  /** Stops every service worker of the profile, as Chromium does when it reclaims an idle or busy one. */
  async function stopWorker(page: Page) {
    const cdp = await owed.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }
  const bigRead = (source: string, n: number) => ({
    type: 'page-read',
    read: {
      source,
      url: `${source}/invoices`,
      complete: true,
      invoices: Array.from({ length: n }, (_, i) => ({
        number: `K-${i}`,
        customer: `Customer ${i % 300}`,
        balance: 1_000 + i,
        total: 1_000 + i,
        currency: 'EUR',
        due: '2026-09-30',
      })),
    },
  });

  it('leaves each write fully there or fully absent, and loses nothing else; the worker restarts on the next message', async () => {
    const sidebar = await owed.openSidebar();
    const marker = await owed.worker.evaluate(() => ((self as unknown as { __alive: number }).__alive = Math.random()));
    const before = await backup();
    const N = 8_000;
    let interrupted = 0;
    for (const [k, delay] of [100, 300, 600, 1000, 1600].entries()) {
      const source = `https://killed-${k}.example`;
      const pending = ask(sidebar, bigRead(source, N));
      await sidebar.waitForTimeout(delay);
      await stopWorker(sidebar);
      const answer = await pending;
      if (!answer?.ok) interrupted++;
      // The next message starts a fresh worker, which opens the database again.
      const after = await eventually(
        async () => (await ask<Backup>(sidebar, { type: 'export-backup' }))!,
        (r) => r.ok === true,
        30_000,
      );
      const stored = bySource(after.value!, source).length;
      expect(
        [0, N],
        `write ${k} (stopped after ${delay} ms, answered ${JSON.stringify(answer)?.slice(0, 80)})`,
      ).toContain(stored);
      if (answer?.ok) expect(stored).toBe(N);
      // Everything that was there before is there still, unchanged.
      for (const key of ['records', 'events', 'plans'] as const) {
        for (const item of before[key]) expect(after.value![key], key).toContainEqual(item);
      }
      for (const i of before.invoices) expect(after.value!.invoices).toContainEqual(i);
    }
    // The stops really landed mid-write at least once, and the worker really was restarted.
    expect(interrupted).toBeGreaterThan(0);
    const current = owed.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    expect(await current.evaluate(() => (self as unknown as { __alive?: number }).__alive)).not.toBe(marker);
    // An interrupted read, sent again, is stored whole.
    const again = await ask(sidebar, bigRead('https://killed-0.example', N));
    expect(again?.ok).toBe(true);
    expect(bySource(await backup(), 'https://killed-0.example')).toHaveLength(N);
    // Leave a small ledger to the next tests (every write recomputes the ledger).
    expect((await ask(sidebar, { type: 'wipe' }))?.ok).toBe(true);
    await sidebar.close();
    // Five 8,000-invoice writes, each stopped and retried: 2 min on a loaded machine. A limit, not
    // a measure; past it the next tests would start while this one still writes.
  }, 360_000);
});

describe('two tabs writing at once', () => {
  it('keeps every write of both', async () => {
    const [a, b] = [await owed.openSidebar(), await owed.openSidebar()];
    const debtorId = 'two tabs ltd';
    const events = (tab: string) =>
      Array.from({ length: 25 }, (_, i) => ({
        type: 'add-event',
        event: { id: `${tab}-${i}`, debtorId, kind: 'call', at: Date.now() + i, text: `${tab} call ${i}` },
      }));
    const read = (source: string, n: number) => ({
      type: 'page-read',
      read: {
        source,
        url: `${source}/x`,
        complete: true,
        invoices: Array.from({ length: n }, (_, i) => ({
          number: `T-${i}`,
          customer: i % 2 ? 'Two Tabs Ltd' : 'Other Co',
          balance: 100 + i,
          currency: 'USD',
        })),
      },
    });
    const burst = (page: Page, tab: string, source: string) =>
      page.evaluate(
        (msgs) => Promise.all(msgs.map((m) => chrome.runtime.sendMessage(m))),
        [read(source, 2_000), ...events(tab), read(source, 2_500)],
      ) as Promise<{ ok: boolean }[]>;
    const [ra, rb] = await Promise.all([
      burst(a, 'tab-a', 'https://tab-a.example'),
      burst(b, 'tab-b', 'https://tab-b.example'),
    ]);
    expect([...ra, ...rb].every((r) => r.ok)).toBe(true);
    const after = await backup();
    const ids = new Set(after.events.map((e) => e.id));
    for (const tab of ['tab-a', 'tab-b'])
      for (let i = 0; i < 25; i++) expect(ids.has(`${tab}-${i}`), `${tab}-${i}`).toBe(true);
    for (const source of ['https://tab-a.example', 'https://tab-b.example']) {
      const mine = bySource(after, source);
      expect(mine).toHaveLength(2_500);
      expect(mine.filter((i) => i.missingSince !== undefined)).toEqual([]);
    }
    await a.close();
    await b.close();
  });
});

describe("importing a backup that is damaged or not Owed's", () => {
  it('refuses it with a clear reason and changes nothing', async () => {
    const good = JSON.stringify(await backup());
    const damaged: [string, string][] = [
      ['cut short', good.slice(0, Math.floor(good.length / 2))],
      [
        "another app's export",
        JSON.stringify({ app: 'OtherInvoicer', version: 3, invoices: [{ no: 1, amount: '12.50' }] }),
      ],
      ['a CSV report', 'Invoice,Customer,Amount\nINV-1,Acme,12.50\n'],
      ['from a newer Owed', good.replace('"version":1', '"version":99')],
      ['an invoice with a text amount', good.replace(/"balance":\d+/, '"balance":"12.50"')],
      ['a debtor without a name', good.replace(/"name":"[^"]*"/, '"name":""')],
      ['empty', ''],
      ['binary', '\u0000\u0001PK\u0003\u0004'],
    ];
    const before = await ledgerState();
    for (const [what, text] of damaged) {
      const res = await owed.request<{ ok: boolean; error?: string }>({ type: 'import-backup', text });
      expect(res.ok, what).toBe(false);
      expect(res.error, what).toMatch(/^This (file|backup|Owed backup)/);
      expect(res.error!.length, what).toBeLessThan(600);
      expect(await ledgerState(), what).toBe(before);
    }
  });
});

describe('a filtered list of the same app', () => {
  // Known bug (live reader): a list filtered by the app ("Paid" only) is read as complete, so every
  // open invoice it does not show is marked "not seen since" and drops out of the balances until
  // the next full read. Kept as an expected failure so the fix is noticed; flip to it() then.
  it('does not mark the invoices it filters out as gone', async () => {
    const demo = await startDemoServer({ port: 0, today: localToday() });
    try {
      const source = new URL(demo.url).origin;
      await owed.approveReading(source);
      const page = await owed.context.newPage();
      await page.goto(`${demo.url}invoices?status=overdue`);
      const open = await eventually(
        async () => bySource(await backup(), source),
        (x) => x.length > 0,
      );
      await page.goto(`${demo.url}invoices?status=paid`);
      // Owed pages through the whole filtered list itself; then its last read is a complete one.
      await eventually(
        () => page.locator('#load-more').count(),
        (n) => n === 0,
        60_000,
      );
      await eventually(
        async () => bySource(await backup(), source),
        (x) => x.length > open.length,
      );
      await page.waitForTimeout(3000);
      const after = bySource(await backup(), source);
      expect(after.filter((i) => i.balance > 0 && i.missingSince !== undefined).map((i) => i.number)).toEqual([]);
      await page.close();
    } finally {
      await demo.close();
    }
  });
});

describe('network', () => {
  it('no request left this machine', () => {
    expect(owed.outside()).toEqual([]);
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
