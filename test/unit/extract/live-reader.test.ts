// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startLiveReader } from '../../../lib/extract/live-reader';
import type { PageReadInput } from '../../../lib/messages/protocol';

const row = (n: number) => `<tr><td>INV-${n}</td><td>Customer ${n}</td><td>2026-10-0${(n % 9) + 1}</td><td>$${n}0.00</td></tr>`;

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
    startLiveReader({ doc: document, url: () => 'http://127.0.0.1:4178/invoices', today: () => '2026-11-23', profiles: [], send: async (r) => void sent.push(r), signal: ac.signal, debounceMs: 20 });
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
    startLiveReader({ doc: document, url: () => 'http://127.0.0.1:4178/invoices', today: () => '2026-11-23', profiles: [], send: async (r) => void sent.push(r), signal: ac.signal, debounceMs: 10, maxSteps: 3 });
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
    const reader = startLiveReader({ doc: document, url: () => 'http://127.0.0.1:4178/', today: () => '2026-11-23', profiles: [], send: async (r) => void sent.push(r), signal: ac.signal, debounceMs: 10 });
    await reader.read();
    ac.abort();
    document.body.innerHTML = `<table><tr><th>Number</th><th>Customer</th><th>Total</th></tr>${row(1)}</table>`;
    await new Promise((r) => setTimeout(r, 60));
    expect(sent).toEqual([]);
  });
});
