import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchOwed, type OwedBrowser } from './harness';
import {
  customerInvoices,
  dunnings as trytonDunnings,
  expectedDebtors,
  localToday,
  needsForm,
  type ExpectedDebtor,
  type TrytonDunning,
  type TrytonInvoice,
} from './tryton/ground-truth';
import {
  CUSTOMER_INVOICES_URL,
  DUNNINGS_URL,
  invoiceFormUrl,
  login,
  trytonIsUp,
  TRYTON_DB,
  TRYTON_URL,
  type TrytonSession,
} from './tryton/rpc';
import { enterSao, LIST_ROWS, openSao, scrollListToEnd } from './tryton/sao';

// Owed on Tryton 6.0, a real invoicing app, in its own web client (sao): a user opens the
// customer invoices, scrolls past the first 20 rows, glances at the Dunnings list; the sidebar must
// then show every debtor with the balance and the oldest due date Tryton's database has.

const SETUP = resolve('scripts/services/tryton.sh');
const WORKDIR = process.env.TRYTON_WORKDIR ?? join(process.env.TMPDIR ?? tmpdir(), 'owed-tryton');
const today = localToday();

let tryton: TrytonSession;
let invoices: TrytonInvoice[];
let dunningRows: TrytonDunning[];
let expected: ExpectedDebtor[];
let owed: OwedBrowser;
const timings: Record<string, number> = {};

async function timed<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings[label] = (Date.now() - t0) / 1000;
  }
}

beforeAll(async () => {
  // CI (.ci/run) starts Tryton before the suite; a developer's machine may not have it yet.
  // Another run of setup.sh may be rebuilding it right now: wait a little, then set up under a lock.
  if (!(await waitForTryton(3_000))) {
    if (!existsSync(SETUP)) throw new Error(`Tryton is not running on ${TRYTON_URL} and ${SETUP} is missing`);
    await timed('setup.sh', () =>
      // -o: the trytond that setup.sh leaves running must not inherit (and keep) the lock.
      execFileSync('flock', ['-o', join(tmpdir(), 'owed-tryton-setup.lock'), 'bash', SETUP], {
        stdio: 'pipe',
        timeout: 600_000,
      }),
    );
  }
  // More invoices than sao draws at first (20), so reading "all rows" means paging. Idempotent.
  await timed('seed-more.py', () =>
    execFileSync('/usr/bin/python3', ['test/e2e/tryton/seed-more.py'], {
      env: { ...process.env, CONF: join(WORKDIR, 'trytond.conf'), DB: TRYTON_DB, PYTHONWARNINGS: 'ignore' },
      stdio: 'pipe',
      timeout: 120_000,
    }),
  );
  tryton = await login();
  invoices = await customerInvoices(tryton);
  dunningRows = await trytonDunnings(tryton);
  expected = expectedDebtors(invoices, today);
  owed = await timed('launch Chromium + Owed', () => launchOwed());
  await owed.approveReading(TRYTON_URL);
}, 600_000);

afterAll(async () => {
  await owed?.close();
  console.log(`Tryton e2e timings (s): ${JSON.stringify(timings)}`);
});

interface SidebarRow {
  name: string;
  /** The balance the sidebar shows as confirmed due. */
  minor: number;
  /** Invoice totals it shows apart, "total shown, part-payment possible". */
  unconfirmed: number;
  currency: string;
  days: number;
  late: string;
}

/**
 * Every debtor row of the sidebar's Debtors view (components/sidebar/DebtorRow.tsx). The list is
 * windowed, so it is scrolled through and the rows seen are collected by name.
 */
async function readSidebar(sidebar: Page): Promise<SidebarRow[]> {
  const tab = sidebar.locator('nav[aria-label="Views"] button', { hasText: /^Debtors$/ });
  if ((await tab.count()) > 0 && (await tab.getAttribute('aria-current')) !== 'page') await tab.click();
  const seen = new Map<string, SidebarRow>();
  const scroller = sidebar.getByTestId('debtor-scroller');
  for (let i = 0; i < 100; i++) {
    const rows = await sidebar.$$eval('ul[aria-label="Debtors"] > li', (lis) =>
      lis.map((li) => {
        const bal = li.querySelector<HTMLElement>('.debtor-balance')!;
        const late = li.querySelector<HTMLElement>('.debtor-late')!;
        return {
          name: li.querySelector('.debtor-name')!.textContent!.trim(),
          minor: Number(bal.dataset.minor),
          unconfirmed: Number(li.querySelector<HTMLElement>('.debtor-unconfirmed-amount')?.dataset.minor ?? 0),
          currency: bal.dataset.currency!,
          days: Number(late.dataset.days),
          late: late.textContent ?? '',
        };
      }),
    );
    for (const r of rows) seen.set(r.name, r);
    if ((await scroller.count()) === 0) break;
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      if (!end) el.scrollTop += Math.max(50, el.clientHeight - 20);
      return end;
    });
    if (atEnd) break;
    await sidebar.waitForTimeout(50);
  }
  if ((await scroller.count()) > 0) await scroller.evaluate((el) => (el.scrollTop = 0));
  return [...seen.values()];
}

describe('Owed on Tryton (sao web client)', () => {
  it('the seeded Tryton is worth testing: more invoices than one page, overdue ones, instalments', () => {
    const posted = invoices.filter((i) => i.state === 'posted');
    expect(invoices.length).toBeGreaterThan(30);
    expect(posted.filter((i) => i.amountToPayToday > 0).length).toBeGreaterThan(5);
    // An invoice whose list row cannot tell what is owed (an instalment not yet due).
    expect(posted.some((i) => i.amountToPayToday > 0 && i.amountToPayToday < i.amountToPay)).toBe(true);
    // Invoices not yet due, whose list row shows 0.00 to pay today though money is owed.
    expect(posted.some((i) => i.amountToPay > 0 && i.amountToPayToday === 0)).toBe(true);
    expect(expected.some((d) => d.oldestDaysLate > 60)).toBe(true);
  });

  it('the pages the test opens hold the answer (so the sidebar can be exact)', () => {
    // Balances: the list's rows tell what is owed (balanceFromList) except on instalment invoices
    // with an instalment not yet due, whose form the test opens.
    const posted = invoices.filter((i) => i.state === 'posted');
    expect(posted.filter(needsForm).length).toBeGreaterThan(0);
    for (const i of posted.filter(needsForm)) expect(i.linesToPay.length, i.number ?? '').toBeGreaterThan(1);
    // Oldest due dates: the earliest Maturity Date per customer on the Dunnings list.
    for (const d of expected.filter((e) => e.oldestDaysLate > 0)) {
      const dues = dunningRows
        .filter((r) => r.customer === d.name)
        .map((r) => r.due)
        .sort();
      expect(dues[0], d.name).toBe(d.oldestDue);
    }
  });

  it("reads every customer invoice past the first 20 rows; the sidebar shows each debtor with Tryton's balance and oldest due date", async () => {
    const page = await enterSao(owed.context, tryton);
    await timed('open invoice list', () => openSao(page, CUSTOMER_INVOICES_URL, LIST_ROWS));
    // sao draws 20 rows, then a "More" row that loads 20 more as it scrolls into view (Owed may
    // already have pressed it: its Tryton profile names it as the list's "load more" control).
    timings['rows drawn before scrolling'] = await page.locator(LIST_ROWS).count();
    const drawn = await timed('scroll list', () => scrollListToEnd(page));
    expect(drawn).toBe(invoices.length);

    // Due dates: Tryton's list has none; the Dunnings list shows the overdue lines' maturity dates.
    const dunnings = await owed.context.newPage();
    await timed('open dunnings', () => enterSaoPage(dunnings, DUNNINGS_URL));

    // What is owed on an instalment invoice is only on its form ("Amount to Pay"): its list row
    // shows the instalment due so far. A user checking such an invoice opens it.
    const form = await owed.context.newPage();
    for (const inv of invoices.filter(needsForm)) {
      await timed(`open form ${inv.number}`, () =>
        openSao(form, invoiceFormUrl(inv.id), '#tabcontent > .tab-pane.active .form'),
      );
    }

    const sidebar = await owed.openSidebar();
    const rows = await timed('sidebar shows every debtor', () =>
      eventually(
        () => readSidebar(sidebar),
        (r) => r.length >= expected.length,
        30_000,
      ),
    );
    const shown = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(Object.keys(shown).sort()).toEqual(expected.map((d) => d.name).sort());

    // Money first: what each customer owes, as Tryton's amount_to_pay sums it. Tryton's list has
    // no amount-due column: a Posted row shows its Total, which the sidebar shows apart from the
    // confirmed balance ("total shown, part-payment possible") until a form confirms it. Both
    // together are what is owed; the confirmed part alone is never more.
    const balanceOf = (r: SidebarRow[]) =>
      Object.fromEntries(r.map((x) => [x.name, { minor: x.minor + x.unconfirmed, currency: x.currency }]));
    const wantBalances = Object.fromEntries(expected.map((d) => [d.name, { minor: d.balance, currency: d.currency }]));
    expect
      .soft(
        balanceOf(
          await settled(
            () => readSidebar(sidebar),
            (r) => isDeepStrictEqual(balanceOf(r), wantBalances),
          ),
        ),
      )
      .toEqual(wantBalances);
    for (const r of await readSidebar(sidebar))
      expect(r.minor, `${r.name}: confirmed balance`).toBeLessThanOrEqual(wantBalances[r.name]?.minor ?? 0);

    // Then lateness: days since the oldest open maturity date, for every debtor.
    const daysOf = (r: SidebarRow[]) => Object.fromEntries(r.map((x) => [x.name, x.days]));
    const wantDays = Object.fromEntries(expected.map((d) => [d.name, d.oldestDaysLate]));
    expect
      .soft(
        daysOf(
          await settled(
            () => readSidebar(sidebar),
            (r) => isDeepStrictEqual(daysOf(r), wantDays),
          ),
        ),
      )
      .toEqual(wantDays);
  });

  it('never claims a debtor Tryton marks overdue is "not late"', async () => {
    const sidebar = await owed.openSidebar();
    const rows = await eventually(
      () => readSidebar(sidebar),
      (r) => r.length > 0,
    );
    for (const d of expected.filter((e) => e.oldestDaysLate > 0)) {
      const row = rows.find((r) => r.name === d.name);
      expect(row, d.name).toBeDefined();
      // Either the right number of days, or the honest "overdue, due date unknown".
      if (row!.days !== d.oldestDaysLate) expect(row!.late, d.name).toMatch(/due date unknown/i);
    }
  });

  it('sent nothing off this machine', () => {
    expect(owed.requests.some((u) => u.startsWith('http://127.0.0.1'))).toBe(true);
    expect(owed.outside()).toEqual([]);
  });
});

async function waitForTryton(ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  do {
    if (await trytonIsUp()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  } while (Date.now() < end);
  return false;
}

/** Polls until `ok` or `ms` pass, then returns the last value (the assertion after it tells what differs). */
async function settled<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  return eventually(fn, ok, ms).catch(() => fn());
}

/** A second sao window, logged in through the same localStorage (same profile). */
async function enterSaoPage(page: Page, url: string) {
  await openSao(page, url, LIST_ROWS);
  await scrollListToEnd(page);
}
