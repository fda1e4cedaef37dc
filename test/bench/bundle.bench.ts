// Content script size, gzipped, as Chromium loads it into every invoicing page. Goal: ≤ 15 kB and
// no React (the sidebar UI lives in its own extension page).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './harness';
import { EXTENSION_DIR, buildExtension } from './chromium';

/** Strings only React's runtime carries. */
export const REACT_MARKERS = ['react.transitional.element', 'react.element', 'react.fragment', '__REACT_DEVTOOLS_GLOBAL_HOOK__', 'react.dev/errors', 'reactjs.org/docs/error-decoder', '__reactFiber', 'ReactCurrentDispatcher'];

export function reactMarkersIn(code: string): string[] {
  return REACT_MARKERS.filter((m) => code.includes(m));
}

export default async function bundle(): Promise<BenchRow[]> {
  buildExtension();
  const rows: BenchRow[] = [];
  // The reader runs on every invoicing page: 15 kB. The bridge runs only in the Outlook taskpane
  // and validates every request with zod (issue 7 asks for it): its budget is zod's size.
  const budgets = [['reader', 'invoicing pages', 15], ['bridge', 'the Outlook taskpane only', 30]] as const;
  for (const [script, who, budget] of budgets) {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', `${script}.js`));
    const kb = gzipSync(code, { level: 9 }).length / 1000;
    const react = reactMarkersIn(code.toString('utf8'));
    rows.push({
      name: `content script ${script}.js (runs in ${who}), gzip${react.length ? `; React markers: ${react.join(', ')}` : ', no React'}`,
      value: kb,
      unit: 'kB',
      baseline: `${(code.length / 1000).toFixed(0)} kB minified`,
      goal: `≤ ${budget} kB, no React`,
      pass: kb <= budget && react.length === 0,
    });
  }
  return rows;
}
