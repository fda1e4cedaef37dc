import { READER_MATCHES } from '../../lib/extract/page/known-hosts';
import type { PageReadInput } from '../../lib/model/page-read';
import { createSend } from '../../lib/messages/send';
import { whenApproved } from './approval';
import { mountSidebarFrame } from './frame';
import { startReading } from './read';

// Reads the invoice lists of the page and shows Owed's sidebar beside them. No React here: the
// sidebar is an extension page in an iframe.
export default defineContentScript({
  matches: READER_MATCHES,
  runAt: 'document_idle',
  // WXT's context would also window.postMessage a "script started" marker any page can read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    mountSidebarFrame(ctx);
    const toBackground = createSend((message) => browser.runtime.sendMessage(message));
    const send = async (read: PageReadInput) => {
      if (!ctx.isValid) return; // the extension was updated or removed: this script is orphaned
      await toBackground('page-read', { read });
    };
    // Read only once the user approved this origin (the sidebar asks "Read invoices from …?").
    whenApproved(ctx, () => startReading(ctx, send));
  },
});
