// Content script size, gzipped, as Chromium loads it into a page. Goal for every one of them:
// ≤ 15 kB and no React (the sidebar UI lives in its own extension page). Every file the build
// writes to content-scripts/ is measured, so a new content script has the same goal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './harness';
import { EXTENSION_DIR, buildExtension } from './chromium';

const GOAL_KB = 15;

/** Strings only React's runtime carries. */
export const REACT_MARKERS = [
  'react.transitional.element',
  'react.element',
  'react.fragment',
  '__REACT_DEVTOOLS_GLOBAL_HOOK__',
  'react.dev/errors',
  'reactjs.org/docs/error-decoder',
  '__reactFiber',
  'ReactCurrentDispatcher',
];

export function reactMarkersIn(code: string): string[] {
  return REACT_MARKERS.filter((m) => code.includes(m));
}

export default async function bundle(): Promise<BenchRow[]> {
  buildExtension();
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).sort();
  if (scripts.length === 0) throw new Error(`no content scripts in ${dir}`);
  return scripts.map((file) => {
    const code = readFileSync(join(dir, file));
    const kb = gzipSync(code, { level: 9 }).length / 1000;
    const react = reactMarkersIn(code.toString('utf8'));
    return {
      name: `content script ${file}, gzip${react.length ? `; React markers: ${react.join(', ')}` : ', no React'}`,
      value: kb,
      unit: 'kB',
      baseline: `${(code.length / 1000).toFixed(0)} kB minified`,
      goal: `≤ ${GOAL_KB} kB, no React`,
      pass: kb <= GOAL_KB && react.length === 0,
    };
  });
}
