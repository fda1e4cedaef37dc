import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ADDIN_BASE, ADDIN_MATCHES } from '../../lib/bridge/addin-origin';
import { createAsk } from '../../lib/messages/send';
import { startBridgeRelay } from './relay';

// Runs only in the Outlook taskpane's own folder (ADDIN_BASE, set at build time) (in Outlook on the web it is a frame, hence allFrames).
export default defineContentScript({
  matches: ADDIN_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  // WXT's context would also window.postMessage a "script started" marker any page can read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const ask = createAsk((message) => browser.runtime.sendMessage(message));
    startBridgeRelay({
      win: window,
      base: ADDIN_BASE,
      version: browser.runtime.getManifest().version,
      signal: ctx.signal,
      // The map's answer carries the pane's own (a refusal for consent included); a transport failure is the map's.
      forward: async (request) => {
        const answer = await ask('addin', { request });
        return answer.ok ? answer.value : answer;
      },
    });
  },
});
