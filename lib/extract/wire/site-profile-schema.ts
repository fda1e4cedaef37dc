import { z } from 'zod';
import { Currency } from '../../model';
import { FIELDS } from '../read/header-words';

// The zod schema of a site profile, for what comes from outside the code: a profile the user
// taught, imported or shared as JSON. The content script never loads it (zod would triple its
// size): built-in profiles are checked by the unit tests instead.

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
  }, 'not a valid regular expression')
  .refine(
    quickPattern,
    'could take too long to test against an address: no repeated group, back-reference or look-around, at most 4 open-ended repeats',
  );

/** Unbounded repeats in one address pattern: each can multiply the steps of a failing match. */
const MAX_OPEN_REPEATS = 4;

/**
 * Whether a pattern is quick to test on any address (the reader also tests only its first 1,000
 * characters): no quantified group (`(a+)+`, `(a|aa)*`, `(.*a){12}` backtrack exponentially),
 * no back-reference or look-around, at most 4 open-ended repeats (`*`, `+`, `{n,}`), so a failing
 * match costs at most a polynomial of low degree in the address's length.
 */
export function quickPattern(source: string): boolean {
  let open = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return false; // back-reference
      i++;
      continue;
    }
    if (c === '[') {
      // A character class: skip to its end (escapes inside included).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(' && ['(?=', '(?!', '(?<=', '(?<!'].some((a) => source.startsWith(a, i))) return false; // look-around
    if (c === ')' && /[*+{]/.test(source[i + 1] ?? '')) return false; // a repeated group
    if (c === '*' || c === '+') open++;
    if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) open++;
  }
  return open <= MAX_OPEN_REPEATS;
}

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
  /**
   * The pages that show the app's whole, unfiltered list (regex on path + query + hash): only a
   * read of one of these may be complete. Absent: any page without filter parameters, search
   * text or a non-"All" filter tab.
   */
  fullListUrls: z.array(UrlRegex).max(20).optional(),
  /** Which pages show one customer (contact details). */
  customerPageUrls: z.array(UrlRegex).max(20).default([]),
  /**
   * Pages that list due dates without invoice numbers (Tryton's Dunnings: Party, Amount,
   * Maturity Date): read into PageRead.maturities, never as invoices. Columns by header name.
   */
  maturityLists: z
    .array(
      z.object({
        urls: z.array(UrlRegex).min(1).max(10),
        listSelector: Selector.optional(),
        customer: z.array(z.string().min(1).max(100)).min(1).max(10),
        due: z.array(z.string().min(1).max(100)).min(1).max(10),
        amount: z.array(z.string().min(1).max(100)).max(10).optional(),
      }),
    )
    .max(5)
    .optional(),
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

/**
 * Whether a match pattern names sites: a scheme and a host, not every host (`<all_urls>`, or a
 * host that is only a wildcard). A wildcard subdomain (every Odoo tenant) names a family of sites.
 */
export function namesSites(pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  return !!m && m[2] !== '*' && !/^\*(:\d+)?$/.test(m[2]!);
}

/**
 * A profile from outside the code (taught, imported, shared, in a backup): it always names its
 * sites, so it never applies on every host by recognising markup (only a built-in one may).
 */
export const UserProfile = SiteProfile.superRefine((p, ctx) => {
  if (p.matches.length === 0 || !p.matches.every(namesSites))
    ctx.addIssue({
      code: 'custom',
      path: ['matches'],
      message: 'the profile names no site it applies to (a shared profile must name its sites, never every site)',
    });
});
