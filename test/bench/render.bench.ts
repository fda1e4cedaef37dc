// Sidebar first render with 5,000 debtors against an empty list, in happy-dom (a DOM in Node, no
// layout or paint: it measures React and DOM work, which is what windowing saves). Globals are
// installed only for the run and removed afterwards, so the other benches see plain Node.
import { Window } from 'happy-dom';
import { createClient } from '../../lib/messages/client';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import type { Desk } from '../../components/sidebar/desk';
import { BENCH_NOW, bigLedger } from './big-ledger';
import type { BenchRow } from './harness';
import { medianMs } from './harness';

const NOW = BENCH_NOW;
const GOAL_MS = 100;

/** Installs happy-dom's window as Node globals for the run; returns the undo. */
function installDom(): () => void {
  const window = new Window({ url: 'chrome-extension://owed/sidepanel.html', width: 400, height: 860 });
  const g = globalThis as Record<string, unknown>;
  const added: string[] = [];
  for (const key of [...Object.getOwnPropertyNames(window), 'window', 'document']) {
    if (key in g) continue;
    try {
      g[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
      added.push(key);
    } catch {
      /* read-only in Node: keep Node's */
    }
  }
  return () => {
    for (const key of added) delete g[key];
    void window.happyDOM.close();
  };
}

export default async function renderBench(): Promise<BenchRow[]> {
  // React's production build, as the extension ships it (set before React is first loaded).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV ??= 'production';
  const uninstall = installDom();
  try {
    const { createElement } = await import('react');
    const { flushSync } = await import('react-dom');
    const { createRoot } = await import('react-dom/client');
    const { DebtorsByClass } = await import('../../components/sidebar/DebtorsByClass');
    const { TodayView } = await import('../../components/sidebar/TodayView');
    const client = createClient(async () => ({ ok: false, error: 'not used' }));
    const io = { copyRich: async () => {}, openWindow: () => {}, download: () => {}, print: () => {} };
    const deskFor = (ledger: LedgerSnapshot): Desk => ({
      client,
      ledger,
      locale: 'en-US',
      navigate: () => {},
      now: () => NOW,
      io,
    });
    const big = deskFor(bigLedger(5000));
    const empty = deskFor(bigLedger(0));

    let rows = 0;
    /** Mounts the sidebar's two first screens into a fresh root, synchronously, then unmounts. */
    const firstRender = (desk: Desk) => () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      flushSync(() =>
        root.render(
          createElement('main', null, createElement(TodayView, { desk }), createElement(DebtorsByClass, { desk })),
        ),
      );
      rows = host.querySelectorAll('ul[aria-label="Debtors"] > li').length;
      root.unmount();
      host.remove();
    };
    const emptyMs = await medianMs(firstRender(empty), 5, 300);
    const bigMs = await medianMs(firstRender(big), 5, 600);
    firstRender(big)();
    return [
      {
        name: 'Sidebar first render (Today + debtors list), 5,000 debtors, happy-dom',
        value: bigMs,
        unit: 'ms',
        baseline: `empty list ${emptyMs.toFixed(1)} ms`,
        goal: `< ${GOAL_MS} ms`,
        pass: bigMs < GOAL_MS,
      },
      {
        name: 'Sidebar first render, 5,000 debtors vs empty list',
        value: bigMs / Math.max(emptyMs, 0.01),
        unit: '×',
        baseline: `empty list ${emptyMs.toFixed(1)} ms`,
        goal: 'reported',
        pass: true,
      },
      {
        name: 'Debtor rows in the DOM with 5,000 debtors (windowed)',
        value: rows,
        unit: 'rows',
        goal: '≤ 60',
        pass: rows > 0 && rows <= 60,
      },
    ];
  } finally {
    // Let React's scheduled work (effects) finish before the DOM globals go.
    await new Promise((r) => setTimeout(r, 200));
    uninstall();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
  }
}
