import { z } from 'zod';
import { IsoDate } from '../model';
import { SiteProfile } from '../extract/site-profile-schema';

// The reader content script captures a page's lists as text (lib/extract/capture-page.ts) and asks
// the background to read the invoices, or a profile's due dates, out of it: the value parsers,
// header words and locale tables never load into the page. The answer is an
// OwedResponse<CaptureRead | MaturitiesRead> (lib/extract/page-parser.ts). A page's text is
// untrusted: every size is bounded here, and nothing is stored on this request.

const Text = z.string().max(2_000);
const Column = z.number().int().min(0).max(200);

export const CapturedRow = z.object({
  texts: z.array(Text).max(200),
  marked: z.union([z.literal(true), z.array(Column).max(200)]).optional(),
  blocks: z.record(z.string().regex(/^\d{1,3}$/), z.array(Text).max(3)).optional(),
});

export const CapturedList = z.object({
  where: z.string().max(500),
  kind: z.enum(['table', 'aria', 'repeated']),
  headers: z.array(Text).max(200),
  maybeHeader: z.array(Text).max(200).optional(),
  rows: z.array(CapturedRow).max(20_000),
  statedRows: z.number().int().min(0).optional(),
  stacked: z.array(z.object({ index: Column, parts: z.array(z.string().max(2_000)).min(2).max(3) })).max(200).optional(),
});

export const PageCapture = z.object({
  lists: z.array(CapturedList).max(200),
  form: z.array(z.object({ label: Text, value: Text })).max(500).optional(),
  lang: z.string().max(100).optional(),
});

const Request = {
  url: z.string().max(4000),
  today: IsoDate.optional(),
  capture: PageCapture,
};

export const PageParseRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:invoices'), ...Request, profile: SiteProfile.optional() }),
  z.object({ type: z.literal('page:maturities'), ...Request, profile: SiteProfile }),
]);
export type PageParseRequest = z.infer<typeof PageParseRequest>;
export type PageParseRequestInput = z.input<typeof PageParseRequest>;

export const isPageParseRequest = (m: unknown): boolean => {
  const t = (m as { type?: unknown } | null)?.type;
  return t === 'page:invoices' || t === 'page:maturities';
};
