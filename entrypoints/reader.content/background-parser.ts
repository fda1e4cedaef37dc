import type { PageParser } from '../../lib/extract/page-parser';
import type { PageParseRequestInput } from '../../lib/messages/page-parse';
import type { OwedResponse } from '../../lib/messages/requests';

// The page hands its captured text to the background, which reads the invoices out of it: the
// value parsers never load into the page. Type-only imports: no zod in the content script.

async function ask<T>(request: PageParseRequestInput): Promise<T> {
  const res = (await browser.runtime.sendMessage(request)) as OwedResponse<T> | undefined;
  if (!res?.ok) throw new Error(res?.error ?? 'the background did not answer');
  return res.value;
}

export const backgroundParser: PageParser = {
  invoices: (request) => ask({ type: 'page:invoices', ...request }),
  maturities: (request) => ask({ type: 'page:maturities', ...request }),
  store: (request) => ask({ type: 'page:store', ...request }),
};
