import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReadInput } from '../../lib/model/page-read';
import { startLiveReader, type LiveReader } from '../../lib/extract/page/live-reader';
import type { SiteProfile } from '../../lib/extract/page/site-profile';
import { backgroundParser } from './background-parser';
import { listenForProfileChanges, profilesFor } from './page-profiles';

/** Browsers that have it give the page's own scheduler a say; others get a macrotask. */
const pause = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });

/**
 * Reads the invoices of this page as it changes and sends each new read to the background: the
 * page captures its lists' text, the background reads the invoices out of it (in the browser's
 * time zone, as the app shows dates).
 * The site profiles that tell it how (the user's taught ones first, then the built-in ones) are
 * asked of the background at start, and again when the user teaches or deletes one (the page is
 * then read again with them).
 */
export function startReading(ctx: ContentScriptContext, send: (read: PageReadInput) => Promise<void>): LiveReader {
  let current: { reader: LiveReader; stop: AbortController } | undefined;
  const start = (forPage: SiteProfile[]) => {
    current?.stop.abort();
    const stop = new AbortController();
    ctx.signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
    const reader = startLiveReader({
      doc: document,
      url: () => location.href,
      profiles: forPage,
      parse: backgroundParser,
      send,
      signal: stop.signal,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      pause,
    });
    current = { reader, stop };
  };
  let asked = 0;
  const withProfiles = () => {
    const mine = ++asked;
    void profilesFor(location.href).then((forPage) => {
      // Only the latest answer counts; none at all leaves the running reader alone.
      if (mine !== asked || ctx.signal.aborted || (forPage.length === 0 && current)) return;
      start(forPage);
    });
  };
  // The profiles decide how the page reads: wait for them, but not for long (then the generic
  // reader starts, and the profiles replace it when they come).
  ctx.setTimeout(() => current ?? start([]), 1500);
  withProfiles();
  listenForProfileChanges(ctx, () => {
    asked++;
    void profilesFor(location.href).then((forPage) => !ctx.signal.aborted && start(forPage));
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => current?.reader.routeChanged());
  return {
    read: () => current?.reader.read() ?? Promise.resolve(),
    routeChanged: () => current?.reader.routeChanged(),
  };
}
