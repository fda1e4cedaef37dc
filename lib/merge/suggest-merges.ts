import { debtorIdFor, type DebtorView } from '../model';
import { debtorAddresses, emailDomain, isFreeMailDomain, normalizeEmail } from '../match';

export type MergeBasis = 'name' | 'email' | 'domain';

export interface MergeSuggestion {
  /** The debtor to keep (the one with more invoices): the other is merged into it. */
  targetId: string;
  targetName: string;
  sourceId: string;
  sourceName: string;
  /** The strongest basis first: a shared address, then the name, then the company domain. */
  bases: MergeBasis[];
  /** In words, for the suggestion ("same billing address ap@acme.example"). */
  reason: string;
}

type Debtor = Pick<DebtorView, 'id' | 'name' | 'email' | 'contacts' | 'openInvoices' | 'history'>;

export interface SuggestOptions {
  /** The user's own addresses: their domain is never a reason (every debtor may show it). */
  ownAddresses?: string[];
  /** Pairs the user said are different customers, as `${a}|${b}` in either order. */
  dismissed?: ReadonlySet<string>;
}

/** A domain shared by more debtors than this is a group or a host, not one customer. */
const MAX_DOMAIN_GROUP = 4;

/**
 * The name compared across apps: the debtor id's folding (case, accents, punctuation, legal form)
 * plus a leading "the", "and" and the spaces ("The Acme-Widgets Co." = "ACME WIDGETS").
 */
export function mergeNameKey(name: string): string {
  return debtorIdFor(name)
    .replace(/^the /, '')
    .replace(/\band\b/g, '')
    .replace(/\s+/g, '');
}

/**
 * Debtors that look like one customer seen in two apps (or an app and a CSV import): the same
 * name once normalized, an email address in common, or the same company email domain (free-mail
 * and the user's own domains never count). One suggestion per pair, with every reason found.
 */
export function suggestMerges(debtors: readonly Debtor[], options: SuggestOptions = {}): MergeSuggestion[] {
  const ownDomains = new Set(
    (options.ownAddresses ?? [])
      .map(normalizeEmail)
      .filter((e): e is string => e !== null)
      .map(emailDomain),
  );
  const byName = new Map<string, Debtor[]>();
  const byEmail = new Map<string, Debtor[]>();
  const byDomain = new Map<string, Debtor[]>();
  for (const d of debtors) {
    push(byName, mergeNameKey(d.name), d);
    const domains = new Set<string>();
    for (const e of debtorAddresses(d)) {
      push(byEmail, e, d);
      const domain = emailDomain(e);
      if (!isFreeMailDomain(domain) && !ownDomains.has(domain)) domains.add(domain);
    }
    for (const domain of domains) push(byDomain, domain, d);
  }

  const pairs = new Map<string, { a: Debtor; b: Debtor; found: Map<MergeBasis, string> }>();
  const note = (groups: Map<string, Debtor[]>, basis: MergeBasis, words: (key: string) => string, max = Infinity) => {
    for (const [key, group] of groups) {
      if (group.length < 2 || group.length > max) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = group[i]!.id < group[j]!.id ? [group[i]!, group[j]!] : [group[j]!, group[i]!];
          const id = `${a.id}|${b.id}`;
          if (a.id === b.id || options.dismissed?.has(id) || options.dismissed?.has(`${b.id}|${a.id}`)) continue;
          let pair = pairs.get(id);
          if (!pair) pairs.set(id, (pair = { a, b, found: new Map() }));
          if (!pair.found.has(basis)) pair.found.set(basis, words(key));
        }
      }
    }
  };
  note(byEmail, 'email', (e) => `same email address ${e}`);
  note(byName, 'name', () => 'same name once case, punctuation and legal form are set aside');
  note(byDomain, 'domain', (d) => `same company email domain ${d}`, MAX_DOMAIN_GROUP);

  const out: MergeSuggestion[] = [];
  for (const { a, b, found } of pairs.values()) {
    const size = (d: Debtor) => d.openInvoices.length + d.history.length;
    const [target, source] = size(b) > size(a) ? [b, a] : [a, b];
    const bases = (['email', 'name', 'domain'] as const).filter((k) => found.has(k));
    out.push({
      targetId: target.id,
      targetName: target.name,
      sourceId: source.id,
      sourceName: source.name,
      bases,
      reason: bases.map((k) => found.get(k)!).join('; '),
    });
  }
  const strength = (s: MergeSuggestion) =>
    (s.bases.includes('email') ? 0 : s.bases.includes('name') ? 1 : 2) - s.bases.length / 10;
  return out.sort((x, y) => strength(x) - strength(y) || x.targetName.localeCompare(y.targetName));
}

function push(map: Map<string, Debtor[]>, key: string, d: Debtor) {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) list.push(d);
}
