import { todayIn } from '../ledger/calendar';
import type { MaturitiesRead, PageParser, ParseRequest } from './page-parser';
import { readCapture, readingLocale } from './read-capture';
import { readMaturities } from './read-maturities';
import { maturityListFor, type SiteProfile } from './site-profile';

/** Today in the browser's time zone, as the invoicing app shows dates. */
const localToday = () => todayIn(Date.now(), undefined);

export function parseInvoices(request: ParseRequest) {
  return readCapture(request.capture, { url: request.url, today: request.today ?? localToday(), profile: request.profile });
}

export function parseMaturities(request: ParseRequest & { profile: SiteProfile }): MaturitiesRead {
  const { profile, capture } = request;
  const spec = maturityListFor(profile, request.url);
  if (!spec) return { maturities: [], problems: [{ where: 'page', reason: `${profile.name} has no due-date list at this address` }] };
  return readMaturities(capture.lists, spec, { today: request.today ?? localToday(), locale: readingLocale(profile.locale, capture.lang), currency: profile.currency });
}

/** The reader in the caller's own thread: the background answers the page with it; tests and benchmarks call it directly. */
export const parseHere: PageParser = {
  invoices: async (request) => parseInvoices(request),
  maturities: async (request) => parseMaturities(request),
};
