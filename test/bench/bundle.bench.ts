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
  for (const [script, who] of [['reader', 'invoicing pages'], ['bridge', 'the Outlook taskpane only']] as const) {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', `${script}.js`));
    const kb = gzipSync(code, { level: 9 }).length / 1000;
    const react = reactMarkersIn(code.toString('utf8'));
    rows.push({
      name: `content script ${script}.js (runs in ${who}), gzip${react.length ? `; React markers: ${react.join(', ')}` : ', no React'}`,
      value: kb,
      unit: 'kB',
      baseline: `${(code.length / 1000).toFixed(0)} kB minified`,
      goal: '≤ 15 kB, no React',
      pass: kb <= 15 && react.length === 0,
    });
  }
  return rows;
}
