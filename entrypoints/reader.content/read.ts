import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReadInput } from '../../lib/messages/protocol';
import { startLiveReader, type LiveReader } from '../../lib/extract/live-reader';
import { PROFILES } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';

/** Today in the user's time zone, as the invoicing app shows dates. */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Browsers that have it give the page's own scheduler a say; others get a macrotask. */
const pause = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });

/**
 * Reads the invoices of this page as it changes and sends each new read to the background.
 * `taught` are the user's own site profiles; they win over the built-in ones.
 */
export function startReading(ctx: ContentScriptContext, send: (read: PageReadInput) => Promise<void>, taught: SiteProfile[] = []): LiveReader {
  const reader = startLiveReader({
    doc: document,
    url: () => location.href,
    today: localToday,
    profiles: [...taught, ...PROFILES],
    send,
    signal: ctx.signal,
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    pause,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => reader.routeChanged());
  return reader;
}
