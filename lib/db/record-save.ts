import type { Contact, DebtorRecord } from '../model';

/**
 * A debtor record after a view saves its copy. Every stored record has a `version` that each
 * write raises; a view's copy carries the version it was read at.
 * - A current copy (same version) is taken as it is: what the user removed is removed.
 * - A stale copy (another view or the add-in wrote since) is merged field by field: it cannot
 *   remove what was added meanwhile. Contacts are the union (the stored ones first, each contact
 *   once by its email, phone or name), flags the stored ones plus the copy's, and the copy's
 *   other fields win where it has them.
 * Either way, the sources linked to the debtor and its merges stay the database's own: only
 * reads and the merge/unmerge requests change them (source-boundary.ts).
 */
export function recordAfterSave(stored: DebtorRecord, copy: DebtorRecord): DebtorRecord {
  const kept = { sources: stored.sources, merged: stored.merged, mergedInto: stored.mergedInto };
  const stale = (copy.version ?? 0) < (stored.version ?? 0);
  const next: DebtorRecord = stale
    ? {
        ...stored,
        ...definedOf(copy),
        contacts: unionContacts(stored.contacts, copy.contacts),
        flags: { ...stored.flags, ...copy.flags },
        ...(stored.confirmed || copy.confirmed
          ? { confirmed: [...new Set([...(stored.confirmed ?? []), ...(copy.confirmed ?? [])])].slice(0, 200) }
          : {}),
      }
    : { ...copy };
  for (const [key, value] of Object.entries(kept) as [keyof typeof kept, string[] & string][])
    if (value === undefined) delete next[key];
    else next[key] = value;
  return { ...next, version: stored.version ?? 0 };
}

const definedOf = (r: DebtorRecord) =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Partial<DebtorRecord>;

const contactKey = (c: Contact) =>
  (c.email?.trim().toLowerCase() || c.phone?.replace(/[^\d+]/g, '') || c.name?.trim().toLowerCase() || '') +
  `|${c.role}`;

function unionContacts(stored: readonly Contact[], copy: readonly Contact[]): Contact[] {
  const out = [...stored];
  const keys = new Set(stored.map(contactKey));
  for (const c of copy) {
    const key = contactKey(c);
    if (keys.has(key)) continue;
    out.push(c);
    keys.add(key);
  }
  return out.slice(0, 50);
}
