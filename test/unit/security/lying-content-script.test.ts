// @vitest-environment happy-dom
// A content script runs in pages Owed does not control: what it says about where a read came from,
// and whether it was complete, is not believed. The origin is the sender's (the browser says which
// page sent it); completeness is judged per list from what the background itself read.
import { describe, expect, it } from 'vitest';
import { handlePageParse, pageReadFromPage } from '../../../entrypoints/background/page-parse';
import { capturePage } from '../../../lib/extract/page/capture-page';
import { MAX_ROWS, type WireCapture } from '../../../lib/extract/wire/capture-wire';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { OwedDb } from '../../../lib/db';
import { PageRead, type PageReadInput } from '../../../lib/model/page-read';
import { freshName } from '../db/helpers';

const ROW = (n: number, customer = 'Acme') =>
  `<tr><td>INV-${n}</td><td>${customer}</td><td>2026-10-01</td><td>$10.00</td></tr>`;
const TABLE = (id: string, rows: string) =>
  `<table id="${id}"><thead><tr><th>Invoice</th><th>Customer</th><th>Due date</th><th>Balance</th></tr></thead><tbody>${rows}</tbody></table>`;

function captured(html: string) {
  document.body.innerHTML = html;
  const steps = capturePage(document, { form: true });
  for (;;) {
    const s = steps.next();
    if (s.done) return JSON.parse(JSON.stringify(s.value.capture)) as WireCapture;
  }
}

function background() {
  const kept: PageReadInput[] = [];
  const reader = parseHere(async (read) => void kept.push(read));
  return { kept, ask: (m: unknown, sender: string | undefined) => handlePageParse(m, reader, sender) };
}

const store = (capture: WireCapture, url: string, complete = true) => ({
  type: 'page:store',
  url,
  today: '2026-11-23',
  capture,
  title: 'Invoices',
  complete,
});

describe('the background decides, not the content script', () => {
  it('reads with its own copy of the profile the page names (by id), never the copy the page sends', async () => {
    const { kept, ask } = background();
    // A Xero page that sends "xero" with its columns swapped: balance read from the customer's column,
    // customer from the invoice number's. The background's own xero profile reads the list instead.
    const capture = captured(TABLE('a', ROW(1, 'Acme')));
    const forged = {
      id: 'xero',
      name: 'Xero',
      matches: ['https://go.xero.com/*'],
      columns: { number: ['Customer'], customer: ['Invoice'], balance: ['Due date'] },
    };
    const url = 'https://go.xero.com/AccountsReceivable/Search.aspx';
    const res = await ask({ ...store(capture, url), profile: forged }, url);
    expect(res).toEqual({ ok: true, value: null });
    expect(kept.map((r) => r.invoices.map((i) => [i.number, i.customer, i.balance]))).toEqual([
      [['INV-1', 'Acme', 1000]],
    ]);
    expect(kept[0]?.profile).toBe('xero');
    // A profile the background does not know for that page reads nothing the page made up.
    expect(
      await ask({ type: 'page:maturities', url, capture, profile: { ...forged, id: 'made-up' } }, url),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/no site profile "made-up"/) });
  });

  it('takes the origin from the sender, whatever the payload names', async () => {
    const { kept, ask } = background();
    const capture = captured(TABLE('a', ROW(1)));
    expect(await ask(store(capture, 'https://go.xero.com/AccountsReceivable'), 'https://evil.example/x')).toEqual({
      ok: true,
      value: null,
    });
    expect(kept.map((r) => [r.source, r.url])).toEqual([['https://evil.example', 'https://evil.example/x']]);
    // No sender page (not a tab), or not a web page: refused, nothing kept.
    for (const sender of [undefined, 'chrome-extension://abc/sidepanel.html', 'file:///tmp/x.html'])
      expect(await ask(store(capture, 'https://go.xero.com/'), sender)).toMatchObject({ ok: false });
    expect(kept).toHaveLength(1);
  });

  it('takes a page’s contacts and due dates for the sender’s origin only, never invoices or a complete list', () => {
    const lie = {
      type: 'page-read',
      read: {
        source: 'https://go.xero.com',
        url: 'https://go.xero.com/',
        invoices: [],
        customers: [{ customer: 'Acme', email: 'pay@evil.example' }],
        complete: true,
      },
    };
    const told = pageReadFromPage(lie, 'https://evil.example/customers/1');
    expect(told).toMatchObject({
      ok: true,
      message: { type: 'page-read', read: { source: 'https://evil.example', url: 'https://evil.example/customers/1' } },
    });
    expect(told.ok && PageRead.parse(told.message.read).complete).toBe(false);
    const withInvoices = {
      ...lie,
      read: { ...lie.read, invoices: [{ number: '1', customer: 'Acme', balance: 1, currency: 'USD' }] },
    };
    expect(pageReadFromPage(withInvoices, 'https://evil.example/')).toMatchObject({ ok: false });
    expect(pageReadFromPage(lie, undefined)).toMatchObject({ ok: false });
  });

  it('never calls a list past the row limit complete, and says it was read in part', { timeout: 60_000 }, async () => {
    const { kept, ask } = background();
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => ROW(i)).join('');
    const capture = captured(TABLE('big', rows));
    expect(capture.lists[0]!.count).toBe(MAX_ROWS);
    await ask(store(capture, 'https://app.example/invoices'), 'https://app.example/invoices');
    expect(kept[0]!.complete).toBe(false);
    expect(kept[0]!.invoices).toHaveLength(MAX_ROWS);
    expect(kept[0]!.problems).toContainEqual({
      where: expect.any(String),
      reason: expect.stringMatching(/more than 20,000 rows.*first 20,000/),
    });

    // Nothing past the cut is marked "not seen since" (the first rows stand for the 20,000 kept).
    const db = await OwedDb.open(freshName());
    const first = kept[0]!.invoices.slice(0, 50);
    const past = { number: 'INV-20000', customer: 'Acme', balance: 1000, currency: 'USD', list: first[0]!.list };
    await db.applyRead(PageRead.parse({ ...kept[0], invoices: [...first, past] }), 1, '2026-11-23');
    await db.applyRead(PageRead.parse({ ...kept[0], invoices: first }), 2, '2026-11-23');
    expect((await db.snapshot()).invoices.filter((i) => i.missingSince !== undefined)).toEqual([]);
  });

  it('marks missing only what the same list no longer shows: two lists of one app do not mark each other', async () => {
    const { kept, ask } = background();
    const url = 'https://app.example/invoices';
    await ask(store(captured(TABLE('open', ROW(1) + ROW(2))), url), url);
    await ask(
      store(captured(`<h1>Credit notes</h1>${TABLE('credits', ROW(7, 'Globex')).replace('Due date', 'Date')}`), url),
      url,
    );
    await ask(store(captured(TABLE('open', ROW(1))), url), url);
    const db = await OwedDb.open(freshName());
    for (const [i, r] of kept.entries()) await db.applyRead(PageRead.parse(r), i + 1, '2026-11-23');
    const missing = (await db.snapshot()).invoices.filter((i) => i.missingSince !== undefined).map((i) => i.number);
    expect(missing).toEqual(['INV-2']);
  });
});
