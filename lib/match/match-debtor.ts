import type { DebtorView } from '../model';
import { emailDomain, normalizeEmail } from './email-address';
import { isFreeMailDomain } from './free-mail-domains';

/** How a debtor was found from a message's addresses. */
export type MatchBasis = 'email' | 'domain';

export interface DebtorMatch {
  debtorId: string;
  basis: MatchBasis;
  /** The message address that matched. */
  address: string;
}

/**
 * `single`: one debtor, show it. `ambiguous`: several candidates, the user picks among them.
 * `none`: nobody matched, the user picks from every debtor (or none).
 */
export type MatchResult =
  | { kind: 'single'; match: DebtorMatch }
  | { kind: 'ambiguous'; matches: DebtorMatch[] }
  | { kind: 'none' };

export interface MatchOptions {
  /** The user's own addresses (Outlook mailbox, Owed sender email): never a debtor, nor their domains. */
  ownAddresses?: string[];
}

/** Every address Owed knows for a debtor: its own, its contacts', and those its invoices showed. */
export function debtorAddresses(view: Pick<DebtorView, 'email' | 'contacts' | 'openInvoices' | 'history'>): string[] {
  const raw = [
    view.email,
    ...view.contacts.map((c) => c.email),
    ...view.openInvoices.map((i) => i.email),
    ...view.history.map((i) => i.email),
  ];
  const out = new Set<string>();
  for (const r of raw) {
    if (!r) continue;
    // Invoicing apps put several addresses in one field ("a@x.com; b@x.com").
    for (const part of r.split(/[;,]/)) {
      const e = normalizeEmail(part);
      if (e) out.add(e);
    }
  }
  return [...out];
}

/**
 * Finds the debtor a message is about. Exact addresses win over domains: when any address matches
 * exactly, domain matches are not considered. Free-mail domains and the user's own domain never
 * match by domain. Addresses are tried in the order given (the sender first in read mode), and a
 * debtor appears once, with its first matching address.
 */
export function matchDebtors(
  addresses: readonly string[],
  debtors: ReadonlyArray<Pick<DebtorView, 'id' | 'email' | 'contacts' | 'openInvoices' | 'history'>>,
  options: MatchOptions = {},
): MatchResult {
  const own = new Set((options.ownAddresses ?? []).map(normalizeEmail).filter((e): e is string => e !== null));
  const ownDomains = new Set([...own].map(emailDomain));
  const wanted = unique(addresses.map(normalizeEmail).filter((e): e is string => e !== null && !own.has(e)));

  const byAddress = new Map<string, string[]>();
  const byDomain = new Map<string, string[]>();
  for (const d of debtors) {
    for (const e of debtorAddresses(d)) {
      push(byAddress, e, d.id);
      const domain = emailDomain(e);
      if (!isFreeMailDomain(domain) && !ownDomains.has(domain)) push(byDomain, domain, d.id);
    }
  }

  const exact = collect(wanted, (e) => byAddress.get(e), 'email');
  if (exact.length > 0) return result(exact);
  const domain = collect(
    wanted.filter((e) => !isFreeMailDomain(emailDomain(e)) && !ownDomains.has(emailDomain(e))),
    (e) => byDomain.get(emailDomain(e)),
    'domain',
  );
  return result(domain);
}

function collect(addresses: string[], lookup: (e: string) => string[] | undefined, basis: MatchBasis): DebtorMatch[] {
  const seen = new Set<string>();
  const out: DebtorMatch[] = [];
  for (const address of addresses) {
    for (const debtorId of lookup(address) ?? []) {
      if (seen.has(debtorId)) continue;
      seen.add(debtorId);
      out.push({ debtorId, basis, address });
    }
  }
  return out;
}

function result(matches: DebtorMatch[]): MatchResult {
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length === 1) return { kind: 'single', match: matches[0]! };
  return { kind: 'ambiguous', matches };
}

function push(map: Map<string, string[]>, key: string, id: string) {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
