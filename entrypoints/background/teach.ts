import type { OwedDb, StoredProfile } from '../../lib/db';
import { unpackList } from '../../lib/extract/wire/capture-wire';
import { readingLocale } from '../../lib/extract/read/read-capture';
import { resolveList } from '../../lib/extract/read/resolve-list';
import { detectColumns } from '../../lib/extract/read/teach-columns';
import { taughtProfileDraft } from '../../lib/extract/read/teach-draft';
import { parseProfileJson } from '../../lib/extract/read/teach-profile';
import { todayIn } from '../../lib/time/calendar';
import { matchesPattern } from '../../lib/extract/page/site-profile';
import { SiteProfile, UserProfile } from '../../lib/extract/wire/site-profile-schema';
import { createRouter, type Handlers, type Sender } from '../../lib/messages/router';
import type { OwedResponse } from '../../lib/messages/send';
import type { TeachTabMessage } from '../../lib/messages/tab';
import { TeachPicked, TeachPickedList, missingRequired, type teachMessages } from '../../lib/messages/teach';

export interface TeachDeps {
  listProfiles(): Promise<StoredProfile[]>;
  saveProfile(profile: StoredProfile): Promise<void>;
  deleteProfile(id: string): Promise<void>;
  /** Relays to the content scripts of a tab (the teach one, the reader); resolves with the answer. */
  sendToTab(tabId: number, message: TeachTabMessage): Promise<unknown>;
  /** Loads the teach content script (the pick overlay, the draft) into a tab: only for teaching. */
  loadTeaching(tabId: number): Promise<void>;
  /** The tab the user looks at, for the toolbar's side panel (it is not inside a tab). */
  activeTabId(): Promise<number | undefined>;
  /** Tabs showing a site, so they read again with a new profile. */
  tabsMatching(patterns: string[]): Promise<number[]>;
  now(): number;
}

const TEACH_SCRIPT = '/content-scripts/teach.js' as const;

/** The extension's own: the background's database connection, tabs and messages. */
export const browserTeachDeps = (db: () => Promise<OwedDb>): TeachDeps => ({
  listProfiles: async () => (await db()).listProfiles(),
  saveProfile: async (p) => (await db()).saveProfile(p),
  deleteProfile: async (id) => (await db()).deleteProfile(id),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  loadTeaching: async (tabId) =>
    void (await browser.scripting.executeScript({ target: { tabId }, files: [TEACH_SCRIPT] })),
  activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  tabsMatching: async (patterns) =>
    (await browser.tabs.query({ url: patterns }).catch(() => [])).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  now: () => Date.now(),
});

/** Saved profiles that are still valid. */
async function validProfiles(deps: Pick<TeachDeps, 'listProfiles'>): Promise<SiteProfile[]> {
  const out: SiteProfile[] = [];
  for (const stored of await deps.listProfiles()) {
    // Stored profiles came from outside the code (taught, imported, in a backup): they name their sites.
    const parsed = UserProfile.safeParse(stored.profile);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The user's profiles for a page: those of its site, and those that recognise their app by its markup on any host. */
export async function taughtProfilesFor(deps: Pick<TeachDeps, 'listProfiles'>, url: string): Promise<SiteProfile[]> {
  return (await validProfiles(deps)).filter(
    (p) => p.matches.some((m) => matchesPattern(m, url)) || (!!p.detect && p.matches.length === 0),
  );
}

/** The content script answers in the OwedResponse shape; anything else is its failure. */
function unwrapTab(raw: unknown, what: string): unknown {
  const res = raw as OwedResponse | undefined;
  if (!res || typeof res !== 'object' || !('ok' in res))
    throw new Error(`The page did not answer (${what}). Reload it and try again.`);
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

async function save(deps: TeachDeps, profile: SiteProfile, teachingTab?: number): Promise<SiteProfile> {
  await deps.saveProfile({ id: profile.id, profile, savedAt: deps.now() });
  // Pages of that site read again with it (the taught tab first); a closed tab is no failure.
  const tabs = new Set([
    ...(teachingTab === undefined ? [] : [teachingTab]),
    ...(await deps.tabsMatching(profile.matches).catch(() => [])),
  ]);
  await Promise.all(
    [...tabs].map((id) => deps.sendToTab(id, { type: 'teach:profiles-changed' }).catch(() => undefined)),
  );
  return profile;
}

/** The tab a teach request is about: the one asked for, else the sender's, else the active one. */
async function tabOf(deps: TeachDeps, sender: Sender, tabId?: number): Promise<number> {
  const id = tabId ?? sender.tab?.id ?? (await deps.activeTabId());
  if (id === undefined) throw new Error('Open the page to teach in a tab first.');
  return id;
}

/** Answers the teach messages (lib/messages/teach.ts). */
export const teachHandlers = (deps: TeachDeps): Handlers<keyof typeof teachMessages> => ({
  'teach:start': async (request, sender) => {
    const tab = await tabOf(deps, sender, request.tabId);
    // A fresh copy each time: it replaces one left from an earlier pick (WXT's context stops the old one).
    await deps.loadTeaching(tab);
    const picked = unwrapTab(await deps.sendToTab(tab, { type: 'teach:pick' }), 'pick');
    if (picked === null) return null;
    const { url, lang, list } = TeachPickedList.parse(picked);
    // The columns are detected here: the script in the page carries no value parsers.
    const shown = detectColumns(list, {
      today: todayIn(deps.now(), undefined),
      locale: readingLocale(undefined, lang),
    });
    return TeachPicked.parse({
      url,
      headers: shown.headers,
      sample: shown.sample,
      columns: Object.fromEntries(shown.columns.map((c) => [c.field, c.index])),
    });
  },
  'teach:cancel': async (request, sender) => {
    await deps.sendToTab(await tabOf(deps, sender, request.tabId), { type: 'teach:cancel' }).catch(() => undefined);
    return null;
  },
  'teach:save': async (request, sender) => {
    const missing = missingRequired(request.columns);
    if (missing.length) throw new Error(`Choose the column for: ${missing.join(', ')}.`);
    const tab = await tabOf(deps, sender, request.tabId);
    const picked = TeachPickedList.safeParse(unwrapTab(await deps.sendToTab(tab, { type: 'teach:build' }), 'build'));
    if (!picked.success) throw new Error('The page did not describe the list it picked. Pick it again.');
    const { url, lang, selector, list } = picked.data;
    // The draft names columns by the headers the reader resolved, as it reads them.
    const draft = taughtProfileDraft({
      url,
      columns: request.columns,
      name: request.name,
      headers: resolveList(unpackList(list)).headers,
      selector,
      locale: readingLocale(undefined, lang),
    });
    const parsed = SiteProfile.safeParse(draft);
    if (!parsed.success)
      throw new Error(
        `This profile cannot be saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return save(deps, parsed.data, tab);
  },
  'teach:profiles': () => validProfiles(deps),
  'teach:import': async (request) => {
    const parsed = parseProfileJson(request.json);
    if (!parsed.ok) throw new Error(`Not an Owed site profile: ${parsed.reason}`);
    return save(deps, parsed.profile);
  },
  'teach:delete': async (request) => {
    const known = (await deps.listProfiles()).find((p) => p.id === request.id);
    if (!known) throw new Error('No such profile.');
    await deps.deleteProfile(request.id);
    const was = SiteProfile.safeParse(known.profile);
    if (was.success) {
      const tabs = await deps.tabsMatching(was.data.matches).catch(() => []);
      await Promise.all(
        tabs.map((id) => deps.sendToTab(id, { type: 'teach:profiles-changed' }).catch(() => undefined)),
      );
    }
    return null;
  },
});

/** Answers a teach request, or returns undefined for any other message. */
export const handleTeachRequest = (message: unknown, sender: Sender, deps: TeachDeps) =>
  createRouter(teachHandlers(deps))(message, sender);
