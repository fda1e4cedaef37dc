// Extraction of a 5,000-row invoice table in Chromium, against reading the same table's innerText:
// the least any reader must do. Goal: all of it, the messages included, ≤ 2×.
import type { BenchRow } from './harness';
import { bundleForPage, launchChromium, medianOf } from './chromium';

const ROWS = 5_000;
const CUSTOMERS = [
  'Acme Corp',
  'Globex GmbH',
  'Initech',
  'Bobby <b>Tables</b> & Co',
  'Umbrella SARL',
  'Stark Industries',
  'Wayne Enterprises',
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const usd = (minor: number) => `$${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const day = (offset: number) => new Date(Date.UTC(2026, 10, 23) + offset * 86_400_000).toISOString().slice(0, 10);

/** A realistic invoice list page: `rows` invoices in one table, some paid, some overdue. */
export function invoiceTableHtml(rows = ROWS, customers: readonly string[] = CUSTOMERS): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const total = 10_000 + ((i * 7919) % 900_000);
    const balance = i % 5 === 0 ? 0 : i % 7 === 0 ? Math.floor(total / 2) : total;
    const due = day(-((i * 13) % 200) + 30);
    const status = balance === 0 ? 'Paid' : due < day(0) ? 'Overdue' : 'Open';
    body.push(
      `<tr class="${status.toLowerCase()}"><td><a href="/invoices/${i}">INV-${String(i + 1).padStart(5, '0')}</a></td><td>${esc(customers[i % customers.length]!)}</td>` +
        `<td>${day(-((i * 13) % 200))}</td><td>${due}</td><td>${usd(total)}</td><td>${usd(balance)}</td><td><span class="badge">${status}</span></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Invoices</title>
<style>body{font:14px system-ui}td,th{padding:4px 8px;border-bottom:1px solid #ddd}.overdue td{color:#b42318}</style></head>
<body><h1>Invoices</h1><table id="invoices"><thead><tr><th>Invoice #</th><th>Customer</th><th>Issue date</th><th>Due date</th><th>Total</th><th>Amount due</th><th>Status</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></body></html>`;
}

/**
 * A read as the extension does it, in one page so every part meets the same floor, each part
 * timed: the page's capture (capture-page.ts, rows packed as capture-wire.ts sends them), the
 * message out (extension messaging serialises as JSON in the page and parses it in the
 * background, which validates it and unpacks the rows), the background's read (read-capture.ts),
 * and its short answer back.
 */
const PAGE_SCRIPT = `import { capturePage } from './lib/extract/page/capture-page';
  import { unpackCapture } from './lib/extract/wire/capture-wire';
  import { readCapture } from './lib/extract/read/read-capture';
  import { summarize } from './lib/extract/read/parse-here';
  import { pageParseMessages } from './lib/messages/page-parse';
  (globalThis as any).__owedRead = () => {
    const t0 = performance.now();
    const steps = capturePage(document, {});
    let s = steps.next();
    while (!s.done) s = steps.next();
    const t1 = performance.now();
    const sent = JSON.stringify({ type: 'page:invoices', url: location.href, today: '2026-11-23', capture: s.value.capture });
    const t2 = performance.now();
    const request = pageParseMessages['page:invoices'].payload.parse(JSON.parse(sent));
    const capture = unpackCapture(request.capture);
    const t3 = performance.now();
    const read = readCapture(capture, { url: request.url, today: request.today });
    const t4 = performance.now();
    const answer = JSON.parse(JSON.stringify(summarize(read, 'r')));
    const t5 = performance.now();
    return { capture: t1 - t0, read: t4 - t3, message: t2 - t1 + (t3 - t2) + (t5 - t4), page: t2 - t0, invoices: answer.invoices };
  };`;

export default async function extractSpeed(): Promise<BenchRow[]> {
  const script = await bundleForPage(PAGE_SCRIPT);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent(invoiceTableHtml(), { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    type Times = { capture: number; read: number; message: number; page: number; invoices: number };
    const run = () => page.evaluate(() => (globalThis as any).__owedRead() as Times);
    const first = await run();
    await run(); // the optimiser's second look
    if (first.invoices !== ROWS) throw new Error(`the extractor read ${first.invoices} of ${ROWS} rows`);
    const innerText = () =>
      page.evaluate(() => {
        const t0 = performance.now();
        // The list's innerText, as issue #19 names the floor (it measured innerHTML + textContent
        // before, under the name innerText).
        const text = (document.querySelector('#invoices') as HTMLElement).innerText;
        if (text.length < 1000) throw new Error('no table text');
        return performance.now() - t0;
      });
    // What this row measured as its floor before (innerHTML + textContent), for comparison only.
    const oldFloor = () =>
      page.evaluate(() => {
        const t0 = performance.now();
        void document.querySelector('#invoices')!.innerHTML;
        void (document.querySelector('#invoices') as HTMLElement).textContent;
        return performance.now() - t0;
      });
    const old: number[] = [];
    // Interleave the two so a busy moment on the shared machine hits both alike.
    const extract: number[] = [];
    const message: number[] = [];
    const inPage: number[] = [];
    const whole: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = await run();
      extract.push(t.capture + t.read);
      message.push(t.message);
      inPage.push(t.page);
      whole.push(t.capture + t.read + t.message);
      floor.push(await medianOf(1, innerText));
      old.push(await oldFloor());
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const base = median(floor);
    const ratio = (xs: number[]) => median(xs) / base;
    const rows = ROWS.toLocaleString('en-US');
    const baseline = `table.innerText ${base.toFixed(0)} ms (innerHTML + textContent, the floor before: ${median(old).toFixed(0)} ms, all of it ${(median(whole) / median(old)).toFixed(2)}×)`;
    return [
      // Issue #19: all of extraction, the messages between page and background included, within 2×.
      {
        name: `extract a ${rows}-row invoice table (Chromium), all of it: the page's capture, the message out and back, the background's read, ${median(whole).toFixed(0)} ms`,
        value: ratio(whole),
        unit: '×',
        baseline,
        goal: '≤ 2×',
        pass: ratio(whole) <= 2,
      },
      {
        name: `  of it the capture and the read, ${median(extract).toFixed(0)} ms`,
        value: ratio(extract),
        unit: '×',
        baseline,
        goal: '≤ 1.5×',
        pass: ratio(extract) <= 1.5,
      },
      {
        name: `  the message between them (JSON out and back, validated, rows unpacked), ${median(message).toFixed(0)} ms`,
        value: ratio(message),
        unit: '×',
        baseline,
        goal: '≤ 0.5×',
        pass: ratio(message) <= 0.5,
      },
      {
        name: `  of it on the page's thread (capture and send), ${median(inPage).toFixed(0)} ms`,
        value: ratio(inPage),
        unit: '×',
        baseline,
        goal: '≤ 1.5×',
        pass: ratio(inPage) <= 1.5,
      },
    ];
  } finally {
    await browser.close();
  }
}
