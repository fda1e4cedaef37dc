import { debtorIdFor, type DebtorRecord, type Invoice } from '../model';
import type { PageRead } from '../model/page-read';

/**
 * Sources are boundaries. A debtor's invoices and contacts come from the sources the user linked
 * to it: the one that first showed the customer, and those merged in by hand. Any other source
 * (another app, a new `*.odoo.com` tenant anyone can create, a page on localhost) files a customer
 * of the same name under a debtor of its own, `acme@https://evil.odoo.com`, which the sidebar
 * suggests merging (same name) and which only the user's click joins to the real one. So a page
 * cannot add invoices, amounts or addresses to a debtor the user already has.
 */

/** The debtor a source's customer gets when its name is already another source's debtor. */
export const sourceScopedId = (debtorId: string, source: string) => `${debtorId}@${source}`;

/** The sources linked to `record`: its own list, else (records kept before) its invoices' sources. */
export function linkedSources(record: DebtorRecord, invoicesOfDebtor: () => readonly Invoice[]): Set<string> {
  return new Set(record.sources ?? invoicesOfDebtor().map((i) => i.source));
}

export interface DebtorDirectory {
  /** The record of a debtor id, if any. */
  record(id: string): DebtorRecord | undefined;
  /** The debtor a merged-away id now lives under. */
  mergedInto(id: string): string | undefined;
  /** The sources linked to a known debtor (linkedSources). */
  sources(id: string): Set<string>;
}

/**
 * The debtor a customer read from `source` is filed under: the debtor of that name when it is new
 * or already linked to `source` (or linked to nothing yet); else the source's own debtor for the
 * name, or where the user merged that one.
 */
export function debtorForSource(customer: string, source: string, dir: DebtorDirectory): string {
  const id = debtorIdFor(customer);
  const scoped = sourceScopedId(id, source);
  const joined = dir.mergedInto(scoped);
  if (joined) return joined;
  const target = dir.mergedInto(id) ?? id;
  if (!dir.record(target)) return target;
  const linked = dir.sources(target);
  return linked.size === 0 || linked.has(source) ? target : scoped;
}

/** The debtor id an invoice was filed under by name alone, or by name within its source. */
export const namesOfInvoice = (inv: Pick<Invoice, 'customer' | 'source'>) => {
  const id = debtorIdFor(inv.customer);
  return [id, sourceScopedId(id, inv.source)];
};

/**
 * The linked sources of the known debtors a read names, for records kept before sources were
 * recorded (the sources of their invoices, fetched once per read); records with a list need none.
 */
export async function sourcesOfNamed(
  read: Pick<PageRead, 'invoices' | 'customers' | 'maturities'> & Partial<Pick<PageRead, 'balances'>>,
  records: ReadonlyMap<string, DebtorRecord>,
  mergedInto: ReadonlyMap<string, string>,
  invoicesOf: (debtorId: string) => Promise<Invoice[]>,
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const names = new Set(
    [...read.invoices, ...read.customers, ...read.maturities, ...(read.balances ?? [])].map((x) => x.customer),
  );
  for (const name of names) {
    const id = debtorIdFor(name);
    const target = mergedInto.get(id) ?? id;
    const record = records.get(target);
    if (!record || record.sources || out.has(target)) continue;
    const of = await invoicesOf(target);
    out.set(
      target,
      linkedSources(record, () => of),
    );
  }
  return out;
}
