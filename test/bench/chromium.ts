// What the Chromium benchmarks share: Debian's Chromium (with or without the built extension), a
// page server on 127.0.0.1, and a bundle of lib/ code for a page (esbuild, as vite/wxt ship it).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

let built = false;
/** Builds the extension once per bench run, so its numbers are of the code as it is now. */
export function buildExtension(): void {
  if (built) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  built = true;
}

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium in a fresh profile; with `extension`, Owed's build is loaded. Nothing leaves 127.0.0.1. */
export async function launchChromium(options: { extension?: boolean } = {}): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'owed-bench-'));
  const ext = options.extension
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      '--disable-component-update',
      ...ext,
    ],
  });
  await context.route(/.*/, (route) =>
    /^https?:\/\/127\.0\.0\.1[:/]|^(chrome-extension|chrome|data|blob|about):/.test(route.request().url())
      ? route.fallback()
      : route.abort('blockedbyclient'),
  );
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Serves fixed HTML pages on 127.0.0.1 (IndexedDB needs a real origin; content scripts match 127.0.0.1). */
export async function servePages(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Bundles `source` (TypeScript importing from the repository) into one script a page can run. */
export async function bundleForPage(source: string, define: Record<string, string> = {}): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    define,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Median of `runs` timings returned by `measure` (each run measured inside the page). */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  await measure(); // warm-up: JIT, caches, layout
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
