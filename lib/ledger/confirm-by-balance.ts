import type { CustomerBalance, Invoice } from '../model';

// A list that shows only invoice totals leaves each unpaid invoice "total shown, part-payment
// possible" (`balanceFromTotal`). A page of per-customer balances (a customers list, a
// receivables aging report) can settle that for a customer, per source and currency, when the
// invoices read account for the customer's balance exactly:
//
//   B = the customer's balance on that page, C = the sum of the balances already confirmed
//   (the app stated them), T = the totals of the unconfirmed invoices.
//   - B = C + ΣT: nothing of those invoices is paid: each is confirmed at its total.
//   - one unconfirmed invoice and C < B < C + T: that invoice was part-paid, and B − C is what is
//     left of it, which is exact because every other invoice's balance is known.
//   - anything else cannot be decided, and the invoices stay unconfirmed:
//       B > C + ΣT: the balance counts something the invoices read do not (an invoice not read, an
//         opening balance, a charge), so it says nothing about these;
//       two or more unconfirmed and B < C + ΣT: some were part-paid, but not which;
//       B ≤ C: the balance leaves nothing for invoices the list shows unpaid: the pages disagree
//         (a payment between the two reads, a credit): the app must be looked at.
//
// Both sides must be of one moment and whole: a balance is used only when the source's invoice
// list was last read whole (every page) within PAIRED_MS of it, and only with the invoices that
// read still lists. Otherwise an invoice not read, or a payment between the reads, could make a
// sum match by chance. What is confirmed is never more than the total the list shows.

/** How far apart a balance and the whole read of the invoice list may be to be compared. */
export const PAIRED_MS = 24 * 3_600_000;

/** Why a customer balance did not settle a customer's unconfirmed invoices. */
export type Undecided = 'more-than-read' | 'several-part-paid' | 'nothing-left' | 'not-paired';

export interface BalanceCheck {
  balance: CustomerBalance;
  /**
   * Invoices it confirmed (their numbers); why it could not; or, with nothing unconfirmed, whether
   * it agrees with the invoices read (`differs` when not, or when it was not read with them).
   */
  outcome: { confirmed: string[] } | { undecided: Undecided } | { agrees: boolean };
}

/** The last whole read of each source's invoice list (ReadStatus.wholeAt). */
export type WholeReads = ReadonlyMap<string, number>;

const groupKey = (source: string, debtorId: string, currency: string) => `${source}\u0000${debtorId}\u0000${currency}`;

/**
 * The invoices with those a customer balance settles confirmed (copies; the stored ones are
 * untouched), and what each balance decided. The newest balance of a customer decides first; one
 * that cannot decide leaves the next (the other kind of page) to try.
 */
export function confirmByBalance(
  invoices: readonly Invoice[],
  balances: readonly CustomerBalance[],
  wholeReads: WholeReads,
): { invoices: Invoice[]; checks: BalanceCheck[] } {
  const checks: BalanceCheck[] = [];
  if (balances.length === 0) return { invoices: [...invoices], checks };
  const groups = new Map<string, number[]>();
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i]!;
    if (inv.missingSince !== undefined) continue;
    const key = groupKey(inv.source, inv.debtorId, inv.currency);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const out = [...invoices];
  const settled = new Set<string>();
  for (const b of [...balances].sort((x, y) => y.seenAt - x.seenAt)) {
    const key = groupKey(b.source, b.debtorId, b.currency);
    const group = groups.get(key);
    if (!group || settled.has(key)) continue;
    const unconfirmed = group.filter((i) => out[i]!.balanceFromTotal && out[i]!.balance > 0);
    const whole = wholeReads.get(b.source);
    const paired = whole !== undefined && Math.abs(whole - b.seenAt) <= PAIRED_MS;
    let confirmed = 0;
    for (const i of group) if (!out[i]!.balanceFromTotal) confirmed += out[i]!.balance;
    if (unconfirmed.length === 0) {
      checks.push({ balance: b, outcome: { agrees: paired && confirmed === b.balance } });
      continue;
    }
    if (!paired) {
      checks.push({ balance: b, outcome: { undecided: 'not-paired' } });
      continue;
    }
    let totals = 0;
    for (const i of unconfirmed) totals += out[i]!.balance;
    const left = b.balance - confirmed;
    let outcome: BalanceCheck['outcome'];
    if (left === totals) {
      for (const i of unconfirmed) out[i] = confirmedAt(out[i]!, out[i]!.balance, b.from);
      outcome = { confirmed: unconfirmed.map((i) => out[i]!.number) };
    } else if (left > totals) outcome = { undecided: 'more-than-read' };
    else if (left <= 0) outcome = { undecided: 'nothing-left' };
    else if (unconfirmed.length > 1) outcome = { undecided: 'several-part-paid' };
    else {
      const i = unconfirmed[0]!;
      out[i] = confirmedAt(out[i]!, left, b.from);
      outcome = { confirmed: [out[i]!.number] };
    }
    if ('confirmed' in outcome) settled.add(key);
    checks.push({ balance: b, outcome });
  }
  return { invoices: out, checks };
}

function confirmedAt(inv: Invoice, balance: number, from: CustomerBalance['from']): Invoice {
  const copy: Invoice = { ...inv, balance, confirmedBy: from };
  delete copy.balanceFromTotal;
  return copy;
}
