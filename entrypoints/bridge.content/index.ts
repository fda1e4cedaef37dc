import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ADDIN_MATCHES, ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { createAsk } from '../../lib/messages/send';
import { startBridgeRelay } from './relay';

// Runs only in the Outlook taskpane's own origin (in Outlook on the web it is a frame, hence allFrames).
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
      origin: ADDIN_ORIGIN,
      version: browser.runtime.getManifest().version,
      signal: ctx.signal,
      forward: (request) => ask('addin', { request }),
    });
  },
});
