// The house stays readable: lib/'s folders import one another in one direction only (no cycle,
// type-only imports included), and DEVELOPERS.md lists every folder of lib/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const folders = readdirSync('lib').filter((f) => statSync(join('lib', f)).isDirectory());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Folder → the folders its files import from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map(folders.map((f) => [f, new Set<string>()]));
  for (const folder of folders)
    for (const file of files(join('lib', folder)))
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]/g)) {
        const [root, target] = normalize(join(dirname(file), m[1]!)).split(sep);
        if (root === 'lib' && target && target !== folder && graph.has(target)) graph.get(folder)!.add(target);
      }
  return graph;
}

/** Every cycle's folders, as the path that closes it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), node, next]);
      else if (!state.has(next)) visit(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const f of folders) if (!state.has(f)) visit(f, []);
  return found;
}

describe('lib/ folders', () => {
  it('import one another without a cycle', () => {
    const graph = folderGraph();
    expect(graph.get('ledger')?.has('classify'), 'the graph is read').toBe(true);
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('are each listed in DEVELOPERS.md', () => {
    const layout = readFileSync('DEVELOPERS.md', 'utf8');
    for (const f of folders) expect(layout, f).toMatch(new RegExp(`\\b${f}/`));
  });
});
