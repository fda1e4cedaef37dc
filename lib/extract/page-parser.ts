// What the page asks of the reader (the background, in the extension: lib/messages/page-parse.ts),
// and how it is answered (parse-here.ts does it in the same thread, for tests and benchmarks).
import type { PageRead, ReadProblem } from '../messages/protocol';
import type { PageCapture } from './page-capture';
import type { CaptureRead } from './read-capture';
import type { SiteProfile } from './site-profile';

export interface ParseRequest {
  url: string;
  /** Today as YYYY-MM-DD; the reader's own today when absent (the same browser, the same day). */
  today?: string;
  profile?: SiteProfile;
  capture: PageCapture;
}

/** Due dates read off a profile's due-date list, and which captured list they came from. */
export interface MaturitiesRead {
  maturities: PageRead['maturities'];
  problems: ReadProblem[];
  list?: number;
}

export interface PageParser {
  /** The invoices of a captured page. */
  invoices(request: ParseRequest): Promise<CaptureRead>;
  /** The due dates of a captured due-date list (the request's profile says which list and columns). */
  maturities(request: ParseRequest & { profile: SiteProfile }): Promise<MaturitiesRead>;
}
