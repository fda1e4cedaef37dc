/**
 * The origins the user approved for automatic reading, once each ("Read invoices from …?"): a
 * page is read as it loads only on an approved origin, localhost included. Stored by the
 * background (entrypoints/background/read-approvals.ts); this file is the record's shape.
 */

/** The storage key of the approved origins (browser.storage.local). */
export const APPROVALS_KEY = 'readApprovals';

/** At most this many approvals are kept: a list a person reads, not a log. */
export const MAX_APPROVALS = 500;

/** The http(s) origin of an address (`https://acme.odoo.com/x` → `https://acme.odoo.com`), else undefined. */
export function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The approvals as stored, keeping only well-formed origins, each once, in order. */
export function readApprovals(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const o of raw) if (typeof o === 'string' && webOrigin(o) === o) out.add(o);
  return [...out].slice(0, MAX_APPROVALS);
}

/** The list with `origin` approved (its origin form), or as it was. */
export function withApproval(list: readonly string[], origin: string): string[] {
  const o = webOrigin(origin);
  if (!o) throw new Error(`"${origin}" is not a web address Owed can read.`);
  if (list.includes(o)) return [...list];
  if (list.length >= MAX_APPROVALS) throw new Error(`Owed keeps at most ${MAX_APPROVALS} approved sites.`);
  return [...list, o];
}

/** The list without `origin`. */
export function withoutApproval(list: readonly string[], origin: string): string[] {
  const o = webOrigin(origin) ?? origin;
  return list.filter((x) => x !== o);
}

/** Reading approvals, as the background keeps them. */
export interface ReadApprovals {
  list(): Promise<string[]>;
  has(origin: string): Promise<boolean>;
  add(origin: string): Promise<void>;
  remove(origin: string): Promise<void>;
}
