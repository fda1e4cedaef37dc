import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { tabListener } from '../../lib/messages/listen';
import { createSend } from '../../lib/messages/send';

const send = createSend((message) => browser.runtime.sendMessage(message));

/**
 * Calls `start` once the user approved this page's origin for automatic reading: now, when it
 * already was, or when they say yes in Owed's sidebar (the background then tells this tab). The
 * background decides, from the page's address as the browser names it; until then nothing is read.
 */
export function whenApproved(ctx: ContentScriptContext, start: () => void) {
  let started = false;
  const check = () =>
    send('reader:may-read').then(
      (yes) => {
        if (!yes || started || !ctx.isValid) return;
        started = true;
        start();
      },
      () => {}, // the background is restarting: its 'reader:approved' comes when the user says yes
    );
  const onMessage = tabListener({
    'reader:approved': () => {
      void check();
      return null;
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  void check();
}
