import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/extract/page/site-profile';
import { tabListener } from '../../lib/messages/listen';
import { createSend } from '../../lib/messages/send';

// The site profiles that read this page come from the background: the user's taught ones and the
// built-in ones, so the reader carries no profile data. Picking a list and drafting a profile are
// the teach content script's, injected on demand. The map's types only: no zod in the content script.

const send = createSend((message) => browser.runtime.sendMessage(message));

/** The profiles for this page's site, taught ones first; none when the background cannot answer. */
export async function profilesFor(url: string): Promise<SiteProfile[]> {
  // The background is restarting, or refused: the generic reader still reads the page.
  return send('reader:profiles', { url }).catch(() => []);
}

/** Calls `onChanged` when the user teaches or deletes a profile for this site (the page is then read again). */
export function listenForProfileChanges(ctx: ContentScriptContext, onChanged: () => void) {
  if (window.top !== window) return; // profiles are taught on the page, not its frames
  const onMessage = tabListener({
    'teach:profiles-changed': () => {
      onChanged();
      return null;
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
