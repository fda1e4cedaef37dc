import { builtInProfilesFor } from '../../lib/extract/read/profiles';
import type { SiteProfile } from '../../lib/extract/page/site-profile';
import type { PageParser } from '../../lib/extract/wire/page-parser';
import type { PageReadInput } from '../../lib/model/page-read';
import type { pageParseMessages } from '../../lib/messages/page-parse';
import { createRouter, type Handlers, type Sender } from '../../lib/messages/router';
import type { ReadApprovals } from '../../lib/sites/read-approvals';

/** The sender's address when it is a web page (http or https), else undefined. */
export function webPageUrl(senderUrl: string | undefined): string | undefined {
  if (!senderUrl) return undefined;
  try {
    const u = new URL(senderUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const NOT_A_PAGE = 'Owed reads only web pages it can name.';

/** The page the browser says sent the message: the read is that page's, whatever the message names. */
function senderPage(sender: Sender): string {
  const url = webPageUrl(sender.url);
  if (!url) throw new Error(NOT_A_PAGE);
  return url;
}

/** Whether the user approved automatic reading of an origin (sites:approve). */
export type MayRead = (origin: string) => Promise<boolean>;

/** Any page may be read: for tests of the reading itself, and the background's own thread. */
export const readAnything: MayRead = async () => true;

/** Whether the approvals name the origin. */
export const approvedIn =
  (approvals: Pick<ReadApprovals, 'has'>): MayRead =>
  (origin) =>
    approvals.has(origin);

/** The background's own site profiles for a page (taught ones, then built-in ones): what 'reader:profiles' answers. */
export type OwnProfiles = (url: string) => Promise<SiteProfile[]>;

/** The built-in profiles only: for tests of the reading, and a database that cannot be read. */
export const builtInOnly: OwnProfiles = async (url) => builtInProfilesFor(url);

/**
 * The profile a page names, as the background has it (found by its id among the page's own
 * profiles); the copy the page sends is never used, so a page cannot change what is read.
 */
async function ownProfile(named: SiteProfile | undefined, url: string, profiles: OwnProfiles) {
  if (!named) return undefined;
  const own = (await profiles(url)).find((p) => p.id === named.id);
  if (!own) throw new Error(`Owed has no site profile "${named.id.slice(0, 100)}" for this page.`);
  return own;
}

/** The words for a page whose origin the user has not approved yet. */
export const notApproved = (origin: string) =>
  `Owed reads ${new URL(origin).host} only once you allow it: open Owed on that page and choose "Read invoices".`;

/** The sender's page, when the user approved its origin; else refused, nothing read. */
async function approvedPage(sender: Sender, mayRead: MayRead): Promise<string> {
  const url = senderPage(sender);
  const origin = new URL(url).origin;
  if (!(await mayRead(origin))) throw new Error(notApproved(origin));
  return url;
}

/**
 * The reader's 'page:invoices', 'page:maturities' and 'page:store' (lib/messages/page-parse.ts),
 * answered with `reader` (parse-here.ts, keeping into the database): the invoices or due dates in
 * the text a page captured. The address read is the sender's (the browser's sender.url), never
 * the one the message names; whether the read was complete is judged in parse-here.ts. A page whose
 * origin the user has not approved is refused before anything is read.
 */
export const pageParseHandlers = (
  reader: PageParser,
  mayRead: MayRead,
  profiles: OwnProfiles = builtInOnly,
): Handlers<keyof typeof pageParseMessages> => ({
  'page:invoices': async (request, sender) => {
    const url = await approvedPage(sender, mayRead);
    return reader.invoices({ ...request, url, profile: await ownProfile(request.profile, url, profiles) });
  },
  'page:maturities': async (request, sender) => {
    const url = await approvedPage(sender, mayRead);
    return reader.maturities({ ...request, url, profile: (await ownProfile(request.profile, url, profiles))! });
  },
  'page:store': async (request, sender) => {
    const url = await approvedPage(sender, mayRead);
    return reader.store({ ...request, url, profile: await ownProfile(request.profile, url, profiles) });
  },
});

/** Answers a page-parse message sent by the page at `senderUrl`; undefined for any other. */
export const handlePageParse = (
  message: unknown,
  reader: PageParser,
  senderUrl: string | undefined,
  mayRead: MayRead = readAnything,
  profiles: OwnProfiles = builtInOnly,
) => createRouter(pageParseHandlers(reader, mayRead, profiles))(message, { url: senderUrl });

/**
 * A 'page-read' a web page sent (a customer page's contacts, a due-date list): kept as the
 * sender's origin, never complete, and without invoices (a page's invoices are read by the
 * background from its capture, 'page:store'). Owed's own pages (the CSV import) send theirs as is.
 */
export function pageReadFromPage(
  message: unknown,
  senderUrl: string | undefined,
): { ok: true; message: { type: 'page-read'; read: PageReadInput } } | { ok: false; error: string } {
  const url = webPageUrl(senderUrl);
  const read = (message as { read?: unknown } | null)?.read;
  if (!url) return { ok: false, error: NOT_A_PAGE };
  if (!read || typeof read !== 'object') return { ok: false, error: 'Owed refused a malformed page read.' };
  const invoices = (read as { invoices?: unknown }).invoices;
  if (Array.isArray(invoices) && invoices.length > 0)
    return { ok: false, error: 'A page sends its invoices as a capture for Owed to read, not as invoices.' };
  return {
    ok: true,
    message: {
      type: 'page-read',
      read: { ...(read as PageReadInput), source: new URL(url).origin, url, invoices: [], complete: false },
    },
  };
}
