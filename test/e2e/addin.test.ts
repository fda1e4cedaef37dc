import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoData } from '../../demo/seed.mjs';
import { ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { BRIDGE_CHANNEL } from '../../lib/bridge/protocol';
import type { DebtorView } from '../../lib/model';
import { recommendedTemplateId } from '../../outlook-addin/src/drafting/templates-port';
import { installOfficeHostDouble, type OfficeHostOptions } from '../fixtures/office/office-host-double';
import { expectedDebtors, localToday } from './demo-expectations';
import { eventually, launchOwed, type OwedBrowser } from './harness';

/*
 * The built taskpane in Chromium with the built extension, at its real origin
 * (https://localhost:3000): Playwright answers that origin's requests from .output/outlook-addin
 * (context.route), so no port, certificate or server is needed and the bridge content script
 * matches exactly as in Outlook on the web. Office.js is replaced by a host double injected before
 * the page's scripts; office.js itself is served empty (outside an Office host it would wait for one).
 */
const ADDIN_DIR = resolve('.output/outlook-addin');
const OTHER_ORIGIN = 'http://127.0.0.1:9';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

const today = localToday();
const demo = makeDemoData(today);
const owing = expectedDebtors(today, demo);
let owed: OwedBrowser;

async function serveAddin(context: BrowserContext) {
  const serveFrom = (origin: string) =>
    context.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('/office-js/office.js')) return route.fulfill({ contentType: 'text/javascript', body: '' });
      if (path === '/evil.html') return route.fulfill({ contentType: 'text/html', body: EVIL_PAGE });
      const file = join(ADDIN_DIR, path);
      if (!file.startsWith(ADDIN_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });
  await serveFrom(ADDIN_ORIGIN);
  await serveFrom(OTHER_ORIGIN);
}

/** A frame of another origin inside the taskpane that tries the bridge and records any answer. */
const EVIL_PAGE = `<!doctype html><script>
  window.answers = [];
  window.addEventListener('message', (e) => window.answers.push(e.data));
  parent.postMessage({ channel: '${BRIDGE_CHANNEL}', kind: 'request', id: 'evil-0123456789abcdef', request: { type: 'list-debtor-names' } }, '*');
  parent.postMessage({ channel: '${BRIDGE_CHANNEL}', kind: 'ping' }, '*');
</script>`;

async function openPane(host: OfficeHostOptions, origin = ADDIN_ORIGIN): Promise<Page> {
  const page = await owed.context.newPage();
  await page.setViewportSize({ width: 360, height: 760 }); // a taskpane's width
  await page.addInitScript(installOfficeHostDouble, host);
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

const officeCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __officeCalls: [string, unknown][] }).__officeCalls);
const ledger = () => owed.request<{ ok: boolean; value: { debtors: DebtorView[] } }>({ type: 'get-ledger' });

beforeAll(async () => {
  // Built here (a few seconds) so the run always tests the current taskpane, whatever was built before.
  const { build } = await import('vite');
  await build({ configFile: resolve('outlook-addin/vite.config.ts'), logLevel: 'warn' });
  owed = await launchOwed();
  await serveAddin(owed.context);
  // The demo invoicing app's data, as its reader would send it.
  const byId = new Map(demo.customers.map((c) => [c.id, c]));
  const read = await owed.request<{ ok: boolean; error?: string }>({
    type: 'page-read',
    read: {
      source: 'http://127.0.0.1:4173',
      url: 'http://127.0.0.1:4173/invoices',
      complete: true,
      invoices: demo.invoices
        .filter((i) => i.status !== 'Draft')
        .map((i) => ({
          number: i.number,
          customer: byId.get(i.customerId)!.name,
          email: byId.get(i.customerId)!.email,
          issued: i.issued,
          due: i.due,
          total: i.total,
          balance: i.total - i.paid,
          currency: i.currency,
          status: i.status,
          paidOn: i.paidOn,
        })),
    },
  });
  expect(read.ok, read.error).toBe(true);
});
afterAll(async () => owed?.close());

describe('Outlook taskpane with the Owed extension', () => {
  const debtor = owing.find((d) => d.oldestDaysLate > 0) ?? owing[0]!;
  const customer = demo.customers.find((c) => c.name === debtor.name)!;
  const openNumbers = demo.invoices
    .filter((i) => i.customerId === customer.id && i.status !== 'Draft' && i.total > i.paid)
    .map((i) => i.number);
  const host = {
    mode: 'read' as const,
    from: customer.email,
    to: [demo.company.email],
    cc: [],
    user: demo.company.email,
    maxMailbox: '1.13',
  };

  it('matches the sender to the demo debtor through the bridge, drafts the recommended template and logs it', async () => {
    const page = await openPane(host);
    await page.getByRole('heading', { name: customer.name }).waitFor();
    await expect(page.getByTestId('data-source').textContent()).resolves.toMatch(/Live data from the Owed extension/);
    for (const n of openNumbers) await page.getByRole('cell', { name: n, exact: true }).waitFor();

    const view = (await ledger()).value.debtors.find((d) => d.name === customer.name)!;
    const template = recommendedTemplateId(view);
    await page.getByRole('button', { name: 'Draft reminder' }).click();
    await page.getByText('Reminder drafted and logged in Owed.').waitFor();

    const drafts = (await officeCalls(page)).filter(
      ([name]) => name === 'displayReplyForm' || name === 'displayNewMessageForm',
    );
    expect(drafts).toHaveLength(1);
    const [how, form] = drafts[0] as [string, { htmlBody: string; toRecipients?: string[]; subject?: string }];
    for (const n of openNumbers) expect(form.htmlBody).toContain(n);
    if (how === 'displayNewMessageForm') expect(form.toRecipients).toEqual([customer.email]);

    const logged = await eventually(
      async () =>
        (await ledger()).value.debtors.find((d) => d.name === customer.name)!.events.filter((e) => e.kind === 'email'),
      (events) => events.length === 1,
    );
    expect(logged[0]).toMatchObject({ template, to: customer.email });
    await page.screenshot({ path: 'outlook-addin/taskpane.png', fullPage: true });
    await page.close();
  });

  it('fills an open draft in compose mode, above the signature', async () => {
    const signature = '<div id="Signature"><p>Sam Owner</p></div>';
    const page = await openPane({ ...host, mode: 'compose', from: undefined, to: [customer.email], body: signature });
    await page.getByRole('heading', { name: customer.name }).waitFor();
    await page.getByRole('button', { name: 'Draft reminder' }).click();
    await page.getByRole('status').waitFor();
    const draft = await page.evaluate(
      () => (window as unknown as { __officeDraft: { subject: string; body: string; to: string[] } }).__officeDraft,
    );
    expect(draft.subject.length).toBeGreaterThan(0);
    expect(draft.body.endsWith(signature)).toBe(true);
    expect(draft.body).toContain(openNumbers[0]!);
    expect(draft.to).toEqual([customer.email]);
    await page.close();
  });

  it('refuses a request from another origin framed in the pane, and answers the pane itself', async () => {
    const page = await openPane(host);
    await page.getByRole('heading', { name: customer.name }).waitFor();
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${OTHER_ORIGIN}/evil.html`);
    const evil = await eventually(
      async () => page.frames().find((f) => f.url().startsWith(OTHER_ORIGIN)),
      (f) => f !== undefined,
    );
    await evil!.waitForFunction(() => (window as unknown as { answers?: unknown[] }).answers !== undefined);
    // The pane's own request, sent after the frame's, is answered: the bridge was listening.
    const own = await page.evaluate(
      (channel) =>
        new Promise((resolve) => {
          const id = 'own-0123456789abcdef';
          window.addEventListener(
            'message',
            (e) => e.data?.kind === 'response' && e.data.id === id && resolve(e.data.response),
          );
          window.postMessage({ channel, kind: 'request', id, request: { type: 'list-debtor-names' } }, location.origin);
        }),
      BRIDGE_CHANNEL,
    );
    expect(own).toMatchObject({ ok: true });
    await page.waitForTimeout(500);
    expect(await evil!.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([]);
    await page.close();
  });

  it('says the extension is not paired when the pane is served from another origin', async () => {
    const page = await openPane(host, OTHER_ORIGIN);
    await page.getByText('Owed extension not found').waitFor();
    await page.close();
  });

  it('sent nothing off this machine', () => {
    expect(owed.outside()).toEqual([]);
  });
});
