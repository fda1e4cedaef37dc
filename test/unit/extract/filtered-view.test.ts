// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { urlFilters, viewFilter } from '../../../lib/extract/page/filtered-view';
import { defineProfile } from '../../../lib/extract/page/site-profile';
import { startLiveReader } from '../../../lib/extract/page/live-reader';
import { parseHere } from '../../../lib/extract/read/parse-here';
import type { PageReadInput } from '../../../lib/model/page-read';

const TABLE = `<table><thead><tr><th>Number</th><th>Customer</th><th>Due date</th><th>Amount due</th></tr></thead>
<tbody><tr><td>INV-1</td><td>Acme</td><td>2026-10-01</td><td>$10.00</td></tr><tr><td>INV-2</td><td>Globex</td><td>2026-10-02</td><td>$20.00</td></tr></tbody></table>`;
const TABS = (active: string) =>
  `<nav class="tabs">${['All 12', 'Overdue 3', 'Paid 9'].map((t) => `<a class="tab${t.startsWith(active) ? ' active' : ''}" href="#">${t}</a>`).join('')}</nav>`;

describe('urlFilters', () => {
  it('counts filter and search parameters, in the query or in the hash', () => {
    expect(urlFilters('http://127.0.0.1/invoices?status=paid')).toEqual(['status=paid']);
    expect(urlFilters('http://127.0.0.1/invoices?q=acme&page=2')).toEqual(['q=acme']);
    expect(urlFilters('https://app.example/#/invoices?customer=42')).toEqual(['customer=42']);
  });
  it('ignores paging, sorting and "all"', () => {
    expect(urlFilters('http://127.0.0.1/invoices?page=3&sort=due&dir=asc&status=all&q=')).toEqual([]);
    expect(urlFilters('http://127.0.0.1:8000/#invoices/model/account.invoice;domain=x')).toEqual([]);
  });
});

describe('viewFilter', () => {
  it('is undefined for the whole list', () => {
    document.body.innerHTML = `${TABS('All')}<input type="search" name="q" placeholder="Search">${TABLE}`;
    expect(viewFilter('http://127.0.0.1/invoices', document)).toBeUndefined();
  });
  it('names an active filter tab that is not "All", in other languages too', () => {
    document.body.innerHTML = `${TABS('Paid')}${TABLE}`;
    expect(viewFilter('http://127.0.0.1/invoices', document)).toBe("tab 'Paid 9'");
    document.body.innerHTML = `<ul role="tablist"><li role="tab" aria-selected="false">Toutes</li><li role="tab" aria-selected="true">En retard</li></ul>${TABLE}`;
    expect(viewFilter('http://127.0.0.1/factures', document)).toBe("tab 'En retard'");
  });
  it('ignores an app menu without an "All" choice', () => {
    document.body.innerHTML = `<nav><a class="active" aria-current="page">Invoices</a><a>Customers</a></nav>${TABLE}`;
    expect(viewFilter('http://127.0.0.1/invoices', document)).toBeUndefined();
  });
  it('names a search box the user typed into (its live value)', () => {
    document.body.innerHTML = `<input class="form-control" placeholder="Suchen">${TABLE}`;
    (document.querySelector('input') as HTMLInputElement).value = 'acme';
    expect(viewFilter('http://127.0.0.1/rechnungen', document)).toBe("search 'acme'");
  });
  it('follows a profile that names its full list page', () => {
    document.body.innerHTML = TABLE;
    const p = defineProfile({ id: 'x', name: 'X', fullListUrls: ['^/invoices/all$'] });
    expect(viewFilter('http://127.0.0.1/invoices/all', document, p)).toBeUndefined();
    expect(viewFilter('http://127.0.0.1/invoices/late', document, p)).toBe('not the full list page of this app');
  });
});

describe('live reader on a filtered view', () => {
  const read = async (url: string) => {
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => url,
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    const t0 = Date.now();
    while (!sent.length && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    return sent;
  };
  it('never sends complete for a filtered list, and does for the whole one', async () => {
    document.documentElement.lang = 'en-US';
    document.body.innerHTML = `${TABS('All')}${TABLE}`;
    expect((await read('http://127.0.0.1:4178/invoices')).at(-1)?.complete).toBe(true);
    document.body.innerHTML = `${TABS('All')}${TABLE}`;
    expect((await read('http://127.0.0.1:4178/invoices?status=paid')).at(-1)?.complete).toBe(false);
    document.body.innerHTML = `${TABS('Overdue')}${TABLE}`;
    const filtered = await read('http://127.0.0.1:4178/invoices');
    expect(filtered.at(-1)?.invoices).toHaveLength(2);
    expect(filtered.at(-1)?.complete).toBe(false);
  });
});
