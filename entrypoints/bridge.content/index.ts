import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ADDIN_BASE, ADDIN_MATCHES } from '../../lib/bridge/addin-origin';
import type { AddinResponse, AddinRuntimeMessage } from '../../lib/bridge/protocol';
import { startBridgeRelay } from './relay';

// Runs only in the Outlook taskpane's own folder (ADDIN_BASE, set at build time) (in Outlook on the web it is a frame, hence allFrames).
export default defineContentScript({
  matches: ADDIN_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  // WXT's context would also window.postMessage a "script started" marker any page can read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBridgeRelay({
      win: window,
      base: ADDIN_BASE,
      version: browser.runtime.getManifest().version,
      signal: ctx.signal,
      forward: (request) =>
        browser.runtime.sendMessage({ type: 'addin', request } satisfies AddinRuntimeMessage) as Promise<AddinResponse>,
    });
  },
});
