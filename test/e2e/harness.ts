import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Hosts a test may talk to: this machine only. */
const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;
const INTERNAL = /^(chrome-extension|chrome|devtools|data|blob|about):/;

export interface OwedBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL requested by a page or frame, and the ones that left this machine. */
  requests: string[];
  outside: () => string[];
  /** The toolbar badge text as Chromium shows it. */
  badge: () => Promise<string>;
  /** The sidebar as an extension page (what the side panel and the in-page frame load). */
  openSidebar: () => Promise<Page>;
  /** Sends a request to the background as a view would (chrome.runtime.sendMessage). */
  request: <T = unknown>(message: unknown) => Promise<T>;
  /**
   * The user's yes to "Read invoices from <origin>?": the message the sidebar's button sends
   * (sites:approve), from an Owed page. Until then nothing from that origin is read.
   */
  approveReading: (originOrUrl: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension loaded, in a fresh profile. Nothing is
 * downloaded; every request is recorded so tests can assert none left 127.0.0.1.
 */
export async function launchOwed(
  options: {
    extensionDir?: string;
    env?: Record<string, string>;
    /** Reuse a browser profile (its IndexedDB) across launches, e.g. to restart "days later". */
    profile?: string;
  } = {},
): Promise<OwedBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'owed-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, ...options.env } as Record<string, string>,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      '--disable-component-update',
      '--disable-quic',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Anything that would leave the machine is refused, and recorded so the test fails on it.
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    return LOCAL.test(url) || INTERNAL.test(url) ? route.fallback() : route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const openSidebar = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return page;
  };
  let helper: Page | undefined;
  const request = async <T>(message: unknown): Promise<T> => {
    helper ??= await openSidebar();
    return helper.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
  };
  const approveReading = async (originOrUrl: string) => {
    const res = await request<{ ok: boolean; error?: string }>({
      type: 'sites:approve',
      origin: new URL(originOrUrl).origin,
    });
    if (!res.ok) throw new Error(`approving ${originOrUrl}: ${res.error}`);
  };
  return {
    context,
    extensionId,
    worker,
    requests,
    openSidebar,
    request,
    approveReading,
    outside: () => requests.filter((u) => !LOCAL.test(u) && !INTERNAL.test(u)),
    badge: () => currentWorker(context, worker).evaluate(() => chrome.action.getBadgeText({})),
    close: async () => {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's live service worker (Chromium may have restarted it). */
function currentWorker(context: BrowserContext, fallback: Worker): Worker {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? fallback;
}

/** Polls `fn` until it returns a value accepted by `ok`, or fails with the last value after `ms`. */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: { getBadgeText(d: object): Promise<string> };
};

/** Pages through a list as a user would: clicks "Load more" until it is gone (bounded). */
export async function loadEveryPage(page: Page, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const more = page.getByRole('button', { name: /load more/i });
    if (!(await more.isVisible().catch(() => false))) return;
    await more.click();
    await page.waitForTimeout(150);
  }
}
