import { z } from 'zod';
import { IsoDate } from '../model';
import { MAX_CELLS, MAX_ROWS, MAX_TEXT } from '../extract/wire/capture-wire';
import type { CaptureSummary, MaturitiesRead, StoreAnswer } from '../extract/wire/page-parser';
import { SiteProfile } from '../extract/wire/site-profile-schema';
import { PagesRead } from '../model/page-read';
import { family, fromReader, REFUSED, reply } from './define';

// The reader content script captures a page's lists as text (lib/extract/page/capture-page.ts, sent as
// capture-wire.ts packs it) and asks the background to read the invoices, or a profile's due
// dates, out of it: the value parsers, header words and locale tables never load into the page.
// 'page:invoices' answers how the read went (CaptureSummary), 'page:maturities' the due dates,
// 'page:store' keeps the read 'page:invoices' made of the same capture: the page sends the
// capture once, and again only when the background answers that it no longer has that read
// (a restarted service worker; lib/extract/wire/page-parser.ts). A page's text is untrusted: every size is bounded
// here and when the rows are unpacked.

const Text = z.string().max(MAX_TEXT);
const Column = z.number().int().min(0).max(MAX_CELLS);
const Blocks = z.record(z.string().regex(/^\d{1,3}$/), z.array(Text).max(3));
const RowKey = z.string().regex(/^\d{1,5}$/);

/** A list as captured, its rows packed as the page sends them (capture-wire.ts). */
const ListFields = {
  where: z.string().max(500),
  kind: z.enum(['table', 'aria', 'repeated']),
  headers: z.array(Text).max(MAX_CELLS),
  maybeHeader: z.array(Text).max(MAX_CELLS).optional(),
  statedRows: z.number().int().min(0).optional(),
  stacked: z
    .array(z.object({ index: Column, parts: z.array(Text).min(2).max(3) }))
    .max(MAX_CELLS)
    .optional(),
};

export const WireList = z.object({
  ...ListFields,
  count: z.number().int().min(0).max(MAX_ROWS),
  /** The rows packed (capture-wire.ts): 50 M characters at most, whatever the count. */
  rows: z.string().max(50_000_000),
  rowsMarked: z.array(z.number().int().min(0).max(MAX_ROWS)).max(MAX_ROWS).optional(),
  cellsMarked: z.record(RowKey, z.array(Column).max(MAX_CELLS)).optional(),
  blocks: z.record(RowKey, Blocks).optional(),
});

export const WireCapture = z.object({
  lists: z.array(WireList).max(200),
  form: z
    .array(z.object({ label: Text, value: Text }))
    .max(500)
    .optional(),
  lang: z.string().max(100).optional(),
});

const Request = {
  url: z.string().max(4000),
  today: IsoDate.optional(),
  capture: WireCapture,
};

/** The capture text a page sends, read in the background: only a reader content script sends these. */
export const pageParseMessages = family(
  {
    malformed: (first) => `Owed refused a malformed page capture: ${first?.message ?? 'invalid'}`,
    failed: (message) => `Owed could not read this page: ${message}`,
    refused: REFUSED,
  },
  {
    'page:invoices': {
      from: fromReader,
      payload: z.object({ ...Request, profile: SiteProfile.optional() }),
      reply: reply<CaptureSummary>(),
    },
    'page:maturities': {
      from: fromReader,
      payload: z.object({ ...Request, profile: SiteProfile }),
      reply: reply<MaturitiesRead>(),
    },
    'page:store': {
      from: fromReader,
      payload: z
        .object({
          ...Request,
          /** Left out when the store names the read its summary just made (readId). */
          capture: WireCapture.optional(),
          profile: SiteProfile.optional(),
          readId: z.string().max(100).optional(),
          title: z.string().max(10_000),
          complete: z.boolean(),
          pages: PagesRead.optional(),
        })
        .refine((store) => store.capture || store.readId, 'a store names the read it keeps or sends its capture'),
      reply: reply<StoreAnswer>(),
    },
  },
);
