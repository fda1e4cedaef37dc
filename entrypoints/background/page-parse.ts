import { parseInvoices, parseMaturities } from '../../lib/extract/parse-here';
import { isPageParseRequest, PageParseRequest } from '../../lib/messages/page-parse';
import type { OwedResponse } from '../../lib/messages/requests';

/**
 * Answers the reader's 'page:invoices' and 'page:maturities' (lib/messages/page-parse.ts): the
 * invoices or due dates in the text a page captured. Nothing is stored: the reader sends what it
 * keeps as a 'page-read'. Undefined for any other message.
 */
export function handlePageParse(message: unknown): Promise<OwedResponse> | undefined {
  if (!isPageParseRequest(message)) return undefined;
  const parsed = PageParseRequest.safeParse(message);
  if (!parsed.success) return Promise.resolve({ ok: false, error: `Owed refused a malformed page capture: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  const request = parsed.data;
  try {
    const value = request.type === 'page:invoices' ? parseInvoices(request) : parseMaturities(request);
    return Promise.resolve({ ok: true, value });
  } catch (e) {
    return Promise.resolve({ ok: false, error: `Owed could not read this page: ${e instanceof Error ? e.message : String(e)}` });
  }
}
