import type { PageParser } from '../../lib/extract/wire/page-parser';
import { ledgerMessages } from '../../lib/messages/ledger';
import { PageRead } from '../../lib/model/page-read';
import type { Handlers, Sender } from '../../lib/messages/router';
import type { OwedService } from '../../lib/service/owed-service';
import type { ReadApprovals } from '../../lib/sites/read-approvals';
import { addinHandlers, type AddinBridgeDeps } from './addin-bridge';
import { approvedIn, type MayRead, notApproved, pageParseHandlers, pageReadFromPage, webPageUrl } from './page-parse';
import { readerProfilesHandlers } from './reader-profiles';
import { sitesHandlers } from './sites';
import { teachHandlers, type TeachDeps } from './teach';

export interface BackgroundDeps {
  service(): Promise<OwedService>;
  pageReader: PageParser;
  /** The origins the user approved for automatic reading: nothing from another enters the ledger. */
  approvals: ReadApprovals;
  teach: TeachDeps;
  addin: AddinBridgeDeps;
}

type Ledger = OwedService['handlers'];

/** The ledger's handlers, each the service's own once the database is open (the map names them). */
function ledgerHandlers(service: () => Promise<OwedService>, mayRead: MayRead): Ledger {
  const entries = Object.keys(ledgerMessages).map((type) => [
    type,
    async (payload: unknown, sender: Sender) =>
      ((await service()).handlers[type as keyof Ledger] as (p: unknown, s: Sender) => unknown)(payload, sender),
  ]);
  const handlers = Object.fromEntries(entries) as Ledger;
  return {
    ...handlers,
    'page-read': async (payload, sender) =>
      handlers['page-read'](await fromSenderPage(payload, sender, mayRead), sender),
  };
}

/**
 * A page read a web page sent is the sender's page's, never complete, without invoices
 * (page-parse.ts's pageReadFromPage), and only from an origin the user approved; Owed's own pages
 * (the CSV import) and the background's own thread send theirs as they are.
 */
async function fromSenderPage(
  payload: { read: PageRead },
  sender: Sender,
  mayRead: MayRead,
): Promise<{ read: PageRead }> {
  if (!webPageUrl(sender.url)) return payload;
  const told = pageReadFromPage(payload, sender.url);
  if (!told.ok) throw new Error(told.error);
  if (!(await mayRead(told.message.read.source))) throw new Error(notApproved(told.message.read.source));
  return { read: PageRead.parse(told.message.read) };
}

/** A handler for every message of the map (lib/messages/map.ts): one missing is a type error. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers {
  const readerProfiles = readerProfilesHandlers(deps.teach, deps.approvals);
  return {
    ...ledgerHandlers(deps.service, approvedIn(deps.approvals)),
    // The profile a page names is read as the background has it ('reader:profiles' gives the same list).
    ...pageParseHandlers(deps.pageReader, approvedIn(deps.approvals), async (url) =>
      readerProfiles['reader:profiles']({ url }, {}),
    ),
    ...readerProfiles,
    ...teachHandlers(deps.teach),
    ...sitesHandlers(deps.approvals),
    ...addinHandlers(deps.addin),
  };
}
