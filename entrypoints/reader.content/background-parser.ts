import type { PageParser } from '../../lib/extract/wire/page-parser';
import { createSend } from '../../lib/messages/send';

// The page hands its captured text to the background, which reads the invoices out of it: the
// value parsers never load into the page. The map's types only: no zod in the content script.

const send = createSend((message) => browser.runtime.sendMessage(message));

export const backgroundParser: PageParser = {
  invoices: (request) => send('page:invoices', request),
  maturities: (request) => send('page:maturities', request),
  // The capture went with 'page:invoices': a store names that read and sends the capture again
  // only when the background no longer has it.
  store: async ({ capture, ...request }) => {
    const answer = request.readId ? await send('page:store', request) : { resend: true as const };
    return answer?.resend && capture ? send('page:store', { ...request, capture }) : answer;
  },
};
