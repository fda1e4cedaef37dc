// Captures Bigcapital's real customers list and receivables aging summary into
// test/fixtures/pages/bigcapital/, with the expected reading of each: no invoice (they list
// customers, not invoices) and each customer's balance, from Bigcapital's API: the customers
// list's balance in the customer's currency; the aging report's open and overdue amounts per
// customer (the sums of its invoices' due amounts), in the currency the report states, which is
// the base currency for every customer (Bigcapital labels a euro customer's euro amounts in
// dollars there).
//   TZ=UTC npx tsx test/e2e/bigcapital/capture-balances.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
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

const { customers, debtors } = await truth(bc);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC', locale: 'en-US' });
await page.goto(`${bc.url}/auth/login`);
await page.locator('input[name="crediential"]').fill(bc.email);
await page.locator('input[name="password"]').fill(bc.password);
await Promise.all([
  page.waitForURL((u) => !new URL(u).pathname.startsWith('/auth')),
  page.locator('button[type="submit"]').click(),
]);

const save = (name: string, url: string, note: string, balances: unknown[]) =>
  writeFileSync(
    join(OUT, `${name}.expected.json`),
    `${JSON.stringify({ url, today, profile: 'generic', capturedOn: today, note, invoices: [], balances }, null, 2)}\n`,
  );

await page.goto(`${bc.url}/customers`);
await page.getByRole('cell', { name: customers[0]!.display_name, exact: true }).first().waitFor();
await page.waitForTimeout(500);
writeFileSync(join(OUT, 'customers-list.html'), clean(await page.content()));
save(
  'customers-list',
  `${bc.url}/customers`,
  'Customers list: a receivable balance per customer, in its currency.',
  customers.map((c) => ({
    customer: c.display_name,
    balance: minor(c.balance),
    currency: c.currency_code,
    from: 'customers',
  })),
);

await page.goto(`${bc.url}/financial-reports/receivable-aging-summary`);
await page.getByRole('row').nth(2).waitFor();
await page.waitForTimeout(1000);
writeFileSync(join(OUT, 'ar-aging-summary.html'), clean(await page.content()));
save(
  'ar-aging-summary',
  `${bc.url}/financial-reports/receivable-aging-summary`,
  'A/R aging summary: per customer, Current, day buckets and a Total; amounts in the base currency (USD) as the report states them, the euro customers too.',
  debtors.map((d) => ({
    customer: d.name,
    balance: d.openBalance,
    currency: 'USD',
    overdue: d.overdueBalance,
    from: 'aging',
  })),
);
await browser.close();
console.log('captured into', OUT);
