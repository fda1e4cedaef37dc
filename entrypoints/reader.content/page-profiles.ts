import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { ReaderProfilesRequest } from '../../lib/messages/reader-profiles';
import type { OwedResponse } from '../../lib/messages/requests';
import type { TeachTabMessage } from '../../lib/messages/teach';

// The site profiles that read this page come from the background: the user's taught ones and the
// built-in ones, so the reader carries no profile data. Picking a list and drafting a profile are
// the teach content script's, injected on demand. Type-only imports: no zod in the content script.

/** The profiles for this page's site, taught ones first; none when the background cannot answer. */
export async function profilesFor(url: string): Promise<SiteProfile[]> {
  try {
    const res = (await browser.runtime.sendMessage({ type: 'reader:profiles', url } satisfies ReaderProfilesRequest)) as
      | OwedResponse<SiteProfile[]>
      | undefined;
    return res?.ok ? res.value : [];
  } catch {
    return []; // the background is restarting: the generic reader still reads the page
  }
}

const CHANGED: TeachTabMessage['type'] = 'teach:profiles-changed';

/** Calls `onChanged` when the user teaches or deletes a profile for this site (the page is then read again). */
export function listenForProfileChanges(ctx: ContentScriptContext, onChanged: () => void) {
  if (window.top !== window) return; // profiles are taught on the page, not its frames
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== CHANGED) return undefined;
    onChanged();
    return Promise.resolve({ ok: true, value: null } satisfies OwedResponse);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
