// What the page asks of the reader (the background, in the extension: lib/messages/page-parse.ts),
// and how it is answered (parse-here.ts does it in the same thread, for tests and benchmarks).
import type { PageRead, ReadProblem } from '../../model/page-read';
import type { WireCapture } from './capture-wire';
import type { SiteProfile } from '../page/site-profile';

export interface ParseRequest {
  url: string;
  /** Today as YYYY-MM-DD; the reader's own today when absent (the same browser, the same day). */
  today?: string;
  profile?: SiteProfile;
  capture: WireCapture;
}

/** What the page needs to know of a read to page on: how many invoices, from which lists. */
export interface CaptureSummary {
  /** Names the read for a 'store' of the same capture soon after, so it is not read twice. */
  readId: string;
  /** Invoices read (one per number). */
  invoices: number;
  /** The lists invoices were read from: which captured list, its rows, its invoices, its rows skipped for a reason other than being a header or total. */
  lists: { index: number; rows: number; invoices: number; skipped: number; statedRows?: number }[];
  /** Problems worth telling the user (not "no invoice table on this page"). */
  problems: number;
}

/** Due dates read off a profile's due-date list, and which captured list they came from. */
export interface MaturitiesRead {
  maturities: PageRead['maturities'];
  problems: ReadProblem[];
  list?: number;
}

export interface PageParser {
  /** Reads the invoices of a capture and says how it went (the invoices stay with the reader). */
  invoices(request: ParseRequest): Promise<CaptureSummary>;
  /** The due dates of a captured due-date list (the request's profile says which list and columns). */
  maturities(request: ParseRequest & { profile: SiteProfile }): Promise<MaturitiesRead>;
  /**
   * Keeps a read: the one its summary named when the reader still has it, else the capture read
   * again. Without a capture, a read the reader no longer has is not kept: it answers `resend`.
   */
  store(request: StoreRequest): Promise<StoreAnswer>;
}

/** Nothing, or: the reader no longer has the read the store names; send the capture with it. */
export type StoreAnswer = null | { resend: true };

export interface StoreRequest extends Omit<ParseRequest, 'capture'> {
  /** The capture; the page leaves it out when it names a read (readId) it just had summarised. */
  capture?: WireCapture;
  /** The summary's readId: the reader keeps what it read then when it still has it, else reads the capture again. */
  readId?: string;
  title: string;
  /** The read covered the whole list of open invoices (see PageRead.complete). */
  complete: boolean;
  /** A paged list: which pages were read (see PageRead.pages). */
  pages?: PagesRead;
}

/** Which pages of a paged list were read, the last page when the pager says, the rows it states. */
export interface PagesRead {
  read: number[];
  last?: number;
  statedRows?: number;
}
