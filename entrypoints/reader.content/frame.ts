import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answering, tabListener, typeOf } from '../../lib/messages/listen';
import { FRAME_CHECK } from '../../lib/messages/signals';

const WIDTH = 400;
const STYLE = `
  :host { all: initial; }
  .tab { position: fixed; top: 40%; right: 0; z-index: 2147483646; writing-mode: vertical-rl;
    font: 600 13px system-ui, sans-serif; letter-spacing: .04em; padding: 12px 7px; border: 0;
    border-radius: 8px 0 0 8px; background: #0f5132; color: #fff; cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / .25); }
  .tab:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  .open .tab { right: ${WIDTH}px; }
  iframe { position: fixed; top: 0; right: 0; height: 100vh; width: ${WIDTH}px; max-width: 100vw;
    z-index: 2147483647; border: 0; border-left: 1px solid #ccc; background: Canvas;
    box-shadow: -4px 0 16px rgb(0 0 0 / .15); }
  iframe[hidden] { display: none; }`;

/**
 * A small floating tab at the right edge of the page that opens Owed's sidebar in a frame. The
 * frame is the extension's own sidepanel page, so the page cannot read what it shows; the host
 * element carries no data, and its shadow root is closed.
 */
export function mountSidebarFrame(ctx: ContentScriptContext) {
  if (window.top !== window) return; // not inside the app's own frames
  const host = document.createElement('owed-sidebar');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const wrap = document.createElement('div');
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Owed';
  tab.title = 'Show Owed: who owes you, and what to do today';
  tab.setAttribute('aria-expanded', 'false');
  wrap.append(tab);
  root.append(style, wrap);
  let frame: HTMLIFrameElement | undefined;
  // A secret of this script's: the page cannot read the frame's address (closed shadow root).
  const token = crypto.randomUUID();

  const isOpen = () => tab.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.title = 'Owed sidebar';
      // The token tells this frame from one the page opens itself (entrypoints/sidepanel/own-frame.ts).
      frame.src = `${browser.runtime.getURL('/sidepanel.html')}?frame=${token}`;
      wrap.append(frame);
    }
    if (frame) frame.hidden = !open;
    wrap.classList.toggle('open', open);
    tab.setAttribute('aria-expanded', String(open));
  };

  tab.addEventListener('click', () => setOpen(!isOpen()), { signal: ctx.signal });
  const onMessage = tabListener({
    'owed:toggle-frame': () => {
      setOpen(!isOpen());
      return { open: isOpen() };
    },
  });
  // The sidebar in a frame asks whether this script opened it, before it shows anything.
  const onCheck = answering((message: unknown, sender: { id?: string }) =>
    typeOf(message) === FRAME_CHECK && sender.id === browser.runtime.id
      ? Promise.resolve({
          ok: true as const,
          value: { own: !!frame && (message as { token?: unknown }).token === token },
        })
      : undefined,
  );
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onMessage.addListener(onCheck);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onMessage.removeListener(onCheck);
    host.remove();
  });
  document.documentElement.append(host);
}
