import type { PageReadInput } from '../../model/page-read';
import { capturePage, formOf, inSlices, withElements, type OnPage } from './capture-page';
import { mergeCaptures, type WireCapture } from '../wire/capture-wire';
import { extractCustomerContact } from './customer-contact';
import { viewFilter } from './filtered-view';
import type { CaptureSummary, PageParser } from '../wire/page-parser';
import {
  allPagesRead,
  findLoadMore,
  findPager,
  hasNextPage,
  nextPageControl,
  type Pager,
  statedTotal,
} from './pagination';
import { isCustomerPage, isInvoiceListPage, maturityListFor, profileFor, type SiteProfile } from './site-profile';

export interface LiveReaderOptions {
  doc: Document;
  url: () => string;
  /** Today as YYYY-MM-DD in the user's time zone (else the parser's own today). */
  today?: () => string;
  profiles: readonly SiteProfile[];
  /** Reads invoices and due dates out of what the page captured: the background, in the extension. */
  parse: PageParser;
  send: (read: PageReadInput) => Promise<void>;
  /** Aborted when the page or the extension goes away: everything stops. */
  signal: AbortSignal;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  /** Quiet time after DOM changes before reading again. */
  debounceMs?: number;
  /** At most this many "load more" clicks or scroll steps per list. */
  maxSteps?: number;
  /** Yields to the page between slices of work. */
  pause?: () => Promise<void>;
}

/** A list read, still on the page: its element and row elements, where paging looks. */
type ListOnPage = OnPage<CaptureSummary['lists'][number]>;

export interface LiveReader {
  /** Reads now (after the current read, if one runs). */
  read(): Promise<void>;
  /** The app changed route without a reload: start over for the new list. */
  routeChanged(): void;
}

/** Which list a URL shows: the same path and hash is the same list across reads. */
const listKey = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.hash}`;
  } catch {
    return url;
  }
};

/** What the reader knows of a paged list: the pages read, and the rows of the page read last. */
interface Paging {
  read: Set<number>;
  /** The main list's rows (packed) when a page was last noted as read. */
  rows: string;
  /** The page a click left, for a pager that does not number its pages. */
  clickedFrom?: number;
  /** Clicks per control and page, so a control that moves nothing is not clicked forever. */
  tries: Map<string, number>;
  /** Pages noted as read in order, for a pager without numbers ("next" and "previous" only). */
  last?: number;
  /** The list's last page, as its pager said when it was shown. */
  lastPage?: number;
}

const newPaging = (): Paging => ({ read: new Set(), rows: '', tries: new Map() });

/**
 * The page on screen, noted as read when its rows are new: its number as the pager says, else
 * (a pager of "previous" and "next" only) counted from the first page, when the list was opened
 * there. Undefined when unknown.
 */
function pageOnScreen(paging: Paging, pager: Pager, rows: string): number | undefined {
  const fresh = rows !== paging.rows;
  let here = pager.current;
  if (here === undefined) {
    if (paging.last === undefined) here = pager.previous ? undefined : 1;
    else here = fresh && paging.clickedFrom !== undefined ? paging.clickedFrom + 1 : paging.last;
  }
  if (here !== undefined && fresh) {
    paging.read.add(here);
    paging.rows = rows;
    paging.last = here;
    paging.clickedFrom = undefined;
  }
  return here;
}

/** Which pages were read, for the sidebar: "pages 1–2 of 2", or "read 20 of 40, open the next page". */
function pagesReport(paging: Paging, pager: Pager, stated: number | undefined) {
  const report: { read: number[]; last?: number; statedRows?: number } = {
    read: [...paging.read].sort((a, b) => a - b).slice(0, 1000),
  };
  if (pager.last !== undefined) report.last = pager.last;
  if (stated !== undefined) report.statedRows = stated;
  return report;
}

/** The element that scrolls a virtualised list: the nearest scrolling ancestor of its rows. */
function scroller(el: Element): HTMLElement | undefined {
  for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
    const h = e as HTMLElement;
    if (h.scrollHeight > h.clientHeight + 4) return h;
  }
  return undefined;
}

/**
 * Reads invoices from a live page: at start, after DOM changes (batched), after route changes;
 * follows "load more" controls and scrolls virtualised lists, accumulating rows by invoice number,
 * within a bound and only on pages recognised as invoice lists. Sends a PageRead only when what
 * it read changed, so repeated reads cost the background nothing.
 */
export function startLiveReader(o: LiveReaderOptions): LiveReader {
  const later = o.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const debounceMs = o.debounceMs ?? 400;
  const maxSteps = o.maxSteps ?? 60;
  let key = listKey(o.url());
  let kept: WireCapture | undefined;
  let steps = 0;
  let lastScrollTop = -1;
  let lastSent = '';
  let running: Promise<void> | undefined;
  let again = false;
  let timer = 0;
  let failures = 0;
  let paging = newPaging();

  const reset = () => {
    key = listKey(o.url());
    kept = undefined;
    steps = 0;
    lastScrollTop = -1;
    lastSent = '';
    paging = newPaging();
  };

  /**
   * Follows a numbered pager: notes the page on screen as read once its rows are not the rows of
   * the page read before it (a pager marks the new page before its rows arrive), then clicks the
   * next page not read. Returns whether it clicked, and where the list stands.
   */
  const turnPage = (pager: Pager, rows: string): { asked: boolean; pager: Pager } => {
    const here = pageOnScreen(paging, pager, rows);
    // The last page, once a pager said it, stays known when the user goes back to page 1.
    if (pager.last !== undefined) paging.lastPage = Math.max(paging.lastPage ?? 0, pager.last);
    const known: Pager = { ...pager, current: here };
    if (known.last === undefined) known.last = paging.lastPage;
    if (here !== undefined && known.last === undefined && !pager.next && !pager.pages.size) known.last = here;
    if (here === undefined || !paging.read.has(here) || paging.rows !== rows) return { asked: false, pager: known };
    const target = steps < maxSteps ? nextPageControl(known, paging.read) : undefined;
    if (!target) return { asked: false, pager: known };
    // "Next" once at a time: a second click before the rows change would skip a page unseen.
    if ((target === pager.next || target === pager.previous) && paging.clickedFrom !== undefined)
      return { asked: true, pager: known };
    // A control that moved nothing twice is not clicked again: the list refuses paging.
    const id = `${here}>${target === pager.next ? 'next' : (target.textContent ?? '').trim()}`;
    const tries = paging.tries.get(id) ?? 0;
    if (tries >= 2) return { asked: false, pager: known };
    paging.tries.set(id, tries + 1);
    paging.clickedFrom = here;
    steps++;
    target.click();
    return { asked: true, pager: known };
  };

  /** Sends a read of contacts or due dates (a capture of invoices is stored by the parser). */
  const deliver = async (read: PageReadInput) => {
    const fingerprint = JSON.stringify([read.customers, read.maturities, read.problems]);
    if (fingerprint === lastSent || o.signal.aborted) return;
    lastSent = fingerprint;
    await o.send(read);
  };

  /**
   * Loads more rows if the list has more; true when it asked the page for more. `main` is the list
   * read the most invoices from, `stated` how many rows the page says it has, `seen` how many
   * invoices were read.
   */
  const askForMore = (
    main: ListOnPage | undefined,
    stated: number | undefined,
    seen: number,
    profile: SiteProfile | undefined,
  ): boolean => {
    if (steps >= maxSteps) return false;
    const more = findLoadMore(o.doc, profile?.loadMore, main?.element);
    if (more) {
      steps++;
      more.click();
      return true;
    }
    // A virtualised list shows fewer rows than it says it has: scroll it a screen further.
    if (main && stated !== undefined && seen < stated) {
      const box = scroller(main.rowElements[0] ?? main.element);
      if (box && box.scrollTop !== lastScrollTop && box.scrollTop + box.clientHeight < box.scrollHeight) {
        lastScrollTop = box.scrollTop;
        steps++;
        box.scrollTop = Math.min(box.scrollTop + Math.max(box.clientHeight * 0.8, 100), box.scrollHeight);
        box.dispatchEvent(new Event('scroll'));
        return true;
      }
    }
    return false;
  };

  const readOnce = async () => {
    const url = o.url();
    if (listKey(url) !== key) reset();
    const profile = profileFor(url, o.doc, o.profiles);
    const base = {
      source: new URL(url).origin,
      url,
      title: o.doc.title.slice(0, 500),
      profile: profile?.id ?? 'generic',
    };

    if (profile && isCustomerPage(profile, url)) {
      const contact = extractCustomerContact(o.doc);
      if (contact) await deliver({ ...base, invoices: [], customers: [contact], complete: false });
      return;
    }
    const today = o.today?.();
    const stale = () => o.signal.aborted || listKey(o.url()) !== key;
    const dueDates = maturityListFor(profile, url);
    if (profile && dueDates) {
      // Due dates without invoice numbers: never invoices, so never a complete invoice list.
      const page = await inSlices(
        capturePage(o.doc, { listSelector: dueDates.listSelector ?? profile.listSelector }),
        o.pause,
        12,
        o.signal,
      );
      if (!page || stale()) return;
      const got = await o.parse.maturities({ url, today, profile, capture: page.capture });
      if (stale()) return;
      const more =
        steps < maxSteps
          ? findLoadMore(o.doc, profile.loadMore, got.list === undefined ? undefined : page.lists[got.list]?.element)
          : undefined;
      if (more) {
        steps++;
        more.click();
      }
      if (got.maturities.length || got.problems.length)
        await deliver({
          ...base,
          invoices: [],
          maturities: got.maturities.slice(0, 10_000),
          problems: got.problems.slice(0, 1000),
          complete: false,
          confidence: got.problems.length ? 0.5 : 1,
        });
      return;
    }
    if (profile && !isInvoiceListPage(profile, url)) return;
    // Slices of 12 ms: with the step that follows a slice, no task nears 50 ms. The text goes to
    // the parser (the background), which reads the invoices out of it off the page's thread.
    const page = await inSlices(
      capturePage(o.doc, { listSelector: profile?.listSelector, overdueSelector: profile?.overdueSelector }),
      o.pause,
      12,
      o.signal,
    );
    if (!page || stale()) return;
    // Rows read before stay (a virtualised list shows a screenful at a time), the current ones first.
    let capture = mergeCaptures(kept, page.capture);
    kept = capture;
    let summary = await o.parse.invoices({ url, today, profile, capture });
    if (stale()) return;
    if (summary.invoices === 0 && summary.lists.length === 0) {
      // No list of invoices: the page may be one invoice's own form.
      const form = formOf(o.doc);
      if (form.length) {
        capture = { ...capture, form };
        summary = await o.parse.invoices({ url, today, profile, capture });
        if (stale()) return;
      }
    }
    // The lists read that are still on the page, with their elements.
    const lists = withElements(summary.lists, page.lists);
    // Which pages of a paged list were read, once its pager was looked at.
    let pages: ReturnType<typeof pagesReport> | undefined;
    const store = (complete: boolean) => {
      const fingerprint = `${complete}${JSON.stringify(capture)}`;
      if (fingerprint === lastSent || o.signal.aborted) return;
      lastSent = fingerprint;
      return o.parse.store({
        url,
        today,
        profile,
        capture,
        readId: summary.readId,
        title: o.doc.title,
        complete,
        ...(pages ? { pages } : {}),
      });
    };
    if (summary.invoices === 0) {
      // A customer page of an unknown app: its contact details, when it shows some.
      const contact = summary.lists.length === 0 ? extractCustomerContact(o.doc) : undefined;
      if (contact) await deliver({ ...base, invoices: [], customers: [contact], complete: false });
      // Problems worth telling; or the app's own invoice list page (its profile says so) with no
      // list Owed can find: say so, so the sidebar explains why nothing was read.
      else if (summary.problems || (profile && summary.lists.length === 0)) await store(false);
      return;
    }
    // Paging checks scan the page's controls: a slice of their own.
    if (o.pause) await o.pause();
    if (stale()) return;
    const main = [...lists].sort((a, b) => b.invoices - a.invoices)[0];
    // The page's "1–20 of 57", outside the rows already read (a scan of 5,000 rows of divs would
    // be a long task of its own).
    const stated = main?.statedRows ?? statedTotal(o.doc, new Set(lists.flatMap((l) => l.rowElements)));
    const pagerNow = main ? findPager(o.doc, main.element) : undefined;
    const turned = pagerNow ? turnPage(pagerNow, page.capture.lists[main!.index]?.rows ?? '') : undefined;
    const asked = turned?.asked || askForMore(main, stated, summary.invoices, profile);
    // One invoice's own page (a form) reads no list: it never speaks for the whole list. Rows the
    // list states include drafts and voids the reader skips on purpose.
    let complete =
      summary.lists.length > 0 && !asked && (stated === undefined || summary.invoices + (main?.skipped ?? 0) >= stated);
    if (turned && !allPagesRead(turned.pager, paging.read)) complete = false;
    if (turned) pages = pagesReport(paging, turned.pager, stated);
    if (complete) {
      // Each scan of the page's controls in a slice of its own, and the send in another.
      // A view the app filters (a status tab, a search) hides open invoices on purpose.
      if (o.pause) await o.pause();
      if (stale()) return;
      complete =
        !viewFilter(url, o.doc, profile) &&
        !(steps >= maxSteps && findLoadMore(o.doc, profile?.loadMore, main?.element)) &&
        (turned ? true : !hasNextPage(o.doc));
    }
    if (o.pause) await o.pause();
    if (stale()) return;
    await store(complete);
  };

  const read = async (): Promise<void> => {
    if (o.signal.aborted) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await readOnce();
          failures = 0;
        } while (again && !o.signal.aborted);
      } catch {
        // The parser could not answer (the background restarting, the extension updated): read
        // again a little later, a few times, even if the page does not change meanwhile.
        if (++failures <= 3 && !o.signal.aborted) later(() => void read(), 1000 * failures);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  // Debounced, but a page that never stops changing (a ticking clock) is still read every few seconds.
  let firstPending = 0;
  const schedule = () => {
    if (o.signal.aborted) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + debounceMs * 8 - now));
    timer = later(() => {
      timer = 0;
      firstPending = 0;
      void read();
    }, wait) as number;
  };

  const observer = new MutationObserver(schedule);
  observer.observe(o.doc.body ?? o.doc.documentElement, { childList: true, subtree: true, characterData: true });
  o.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  });
  void read();
  return {
    read,
    // A route of the same list (a page number in the query) keeps what was read of it.
    routeChanged: () => {
      if (listKey(o.url()) !== key) reset();
      schedule();
    },
  };
}
