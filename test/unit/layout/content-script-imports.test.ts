// What ships into other people's pages: each content script's runtime imports, followed file by
// file. lib/extract is split by where code runs (page/, wire/, read/); a content script may reach
// page/ and wire/ and the few lean helpers named here, never read/ (the background's parsers and
// locale tables), never React, never the full zod.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');

function resolveSpec(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/** Import specifiers a file needs at run time: `import type` and `export type` are erased. */
function runtimeSpecs(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm))
    if (!m[1]) specs.push(m[2]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

/** Every project file and every package a script reaches at run time. */
function closure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [join(root, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeSpecs(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const target = resolveSpec(file, spec);
        if (!target) throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
        stack.push(target);
      } else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(root, f)).sort(), packages: [...packages].sort() };
}

const contentScripts = readdirSync('entrypoints').filter((e) => e.endsWith('.content'));
const lean = ['lib/messages/send.ts', 'lib/messages/listen.ts', 'lib/messages/signals.ts', 'lib/text/fold.ts'];
const allowed: Record<string, (file: string) => boolean> = {
  'reader.content': (f) => /^lib\/extract\/(page|wire)\//.test(f) || lean.includes(f),
  'teach.content': (f) => /^lib\/extract\/(page|wire)\//.test(f) || lean.includes(f),
  'bridge.content': (f) => f.startsWith('lib/bridge/') || lean.includes(f),
};

describe('content scripts', () => {
  it('are the three the layout knows', () => {
    expect(contentScripts.sort()).toEqual(Object.keys(allowed).sort());
  });

  for (const script of contentScripts) {
    const entry = readdirSync(join('entrypoints', script)).find((f) => /^index\.tsx?$/.test(f))!;
    const { files, packages } = closure(join('entrypoints', script, entry));
    const fromLib = files.filter((f) => f.startsWith('lib/'));

    it(`${script} reaches only page-side code in lib/`, () => {
      expect(fromLib.length, 'the walk follows imports into lib/').toBeGreaterThan(0);
      expect(fromLib.filter((f) => !allowed[script]!(f))).toEqual([]);
    });

    it(`${script} ships no React and no full zod`, () => {
      expect(
        packages.filter((p) => /^(react|react-dom)(\/|$)/.test(p) || p === 'zod' || p.startsWith('zod/v')),
      ).toEqual([]);
    });
  }

  it('reach every file in lib/extract/page/ (nothing sits there that does not ship)', () => {
    const shipped = new Set(
      contentScripts.flatMap((s) => {
        const entry = readdirSync(join('entrypoints', s)).find((f) => /^index\.tsx?$/.test(f))!;
        return closure(join('entrypoints', s, entry)).files;
      }),
    );
    const pageFiles = readdirSync('lib/extract/page').map((f) => `lib/extract/page/${f}`);
    expect(pageFiles.filter((f) => !shipped.has(f))).toEqual([]);
  });

  it('page/ files import nothing from read/, not even types', () => {
    for (const name of readdirSync('lib/extract/page')) {
      const source = readFileSync(join('lib/extract/page', name), 'utf8');
      expect(source, name).not.toMatch(/from\s+['"][^'"]*\/read\//);
    }
  });

  it('the walk sees a runtime import and skips a type-only one (control)', () => {
    expect(
      runtimeSpecs("import { a } from './x';\nimport type { B } from './y';\nexport type { C } from './z';"),
    ).toEqual(['./x']);
  });
});
