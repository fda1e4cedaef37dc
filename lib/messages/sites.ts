import { z } from 'zod';

/**
 * Requests about which sites Owed reads. They need browser APIs (permissions, scripting), so the
 * background answers them itself rather than through OwedService.
 */
export const SitesRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sites:list') }),
  /** After the user granted the origin (permissions.request runs in the page, on their click). */
  z.object({ type: z.literal('sites:enable'), origin: z.string().url() }),
  z.object({ type: z.literal('sites:disable'), origin: z.string().url() }),
  /** The site of the tab the user opened Owed from (known thanks to activeTab), and whether Owed reads it. */
  z.object({ type: z.literal('sites:current-tab') }),
]);
export type SitesRequest = z.infer<typeof SitesRequest>;

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

export const isSitesRequest = (m: unknown): boolean =>
  typeof (m as { type?: unknown } | null)?.type === 'string' && (m as { type: string }).type.startsWith('sites:');
