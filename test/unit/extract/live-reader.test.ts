// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLiveReader } from '../../../lib/extract/page/live-reader';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { PROFILES } from '../../../lib/extract/read/profiles';
import type { PageReadInput } from '../../../lib/model/page-read';

const row = (n: number) =>
  `<tr><td>INV-${n}</td><td>Customer ${n}</td><td>2026-10-0${(n % 9) + 1}</td><td>$${n}0.00</td></tr>`;

function setup(total: number, pageSize: number) {
  document.documentElement.lang = 'en-US';
  document.body.innerHTML = `<table><thead><tr><th>Number</th><th>Customer</th><th>Due date</th><th>Amount due</th></tr></thead><tbody></tbody></table><button id="more">Load more</button>`;
  let shown = 0;
  const tbody = document.querySelector('tbody')!;
  const more = document.getElementById('more')!;
  const showPage = () => {
    // happy-dom drops rows given to insertAdjacentHTML: parse them inside a table.
    const t = document.createElement('template');
    let html = '';
    for (let i = 0; i < pageSize && shown < total; i++) html += row(++shown);
    t.innerHTML = `<table><tbody>${html}</tbody></table>`;
    tbody.append(...Array.from(t.content.querySelectorAll('tr')));
    if (shown >= total) more.remove();
  };
  more.addEventListener('click', showPage);
  showPage();
  return () => shown;
}

const until = async (pred: () => boolean, ms = 3000) => {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('startLiveReader', () => {
  it('clicks "Load more" until the list is complete, then sends every invoice once, marked complete', async () => {
    const shown = setup(12, 5);
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4178/invoices',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 20,
    });
    await until(() => sent.some((s) => s.complete));
    ac.abort();
    expect(shown()).toBe(12);
    const last = sent[sent.length - 1]!;
    expect(last.source).toBe('http://127.0.0.1:4178');
    expect(last.invoices.map((i) => i.number)).toEqual(Array.from({ length: 12 }, (_, i) => `INV-${i + 1}`));
    expect(sent.filter((s) => s.complete)).toHaveLength(1);
    expect(sent.slice(0, -1).every((s) => !s.complete)).toBe(true);
  });

  it('stops following "Load more" at its bound and does not claim completeness', async () => {
    setup(100, 5);
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4178/invoices',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
      maxSteps: 3,
    });
    await until(() => sent.some((s) => s.invoices.length === 20));
    await new Promise((r) => setTimeout(r, 100));
    ac.abort();
    expect(sent.at(-1)!.invoices).toHaveLength(20);
    expect(sent.some((s) => s.complete)).toBe(false);
  });

  it('sends nothing for a page without invoices and stops observing once aborted', async () => {
    document.body.innerHTML = '<h1>Dashboard</h1><p>Welcome back</p>';
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    const reader = startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4178/',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await reader.read();
    ac.abort();
    document.body.innerHTML = `<table><tr><th>Number</th><th>Customer</th><th>Total</th></tr>${row(1)}</table>`;
    await new Promise((r) => setTimeout(r, 60));
    expect(sent).toEqual([]);
  });
});

describe('a virtualised grid', () => {
  it('is scrolled step by step until every row it says it has was read', async () => {
    const TOTAL = 60;
    const ROW_H = 30;
    const VIEW_H = 240;
    document.body.innerHTML = `<div role="grid" aria-rowcount="${TOTAL + 1}"><div role="row"><div role="columnheader">Invoice #</div><div role="columnheader">Customer</div><div role="columnheader">Due</div><div role="columnheader">Balance</div></div><div class="viewport"></div></div>`;
    const viewport = document.querySelector('.viewport') as HTMLElement;
    let top = 0;
    // happy-dom has no layout: the viewport's geometry is the virtual list's own.
    Object.defineProperty(viewport, 'scrollHeight', { get: () => TOTAL * ROW_H });
    Object.defineProperty(viewport, 'clientHeight', { get: () => VIEW_H });
    Object.defineProperty(viewport, 'scrollTop', {
      get: () => top,
      set: (v: number) => void (top = Math.max(0, Math.min(v, TOTAL * ROW_H - VIEW_H))),
    });
    const draw = () => {
      const first = Math.floor(top / ROW_H);
      const rows: string[] = [];
      for (let i = first; i < Math.min(TOTAL, first + VIEW_H / ROW_H); i++)
        rows.push(
          `<div role="row" aria-rowindex="${i + 2}"><div role="gridcell">INV-${i + 1}</div><div role="gridcell">Customer ${i + 1}</div><div role="gridcell">2026-10-${String((i % 28) + 1).padStart(2, '0')}</div><div role="gridcell">$${i + 1}.00</div></div>`,
        );
      viewport.innerHTML = rows.join('');
    };
    viewport.addEventListener('scroll', draw);
    draw();
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4321/receivables',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await until(() => sent.some((s) => s.complete));
    ac.abort();
    const last = sent.at(-1)!;
    expect(last.invoices).toHaveLength(TOTAL);
    expect(new Set(last.invoices.map((i) => i.number)).size).toBe(TOTAL);
  });
});

describe("Tryton's list as first drawn (captured)", () => {
  it('clicks its "More" row and, while the rest has not loaded, never claims the list complete', async () => {
    const html = readFileSync(join(process.cwd(), 'test/fixtures/pages/tryton-sao/invoice-list-first-20.html'), 'utf8');
    document.documentElement.innerHTML = html
      .replace(/<link[^>]*>|<script[\s\S]*?<\/script>/gi, '')
      .replace(/^<!doctype html>/i, '')
      .replace(/^<html[^>]*>|<\/html>\s*$/gi, '');
    let clicks = 0;
    for (const b of Array.from(document.querySelectorAll('tr.more-row button')))
      b.addEventListener('click', () => clicks++);
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    const url = 'http://127.0.0.1:8000/#invoices/model/account.invoice';
    const reader = startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => url,
      today: () => '2026-11-23',
      profiles: PROFILES,
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await reader.read();
    ac.abort();
    expect(clicks).toBeGreaterThan(0);
    expect(sent.at(-1)!.profile).toBe('tryton');
    expect(sent.at(-1)!.invoices.length).toBeGreaterThanOrEqual(18);
    expect(sent.some((s) => s.complete)).toBe(false);
  });
});

describe('startLiveReader on a known app page with nothing to read', () => {
  const run = async (url: string, body: string) => {
    document.body.innerHTML = body;
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => url,
      today: () => '2026-11-23',
      profiles: PROFILES,
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await new Promise((r) => setTimeout(r, 300));
    ac.abort();
    return sent;
  };

  it("says why when the app's invoice list page shows no list Owed can find", async () => {
    const sent = await run(
      'https://go.xero.com/AccountsReceivable/Search.aspx',
      '<h1>Invoices</h1><p>Loading your invoices…</p>',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      invoices: [],
      complete: false,
      problems: [{ where: 'page', reason: 'no invoice table found on this page' }],
    });
  });

  it("stays silent on the same app's other pages, and on pages of unknown sites", async () => {
    expect(await run('https://go.xero.com/Dashboard/', '<h1>Dashboard</h1>')).toEqual([]);
    expect(await run('http://127.0.0.1:9999/about', '<h1>About us</h1>')).toEqual([]);
  });
});

describe('startLiveReader and its parser (the background)', () => {
  const FORM = `<form><label for="n">Number:</label><input id="n" value="INV-7"><label id="pl">Customer</label><input aria-labelledby="pl" value="Acme Corp">
    <label for="t">Total</label><input id="t" value="$1,980.00"><label for="b">Amount to pay</label><input id="b" value="$990.00">
    <table><thead><tr><th>Maturity Date</th><th>Debit</th></tr></thead><tbody><tr><td>11/08/2026</td><td>990.00</td></tr></tbody></table></form>`;

  it("hands over an invoice form's labelled values only when the page has no list of invoices", async () => {
    document.documentElement.lang = 'en-US';
    document.body.innerHTML = FORM;
    const sent: PageReadInput[] = [];
    const forms: boolean[] = [];
    const here = parseHere(async (r) => void sent.push(r));
    const parse = {
      ...here,
      invoices: (req: Parameters<typeof here.invoices>[0]) => {
        forms.push(!!req.capture.form);
        return here.invoices(req);
      },
    };
    const ac = new AbortController();
    startLiveReader({
      parse,
      doc: document,
      url: () => 'http://127.0.0.1:4178/invoice/7',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await until(() => sent.length > 0);
    ac.abort();
    expect(forms).toEqual([false, true]);
    expect(sent[0]).toMatchObject({
      invoices: [{ number: 'INV-7', customer: 'Acme Corp', balance: 99000, due: '2026-11-08' }],
    });
  });

  it('reads again a little later when the parser cannot answer, even if the page does not change', async () => {
    setup(3, 10);
    const sent: PageReadInput[] = [];
    const here = parseHere(async (r) => void sent.push(r));
    let refusals = 1;
    const parse = {
      ...here,
      invoices: (req: Parameters<typeof here.invoices>[0]) =>
        refusals-- > 0 ? Promise.reject(new Error('Could not establish connection.')) : here.invoices(req),
    };
    const ac = new AbortController();
    startLiveReader({
      parse,
      doc: document,
      url: () => 'http://127.0.0.1:4178/invoices',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    await until(() => sent.length > 0, 4000);
    ac.abort();
    expect(sent[0]!.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2', 'INV-3']);
  });
});

describe('a list behind numbered page buttons (client-side, the URL never changes)', () => {
  /** 5 pages of 20; the pager marks the new page at once, its rows arrive a little later. */
  function pagedList(total: number, size: number, opts: { refuse?: boolean } = {}) {
    document.documentElement.lang = 'en-US';
    document.body.innerHTML = `<button id="delete">Delete</button><div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Invoice No</span><span role="columnheader">Customer Name</span><span role="columnheader">Due Date</span><span role="columnheader">Amount</span></div></div><div role="rowgroup" id="body"></div></div><div class="pager"></div><div>Showing page 1 to 5 of ${total} entries</div>`;
    const pages = Math.ceil(total / size);
    const clicked: string[] = [];
    let current = 1;
    document.getElementById('delete')!.addEventListener('click', () => clicked.push('Delete'));
    const rows = () => {
      let html = '';
      for (let n = (current - 1) * size + 1; n <= Math.min(total, current * size); n++)
        html += `<div role="row"><span role="cell">INV-${n}</span><span role="cell">Customer ${n % 7}</span><span role="cell">2026-10-0${(n % 9) + 1}</span><span role="cell">$${n}0.00</span></div>`;
      document.getElementById('body')!.innerHTML = html;
    };
    const pager = () => {
      const box = document.querySelector('.pager')!;
      const button = (label: string, to: number, disabled: boolean, active = false) =>
        `<button type="button" data-to="${to}" ${disabled ? 'disabled' : ''} class="${active ? 'is-active' : ''}">${label}</button>`;
      let html = button('Previous', current - 1, current === 1);
      for (let p = 1; p <= pages; p++) html += button(String(p), p, p === current, p === current);
      box.innerHTML = html + button('Next', current + 1, current === pages);
      for (const b of Array.from(box.querySelectorAll('button')))
        b.addEventListener('click', () => {
          clicked.push(b.textContent!);
          if (opts.refuse) return;
          current = Number(b.getAttribute('data-to'));
          pager();
          setTimeout(rows, 30); // the rows come from the server after the pager changed
        });
    };
    rows();
    pager();
    return { clicked, current: () => current };
  }

  const read = (maxSteps?: number) => {
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => 'http://127.0.0.1:4178/invoices',
      today: () => '2026-11-23',
      profiles: [],
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
      maxSteps,
    });
    return { sent, stop: () => ac.abort() };
  };

  it('reads every page once, clicking only page buttons, and only then says the list is complete', async () => {
    const list = pagedList(90, 20);
    const { sent, stop } = read();
    await until(() => sent.some((s) => s.complete));
    await new Promise((r) => setTimeout(r, 80));
    // The user goes back to page 1 once every page was read: Owed clicks nothing more.
    document.querySelector<HTMLButtonElement>('.pager button[data-to="1"]')!.click();
    await new Promise((r) => setTimeout(r, 150));
    expect(list.current()).toBe(1);
    stop();
    list.clicked.pop();
    const done = sent.find((s) => s.complete)!;
    expect(done.invoices.map((i) => i.number).sort()).toEqual(
      Array.from({ length: 90 }, (_, i) => `INV-${i + 1}`).sort(),
    );
    expect(done.pages).toEqual({ read: [1, 2, 3, 4, 5], last: 5 });
    expect(list.clicked).toEqual(['2', '3', '4', '5']);
    // Every earlier read said it was not the whole list, and which pages it covered.
    for (const s of sent.slice(0, sent.indexOf(done))) expect(s.complete).toBe(false);
    // Read again on page 1, the list is still every page read.
    expect(sent.at(-1)).toMatchObject({ complete: true, pages: { read: [1, 2, 3, 4, 5], last: 5 } });
  });

  it('opened on page 3, goes back for pages 1 and 2 before calling the list complete', async () => {
    const list = pagedList(90, 20);
    document.querySelector<HTMLButtonElement>('.pager button[data-to="3"]')!.click();
    list.clicked.length = 0;
    await new Promise((r) => setTimeout(r, 50));
    const { sent, stop } = read();
    await until(() => sent.some((s) => s.complete));
    stop();
    expect(list.clicked).toEqual(['1', '2', '4', '5']);
    expect(sent.find((s) => s.complete)!.invoices).toHaveLength(90);
  });

  it('a list that refuses paging stays incomplete and says which pages were read', async () => {
    const list = pagedList(90, 20, { refuse: true });
    const { sent, stop } = read();
    await until(() => sent.some((s) => s.invoices.length === 20));
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(sent.some((s) => s.complete)).toBe(false);
    expect(sent.at(-1)!.pages).toEqual({ read: [1] });
    // Page 2's button was tried, at most twice; nothing else was clicked.
    expect(list.clicked.length).toBeLessThanOrEqual(2);
    expect(list.clicked.every((c) => c === '2')).toBe(true);
  });

  it('stops at its bound of clicks and does not claim the list complete', async () => {
    pagedList(90, 20);
    const { sent, stop } = read(2);
    await until(() => sent.some((s) => s.pages?.read.length === 3));
    await new Promise((r) => setTimeout(r, 150));
    stop();
    expect(sent.at(-1)!.pages!.read).toEqual([1, 2, 3]);
    expect(sent.some((s) => s.complete)).toBe(false);
  });
});
