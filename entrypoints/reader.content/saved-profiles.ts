import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { OwedResponse } from '../../lib/messages/requests';
import type { TeachTabMessage } from '../../lib/messages/teach';

// The reader's part in teaching: the profiles saved for this site, and word that they changed.
// Picking a list and drafting a profile are the teach content script's, injected on demand.
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
