// A page's invoices read in one go, both halves in this thread: what the page captures
// (capture-page.ts) read by the reader (read-capture.ts). In the extension the halves run apart,
// the capture in the page and the reading in the background; tests, benchmarks and fuzzing read
// pages with this.
import { capturePage, inSlices, withElements, type CapturedPage, type OnPage } from './page/capture-page';
import { unpackCapture, type WireCapture } from './wire/capture-wire';
import { readCapture, type CaptureRead, type ListRead } from './read/read-capture';
import type { MaturitiesRead } from './wire/page-parser';
import { parseMaturities } from './read/parse-here';
import { maturityListFor, type SiteProfile } from './page/site-profile';

export interface ExtractOptions {
  url: string;
  /** Today as YYYY-MM-DD (relative dates, dates without a year). */
  today: string;
  /** The page's locale; defaults to the profile's, then `<html lang>`. */
  locale?: string;
  profile?: SiteProfile;
}

/** What was read of one list, with its elements. */
export type ListReport = OnPage<ListRead>;

export interface ExtractResult extends Omit<CaptureRead, 'lists'> {
  lists: ListReport[];
}

const captureOptions = (profile: SiteProfile | undefined) => ({
  listSelector: profile?.listSelector,
  overdueSelector: profile?.overdueSelector,
  form: true,
});

/** The capture read as the background reads it: packed, sent as JSON, unpacked. */
function read(page: CapturedPage, opts: ExtractOptions): ExtractResult {
  const sent = JSON.parse(JSON.stringify(page.capture)) as WireCapture;
  const result = readCapture(unpackCapture(sent), opts);
  return { ...result, lists: withElements(result.lists, page.lists) };
}

/** Reads a page's invoices at once. */
export function extractInvoices(root: ParentNode, opts: ExtractOptions): ExtractResult {
  const steps = capturePage(root, captureOptions(opts.profile));
  for (;;) {
    const s = steps.next();
    if (s.done) return read(s.value, opts);
  }
}

/** Reads a page's invoices, its capture in slices of at most `budgetMs` (as the live reader does). */
export async function extractInvoicesChunked(
  root: ParentNode,
  opts: ExtractOptions,
  pause?: () => Promise<void>,
  budgetMs = 25,
  signal?: AbortSignal,
): Promise<ExtractResult | undefined> {
  const page = await inSlices(capturePage(root, captureOptions(opts.profile)), pause, budgetMs, signal);
  return page && read(page, opts);
}

/** Reads the due dates of a profile's due-date list on the page at once (both halves, as the live reader does). */
export function extractMaturities(
  root: ParentNode,
  opts: { url: string; today: string; profile: SiteProfile },
): MaturitiesRead {
  const spec = maturityListFor(opts.profile, opts.url);
  const steps = capturePage(root, { listSelector: spec?.listSelector ?? opts.profile.listSelector });
  for (;;) {
    const s = steps.next();
    if (s.done) return parseMaturities({ ...opts, capture: s.value.capture });
  }
}
