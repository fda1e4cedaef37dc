import { z } from 'zod';
import { family, fromOwn, REFUSED, reply } from './define';

/**
 * Requests about which sites Owed reads. They need browser APIs (permissions, scripting), so the
 * background answers them itself rather than through OwedService.
 */
export const sitesMessages = family(
  { malformed: () => 'Owed refused a malformed request about sites.', failed: (message) => message, refused: REFUSED },
  {
    'sites:list': { from: fromOwn, payload: z.object({}), reply: reply<SitesList>() },
    /** After the user granted the origin (permissions.request runs in the page, on their click). */
    'sites:enable': { from: fromOwn, payload: z.object({ origin: z.string().url() }), reply: reply<null>() },
    'sites:disable': { from: fromOwn, payload: z.object({ origin: z.string().url() }), reply: reply<null>() },
    /** The site of the tab the user opened Owed from (known thanks to activeTab), and whether Owed reads it. */
    'sites:current-tab': { from: fromOwn, payload: z.object({}), reply: reply<CurrentSite | null>() },
    /**
     * The user's yes to "Read invoices from <origin>?" (the sidebar): that origin's pages are read
     * as they load from now on, and its open tabs now. Nothing from an origin enters the ledger before.
     */
    'sites:approve': { from: fromOwn, payload: z.object({ origin: z.string().url() }), reply: reply<null>() },
    /** Options › Sites: stop reading that origin until the user approves it again. */
    'sites:revoke': { from: fromOwn, payload: z.object({ origin: z.string().url() }), reply: reply<null>() },
  },
);

export interface SitesList {
  /** Invoicing apps and localhost, read without asking. */
  builtIn: string[];
  /** Sites the user asked Owed to read. */
  granted: string[];
  /** Origins the user approved for automatic reading, once each (known apps and localhost included). */
  approved: string[];
}

export interface CurrentSite {
  origin: string;
  /** Owed has the browser's permission for the site. */
  readable: boolean;
  /** The user approved reading this origin (sites:approve). */
  approved: boolean;
}

/** `https://app.example.com/x` → the match pattern Owed asks for: `https://app.example.com/*`. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
