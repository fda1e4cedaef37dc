import { z } from 'zod';
import { Currency } from '../model';
import { FIELDS } from './header-words';

const Selector = z.string().min(1).max(500);
/** A regular expression source, tested against the page's path, query and hash. */
const UrlRegex = z
  .string()
  .max(300)
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/**
 * How to read one invoicing app: data only — the generic extractor consumes it. Built-in
 * profiles live in lib/extract/profiles; a user-taught profile is the same shape, saved and
 * shared as JSON.
 */
export const SiteProfile = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
  name: z.string().min(1).max(100),
  /** Match patterns of the app's hosts ("https://go.xero.com/*"). */
  matches: z.array(z.string().max(300)).max(20).default([]),
  /** A selector found only on the app's pages: recognises self-hosted apps on any host. */
  detect: Selector.optional(),
  /** Which pages are the invoice list (regex on path + query + hash); empty = any page of the app. */
  invoiceListUrls: z.array(UrlRegex).max(20).default([]),
  /** Which pages show one customer (contact details). */
  customerPageUrls: z.array(UrlRegex).max(20).default([]),
  /** The list element, when the page has several. */
  listSelector: Selector.optional(),
  /** The app's own header names per field: they win over the built-in words. */
  columns: z.partialRecord(z.enum(FIELDS), z.array(z.string().min(1).max(100)).max(20)).default({}),
  /** Fixed column positions (0-based), for lists without usable headers (taught by the user). */
  columnIndexes: z.partialRecord(z.enum(FIELDS), z.number().int().min(0).max(200)).optional(),
  /** The control that loads more rows ("Load more" button, Tryton's "more" row). */
  loadMore: Selector.optional(),
  /** Rows matching this are overdue by the app's own mark. */
  overdueSelector: Selector.optional(),
  locale: z.string().max(35).optional(),
  /** The currency when amounts show none. */
  currency: Currency.optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  /** True for a profile the user taught by pointing at a list. */
  taught: z.boolean().default(false),
  /** How it was made and verified, for people reading the JSON. */
  notes: z.string().max(2000).optional(),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
export type SiteProfileInput = z.input<typeof SiteProfile>;

/** Whether a browser match pattern ("https://*.odoo.com/*") covers a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (scheme === '*' && !/^https?:$/.test(u.protocol)) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(u.pathname + u.search);
}

/** Whether pattern `inner` only covers URLs that `outer` covers too. */
export function patternWithin(inner: string, outer: string): boolean {
  const p = /^(\*|https?):\/\/([^/]+)(\/.*)$/;
  const a = p.exec(inner);
  const b = p.exec(outer);
  if (!a || !b) return false;
  if (b[1] !== '*' && a[1] !== b[1]) return false;
  const [ha, hb] = [a[2]!, b[2]!];
  const hostOk = hb === '*' || ha === hb || (hb.startsWith('*.') && (ha === hb.slice(2) || ha.endsWith(hb.slice(1))));
  const pathOk = b[3] === '/*' || a[3] === b[3];
  return hostOk && pathOk;
}

const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return u.pathname + u.search + u.hash;
  } catch {
    return url;
  }
};

/** The profile for this page: by host pattern, else by the app's signature in the page. */
export function profileFor(url: string, root: ParentNode | undefined, profiles: readonly SiteProfile[]): SiteProfile | undefined {
  const byHost = profiles.find((p) => p.matches.some((m) => matchesPattern(m, url)));
  if (byHost) return byHost;
  if (!root) return undefined;
  return profiles.find((p) => {
    if (!p.detect) return false;
    try {
      return !!root.querySelector(p.detect);
    } catch {
      return false;
    }
  });
}

const testAny = (res: string[], url: string) => res.some((r) => new RegExp(r, 'i').test(pathOf(url)));

/** Whether the profile says this page is its invoice list (any page, when it does not say). */
export const isInvoiceListPage = (p: SiteProfile, url: string) => p.invoiceListUrls.length === 0 || testAny(p.invoiceListUrls, url);
export const isCustomerPage = (p: SiteProfile, url: string) => p.customerPageUrls.length > 0 && testAny(p.customerPageUrls, url);
