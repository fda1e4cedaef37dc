import type { PageParser } from '../../lib/extract/page-parser';
import type { pageParseMessages } from '../../lib/messages/page-parse';
import { createRouter, type Handlers } from '../../lib/messages/router';

/**
 * The reader's 'page:invoices', 'page:maturities' and 'page:store' (lib/messages/page-parse.ts),
 * answered with `reader` (parse-here.ts, keeping into the database): the invoices or due dates in
 * the text a page captured.
 */
export const pageParseHandlers = (reader: PageParser): Handlers<keyof typeof pageParseMessages> => ({
  'page:invoices': (request) => reader.invoices(request),
  'page:maturities': (request) => reader.maturities(request),
  'page:store': (request) => reader.store(request),
});

/** Answers a page-parse message; undefined for any other. */
export const handlePageParse = (message: unknown, reader: PageParser) =>
  createRouter(pageParseHandlers(reader))(message);
