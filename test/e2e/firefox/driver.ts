import { mkdtemp } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
const ADDON_ID = 'owed@owed.example'; // wxt.config.ts: browser_specific_settings.gecko.id
/** Firefox's id for the add-on's widgets (its makeWidgetId): the sidebar_action is WIDGET-sidebar-action. */
const WIDGET = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/**
 * Hosts Firefox itself calls (updates, safe browsing, remote settings, captive-portal and
 * connectivity checks, push): not the add-on's. The add-on's pages cannot connect anywhere
 * (connect-src 'none'), and its content scripts never fetch.
 */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

export interface OwedFirefox {
  browser: Browser;
  page: () => Promise<Page>;
  /** The toolbar button's badge text and title, as Firefox holds them for the add-on. */
  badge: () => Promise<{ text: string; title: string }>;
  /** Opens the add-on's sidebar_action panel (Firefox's own sidebar); whether it is open. */
  showSidebar: () => Promise<boolean>;
  /**
   * Runs an async function body in the sidebar panel's page and returns its JSON result. The body
   * sees `d` (the page's document), `sleep(ms)` and `until(fn, ms)` (polls fn until truthy).
   */
  inSidebar: <T>(body: string, timeoutMs?: number) => Promise<T>;
  /**
   * The user's yes to "Read invoices from <origin>?": the sidebar's own message (sites:approve),
   * sent from the sidebar panel's page. Until then nothing from that origin is read.
   */
  approveReading: (originOrUrl: string) => Promise<void>;
  /** Requests sent off this machine, each "host" or "METHOD url", Firefox's own left out. */
  outside: () => string[];
  /** Every request that reached the refusing proxy, Firefox's own included. */
  allOutside: () => string[];
  downloads: string;
  close: () => Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless with the add-on installed as a temporary add-on, over
 * WebDriver BiDi (puppeteer-core). Every request to another machine goes to a local proxy that
 * records and refuses it. Firefox's BiDi hides extension contexts (the background page, moz-extension
 * frames and panels: Mozilla bug 1755014), so extension-side checks run in the browser's own window
 * (`moz:scope: chrome`, allowed by --remote-allow-system-access).
 */
export async function launchOwedFirefox(extensionDir = FIREFOX_BUILD): Promise<OwedFirefox> {
  const seen: string[] = [];
  const trap: Server = createServer((socket) =>
    socket.once('data', (d) => {
      seen.push(String(d).split('\r\n')[0] ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    }),
  );
  await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
  const trapPort = (trap.address() as { port: number }).port;
  const downloads = await mkdtemp(join(tmpdir(), 'owed-ff-downloads-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: randomUUID() }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trapPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trapPort,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'services.settings.server': 'data:,#remote-settings-off/v1',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'message/rfc822',
      'browser.download.panel.shown': true,
    },
  });
  await browser.installExtension(extensionDir);

  async function chromeEval<T>(body: string): Promise<T> {
    const conn = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } })
      .connection;
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts.find(
      (c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml',
    )?.context;
    if (!context) throw new Error("Firefox's browser window is not reachable over BiDi");
    const r = await conn.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.result.type !== 'success')
      throw new Error(`in Firefox's window: ${JSON.stringify(r.result.exceptionDetails?.text ?? r.result)}`);
    return JSON.parse(r.result.result.value ?? 'null');
  }

  const hostOf = (line: string) => {
    const target = line.split(' ')[1] ?? '';
    try {
      return new URL(target.includes('://') ? target : `https://${target}`).hostname;
    } catch {
      return target;
    }
  };

  const owed: OwedFirefox = {
    approveReading: async (originOrUrl) => {
      const message = JSON.stringify({ type: 'sites:approve', origin: new URL(originOrUrl).origin });
      const res = await owed.inSidebar<{ ok: boolean; error?: string }>(
        `const w = content.wrappedJSObject;
         return JSON.parse(JSON.stringify(await w.browser.runtime.sendMessage(Components.utils.cloneInto(${message}, content))));`,
      );
      if (!res?.ok) throw new Error(`approving ${originOrUrl}: ${res?.error}`);
    },
    browser,
    downloads,
    page: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return page;
    },
    badge: () =>
      chromeEval(`
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
        const action = ExtensionParent.apiManager.global.browserActionFor(ext).action;
        return { text: action.getProperty(null, 'badgeText') ?? '', title: action.getProperty(null, 'title') ?? '' };`),
    showSidebar: async () => {
      // Right after the install the panel's document may not be ready to load the add-on's page.
      for (let attempt = 1; ; attempt++) {
        try {
          return await chromeEval<boolean>(`
            await SidebarController.show(${JSON.stringify(`${WIDGET}-sidebar-action`)});
            return SidebarController.isOpen;`);
        } catch (e) {
          if (attempt >= 20) throw e;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
    inSidebar: <T>(body: string, timeoutMs = 30_000) => {
      const id = `owed-${randomUUID()}`;
      // A frame script: it runs beside the panel's page, with `content` its window.
      const script = `(async () => {
        const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
        // Right after the panel opens, its browser may still hold about:blank: wait for Owed's page.
        for (let i = 0; i < 200 && !(content.location.protocol === 'moz-extension:' && content.document.readyState === 'complete'); i++) await sleep(100);
        const d = content.document;
        const until = async (fn, ms = 20000) => {
          const end = Date.now() + ms;
          for (;;) {
            const v = fn();
            if (v) return v;
            if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
            await sleep(150);
          }
        };
        ${body}
      })().then((value) => sendAsyncMessage(${JSON.stringify(id)}, { value }), (e) => sendAsyncMessage(${JSON.stringify(id)}, { error: String(e) }));`;
      return chromeEval<T>(`
        // The panel's browser element comes first, its page (and message manager) a little later.
        let mm;
        for (let i = 0; i < 200 && !mm; i++) {
          mm = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser')?.messageManager;
          if (!mm) await new Promise((r) => setTimeout(r, 100));
        }
        if (!mm) throw new Error('the sidebar panel has no page');
        const answer = await new Promise((resolve) => {
          const l = { receiveMessage(m) { mm.removeMessageListener(${JSON.stringify(id)}, l); resolve(m.data); } };
          mm.addMessageListener(${JSON.stringify(id)}, l);
          mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
          setTimeout(() => resolve({ error: 'the sidebar page did not answer in ${timeoutMs} ms' }), ${timeoutMs});
        });
        if (answer.error) throw new Error(answer.error);
        return answer.value;`);
    },
    allOutside: () => [...seen],
    outside: () => seen.filter((line) => !FIREFOX_OWN.test(hostOf(line))),
    close: async () => {
      await browser.close();
      trap.close();
    },
  };
  return owed;
}
