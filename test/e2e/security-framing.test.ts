// The sidebar cannot be framed by web pages: a page on a host Owed reads (here 127.0.0.1) frames
// Owed's sidebar almost invisibly, names a debtor and panel in the hash, and puts a decoy button
// under it. The framed sidebar shows nothing of the ledger and offers nothing to click; the
// sidebar Owed itself opens in the same page still works.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchOwed, type OwedBrowser } from './harness';

let owed: OwedBrowser;
let server: Server;
let origin = '';
let page: Page;

const decoy = (id: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Win a prize</title>
<style>#owed { position: absolute; top: 0; left: 0; width: 400px; height: 700px; opacity: 0.01; z-index: 2; }
#prize { position: absolute; top: 0; left: 0; width: 400px; height: 700px; font-size: 40px; z-index: 1; }</style></head>
<body><button id="prize">Click to win</button>
<iframe id="owed" src="chrome-extension://${id}/sidepanel.html#debtor/acme/call"></iframe></body></html>`;

beforeAll(async () => {
  owed = await launchOwed();
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(decoy(owed.extensionId));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stored = await owed.request<{ ok: boolean }>({
    type: 'page-read',
    read: {
      source: 'https://go.xero.com',
      url: 'https://go.xero.com/AccountsReceivable',
      invoices: [{ number: 'INV-1', customer: 'Acme', balance: 120_000, currency: 'USD', due: '2026-01-01' }],
    },
  });
  expect(stored.ok).toBe(true);
  page = await owed.context.newPage();
  await page.goto(`${origin}/`);
}, 60_000);

afterAll(async () => {
  await owed?.close();
  server?.close();
});

const framed = () =>
  eventually(
    async () => page.frames().find((f) => f.url().includes('/sidepanel.html#debtor')),
    (f) => !!f,
    10_000,
  ) as Promise<Frame>;

describe('a page that frames the sidebar', () => {
  it('sees no debtor and no action in it, whatever the hash names, and a decoy click does nothing', async () => {
    const frame = await framed();
    // Give the sidebar time to load the ledger, were it going to.
    await page.waitForTimeout(1500);
    const text = await frame.locator('body').innerText();
    expect(text).not.toContain('Acme');
    expect(text).toMatch(/opened by Owed/i);
    expect(await frame.locator('button, a[href], input, textarea, select').count()).toBe(0);
    await page.mouse.click(200, 300);
    const events = await owed.request<{ ok: boolean; value: { events: unknown[] } }>({ type: 'export-backup' });
    expect(events.value.events).toEqual([]);
  });

  it('leaves the sidebar Owed opens itself in that page working', async () => {
    const helper = await owed.openSidebar();
    await helper.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url: `${url}/*` });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'owed:toggle-frame' });
    }, origin);
    await helper.close();
    const own = (await eventually(
      async () => page.frames().find((f) => /\/sidepanel\.html(\?|$)/.test(f.url())),
      (f) => !!f,
      10_000,
    )) as Frame;
    await eventually(
      () => own.locator('body').innerText(),
      (t) => t.includes('Acme'),
      10_000,
    );
  });
});

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
};
