import type { PageParser } from '../../lib/extract/wire/page-parser';
import type { PageReadInput } from '../../lib/model/page-read';
import type { pageParseMessages } from '../../lib/messages/page-parse';
import { createRouter, type Handlers, type Sender } from '../../lib/messages/router';

/** The sender's address when it is a web page (http or https), else undefined. */
export function webPageUrl(senderUrl: string | undefined): string | undefined {
  if (!senderUrl) return undefined;
  try {
    const u = new URL(senderUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const NOT_A_PAGE = 'Owed reads only web pages it can name.';

/** The page the browser says sent the message: the read is that page's, whatever the message names. */
function senderPage(sender: Sender): string {
  const url = webPageUrl(sender.url);
  if (!url) throw new Error(NOT_A_PAGE);
  return url;
}

/**
 * The reader's 'page:invoices', 'page:maturities' and 'page:store' (lib/messages/page-parse.ts),
 * answered with `reader` (parse-here.ts, keeping into the database): the invoices or due dates in
 * the text a page captured. The address read is the sender's (the browser's sender.url), never
 * the one the message names; whether the read was complete is judged in parse-here.ts.
 */
export const pageParseHandlers = (reader: PageParser): Handlers<keyof typeof pageParseMessages> => ({
  'page:invoices': (request, sender) => reader.invoices({ ...request, url: senderPage(sender) }),
  'page:maturities': (request, sender) => reader.maturities({ ...request, url: senderPage(sender) }),
  'page:store': (request, sender) => reader.store({ ...request, url: senderPage(sender) }),
});

/** Answers a page-parse message sent by the page at `senderUrl`; undefined for any other. */
export const handlePageParse = (message: unknown, reader: PageParser, senderUrl: string | undefined) =>
  createRouter(pageParseHandlers(reader))(message, { url: senderUrl });

/**
 * A 'page-read' a web page sent (a customer page's contacts, a due-date list): kept as the
 * sender's origin, never complete, and without invoices (a page's invoices are read by the
 * background from its capture, 'page:store'). Owed's own pages (the CSV import) send theirs as is.
 */
export function pageReadFromPage(
  message: unknown,
  senderUrl: string | undefined,
): { ok: true; message: { type: 'page-read'; read: PageReadInput } } | { ok: false; error: string } {
  const url = webPageUrl(senderUrl);
  const read = (message as { read?: unknown } | null)?.read;
  if (!url) return { ok: false, error: NOT_A_PAGE };
  if (!read || typeof read !== 'object') return { ok: false, error: 'Owed refused a malformed page read.' };
  const invoices = (read as { invoices?: unknown }).invoices;
  if (Array.isArray(invoices) && invoices.length > 0)
    return { ok: false, error: 'A page sends its invoices as a capture for Owed to read, not as invoices.' };
  return {
    ok: true,
    message: {
      type: 'page-read',
      read: { ...(read as PageReadInput), source: new URL(url).origin, url, invoices: [], complete: false },
    },
  };
}
