// @vitest-environment happy-dom
// The background reads what a page captured ('page:invoices', 'page:maturities'): the same reading
// as in the page's own thread, and a capture that is not one is refused with a reason.
import { describe, expect, it } from 'vitest';
import { handlePageParse } from '../../../entrypoints/background/page-parse';
import { capturePage } from '../../../lib/extract/capture-page';
import { extractInvoices } from '../../../lib/extract/extract-invoices';
import { tryton } from '../../../lib/extract/profiles/tryton';

const PAGE = `<table id="inv"><thead><tr><th>Invoice</th><th>Customer</th><th>Due date</th><th>Status</th><th>Balance</th></tr></thead><tbody>
  <tr><td>INV-1</td><td>Acme &lt;script&gt;</td><td>2026-10-01</td><td><span class="badge badge-danger">Open</span></td><td>$10.00</td></tr>
  <tr><td>INV-2</td><td>Globex</td><td>2026-12-01</td><td>Sent</td><td>$20.00</td></tr></tbody></table>`;
const URL_ = 'https://books.example/invoices';

function captured(html: string, opts = {}) {
  document.body.innerHTML = html;
  const steps = capturePage(document, { form: true, ...opts });
  for (;;) {
    const s = steps.next();
    if (s.done) return JSON.parse(JSON.stringify(s.value.capture)) as unknown; // as the message carries it
  }
}

describe('handlePageParse', () => {
  it('reads the invoices of a capture as the page would have, overdue marks included', async () => {
    const capture = captured(PAGE);
    const res = await handlePageParse({ type: 'page:invoices', url: URL_, today: '2026-11-23', capture });
    expect(res).toMatchObject({ ok: true });
    const value = (res as { value: { invoices: unknown[]; lists: unknown[] } }).value;
    expect(value.invoices).toEqual([
      { number: 'INV-1', customer: 'Acme <script>', due: '2026-10-01', status: 'Open', balance: 1000, currency: 'USD', overdue: true },
      { number: 'INV-2', customer: 'Globex', due: '2026-12-01', status: 'Sent', balance: 2000, currency: 'USD' },
    ]);
    const here = extractInvoices(document, { url: URL_, today: '2026-11-23' });
    expect(value.invoices).toEqual(here.invoices);
    expect(value.lists).toEqual(here.lists.map(({ element: _e, rowElements: _r, ...read }) => read));
  });

  it('reads a due-date list with the profile the page names', async () => {
    const capture = captured(`<table><thead><tr><th>Party</th><th>Amount</th><th>Maturity Date</th></tr></thead>
      <tbody><tr><td>Acme</td><td>10.00</td><td>11/03/2026</td></tr></tbody></table>`);
    const url = 'http://127.0.0.1:8000/#menu/model/account.dunning';
    const res = await handlePageParse({ type: 'page:maturities', url, today: '2026-11-23', profile: { ...tryton, listSelector: undefined }, capture });
    expect(res).toMatchObject({ ok: true, value: { maturities: [{ customer: 'Acme', due: '2026-11-03', amount: 1000 }], list: 0 } });
  });

  it('refuses what is not a capture, or too big a one, with a reason, and leaves other messages alone', async () => {
    const capture = captured(PAGE) as { lists: { rows: unknown[] }[] };
    for (const bad of [
      { type: 'page:invoices', url: URL_ },
      { type: 'page:invoices', url: URL_, capture: { lists: [{ ...capture.lists[0], rows: [{ texts: [{ html: '<b>x</b>' }] }] }] } },
      { type: 'page:invoices', url: URL_, capture: { lists: [{ ...capture.lists[0], rows: Array.from({ length: 20_001 }, () => ({ texts: ['x'] })) }] } },
      { type: 'page:invoices', url: URL_, capture: { lists: [{ ...capture.lists[0], rows: [{ texts: ['x'.repeat(2_001)] }] }] } },
      { type: 'page:maturities', url: URL_, capture },
    ])
      expect(await handlePageParse(bad), JSON.stringify(bad).slice(0, 80)).toMatchObject({ ok: false, error: expect.stringMatching(/^Owed refused a malformed page capture/) });
    expect(handlePageParse({ type: 'page-read' })).toBeUndefined();
  });
});
