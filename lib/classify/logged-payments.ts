import type { ContactEvent, Invoice } from '../model';
import { isoDate } from '../time/calendar';

/**
 * Payments the owner logged that the app does not show yet, taken off the invoices they cover:
 * "paid per your log, not yet seen in the app". A payment covers the invoices it names, in that
 * order, else the oldest open ones; without an amount it covers the named invoices in full.
 *
 * A payment is seen in the app for an invoice once the app shows a lower balance than when it was
 * logged (`appBalances`, stamped when it was logged); without that stamp, once the invoice was read
 * again after it was logged. Until then its amount is taken off. Returns the invoices unchanged
 * (the same list) when nothing applies, else copies of those changed, with `loggedPaid` set.
 */
export function applyLoggedPayments(
  invoices: Invoice[],
  events: readonly ContactEvent[],
  dayOf: (ts: number) => number,
): Invoice[] {
  let out: Invoice[] | undefined;
  for (const e of events) {
    if (e.kind !== 'payment' || e.outcome === 'bounced') continue;
    if (e.amount === undefined && !e.invoiceNumbers?.length) continue;
    out ??= invoices.slice();
    const list = out;
    let left = e.amount ?? Infinity;
    const covered = (inv: Invoice) => inv.balance > 0 && inv.missingSince === undefined && !seenInApp(inv, e);
    const targets: number[] = [];
    if (e.invoiceNumbers?.length) {
      for (const n of e.invoiceNumbers) {
        const i = list.findIndex((inv) => inv.number === n && covered(inv));
        if (i >= 0) targets.push(i);
      }
    } else {
      const order = list.map((inv, i) => ({ inv, i })).filter((x) => covered(x.inv));
      order.sort((a, b) => byDue(a.inv, b.inv));
      for (const x of order) targets.push(x.i);
    }
    for (const i of targets) {
      if (left <= 0) break;
      const inv = list[i]!;
      const take = Math.min(left, inv.balance);
      left -= take;
      const balance = inv.balance - take;
      const paidDay = dayOf(e.at);
      list[i] = {
        ...inv,
        balance,
        loggedPaid: (inv.loggedPaid ?? 0) + take,
        ...(balance === 0 && inv.paidOn === undefined ? { paidSeenOn: isoDate(paidDay) } : {}),
      };
    }
  }
  return out ?? invoices;
}

function seenInApp(inv: Invoice, e: ContactEvent): boolean {
  const before = e.appBalances?.[inv.number];
  if (before !== undefined) return inv.balance + (inv.loggedPaid ?? 0) < before;
  return e.appBalances === undefined && inv.seenAt > e.at;
}

/** Oldest due date first, unknown due dates last. */
const byDue = (a: Invoice, b: Invoice): number =>
  a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1;
