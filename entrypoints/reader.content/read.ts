import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReadInput } from '../../lib/messages/protocol';
import { startLiveReader, type LiveReader } from '../../lib/extract/live-reader';
import { todayIn } from '../../lib/ledger/calendar';
import { PROFILES } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { listenForProfileChanges, taughtProfilesFor } from './saved-profiles';

/** Today in the browser's time zone, as the invoicing app shows dates. */
const localToday = () => todayIn(Date.now(), undefined);

/** Browsers that have it give the page's own scheduler a say; others get a macrotask. */
const pause = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });

/**
 * Reads the invoices of this page as it changes and sends each new read to the background.
 * `taught` are the user's own site profiles; they win over the built-in ones. The ones saved in
 * Owed for this site are asked of the background at start, and again when the user teaches or
 * deletes one (the page is then read again with them).
 */
export function startReading(ctx: ContentScriptContext, send: (read: PageReadInput) => Promise<void>, taught: SiteProfile[] = []): LiveReader {
  let current: { reader: LiveReader; stop: AbortController } | undefined;
  const start = (saved: SiteProfile[]) => {
    current?.stop.abort();
    const stop = new AbortController();
    ctx.signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
    const reader = startLiveReader({
      doc: document,
      url: () => location.href,
      today: localToday,
      profiles: [...saved, ...taught, ...PROFILES],
      send,
      signal: stop.signal,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      pause,
    });
    current = { reader, stop };
  };
  let asked = 0;
  const withSaved = () => {
    const mine = ++asked;
    void taughtProfilesFor(location.href).then((saved) => {
      // Only the latest answer counts; none at all leaves the running reader alone.
      if (mine !== asked || ctx.signal.aborted || (saved.length === 0 && current)) return;
      start(saved);
    });
  };
  // The saved profiles decide how the page reads: wait for them, but not for long.
  ctx.setTimeout(() => current ?? start([]), 1500);
  withSaved();
  listenForProfileChanges(ctx, () => {
    asked++;
    void taughtProfilesFor(location.href).then((saved) => !ctx.signal.aborted && start(saved));
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => current?.reader.routeChanged());
  return {
    read: () => current?.reader.read() ?? Promise.resolve(),
    routeChanged: () => current?.reader.routeChanged(),
  };
}
