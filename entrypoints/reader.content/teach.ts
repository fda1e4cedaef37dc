import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageLocale } from '../../lib/extract/extract-invoices';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { detectColumnsAt, taughtProfileDraft } from '../../lib/extract/teach-draft';
import type { OwedResponse } from '../../lib/messages/requests';
import type { TeachPicked, TeachTabMessage } from '../../lib/messages/teach';
import { pickList } from './pick-list';

// The content script's half of teaching a page (lib/messages/teach.ts has the whole exchange):
// pick a list, say what its columns look like, draft the profile from the confirmed columns.
// Type-only imports from the protocol: no zod in the content script.

/** The user's taught profiles for this page's site, from the background. */
export async function taughtProfilesFor(url: string): Promise<SiteProfile[]> {
  try {
    const res = (await browser.runtime.sendMessage({ type: 'teach:profiles', url })) as OwedResponse<SiteProfile[]> | undefined;
    return res?.ok ? res.value : [];
  } catch {
    return []; // the background is restarting: the built-in profiles still read the page
  }
}

const TEACH_TYPES = new Set(['teach:pick', 'teach:cancel', 'teach:build', 'teach:profiles-changed']);

/** Answers the background's teach messages for this tab; `onProfilesChanged` re-reads the page. */
export function listenForTeaching(ctx: ContentScriptContext, o: { today: () => string; onProfilesChanged: () => void }) {
  if (window.top !== window) return; // the user teaches the page, not its frames
  let picked: Element | undefined;
  let picking: AbortController | undefined;

  const pick = async (): Promise<TeachPicked | null> => {
    picking?.abort();
    const ac = new AbortController();
    picking = ac;
    ctx.signal.addEventListener('abort', () => ac.abort());
    const el = await pickList(document, ac.signal);
    if (picking === ac) picking = undefined;
    if (!el) return null;
    const shown = detectColumnsAt(el, { today: o.today(), locale: pageLocale(document) });
    if (!shown) return null;
    picked = el;
    return {
      url: location.href,
      headers: shown.headers.slice(0, 200).map((h) => h.slice(0, 200)),
      sample: shown.sample.slice(0, 5).map((r) => r.slice(0, 200).map((t) => t.slice(0, 300))),
      columns: Object.fromEntries(shown.columns.map((c) => [c.field, c.index])),
    };
  };

  const handle = async (m: TeachTabMessage): Promise<unknown> => {
    switch (m.type) {
      case 'teach:pick':
        return pick();
      case 'teach:cancel':
        picking?.abort();
        return null;
      case 'teach:build':
        if (!picked?.isConnected) throw new Error('The list picked is gone from the page: pick it again.');
        return taughtProfileDraft({ clicked: picked, url: location.href, columns: m.columns, name: m.name, locale: pageLocale(document) });
      case 'teach:profiles-changed':
        o.onProfilesChanged();
        return null;
    }
  };

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: OwedResponse) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !TEACH_TYPES.has(type)) return undefined;
    handle(message as TeachTabMessage).then(
      (value) => sendResponse({ ok: true, value }),
      (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // answers asynchronously (the user is picking)
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    picking?.abort();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
