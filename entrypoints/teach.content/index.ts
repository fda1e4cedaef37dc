import { answerTeaching } from './answer-teach';

// Teaching a page: the overlay that lets the user pick the invoice list, and the profile draft.
// Not in the manifest: the background injects it into the tab when the user clicks "Teach"
// (entrypoints/background/teach.ts), so the reader that runs on every invoicing page carries none of it.
export default defineContentScript({
  registration: 'runtime',
  // Loaded only on demand: no "script started" postMessage for the page to see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    answerTeaching(ctx);
  },
});
