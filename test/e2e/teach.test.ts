// Teaching Owed a page it cannot read, in Chromium with the built extension: an app in Swedish
// (words the generic reader does not know, one date column) shows nothing; the user opens Owed's
// sidebar on the page, picks the list on the page, confirms the columns, and the debtors appear.
// The sidebar's side of the exchange is driven here with the messages components/teach sends
// (TeachPage → teach-access.ts), from the in-page sidebar frame, as the sidebar does.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from './demo-expectations';
import { eventually, launchOwed, type OwedBrowser } from './harness';

interface Row {
  number: string;
  customer: string;
  due: string;
  owed: string;
}
interface Backup {
  invoices: { number: string; customer: string; balance: number; currency: string; due?: string; source: string }[];
  profiles: { id: string; profile: unknown }[];
}

const daysAgo = (n: number) => {
  const [y, m, d] = localToday().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
};
let rows: Row[] = [];
const page_ = () => `<!doctype html><html lang="sv-SE"><head><meta charset="utf-8"><title>Fakturor</title></head><body>
<h1>Fakturor</h1>
<table class="fakt"><thead><tr><th>Fakturanr</th><th>Kund</th><th>Förfallodag</th><th>Att betala</th></tr></thead><tbody>
${rows.map((r) => `<tr onclick="location.href='/faktura/${r.number}'"><td>${r.number}</td><td>${r.customer}</td><td>${r.due}</td><td>${r.owed}</td></tr>`).join('\n')}
</tbody></table></body></html>`;

let owed: OwedBrowser;
let server: Server;
let origin = '';
let page: Page;

const backup = async () => {
  const res = await owed.request<{ ok: boolean; value: Backup }>({ type: 'export-backup' });
  expect(res.ok).toBe(true);
  return res.value;
};
const mine = async () => (await backup()).invoices.filter((i) => i.source === origin);

/** The in-page sidebar (the frame components/sidebar runs in), opened as the "Owed" tab does. */
async function sidebarFrame(): Promise<Frame> {
  const existing = page.frames().find((f) => f.url().includes('/sidepanel.html'));
  if (existing) return existing;
  const helper = await owed.openSidebar();
  await helper.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: `${url}/*` });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'owed:toggle-frame' });
  }, origin);
  await helper.close();
  return eventually(
    async () => page.frames().find((f) => f.url().includes('/sidepanel.html')),
    (f) => !!f,
    10_000,
  ) as Promise<Frame>;
}
const send = <T>(frame: Frame, message: unknown) =>
  frame.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;

beforeAll(async () => {
  rows = [
    { number: 'F-1001', customer: 'Volvo Bygg AB', due: daysAgo(20), owed: 'SEK 1 250,00' },
    { number: 'F-1002', customer: 'Ikano Möbler', due: daysAgo(5), owed: 'SEK 980,50' },
  ];
  server = createServer((req, res) => {
    if (!req.url?.startsWith('/fakturor') && !req.url?.startsWith('/faktura/')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page_());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  owed = await launchOwed();
  await owed.approveReading(origin);
  page = await owed.context.newPage();
  await page.goto(`${origin}/fakturor`);
}, 120_000);

afterAll(async () => {
  await owed?.close();
  await new Promise((r) => server?.close(r));
});

describe('teach Owed a page', () => {
  it('the generic reader cannot map this page: nothing is stored', async () => {
    await page.waitForTimeout(2500);
    expect(await mine()).toEqual([]);
  });

  it('Esc leaves pick mode without a pick; the overlay shows nothing to the page', async () => {
    const frame = await sidebarFrame();
    const answer = send<{ ok: boolean; value: unknown }>(frame, { type: 'teach:start' });
    await eventually(
      () => page.locator('owed-teach').count(),
      (n) => n === 1,
      10_000,
    );
    const seen = await page.evaluate(() => {
      const host = document.querySelector('owed-teach')!;
      return { shadow: host.shadowRoot, attributes: host.attributes.length, text: host.textContent };
    });
    expect(seen).toEqual({ shadow: null, attributes: 0, text: '' });
    await page.keyboard.press('Escape');
    expect(await answer).toEqual({ ok: true, value: null });
    expect(await page.locator('owed-teach').count()).toBe(0);
  });

  it('pick the list on the page, confirm the columns, and the debtors appear', async () => {
    const frame = await sidebarFrame();
    const answer = send<{
      ok: boolean;
      value: { headers: string[]; sample: string[][]; columns: Record<string, number> };
    }>(frame, { type: 'teach:start' });
    await eventually(
      () => page.locator('owed-teach').count(),
      (n) => n === 1,
      10_000,
    );
    await page.locator('td', { hasText: 'Volvo Bygg AB' }).click();
    const picked = await answer;
    expect(picked.ok).toBe(true);
    expect(picked.value.headers).toEqual(['Fakturanr', 'Kund', 'Förfallodag', 'Att betala']);
    expect(picked.value.sample[0]).toEqual(['F-1001', 'Volvo Bygg AB', daysAgo(20), 'SEK 1 250,00']);
    // The picking click never reached the app (its rows open the invoice on click).
    expect(new URL(page.url()).pathname).toBe('/fakturor');

    // What the user confirms in the sidebar (components/teach/ColumnConfirm).
    const saved = await send<{ ok: boolean; value: { id: string; matches: string[] }; error?: string }>(frame, {
      type: 'teach:save',
      columns: { number: 0, customer: 1, due: 2, balance: 3 },
      name: 'Fakturor',
    });
    expect(saved.error).toBeUndefined();
    expect(saved.value.matches).toEqual([`${origin}/*`]);

    const got = await eventually(mine, (x) => x.length === 2, 20_000);
    expect(got.map((i) => [i.number, i.customer, i.balance, i.currency, i.due]).sort()).toEqual([
      ['F-1001', 'Volvo Bygg AB', 125000, 'SEK', daysAgo(20)],
      ['F-1002', 'Ikano Möbler', 98050, 'SEK', daysAgo(5)],
    ]);
    const sidebar = await owed.openSidebar();
    const names = await eventually(
      () => sidebar.locator('.debtor-name').allTextContents(),
      (n) => n.length >= 2,
      15_000,
    );
    // Today's list and the debtors list may both show a debtor: each name once is what counts.
    expect([...new Set(names.map((n) => n.trim()))].sort()).toEqual(['Ikano Möbler', 'Volvo Bygg AB']);
    await sidebar.close();
  });

  it('the next visit reads the page with the saved profile from the start', async () => {
    rows.push({ number: 'F-1003', customer: 'Sandvik Verktyg', due: daysAgo(40), owed: 'SEK 4 000,00' });
    await page.reload();
    const got = await eventually(mine, (x) => x.length === 3, 20_000);
    expect(got.find((i) => i.number === 'F-1003')).toMatchObject({
      customer: 'Sandvik Verktyg',
      balance: 400000,
      currency: 'SEK',
    });
    expect((await backup()).profiles.map((p) => p.id)).toEqual([`taught-127-0-0-1-${new URL(origin).port}`]);
  });

  it('picks by keyboard too: ↓ outlines the list on the page, Enter picks it', async () => {
    const frame = await sidebarFrame();
    const answer = send<{ ok: boolean; value: { headers: string[] } }>(frame, { type: 'teach:start' });
    await eventually(
      () => page.locator('owed-teach').count(),
      (n) => n === 1,
      10_000,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect((await answer).value.headers).toEqual(['Fakturanr', 'Kund', 'Förfallodag', 'Att betala']);
    expect(new URL(page.url()).pathname).toBe('/fakturor');
  });

  it('sent nothing off this machine', () => {
    expect(owed.outside()).toEqual([]);
  });
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
};
