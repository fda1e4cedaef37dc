import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigcapitalIsUp, type Credentials, credentials, type TruthDebtor, truth } from './bigcapital/api';
import { eventually, launchOwed, type OwedBrowser } from './harness';

// Owed on Bigcapital, a real React single-page invoicing app it has no profile or code for: a user
// logs in through the real form, opens the invoice list (20 rows a page, the rest behind numbered
// page buttons; an Amount column that is the invoice total), and opens the invoices Owed says may
// be part-paid. The sidebar must then show every overdue debtor
// with the open balance, the overdue balance and the oldest due date Bigcapital's API reports.
// Bigcapital is started by scripts/services (CI) or ../shared/bigcapital/setup.sh: this test
// fails, and says so, when it is not up.

let bc: Credentials;
let want: Awaited<ReturnType<typeof truth>>;
let owed: OwedBrowser;
const today = new Date().toISOString().slice(0, 10); // Bigcapital and the browser both run in UTC here
const days = (from: string) => Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000);

beforeAll(async () => {
  bc = credentials();
  const down = await bigcapitalIsUp(bc);
  if (down) throw new Error(`Bigcapital is not up: ${down}. Start it before this test.`);
  want = await truth(bc);
  owed = await launchOwed({ env: { TZ: 'UTC' } });
  await owed.approveReading(bc.url);
}, 120_000);

afterAll(async () => {
  await owed?.close();
});

/** Logs in through the real login form (its e-mail field really is named "crediential"). */
async function login(page: Page) {
  await page.goto(`${bc.url}/auth/login`, { waitUntil: 'domcontentloaded' });
  const email = page.locator('input[name="crediential"], input[type="email"]').first();
  await email.waitFor({ timeout: 60_000 });
  await email.fill(bc.email);
  await page.locator('input[name="password"]').fill(bc.password);
  await Promise.all([
    page.waitForURL((u) => !new URL(u).pathname.startsWith('/auth'), { timeout: 60_000 }),
    page.locator('button[type="submit"]').click(),
  ]);
}

interface SidebarRow {
  id: string;
  name: string;
  minor: number;
  currency: string;
  days: number;
}

async function readSidebar(sidebar: Page): Promise<SidebarRow[]> {
  const tab = sidebar.locator('nav[aria-label="Views"] button', { hasText: /^Debtors$/ });
  if ((await tab.count()) > 0 && (await tab.getAttribute('aria-current')) !== 'page') await tab.click();
  return sidebar.$$eval('ul[aria-label="Debtors"] > li', (lis) =>
    lis.map((li) => {
      const bal = li.querySelector<HTMLElement>('.debtor-balance')!;
      return {
        id: (li as HTMLElement).dataset.debtorId!,
        name: li.querySelector('.debtor-name')!.textContent!.trim(),
        minor: Number(bal.dataset.minor),
        currency: bal.dataset.currency!,
        days: Number(li.querySelector<HTMLElement>('.debtor-late')!.dataset.days),
      };
    }),
  );
}

/** A debtor's open invoices as its page in the sidebar lists them: due date, what is owed, currency. */
async function openInvoicesShown(row: SidebarRow) {
  const page = await owed.context.newPage();
  try {
    await page.goto(`chrome-extension://${owed.extensionId}/sidepanel.html#debtor/${encodeURIComponent(row.id)}`);
    await page.locator('table[aria-label="Open invoices"]').waitFor();
    return await page.$$eval('table[aria-label="Open invoices"] tbody tr[data-minor]', (trs) =>
      trs.map((tr) => ({
        number: tr.querySelector('th')!.textContent!.trim(),
        due: (tr as HTMLElement).dataset.due ?? '',
        minor: Number((tr as HTMLElement).dataset.minor),
        currency: (tr as HTMLElement).dataset.currency!,
        unconfirmed: (tr as HTMLElement).dataset.unconfirmed === 'true',
      })),
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens each invoice's details as a user does: on each page of the list, a click on its row opens
 * a drawer; its Close button closes it.
 */
async function openInvoiceDetails(page: Page, numbers: Set<string>) {
  const left = new Set(numbers);
  const log: string[] = [];
  const pageButtons = await page.locator('button', { hasText: /^\d+$/ }).allTextContents();
  for (const n of pageButtons.length ? pageButtons : ['1']) {
    const button = page.getByRole('button', { name: n, exact: true });
    if (await button.isEnabled().catch(() => false)) {
      await button.click();
      await page.waitForTimeout(1000);
    }
    for (const number of [...left]) {
      const cell = page.getByRole('cell', { name: number, exact: true });
      if ((await cell.count()) === 0) continue;
      log.push(`${n}:${number}`);
      await cell.first().click();
      const title = `Invoice details (${number})`;
      await page
        .waitForFunction((t) => document.body.innerText.includes(t), title, { timeout: 20_000 })
        .catch(async (e) => {
          await page.screenshot({ path: join(tmpdir(), 'owed-bigcapital-drawer.png') });
          throw new Error(`${title} did not open (${log.join(', ')}): ${e}`);
        });
      await page.waitForFunction(() => /Due Amount/i.test(document.body.innerText), null, { timeout: 20_000 });
      await page.waitForTimeout(800); // the reader reads the drawer (debounced)
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await page.waitForFunction((t) => !document.body.innerText.includes(t), title, { timeout: 20_000 });
      left.delete(number);
    }
  }
  expect([...left], 'invoices the test could not find in the list').toEqual([]);
}

const expected = (d: TruthDebtor) => ({
  open: { minor: d.openBalance, currency: d.currency },
  overdue: d.overdueBalance,
  daysLate: days(d.oldestOverdueDue),
});

describe('Owed on Bigcapital (a React single-page app it was never taught)', () => {
  it('the seeded Bigcapital is worth testing: pages, part-payments, two currencies', () => {
    const open = want.invoices.filter((i) => Number(i.due_amount) > 0 && i.is_delivered);
    expect(want.invoices.length).toBeGreaterThan(20); // more than one page of 20
    expect(open.filter((i) => i.is_overdue).length).toBeGreaterThanOrEqual(10);
    expect(want.invoices.some((i) => Number(i.due_amount) > 0 && Number(i.due_amount) < Number(i.total))).toBe(true);
    expect(new Set(want.overdueDebtors.map((d) => d.currency)).size).toBe(2);
  });

  it("shows every overdue debtor with Bigcapital's open balance, overdue balance and oldest due date", async () => {
    const page = await owed.context.newPage();
    await login(page);
    await page.goto(`${bc.url}/invoices`);
    await page.getByRole('row').nth(1).waitFor({ timeout: 60_000 });

    // Owed pages through the list itself (the URL never changes); the sidebar says when every page was read.
    const sidebar = await owed.openSidebar();
    await eventually(
      async () =>
        (await sidebar
          .locator('.reads')
          .textContent()
          .catch(() => '')) ?? '',
      (t) => /every page read/.test(t),
      60_000,
    );

    const rows = await eventually(
      () => readSidebar(sidebar),
      (r) => want.overdueDebtors.every((d) => r.some((x) => x.name === d.name)),
      30_000,
    );
    // The list shows invoice totals, so the sidebar says which balances may be part-paid; the user
    // opens those invoices in the app (a drawer over the list) to see what is still due.
    const unsure = new Set<string>();
    for (const row of rows) for (const i of await openInvoicesShown(row)) if (i.unconfirmed) unsure.add(i.number);
    expect(unsure.size).toBeGreaterThan(0);
    await openInvoiceDetails(page, unsure);
    // Then nothing the sidebar shows is still only a total.
    await eventually(
      async () => {
        const left: string[] = [];
        for (const row of await readSidebar(sidebar))
          for (const i of await openInvoicesShown(row)) if (i.unconfirmed) left.push(i.number);
        return left;
      },
      (left) => left.length === 0,
      20_000,
    );
    const got: Record<string, ReturnType<typeof expected>> = {};
    const now = await readSidebar(sidebar);
    for (const d of want.overdueDebtors) {
      const row = now.find((r) => r.name === d.name)!;
      const invoices = await openInvoicesShown(row);
      got[d.name] = {
        open: { minor: row.minor, currency: row.currency },
        overdue: invoices.filter((i) => i.due && i.due < today).reduce((s, i) => s + i.minor, 0),
        daysLate: row.days,
      };
    }
    expect(got).toEqual(Object.fromEntries(want.overdueDebtors.map((d) => [d.name, expected(d)])));
  }, 480_000);

  it('sent nothing off this machine', () => {
    expect(owed.requests.some((u) => u.startsWith(bc.url))).toBe(true);
    expect(owed.outside()).toEqual([]);
  });
});
