import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { expectedDebtors, localToday } from './demo-expectations';
import { eventually, launchOwed, loadEveryPage, type OwedBrowser } from './harness';

const today = localToday();
let demo: { url: string; close: () => Promise<void> };
let owed: OwedBrowser;

beforeAll(async () => {
  demo = await startDemoServer({ port: 0, today });
  owed = await launchOwed();
});
afterAll(async () => {
  await owed?.close();
  await demo?.close();
});

interface Row {
  name: string;
  minor: number;
  currency: string;
  days: number;
}
const readSidebar = (page: import('playwright-core').Page) =>
  page.$$eval('ul[aria-label="Debtors"] > li', (lis) =>
    lis.map((li) => {
      const bal = li.querySelector<HTMLElement>('.debtor-balance')!;
      return {
        name: li.querySelector('.debtor-name')!.textContent!,
        minor: Number(bal.dataset.minor),
        currency: bal.dataset.currency!,
        days: Number(li.querySelector<HTMLElement>('.debtor-late')!.dataset.days),
      };
    }),
  );

describe('Owed on the demo invoicing app', () => {
  it('reads nothing from the app until the user says yes in the sidebar on its page, then reads it without a reload', async () => {
    const page = await owed.context.newPage();
    await page.goto(`${demo.url}invoices`);
    await page.waitForSelector('owed-sidebar', { state: 'attached' });
    const viewport = page.viewportSize()!;
    // The floating tab at the right edge opens Owed's sidebar in the page.
    await page.mouse.click(viewport.width - 8, viewport.height * 0.4 + 25);
    const frame = await eventually(
      async () => page.frames().find((f) => f.url().split('?')[0]!.endsWith('/sidepanel.html')),
      (f) => f !== undefined,
    );
    const origin = new URL(demo.url).origin;
    const ask = frame!.getByRole('region', { name: 'This site' });
    await ask.getByText(`Read invoices from ${origin}?`).waitFor();
    // The page has loaded and its reader started: still nothing from it in the ledger.
    const ledger = await owed.request<{ ok: true; value: { debtors: unknown[] } }>({ type: 'get-ledger' });
    expect(ledger.value.debtors).toEqual([]);

    await ask.getByRole('button', { name: 'Read invoices' }).click();
    await ask.getByText(`Owed now reads invoices from ${new URL(demo.url).host}.`).waitFor();
    await eventually(
      async () =>
        (await owed.request<{ ok: true; value: { debtors: unknown[] } }>({ type: 'get-ledger' })).value.debtors,
      (d) => d.length > 0,
    );
    // Closes the sidebar again (its tab now sits at the frame's edge).
    await page.mouse.click(viewport.width - 400 - 8, viewport.height * 0.4 + 25);
    await page.close();
  });

  it('reads every page of invoices and shows each debtor with the right balance, and the badge counts calls due today', async () => {
    const expected = expectedDebtors(today);
    const page = await owed.context.newPage();
    await page.goto(`${demo.url}invoices`);
    // Page through the list as a user would: Owed reads rows as they load.
    await loadEveryPage(page);

    const sidebar = await owed.openSidebar();
    const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.name, r]));
    // Reading goes on while the test pages: wait until the sidebar agrees, then compare field by
    // field so a failure names the debtor that is wrong.
    const matches = (rows: Row[]) => {
      const shown = byName(rows);
      return (
        expected.every((d) => shown[d.name]?.minor === d.balance && shown[d.name]?.days === d.oldestDaysLate) &&
        rows.length === expected.length
      );
    };
    const rows = await eventually(() => readSidebar(sidebar), matches, 30_000).catch(() => readSidebar(sidebar));
    const shown = byName(rows);
    expect(Object.keys(shown).sort()).toEqual(expected.map((d) => d.name).sort());
    for (const d of expected) {
      expect(shown[d.name], d.name).toMatchObject({ minor: d.balance, currency: d.currency, days: d.oldestDaysLate });
    }

    const calls = expected.filter((d) => d.dueForCall).length;
    expect(calls).toBeGreaterThan(0);
    expect(await eventually(owed.badge, (b) => b === String(calls))).toBe(String(calls));
    await expect(sidebar.getByTestId('calls-today').textContent()).resolves.toBe(String(calls));
  });

  it('opens the sidebar in the page from its floating tab', async () => {
    const page = await owed.context.newPage();
    await page.goto(`${demo.url}invoices?status=overdue`);
    await page.waitForSelector('owed-sidebar', { state: 'attached' });
    const viewport = page.viewportSize()!;
    await page.mouse.click(viewport.width - 8, viewport.height * 0.4 + 25);
    const frame = await eventually(
      async () => page.frames().find((f) => f.url().split('?')[0]!.endsWith('/sidepanel.html')),
      (f) => f !== undefined,
    );
    await frame!.waitForSelector('ul[aria-label="Debtors"] > li');
    await page.screenshot({ path: 'docs/sidebar-on-demo.png' });
  });

  it('sent nothing off this machine', () => {
    expect(owed.requests.length).toBeGreaterThan(0);
    expect(owed.outside()).toEqual([]);
  });
});
