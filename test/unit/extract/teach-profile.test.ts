// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTaughtProfile, detectColumnsAt, parseProfileJson } from '../../../lib/extract/read/teach-profile';
import { extractInvoices } from '../../../lib/extract/extract-invoices';

const LIST = `<div class="wrap"><table class="ledger"><tr><th>Ref</th><th>Who</th><th>When</th><th>Sum</th></tr>
  <tr><td>A-1</td><td>Acme</td><td>2026-10-01</td><td>$10.00</td></tr><tr><td>A-2</td><td>Globex</td><td>2026-10-03</td><td>$20.00</td></tr></table>
  <table class="other"><tr><th>Invoice</th><th>Customer</th><th>Balance</th></tr><tr><td>X-9</td><td>Decoy</td><td>$1.00</td></tr></table></div>`;

describe('teaching a site', () => {
  it('shows the clicked list with the detected columns, and the taught profile reads that list by its headers', () => {
    document.body.innerHTML = LIST;
    const cell = document.querySelector('.ledger td')!;
    const shown = detectColumnsAt(cell, { today: '2026-11-23', locale: 'en-US' })!;
    expect(shown.headers).toEqual(['Ref', 'Who', 'When', 'Sum']);
    expect(shown.sample[0]).toEqual(['A-1', 'Acme', '2026-10-01', '$10.00']);

    const profile = buildTaughtProfile({
      clicked: cell,
      url: 'https://books.example.com/app/ledger/123',
      columns: { number: 0, customer: 1, due: 2, balance: 3 },
    });
    expect(profile).toMatchObject({
      matches: ['https://books.example.com/*'],
      listSelector: 'table.ledger',
      taught: true,
      columns: { number: ['Ref'], customer: ['Who'], due: ['When'], balance: ['Sum'] },
    });
    const read = extractInvoices(document, {
      url: 'https://books.example.com/app/ledger/123',
      today: '2026-11-23',
      profile,
    });
    expect(read.invoices.map((i) => [i.number, i.customer, i.due, i.balance])).toEqual([
      ['A-1', 'Acme', '2026-10-01', 1000],
      ['A-2', 'Globex', '2026-10-03', 2000],
    ]);
  });

  it('round-trips a profile through shared JSON and refuses a bad one with reasons', () => {
    document.body.innerHTML = LIST;
    const profile = buildTaughtProfile({
      clicked: document.querySelector('.ledger td')!,
      url: 'https://books.example.com/x',
      columns: { number: 0, customer: 1, balance: 3 },
    });
    const back = parseProfileJson(JSON.stringify(profile));
    expect(back).toEqual({ ok: true, profile });
    const bad = parseProfileJson(JSON.stringify({ ...profile, id: 'Bad Id!', invoiceListUrls: ['(['] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/id.*invoiceListUrls|invoiceListUrls.*id/s);
    expect(parseProfileJson('{nope')).toEqual({ ok: false, reason: 'not JSON' });
  });
});
