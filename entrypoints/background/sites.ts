import { READER_MATCHES } from '../../lib/extract/page/known-hosts';
import type { Handlers, Sender } from '../../lib/messages/router';
import { originPattern, type CurrentSite, type sitesMessages } from '../../lib/messages/sites';
import type { TabProtocol } from '../../lib/messages/tab';
import { type ReadApprovals, webOrigin } from '../../lib/sites/read-approvals';

const SCRIPT = '/content-scripts/reader.js' as const;
const idFor = (pattern: string) => `owed-reader:${pattern}`;
let lastActionTab: { tabId: number; url?: string } | undefined;

/** Remembers the tab the toolbar button was clicked on (activeTab lets Owed see its address). */
export function rememberActionTab(tab: { id?: number; url?: string }) {
  if (tab.id !== undefined) lastActionTab = { tabId: tab.id, url: tab.url };
}

/** Optional hosts the user granted, beyond the built-in ones. */
async function grantedPatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !READER_MATCHES.includes(o) && o !== 'https://*/*' && o !== 'http://*/*');
}

/** Keeps a registered reader content script for each granted site, and none for revoked ones. */
export async function syncRegisteredReaders() {
  const wanted = new Set(await grantedPatterns());
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter(
    (s) => s.id.startsWith('owed-reader:') && !wanted.has(s.id.slice('owed-reader:'.length)),
  );
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const have = new Set(registered.map((s) => s.id));
  const missing = [...wanted].filter((p) => !have.has(idFor(p)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((p) => ({
        id: idFor(p),
        matches: [p],
        js: [SCRIPT],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

async function enable(origin: string) {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`Owed has no permission to read ${new URL(origin).hostname} yet: allow it when your browser asks.`);
  }
  await syncRegisteredReaders();
  // Read the open tabs of that site now, without a reload.
  for (const tab of await browser.tabs.query({ url: pattern })) {
    if (tab.id !== undefined)
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT] }).catch(() => {});
  }
}

/**
 * The site the sidebar is about: the page it is framed in (the in-page frame; the browser names
 * that tab's address only where Owed has a host permission), else the tab the toolbar button was
 * clicked on (the browser's side panel).
 */
async function currentSite(sender: Sender, approvals: ReadApprovals): Promise<CurrentSite | null> {
  const origin = webOrigin(sender.tab?.url) ?? webOrigin(lastActionTab?.url);
  if (!origin) return null;
  return {
    origin,
    readable: await browser.permissions.contains({ origins: [originPattern(origin)] }),
    approved: await approvals.has(origin),
  };
}

/** Tells the readers in that origin's open tabs that it was approved: each asks again, and reads. */
async function wakeReaders(origin: string) {
  const message: { type: keyof TabProtocol } = { type: 'reader:approved' };
  const tabs = await browser.tabs.query({ url: originPattern(origin) }).catch(() => []);
  for (const tab of tabs)
    if (tab.id !== undefined && webOrigin(tab.url) === origin)
      await browser.tabs.sendMessage(tab.id, message).catch(() => {});
}

/** Answers the sites messages (lib/messages/sites.ts). */
export const sitesHandlers = (approvals: ReadApprovals): Handlers<keyof typeof sitesMessages> => ({
  'sites:list': async () => ({
    builtIn: READER_MATCHES,
    granted: await grantedPatterns(),
    approved: await approvals.list(),
  }),
  // Asking Owed to read a site is the approval of that origin.
  'sites:enable': async ({ origin }) => {
    await approvals.add(origin);
    await enable(origin);
    return null;
  },
  'sites:disable': async ({ origin }) => {
    await approvals.remove(origin);
    await browser.permissions.remove({ origins: [originPattern(origin)] });
    await syncRegisteredReaders();
    return null;
  },
  'sites:current-tab': (_, sender) => currentSite(sender, approvals),
  'sites:approve': async ({ origin }) => {
    await approvals.add(origin);
    await wakeReaders(new URL(origin).origin);
    return null;
  },
  'sites:revoke': async ({ origin }) => {
    await approvals.remove(origin);
    return null;
  },
});
