import type { PageParser } from '../../lib/extract/page-parser';
import { isPageParseRequest, PageParseRequest } from '../../lib/messages/page-parse';
import type { OwedResponse } from '../../lib/messages/requests';

/**
 * Answers the reader's 'page:invoices', 'page:maturities' and 'page:store'
 * (lib/messages/page-parse.ts) with `reader` (parse-here.ts, keeping into the database): the
 * invoices or due dates in the text a page captured. Undefined for any other message.
 */
export function handlePageParse(message: unknown, reader: PageParser): Promise<OwedResponse> | undefined {
  if (!isPageParseRequest(message)) return undefined;
  const parsed = PageParseRequest.safeParse(message);
  if (!parsed.success)
    return Promise.resolve({
      ok: false,
      error: `Owed refused a malformed page capture: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
  const request = parsed.data;
  const answer: Promise<unknown> =
    request.type === 'page:invoices'
      ? reader.invoices(request)
      : request.type === 'page:maturities'
        ? reader.maturities(request)
        : reader.store(request).then(() => null);
  return answer.then(
    (value) => ({ ok: true as const, value }),
    (e: unknown) => ({
      ok: false as const,
      error: `Owed could not read this page: ${e instanceof Error ? e.message : String(e)}`,
    }),
  );
}
