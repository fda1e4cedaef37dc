import type { PageParser } from '../../lib/extract/wire/page-parser';
import { ledgerMessages } from '../../lib/messages/ledger';
import { PageRead } from '../../lib/model/page-read';
import type { Handlers, Sender } from '../../lib/messages/router';
import type { OwedService } from '../../lib/service/owed-service';
import { addinHandlers, type AddinBridgeDeps } from './addin-bridge';
import { pageParseHandlers, pageReadFromPage, webPageUrl } from './page-parse';
import { readerProfilesHandlers } from './reader-profiles';
import { sitesHandlers } from './sites';
import { teachHandlers, type TeachDeps } from './teach';

export interface BackgroundDeps {
  service(): Promise<OwedService>;
  pageReader: PageParser;
  teach: TeachDeps;
  addin: AddinBridgeDeps;
}

type Ledger = OwedService['handlers'];

/** The ledger's handlers, each the service's own once the database is open (the map names them). */
function ledgerHandlers(service: () => Promise<OwedService>): Ledger {
  const entries = Object.keys(ledgerMessages).map((type) => [
    type,
    async (payload: unknown, sender: Sender) =>
      ((await service()).handlers[type as keyof Ledger] as (p: unknown, s: Sender) => unknown)(payload, sender),
  ]);
  const handlers = Object.fromEntries(entries) as Ledger;
  return {
    ...handlers,
    'page-read': (payload, sender) => handlers['page-read'](fromSenderPage(payload, sender), sender),
  };
}

/**
 * A page read a web page sent is the sender's page's, never complete, without invoices
 * (page-parse.ts's pageReadFromPage); Owed's own pages (the CSV import) and the background's own
 * thread send theirs as they are.
 */
function fromSenderPage(payload: { read: PageRead }, sender: Sender): { read: PageRead } {
  if (!webPageUrl(sender.url)) return payload;
  const told = pageReadFromPage(payload, sender.url);
  if (!told.ok) throw new Error(told.error);
  return { read: PageRead.parse(told.message.read) };
}

/** A handler for every message of the map (lib/messages/map.ts): one missing is a type error. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...ledgerHandlers(deps.service),
    ...pageParseHandlers(deps.pageReader),
    ...readerProfilesHandlers(deps.teach),
    ...teachHandlers(deps.teach),
    ...sitesHandlers,
    ...addinHandlers(deps.addin),
  };
}
