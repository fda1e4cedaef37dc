// The background (the extension's service worker) holding a big ledger: 20,000 debtors and 200,000
// invoices stored through its own messages, the ledger computed (classified and scheduled), then
// its JavaScript heap measured over the DevTools protocol on the worker's own target, after a
// garbage collection. Goal: under 150 MB. The floor is the same worker's heap with an empty ledger.
// puppeteer-core here, not playwright-core: it reaches the service worker's target.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { BenchRow } from './harness';
import { buildExtension, CHROMIUM, EXTENSION_DIR } from './chromium';

const DEBTORS = 20_000;
const PER_DEBTOR = 10;
/** Customers per read: each read is one source (sources are boundaries), sent as Owed's own pages send a file. */
const PER_READ = 10_000;
const GOAL_MB = 150;

export default async function workerHeap(): Promise<BenchRow[]> {
  buildExtension();
  const profile = await mkdtemp(join(tmpdir(), 'owed-bench-heap-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [EXTENSION_DIR],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 30_000 });
    const worker = await target.createCDPSession();
    const heapMb = async () => {
      await worker.send('HeapProfiler.collectGarbage');
      const { usedSize } = await worker.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    };
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${new URL(target.url()).host}/options.html`);
    const ask = (message: unknown) =>
      page.evaluate(async (m) => {
        const res = (await chrome.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
        if (!res.ok) throw new Error(res.error);
        return res.value;
      }, message);
    await ask({ type: 'get-ledger' });
    const empty = await heapMb();
    let stored = 0;
    for (let first = 0; first < DEBTORS; first += PER_READ) {
      const source = `csv:bench-${first / PER_READ}.csv`;
      const invoices = [];
      for (let d = first; d < first + PER_READ; d++)
        for (let i = 0; i < PER_DEBTOR; i++) {
          const open = i === PER_DEBTOR - 1 || (d + i) % 7 === 0;
          invoices.push({
            number: `INV-${d}-${i}`,
            customer: `Customer ${d} ${d % 3 ? 'Ltd' : 'GmbH'}`,
            issued: `2026-${String(1 + (i % 10)).padStart(2, '0')}-0${1 + (d % 9)}`,
            due: `2026-${String(2 + (i % 10)).padStart(2, '0')}-0${1 + (d % 9)}`,
            total: 10_000 + d + i,
            balance: open ? 10_000 + d + i : 0,
            currency: d % 10 ? 'USD' : 'EUR',
            status: open ? 'Overdue' : 'Paid',
          });
        }
      const r = (await ask({
        type: 'page-read',
        read: { source, url: source, title: source, invoices, complete: true },
      })) as {
        stored: number;
      };
      stored += r.stored;
    }
    if (stored !== DEBTORS * PER_DEBTOR) throw new Error(`Owed stored ${stored} invoices`);
    // Each write answers once open views were told what changed, computed from the ledger after
    // it: the ledger is computed now. Then the sidebar asks for it, as it does when it opens.
    const full = await heapMb();
    const loaded = await ask({ type: 'get-ledger' }).then(
      (l) => ({ ok: true as const, debtors: (l as { debtors: unknown[] }).debtors.length }),
      (e: Error) => ({ ok: false as const, error: e.message }),
    );
    return [
      {
        name: `the sidebar loads a ledger of ${DEBTORS.toLocaleString('en-US')} debtors / ${(DEBTORS * PER_DEBTOR).toLocaleString('en-US')} invoices from the background ('get-ledger'): ${loaded.ok ? `${loaded.debtors} debtors` : loaded.error}`,
        value: loaded.ok ? loaded.debtors : 0,
        unit: 'debtors',
        goal: 'all of them',
        pass: loaded.ok && loaded.debtors === DEBTORS,
      },
      {
        name: `background (service worker) JS heap with ${DEBTORS.toLocaleString('en-US')} debtors / ${(DEBTORS * PER_DEBTOR).toLocaleString('en-US')} invoices, ledger computed, after GC (CDP Runtime.getHeapUsage)`,
        value: full,
        unit: 'MB',
        baseline: `empty ledger ${empty.toFixed(1)} MB`,
        goal: `< ${GOAL_MB} MB`,
        pass: full < GOAL_MB,
      },
    ];
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
