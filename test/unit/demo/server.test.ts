import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoData, type DemoInvoice } from '../../../demo/seed.mjs';
import { startDemoServer, type DemoServer } from '../../../demo/server.mjs';

const TODAY = '2026-11-23';
const data = makeDemoData(TODAY);
const HEADERS = ['Number', 'Customer', 'Issue date', 'Due date', 'Total', 'Amount due', 'Status', 'Paid on'];

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0, today: TODAY });
});
afterAll(async () => {
  await server?.close();
});

const parser = new new Window().DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

async function get(path: string) {
  const response = await fetch(new URL(path, server.url));
  return { response, html: await response.text() };
}

/** The invoice table's rows as header -> cell text. */
function rowsOf(doc: ReturnType<typeof parse>, tableSelector = 'table') {
  const table = doc.querySelector(tableSelector);
  if (!table) throw new Error(`no ${tableSelector}`);
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    Object.fromEntries(
      [...tr.querySelectorAll('td')].map((td, i) => [headers[i] ?? String(i), td.textContent?.trim() ?? '']),
    ),
  );
}

/** Bare `<tr>`s from the load-more endpoint, as cells. */
function bareRows(html: string) {
  const doc = parse(`<table><tbody>${html}</tbody></table>`);
  return [...doc.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
  );
}

/** Every invoice number the list would show with this filter, by pressing "Load more" until the end. */
async function allNumbers(query: string) {
  const numbers: string[] = [];
  for (let page = 2; ; page++) {
    const { response, html } = await get(`/invoices/rows?page=${page}${query ? `&${query}` : ''}`);
    expect(response.status).toBe(200);
    const rows = bareRows(html);
    if (rows.length === 0) return { numbers, total: Number(response.headers.get('X-Total-Count')) };
    numbers.push(...rows.map((cells) => cells[0]!));
    expect(page).toBeLessThan(50);
  }
}

const owed = (i: DemoInvoice) => (i.status === 'Draft' ? 0 : i.total - i.paid);
const newestFirst = (a: DemoInvoice, b: DemoInvoice) =>
  b.issued.localeCompare(a.issued) || b.number.localeCompare(a.number);
const usd = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

describe('demo server', () => {
  it('serves on 127.0.0.1 with the page frame of an invoicing app', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const { response, html } = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const doc = parse(html);
    expect(doc.querySelector('header')?.textContent).toContain('Brightside Supply Co.');
    expect([...doc.querySelectorAll('nav a')].map((a) => a.textContent?.trim())).toEqual(
      expect.arrayContaining(['Dashboard', 'Invoices', 'Customers', 'Reports']),
    );
    expect(doc.querySelector('a[href="/invoices"]')).not.toBeNull();
    // Nothing from another origin: every script, style and link is local.
    for (const el of doc.querySelectorAll('script[src], link[href], img[src]')) {
      expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^\//);
    }
    for (const asset of ['/assets/app.css', '/assets/app.js']) expect((await get(asset)).response.status).toBe(200);
  });

  it('lists the 25 newest invoices with the expected columns, then a Load more button', async () => {
    const { html } = await get('/invoices');
    const doc = parse(html);
    expect([...doc.querySelectorAll('table thead th')].map((th) => th.textContent?.trim())).toEqual(HEADERS);
    const rows = rowsOf(doc);
    expect(rows).toHaveLength(25);
    const expected = [...data.invoices].sort(newestFirst).slice(0, 25);
    expect(rows.map((r) => r.Number)).toEqual(expected.map((i) => i.number));
    expect(doc.querySelector('#load-more')?.textContent?.trim()).toBe('Load more');
    expect(html).not.toMatch(/data-owed/i);

    const customers = new Map(data.customers.map((c) => [c.id, c]));
    rows.forEach((row, i) => {
      const inv = expected[i]!;
      expect(row.Customer).toBe(customers.get(inv.customerId)!.name);
      expect(row['Issue date']).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
      expect(new Date(`${row['Issue date']} UTC`).toISOString().slice(0, 10)).toBe(inv.issued);
      expect(new Date(`${row['Due date']} UTC`).toISOString().slice(0, 10)).toBe(inv.due);
      expect(row.Status).toBe(inv.status);
      if (inv.currency === 'USD') expect(row['Amount due']).toBe(usd(owed(inv)));
    });
    const link = doc.querySelector('tbody tr td a[href^="/invoices/"]');
    expect(link?.getAttribute('href')).toBe(`/invoices/${expected[0]!.number}`);
  });

  it('loads every remaining row, 25 at a time, until the list is complete', async () => {
    const { html } = await get('/invoices/rows?page=2');
    expect(bareRows(html)).toHaveLength(25);
    const { numbers, total } = await allNumbers('');
    expect(total).toBe(data.invoices.length);
    const firstPage = rowsOf(parse((await get('/invoices')).html)).map((r) => r.Number);
    const everything = [...firstPage, ...numbers];
    expect(everything).toHaveLength(data.invoices.length);
    expect(everything).toEqual([...data.invoices].sort(newestFirst).map((i) => i.number));
  });

  it('filters overdue invoices: something owed and past due, whatever the status word', async () => {
    const expected = data.invoices.filter((i) => owed(i) > 0 && i.due < TODAY).sort(newestFirst);
    expect(expected.length).toBeGreaterThan(25);
    const doc = parse((await get('/invoices?status=overdue')).html);
    const firstPage = rowsOf(doc);
    expect(firstPage).toHaveLength(25);
    expect(doc.querySelector('.tab.active')?.textContent).toContain('Overdue');
    const { numbers, total } = await allNumbers('status=overdue');
    expect(total).toBe(expected.length);
    expect([...firstPage.map((r) => r.Number), ...numbers]).toEqual(expected.map((i) => i.number));
    expect(new Set(firstPage.map((r) => r.Status))).toEqual(
      new Set(
        ['Overdue', 'Partially paid', 'Disputed'].filter((s) => expected.slice(0, 25).some((i) => i.status === s)),
      ),
    );
  });

  it('pages without JavaScript too: ?page=2 shows the first 50 rows', async () => {
    const rows = rowsOf(parse((await get('/invoices?page=2')).html));
    expect(rows).toHaveLength(50);
  });

  it('finds invoices by customer name', async () => {
    const rows = rowsOf(parse((await get('/invoices?q=globex')).html));
    const globex = data.customers.find((c) => c.name === 'Globex Corporation')!;
    expect(rows.map((r) => r.Number)).toEqual(
      data.invoices
        .filter((i) => i.customerId === globex.id)
        .sort(newestFirst)
        .map((i) => i.number),
    );
  });

  it('shows a customer page with contact, email, phone and all their invoices', async () => {
    const customer = data.customers.find((c) => c.behaviour === 'going-out-of-business')!;
    const { response, html } = await get(`/customers/${customer.id}`);
    expect(response.status).toBe(200);
    const doc = parse(html);
    const text = doc.body.textContent ?? '';
    for (const value of [
      customer.name,
      customer.contactName,
      customer.email,
      customer.phone,
      customer.address,
      `Net ${customer.termsDays}`,
    ]) {
      expect(text).toContain(value);
    }
    expect(doc.querySelector(`a[href="mailto:${customer.email}"]`)).not.toBeNull();
    const theirs = data.invoices.filter((i) => i.customerId === customer.id);
    expect(
      rowsOf(doc)
        .map((r) => r.Number)
        .sort(),
    ).toEqual(theirs.map((i) => i.number).sort());
  });

  it('lists customers with email, phone and open balance', async () => {
    const rows = rowsOf(parse((await get('/customers')).html));
    expect(rows).toHaveLength(data.customers.length);
    const acme = data.customers.find((c) => c.name.startsWith('Castle Rock'))!;
    const row = rows.find((r) => r.Name === acme.name)!;
    expect(row.Email).toBe(acme.email);
    expect(row.Phone).toBe(acme.phone);
    const balance = data.invoices.filter((i) => i.customerId === acme.id).reduce((s, i) => s + owed(i), 0);
    expect(row['Open balance']).toBe(usd(balance));
  });

  it('escapes a hostile customer name everywhere it is shown', async () => {
    const bobby = data.customers.find((c) => c.name.includes('<b>'))!;
    for (const path of [`/customers/${bobby.id}`, '/customers', `/invoices?q=${encodeURIComponent('Bobby')}`]) {
      const { html } = await get(path);
      expect(html, path).not.toContain('<b>Tables</b>');
      expect(html, path).toContain('Bobby &lt;b&gt;Tables&lt;/b&gt; &amp; Co');
      const doc = parse(html);
      expect(doc.querySelector('main b'), path).toBeNull();
      expect(
        [...doc.querySelectorAll('main a')].some((a) => a.textContent === bobby.name),
        path,
      ).toBe(true);
    }
  });

  it('shows money in the invoice currency', async () => {
    const eur = data.invoices.find((i) => i.currency === 'EUR')!;
    const gbp = data.invoices.find((i) => i.currency === 'GBP')!;
    for (const inv of [eur, gbp]) {
      const doc = parse((await get(`/invoices/${inv.number}`)).html);
      expect(doc.querySelector('main')?.textContent).toContain(inv.currency === 'EUR' ? '€' : '£');
      expect(doc.querySelector('h1')?.textContent).toContain(inv.number);
    }
  });

  it('answers unknown paths with a 404 page', async () => {
    for (const path of ['/nope', '/customers/9999', '/invoices/INV-1999-0001', '/customers/%E0%A4%A']) {
      const { response, html } = await get(path);
      expect(response.status, path).toBe(404);
      expect(html).toContain('Page not found');
    }
    const escaped = await get('/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(escaped.html).not.toContain('<script>alert');
  });

  it('appends the next rows when Load more is pressed, and removes the button at the end', async () => {
    const window = new Window({
      url: new URL('/invoices?status=overdue', server.url).href,
      // Only the demo's own app.js is evaluated here.
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    try {
      const { html } = await get('/invoices?status=overdue');
      window.document.write(html);
      window.eval(await readFile(new URL('../../../demo/assets/app.js', import.meta.url), 'utf8'));
      const expectedCount = data.invoices.filter((i) => owed(i) > 0 && i.due < TODAY).length;
      const rows = () => window.document.querySelectorAll('#invoices tbody tr').length;
      for (let clicks = 0; window.document.querySelector('#load-more') && clicks < 10; clicks++) {
        const before = rows();
        (window.document.querySelector('#load-more') as unknown as { click(): void }).click();
        await window.happyDOM.waitUntilComplete();
        expect(rows()).toBeGreaterThan(before);
      }
      expect(rows()).toBe(expectedCount);
      expect(window.document.querySelector('#load-more')).toBeNull();
      expect(window.document.querySelector('#showing')?.textContent).toBe(
        `Showing ${expectedCount} of ${expectedCount} invoices`,
      );
    } finally {
      await window.happyDOM.close();
    }
  });
});
