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
  },
);

export interface SitesList {
  /** Invoicing apps and localhost, read without asking. */
  builtIn: string[];
  /** Sites the user asked Owed to read. */
  granted: string[];
}

export interface CurrentSite {
  origin: string;
  readable: boolean;
}

/** `https://app.example.com/x` → the match pattern Owed asks for: `https://app.example.com/*`. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
