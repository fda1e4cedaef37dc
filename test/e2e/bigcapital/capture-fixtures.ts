// Captures Bigcapital's real invoice list (pages 1 and 2) and one invoice's details drawer into
// test/fixtures/pages/bigcapital/, with the expected reading of each built from Bigcapital's API
// (numbers, customers, dates, totals, currencies, what is due) and the status words the page
// shows (read off the page's own status cells, never from Owed's reader).
//   TZ=UTC npx tsx test/e2e/bigcapital/capture-fixtures.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../harness';
import { credentials, truth } from './api';

const OUT = join(import.meta.dirname, '../../fixtures/pages/bigcapital');
const bc = credentials();
const today = new Date().toISOString().slice(0, 10);
const minor = (x: unknown) => Math.round(Number(x ?? 0) * 100);

const clean = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<link\b[^>]*>/g, '');

async function statuses(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[role=row]', (rows) =>
    Object.fromEntries(
      rows
        .map((r) => [
          r.querySelector('.td-invoice_no')?.textContent?.trim(),
          r.querySelector('.status-accessor')?.textContent?.trim(),
        ])
        .filter(([n, s]) => n && s),
    ),
  );
}

const { invoices } = await truth(bc);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC', locale: 'en-US' });
await page.goto(`${bc.url}/auth/login`);
await page.locator('input[name="crediential"]').fill(bc.email);
await page.locator('input[name="password"]').fill(bc.password);
await Promise.all([
  page.waitForURL((u) => !new URL(u).pathname.startsWith('/auth')),
  page.locator('button[type="submit"]').click(),
]);
await page.goto(`${bc.url}/invoices`);
await page.getByRole('cell', { name: 'INV-00001', exact: true }).waitFor();

const expectedFor = (status: Record<string, string>) =>
  invoices
    .filter((i) => status[i.invoice_no])
    .map((i) => {
      const s = status[i.invoice_no]!;
      const balance = /^paid$/i.test(s) ? 0 : minor(i.total);
      const inv: Record<string, unknown> = {
        number: i.invoice_no,
        customer: i.customer.display_name,
        issued: (i as unknown as { invoice_date: string }).invoice_date.slice(0, 10),
        due: i.due_date.slice(0, 10),
        total: minor(i.total),
        balance,
        currency: i.currency_code,
        status: s,
      };
      if (balance > 0) inv.balanceFromTotal = true;
      if (/overdue/i.test(s)) inv.overdue = true;
      return inv;
    });

const save = async (name: string, status: Record<string, string>, note: string, detail?: string) => {
  writeFileSync(join(OUT, `${name}.html`), clean(await page.content()));
  const expected = expectedFor(status).map((inv) => {
    if (inv.number !== detail) return inv;
    const api = invoices.find((i) => i.invoice_no === detail)!;
    const { balanceFromTotal: _, ...rest } = inv;
    return { ...rest, balance: minor(api.due_amount) };
  });
  writeFileSync(
    join(OUT, `${name}.expected.json`),
    `${JSON.stringify({ url: `${bc.url}/invoices`, today, profile: 'generic', capturedOn: today, note, invoices: expected }, null, 2)}\n`,
  );
};

await save('invoices-page-1', await statuses(page), 'Invoices list, page 1 of 2 (20 rows), as first drawn.');
const first = await statuses(page);
const partPaid = invoices.find(
  (i) => first[i.invoice_no] && Number(i.due_amount) > 0 && Number(i.due_amount) < Number(i.total),
)!;
await page.getByRole('cell', { name: partPaid.invoice_no, exact: true }).click();
await page.waitForFunction(() => /Due Amount/.test(document.body.innerText));
await page.waitForTimeout(500);
await save(
  'invoice-details-drawer',
  first,
  `Page 1 with ${partPaid.invoice_no}'s details drawer open (part-paid).`,
  partPaid.invoice_no,
);
await page.getByRole('button', { name: 'Close', exact: true }).click();
await page.getByRole('button', { name: 'Next' }).click();
await page.getByRole('cell', { name: 'INV-00025', exact: true }).waitFor();
await save('invoices-page-2', await statuses(page), 'Invoices list, page 2 of 2, after Next.');
await browser.close();
console.log('captured into', OUT);
