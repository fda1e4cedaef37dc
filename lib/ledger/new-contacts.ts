import type { Contact, DebtorRecord } from '../model';

/** An email or phone a source other than the debtor's first one showed, not yet confirmed by the owner. */
export interface NewContact {
  kind: 'email' | 'phone';
  value: string;
  /** Where it was seen: an app's origin or a CSV source. */
  source: string;
}

/** How an address or number is compared: an email without case, a phone by its digits. */
export const contactValueKey = (kind: NewContact['kind'], value: string) =>
  kind === 'email' ? `e:${value.trim().toLowerCase()}` : `p:${value.replace(/[^\d+]/g, '')}`;

/**
 * Which contact details a debtor's drafts may use. Trusted: what the owner typed, what the
 * debtor's first source shows (the one that created it, which the owner approved), and what the
 * owner confirmed (`record.confirmed`). Anything else a page or file showed is new until confirmed
 * (issue 17: a merged source cannot redirect reminders). Records kept before sources were recorded
 * trust every source, as before.
 */
export function contactTrust(record: DebtorRecord | undefined) {
  const first = record?.sources?.[0];
  const confirmed = new Set(
    (record?.confirmed ?? []).flatMap((v) => [contactValueKey('email', v), contactValueKey('phone', v)]),
  );
  return {
    trusted(kind: NewContact['kind'], value: string, source: string | undefined): boolean {
      return (
        source === undefined || first === undefined || source === first || confirmed.has(contactValueKey(kind, value))
      );
    },
  };
}

/** A contact whose details all may be used (one from a page is kept out while any of its details is new). */
export function contactTrusted(c: Contact, trust: ReturnType<typeof contactTrust>): boolean {
  if (!c.from) return true;
  return (!c.email || trust.trusted('email', c.email, c.from)) && (!c.phone || trust.trusted('phone', c.phone, c.from));
}
