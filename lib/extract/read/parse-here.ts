import { judgeListCompleteness, type CapturedListFacts } from './list-completeness';
import { todayIn } from '../../time/calendar';
import type { PageReadInput } from '../../model/page-read';
import { unpackCapture } from '../wire/capture-wire';
import type { CaptureSummary, MaturitiesRead, PageParser, ParseRequest, StoreRequest } from '../wire/page-parser';
import { NO_TABLE, readCapture, readingLocale, type CaptureRead } from './read-capture';
import { readMaturities } from './read-maturities';
import { isLayoutRow } from './read-rows';
import { maturityListFor, type SiteProfile } from '../page/site-profile';

/** Today in the browser's time zone, as the invoicing app shows dates. */
const localToday = () => todayIn(Date.now(), undefined);

function parseInvoices(request: ParseRequest): CaptureRead {
  return readCapture(unpackCapture(request.capture), {
    url: request.url,
    today: request.today ?? localToday(),
    profile: request.profile,
  });
}

export function summarize(read: CaptureRead, readId: string): CaptureSummary {
  return {
    readId,
    invoices: read.invoices.length,
    lists: read.lists.map((l) => {
      const list: CaptureSummary['lists'][number] = {
        index: l.index,
        rows: l.rows,
        invoices: l.invoices,
        skipped: l.skipped.filter((s) => !isLayoutRow(s)).length,
      };
      if (l.statedRows !== undefined) list.statedRows = l.statedRows;
      return list;
    }),
    problems: read.problems.filter((p) => p.reason !== NO_TABLE).length,
  };
}

/** What is kept of a read: its invoices, and its problems ("no invoice table" only when nothing was read). */
function pageReadOf(request: StoreRequest, read: CaptureRead, captured: readonly CapturedListFacts[]): PageReadInput {
  // Complete per list, judged from what was read here, not on the page's word alone.
  const judged = judgeListCompleteness(request.complete, captured, read.lists);
  const problems = read.invoices.length ? read.problems.filter((p) => p.reason !== NO_TABLE) : read.problems;
  return {
    source: new URL(request.url).origin,
    url: request.url,
    title: request.title.slice(0, 500),
    profile: request.profile?.id ?? 'generic',
    invoices: read.invoices.map((inv, i) => (judged.listOf[i] ? { ...inv, list: judged.listOf[i] } : inv)),
    problems: [...judged.problems, ...problems].slice(0, 1000),
    complete: judged.complete,
    ...(request.pages ? { pages: request.pages } : {}),
    confidence: read.confidence,
  };
}

export function parseMaturities(request: ParseRequest & { profile: SiteProfile }): MaturitiesRead {
  const { profile } = request;
  const capture = unpackCapture(request.capture);
  const spec = maturityListFor(profile, request.url);
  if (!spec)
    return {
      maturities: [],
      problems: [{ where: 'page', reason: `${profile.name} has no due-date list at this address` }],
    };
  return readMaturities(capture.lists, spec, {
    today: request.today ?? localToday(),
    locale: readingLocale(profile.locale, capture.lang),
    currency: profile.currency,
  });
}

/** What completeness is judged on (list-completeness.ts), without the rows a kept read no longer needs. */
const listFacts = (lists: readonly CapturedListFacts[]): CapturedListFacts[] =>
  lists.map(({ where, headers, count, statedRows }) => ({ where, headers, count, statedRows }));

/** Reads kept for the store that follows their summary (a few pages read at once at most). */
const RECENT = 8;

/**
 * The reader in the caller's own thread, keeping reads with `keep`: the background answers the
 * page with it (keeping into the database); tests and benchmarks call it directly. A store right
 * after its summary keeps what the summary read instead of reading the capture again.
 */
export function parseHere(keep: (read: PageReadInput) => Promise<void>): PageParser {
  const recent = new Map<string, { url: string; read: CaptureRead; lists: CapturedListFacts[] }>();
  let n = 0;
  return {
    invoices: async (request) => {
      const read = parseInvoices(request);
      const readId = `${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2)}`;
      recent.set(readId, { url: request.url, read, lists: listFacts(request.capture.lists) });
      if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
      return summarize(read, readId);
    },
    maturities: async (request) => parseMaturities(request),
    store: async (request) => {
      const known = request.readId ? recent.get(request.readId) : undefined;
      if (request.readId) recent.delete(request.readId);
      const fresh = known && known.url === request.url ? undefined : request.capture;
      const read = fresh
        ? parseInvoices({ ...request, capture: fresh })
        : known?.url === request.url
          ? known.read
          : undefined;
      if (!read) return { resend: true as const };
      await keep(pageReadOf(request, read, fresh ? listFacts(fresh.lists) : known!.lists));
      return null;
    },
  };
}
