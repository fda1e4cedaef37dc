import { FRAME_CHECK } from '../../lib/messages/signals';

/**
 * Whether this sidebar may show the ledger. In the browser's side panel or a tab of its own, yes.
 * In a frame inside a web page, only when the page's reader opened that frame: it put a token in
 * the frame's address (entrypoints/reader.content/frame.ts) that the page cannot read, and says
 * whether this is its token. A page that frames the sidebar itself (to trick a click through it)
 * gets a sidebar that shows and does nothing.
 */
export async function mayShowLedger(win: Window): Promise<boolean> {
  if (win.top === win) return true;
  const token = new URLSearchParams(win.location.search).get('frame');
  if (!token) return false;
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) return false;
    const res = (await browser.tabs.sendMessage(tab.id, { type: FRAME_CHECK, token }, { frameId: 0 })) as
      | { ok: true; value: { own: boolean } }
      | { ok: false }
      | undefined;
    return !!res?.ok && res.value.own === true;
  } catch {
    return false;
  }
}
