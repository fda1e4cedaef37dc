/**
 * Captures sao's real DOM (Tryton's web client, as a logged-in user sees it in Chromium) into
 * test/fixtures/pages/tryton-sao/, with the expected reading of each page from JSON-RPC.
 * Needs the Tryton of ../shared/tryton/setup.sh plus test/e2e/tryton/seed-more.py.
 *
 *     npx tsx test/e2e/tryton/capture-fixtures.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { balanceFromList, customerInvoices, dunnings, localToday, type TrytonInvoice } from './ground-truth';
import { CUSTOMER_INVOICES_URL, DUNNINGS_URL, invoiceFormUrl, login } from './rpc';
import { enterSao, LIST_ROWS, openSao, openFormPage, scrollListToEnd } from './sao';

const OUT = resolve('test/fixtures/pages/tryton-sao');
const STATE_LABEL: Record<TrytonInvoice['state'], string> = {
  draft: 'Draft',
  validated: 'Validated',
  posted: 'Posted',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

const session = await login();
const invoices = await customerInvoices(session);
const dunningRows = await dunnings(session);
if (invoices.length < 30)
  throw new Error(`only ${invoices.length} customer invoices: run test/e2e/tryton/seed-more.py`);
const today = localToday();

/**
 * An invoice as the corpus expects it (test/fixtures/pages/corpus.ts: InvoiceObservation, fields
 * absent when unknown). `balance` is what is owed (amount_to_pay), even where the list shows only
 * the part due today: that is what Owed must end up knowing.
 */
const observation = (i: TrytonInvoice, withDue: boolean) => ({
  number: i.number!,
  customer: i.customer,
  ...(i.issued ? { issued: i.issued } : {}),
  ...(withDue && i.openDueDates[0] ? { due: i.openDueDates[0] } : {}),
  total: i.total,
  balance: i.amountToPay,
  currency: i.currency,
  status: STATE_LABEL[i.state],
  ...(i.amountToPayToday > 0 ? { overdue: true } : {}),
});

const profile = await mkdtemp(join(tmpdir(), 'owed-sao-capture-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu'],
});
/**
 * The page's DOM as HTML. sao fills form fields by property (input.value, option.selected,
 * checkbox.checked), which outerHTML does not serialise: they are copied to attributes first,
 * so a reader of the fixture (happy-dom) sees what the user sees.
 */
const html = (page: Page) =>
  page.evaluate(`(() => {
    for (const el of document.querySelectorAll('input, textarea, select')) {
      if (el.tagName === 'SELECT') {
        for (const o of el.options) o.toggleAttribute('selected', o.selected);
      } else if (el.type === 'checkbox' || el.type === 'radio') {
        el.toggleAttribute('checked', el.checked);
      } else if (el.tagName === 'TEXTAREA') {
        el.textContent = el.value;
      } else if (el.value !== '') {
        el.setAttribute('value', el.value);
      }
    }
    return document.documentElement.outerHTML;
  })()`) as Promise<string>;
const save = (name: string, body: string) => writeFile(join(OUT, name), body);
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
await mkdir(OUT, { recursive: true });

try {
  const page = await enterSao(context, session);
  const byNumber = new Map(invoices.filter((i) => i.number).map((i) => [i.number!, i]));
  const shownNumbers = () =>
    page
      .locator(LIST_ROWS)
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td[data-title="Number: "]')?.textContent?.trim() ?? ''));
  /** The list's expected reading, in the page's order (sao's default: newest first). */
  const listExpected = (numbers: string[], pageName: string, note: string) => {
    const shown = numbers.filter((n) => byNumber.has(n)).map((n) => byNumber.get(n)!);
    return {
      url: CUSTOMER_INVOICES_URL,
      today,
      profile: 'tryton',
      invoices: shown.map((i) => observation(i, false)),
      tryton: {
        page: pageName,
        app: 'Tryton 6.0.29, sao web client, en (dates MM/DD/YYYY), company currency USD',
        rowsDrawn: numbers.length,
        rowsWithoutNumber: numbers.filter((n) => !n).length,
        note,
        // What the "Amount to Pay Today" column shows per invoice, beside the balance above.
        amountToPayToday: Object.fromEntries(shown.map((i) => [i.number, i.amountToPayToday])),
        // Rows where the list alone cannot give the balance (see balanceFromList).
        balanceNotOnThePage: shown.filter((i) => balanceFromList(i) !== i.amountToPay).map((i) => i.number),
      },
    };
  };

  // 1. Customer invoices: first the 20 rows sao draws, then every row after scrolling.
  await openSao(page, CUSTOMER_INVOICES_URL, LIST_ROWS);
  await save('invoice-list-first-20.html', await html(page));
  await save(
    'invoice-list-first-20.expected.json',
    json(
      listExpected(
        await shownNumbers(),
        'invoice-list-first-20.html',
        'As first drawn: 20 rows, then tr.more-row (a "More" button).',
      ),
    ),
  );
  const drawn = await scrollListToEnd(page);
  if (drawn !== invoices.length) throw new Error(`sao drew ${drawn} of ${invoices.length} rows`);
  await save('invoice-list.html', await html(page));
  const allNumbers = await shownNumbers();
  await save(
    'invoice-list.expected.json',
    json(listExpected(allNumbers, 'invoice-list.html', 'After scrolling: every row drawn, no more-row left.')),
  );

  // 2. Dunnings: one row per overdue receivable line, with its maturity date. Not an invoice list
  // (no invoice number on it): the reader must take no invoice from it.
  await openSao(page, DUNNINGS_URL, LIST_ROWS);
  await scrollListToEnd(page);
  await save('dunnings.html', await html(page));
  const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
  await save(
    'dunnings.expected.json',
    json({
      url: DUNNINGS_URL,
      today,
      profile: 'tryton',
      invoices: [],
      tryton: {
        page: 'dunnings.html',
        columns: ['Line', 'Party', 'Amount', 'Maturity Date', 'Level', 'Blocked', 'State'],
        note:
          'Amount is the receivable line amount (the invoice total, or one instalment), not reduced by part ' +
          'payments. The invoice number is not shown; invoiceNumber comes from line.move.origin over JSON-RPC.',
        dunnings: dunningRows.map((d) => ({
          customer: d.customer,
          amount: d.amount,
          currency: 'USD',
          due: d.due,
          level: d.level,
          blocked: d.blocked,
          state: d.state === 'draft' ? 'Draft' : d.state,
          invoiceNumber: d.invoiceId === null ? null : numberOf.get(d.invoiceId),
        })),
      },
    }),
  );

  // 3. One invoice form, Payment tab: two instalments, one overdue (the richest case).
  const form =
    invoices.find(
      (i) =>
        i.state === 'posted' && i.linesToPay.length > 1 && i.amountToPayToday > 0 && i.amountToPayToday < i.amountToPay,
    ) ?? invoices.find((i) => i.state === 'posted' && i.linesToPay.length > 1);
  if (!form) throw new Error('no two-instalment invoice: run seed-more.py');
  await openSao(page, invoiceFormUrl(form.id), '#tabcontent > .tab-pane.active .form');
  await openFormPage(page, 'Payment');
  await save('invoice-form.html', await html(page));
  await save(
    'invoice-form.expected.json',
    json({
      url: invoiceFormUrl(form.id),
      today,
      profile: 'tryton',
      invoices: [observation(form, true)],
      tryton: {
        page: 'invoice-form.html',
        note:
          'Payment tab open. due = the earliest maturity date of the lines to pay not yet reconciled; ' +
          'balance = the "Amount to Pay" field; overdue = "Amount to Pay Today" > 0.',
        amountToPayToday: form.amountToPayToday,
        linesToPay: form.linesToPay,
      },
    }),
  );

  // Card mode: the same DOM, drawn as cards by CSS under 768 px (screenshot for the README only).
  await page.setViewportSize({ width: 600, height: 900 });
  await openSao(page, CUSTOMER_INVOICES_URL, LIST_ROWS);
  await page.screenshot({ path: join(tmpdir(), 'sao-cards.png') });
  console.log(
    `captured ${allNumbers.length} list rows, ${dunningRows.length} dunnings, form of ${form.number} into ${OUT}`,
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
