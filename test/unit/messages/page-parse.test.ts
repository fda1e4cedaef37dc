// @vitest-environment happy-dom
// The background reads what a page captured ('page:invoices', 'page:maturities', 'page:store'):
// the same reading as in the page's own thread, and a capture that is not one is refused with a
// reason, nothing kept.
import { describe, expect, it } from 'vitest';
import { handlePageParse } from '../../../entrypoints/background/page-parse';
import { capturePage } from '../../../lib/extract/page/capture-page';
import type { WireCapture } from '../../../lib/extract/wire/capture-wire';
import { extractInvoices } from '../../../lib/extract/extract-invoices';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { tryton } from '../../../lib/extract/read/profiles/tryton';
import type { PageReadInput } from '../../../lib/model/page-read';

const PAGE = `<table id="inv"><thead><tr><th>Invoice</th><th>Customer</th><th>Due date</th><th>Status</th><th>Balance</th></tr></thead><tbody>
  <tr><td>INV-1</td><td>Acme &lt;script&gt;</td><td>2026-10-01</td><td><span class="badge badge-danger">Open</span></td><td>$10.00</td></tr>
  <tr><td>INV-2</td><td>Globex</td><td>2026-12-01</td><td>Sent</td><td>$20.00</td></tr>
  <tr><td>Total</td><td></td><td></td><td></td><td>$30.00</td></tr></tbody></table>`;
const URL_ = 'https://books.example/invoices';

/** The page's capture as the message carries it. */
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
  // An honest page: the browser names the same address the message does.
  return { kept, ask: (m: unknown) => handlePageParse(m, reader, (m as { url?: string }).url ?? URL_) };
}

describe('handlePageParse', () => {
  it('says how a read went without sending the invoices back, and keeps them on store, as the page would have read them', async () => {
    const { kept, ask } = background();
    const capture = captured(PAGE);
    expect(await ask({ type: 'page:invoices', url: URL_, today: '2026-11-23', capture })).toEqual({
      ok: true,
      value: {
        readId: expect.any(String),
        invoices: 2,
        lists: [{ index: 0, rows: 3, invoices: 2, skipped: 0 }],
        problems: 0,
      },
    });
    expect(kept).toEqual([]);
    expect(
      await ask({ type: 'page:store', url: URL_, today: '2026-11-23', capture, title: 'Invoices', complete: true }),
    ).toEqual({ ok: true, value: null });
    expect(kept).toEqual([
      {
        source: 'https://books.example',
        url: URL_,
        title: 'Invoices',
        profile: 'generic',
        invoices: [
          {
            number: 'INV-1',
            customer: 'Acme <script>',
            due: '2026-10-01',
            status: 'Open',
            balance: 1000,
            currency: 'USD',
            overdue: true,
            list: expect.stringMatching(/^L[0-9a-f]{13}$/),
          },
          {
            number: 'INV-2',
            customer: 'Globex',
            due: '2026-12-01',
            status: 'Sent',
            balance: 2000,
            currency: 'USD',
            list: kept[0]?.invoices[0]?.list,
          },
        ],
        problems: [],
        complete: true,
        confidence: 1,
      },
    ]);
    expect(kept[0]!.invoices.map(({ list: _l, ...i }) => i)).toEqual(
      extractInvoices(document, { url: URL_, today: '2026-11-23' }).invoices,
    );
  });

  it('keeps what the summary read when the store names it, and reads the capture again when it cannot', async () => {
    const { kept, ask } = background();
    const capture = captured(PAGE);
    const other = captured(PAGE.replace('INV-2', 'INV-9'));
    const summary = (await ask({ type: 'page:invoices', url: URL_, today: '2026-11-23', capture })) as {
      value: { readId: string };
    };
    // The store names the read: what was read then is kept, not read again from what came with it.
    await ask({
      type: 'page:store',
      url: URL_,
      today: '2026-11-23',
      capture: other,
      readId: summary.value.readId,
      title: 't',
      complete: false,
    });
    // A read named once is gone; an unknown one, or another page's, is read from its capture.
    await ask({
      type: 'page:store',
      url: URL_,
      today: '2026-11-23',
      capture: other,
      readId: summary.value.readId,
      title: 't',
      complete: false,
    });
    const again = (await ask({ type: 'page:invoices', url: URL_, today: '2026-11-23', capture })) as {
      value: { readId: string };
    };
    await ask({
      type: 'page:store',
      url: `${URL_}/other`,
      today: '2026-11-23',
      capture: other,
      readId: again.value.readId,
      title: 't',
      complete: false,
    });
    expect(kept.map((r) => r.invoices.map((i) => i.number))).toEqual([
      ['INV-1', 'INV-2'],
      ['INV-1', 'INV-9'],
      ['INV-1', 'INV-9'],
    ]);
  });

  it('keeps a read the store names without its capture, and asks for the capture when that read is gone', async () => {
    const { kept, ask } = background();
    const capture = captured(PAGE);
    const summary = (await ask({ type: 'page:invoices', url: URL_, today: '2026-11-23', capture })) as {
      value: { readId: string };
    };
    const store = { type: 'page:store', url: URL_, today: '2026-11-23', title: 't', complete: true };
    expect(await ask({ ...store, readId: summary.value.readId })).toEqual({ ok: true, value: null });
    expect(kept.map((r) => r.invoices.map((i) => i.number))).toEqual([['INV-1', 'INV-2']]);
    // Named once, the read is gone: the page is asked for the capture, and nothing is kept meanwhile.
    expect(await ask({ ...store, readId: summary.value.readId })).toEqual({ ok: true, value: { resend: true } });
    expect(kept).toHaveLength(1);
    expect(await ask({ ...store, readId: summary.value.readId, capture })).toEqual({ ok: true, value: null });
    expect(kept).toHaveLength(2);
  });

  it('reads a due-date list with the profile the page names', async () => {
    const capture = captured(`<table><thead><tr><th>Party</th><th>Amount</th><th>Maturity Date</th></tr></thead>
      <tbody><tr><td>Acme</td><td>10.00</td><td>11/03/2026</td></tr></tbody></table>`);
    const url = 'http://127.0.0.1:8000/#menu/model/account.dunning';
    const res = await background().ask({
      type: 'page:maturities',
      url,
      today: '2026-11-23',
      profile: { ...tryton, listSelector: undefined },
      capture,
    });
    expect(res).toMatchObject({
      ok: true,
      value: { maturities: [{ customer: 'Acme', due: '2026-11-03', amount: 1000 }], list: 0 },
    });
  });

  it('refuses what is not a capture, or too big a one, with a reason, keeps nothing, and leaves other messages alone', async () => {
    const { kept, ask } = background();
    const capture = captured(PAGE);
    const list = capture.lists[0]!;
    const store = { type: 'page:store', url: URL_, title: 'x', complete: true };
    for (const bad of [
      { ...store },
      { ...store, capture: { lists: [{ ...list, rows: [['INV-1', 'Acme']] }] } },
      { ...store, capture: { lists: [{ ...list, count: 20_001 }] } },
      { ...store, capture: { lists: [{ ...list, headers: ['x'.repeat(2_001)] }] } },
      { ...store, capture: { lists: [{ ...list, cellsMarked: { '-1': [0] } }] } },
      { ...store, capture: { lists: [{ ...list, rowsMarked: [1.5] }] } },
      { type: 'page:maturities', url: URL_, capture },
    ])
      expect(await ask(bad), JSON.stringify(bad).slice(0, 80)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Owed refused a malformed page capture/),
      });
    // Rows that do not unpack to what the list says.
    expect(await ask({ ...store, capture: { lists: [{ ...list, count: 7 }] } })).toEqual({
      ok: false,
      error: 'Owed could not read this page: list 1 has 3 rows, not the 7 it says (at most 20000)',
    });
    expect(kept).toEqual([]);
    expect(
      handlePageParse(
        { type: 'page-read' },
        parseHere(async () => {}),
        URL_,
      ),
    ).toBeUndefined();
  });
});
