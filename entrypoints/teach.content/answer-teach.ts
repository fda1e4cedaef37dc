import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickedAt } from '../../lib/extract/page/teach-pick';
import { tabListener } from '../../lib/messages/listen';
import type { TeachPickedList } from '../../lib/messages/teach';
import { pickList } from './pick-list';

// The page's half of teaching it (lib/messages/teach.ts has the whole exchange): pick a list and
// hand over its text; the background detects the columns and drafts the profile.
// Type-only imports from the protocol: no zod in a content script.

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
    const found = el && describe(el);
    if (found) picked = el;
    return found ?? null;
  };

  /** The picked list as the background reads it: its text, the page's language, a selector for it. */
  const describe = (el: Element): TeachPickedList | null => {
    const found = pickedAt(el);
    if (!found) return null;
    const lang = document.documentElement.getAttribute('lang');
    return {
      url: location.href,
      ...(lang ? { lang: lang.slice(0, 100) } : {}),
      selector: found.selector.slice(0, 500),
      list: found.list,
    };
  };

  // Answers asynchronously: the user is picking.
  const onMessage = tabListener({
    'teach:pick': pick,
    'teach:cancel': () => {
      picking?.abort();
      return null;
    },
    'teach:build': () => {
      if (!picked?.isConnected) throw new Error('The list picked is gone from the page: pick it again.');
      return describe(picked);
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    picking?.abort();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
