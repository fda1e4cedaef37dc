import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageLocale } from '../../lib/extract/extract-invoices';
import { pickedListAt, taughtProfileDraft } from '../../lib/extract/teach-draft';
import type { OwedResponse } from '../../lib/messages/requests';
import type { TeachPickedList, TeachTabMessage } from '../../lib/messages/teach';
import { pickList } from './pick-list';

// The page's half of teaching it (lib/messages/teach.ts has the whole exchange): pick a list, hand
// over its text (the background detects the columns), draft the profile from the confirmed columns.
// Type-only imports from the protocol: no zod in a content script.

const TEACH_TYPES = new Set(['teach:pick', 'teach:cancel', 'teach:build']);

/** Answers the background's teach messages for this tab until the script is replaced or the extension goes. */
export function answerTeaching(ctx: ContentScriptContext) {
  if (window.top !== window) return; // the user teaches the page, not its frames
  let picked: Element | undefined;
  let picking: AbortController | undefined;

  const pick = async (): Promise<TeachPickedList | null> => {
    picking?.abort();
    const ac = new AbortController();
    picking = ac;
    ctx.signal.addEventListener('abort', () => ac.abort());
    const el = await pickList(document, ac.signal);
    if (picking === ac) picking = undefined;
    if (!el) return null;
    const list = pickedListAt(el);
    if (!list) return null;
    picked = el;
    const locale = pageLocale(document);
    return {
      url: location.href,
      ...(locale ? { locale } : {}),
      headers: list.headers.slice(0, 200).map((h) => h.slice(0, 200)),
      rows: list.rows.slice(0, 100).map((r) => r.slice(0, 200).map((t) => t.slice(0, 300))),
    };
  };

  const handle = async (m: Exclude<TeachTabMessage, { type: 'teach:profiles-changed' }>): Promise<unknown> => {
    switch (m.type) {
      case 'teach:pick':
        return pick();
      case 'teach:cancel':
        picking?.abort();
        return null;
      case 'teach:build':
        if (!picked?.isConnected) throw new Error('The list picked is gone from the page: pick it again.');
        return taughtProfileDraft({ clicked: picked, url: location.href, columns: m.columns, name: m.name, locale: pageLocale(document) });
    }
  };

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: OwedResponse) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !TEACH_TYPES.has(type)) return undefined;
    handle(message as Exclude<TeachTabMessage, { type: 'teach:profiles-changed' }>).then(
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
