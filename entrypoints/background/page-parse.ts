import type { PageParser } from '../../lib/extract/page-parser';
import { isPageParseRequest, PageParseRequest } from '../../lib/messages/page-parse';
import type { OwedResponse } from '../../lib/messages/requests';

/**
 * Answers the reader's 'page:invoices', 'page:maturities' and 'page:store'
 * (lib/messages/page-parse.ts) with `reader` (parse-here.ts, keeping into the database): the
 * invoices or due dates in the text a page captured. Undefined for any other message.
 */
export function handlePageParse(
  message: unknown,
  reader: PageParser,
  senderUrl: string | undefined,
): Promise<OwedResponse> | undefined {
  if (!isPageParseRequest(message)) return undefined;
  const parsed = PageParseRequest.safeParse(message);
  if (!parsed.success)
    return Promise.resolve({
      ok: false,
      error: `Owed refused a malformed page capture: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
  // The page read is the sender's, whatever address the message names.
  const url = webPageUrl(senderUrl);
  if (!url) return Promise.resolve({ ok: false, error: 'Owed reads only web pages it can name.' });
  const request = { ...parsed.data, url };
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

/** The sender's address when it is a web page (http or https), else undefined. */
function webPageUrl(senderUrl: string | undefined): string | undefined {
  if (!senderUrl) return undefined;
  try {
    const u = new URL(senderUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 'page-read' a web page sent (a customer page's contacts, a due-date list): kept as the
 * sender's origin, never complete, and without invoices (a page's invoices are read by the
 * background from its capture, 'page:store'). Owed's own pages (CSV import) send theirs as is.
 */
export function pageReadFromPage(
  message: unknown,
  senderUrl: string | undefined,
): { ok: true; message: { type: 'page-read'; read: Record<string, unknown> } } | { ok: false; error: string } {
  const url = webPageUrl(senderUrl);
  const read = (message as { read?: unknown } | null)?.read;
  if (!url) return { ok: false, error: 'Owed reads only web pages it can name.' };
  if (!read || typeof read !== 'object') return { ok: false, error: 'Owed refused a malformed page read.' };
  const invoices = (read as { invoices?: unknown }).invoices;
  if (Array.isArray(invoices) && invoices.length > 0)
    return { ok: false, error: 'A page sends its invoices as a capture for Owed to read, not as invoices.' };
  return {
    ok: true,
    message: { type: 'page-read', read: { ...read, source: new URL(url).origin, url, invoices: [], complete: false } },
  };
}
