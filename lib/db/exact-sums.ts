import type { Invoice } from '../model';

/**
 * The largest amount one invoice may carry, in minor units (10 billion in a currency of cents):
 * far above any invoice Owed's users send, and small enough that a ledger of up to 9,007 invoices
 * cannot add up past Number.MAX_SAFE_INTEGER whatever its amounts (no sum to check then).
 */
export const MAX_AMOUNT = 10 ** 12;

const SMALL_LEDGER = Math.floor(Number.MAX_SAFE_INTEGER / MAX_AMOUNT);

type Amounts = Pick<Invoice, 'number' | 'currency' | 'balance'> & { total?: number };

const ZEROS = /\B(?=(\d{3})+(?!\d))/g;
const grouped = (n: number) => String(n).replace(ZEROS, ',');

/** Why an invoice's amount is refused (past MAX_AMOUNT), or undefined. */
export function amountTooLarge(inv: Amounts): string | undefined {
  const worst = Math.max(Math.abs(inv.balance), Math.abs(inv.total ?? 0));
  if (worst <= MAX_AMOUNT) return undefined;
  return `invoice ${inv.number} says ${grouped(worst)} (in ${inv.currency} minor units), more than Owed can add up exactly (${grouped(MAX_AMOUNT)} at most)`;
}

/** Whether a ledger of `count` invoices, each within MAX_AMOUNT, can need a check of its sums. */
export const mayPassSafeSums = (count: number) => count > SMALL_LEDGER;

/**
 * Why the ledger's sums would not be exact, or undefined: per currency, the sum of every
 * invoice's |balance| (and of every |total|) must stay within Number.MAX_SAFE_INTEGER. Then every
 * sum of some of them (a debtor's balance, an ageing bucket, the ledger's total) is exact too.
 */
export function inexactSums(invoices: Iterable<Amounts>): string | undefined {
  const balances = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const inv of invoices) {
    const tooLarge = amountTooLarge(inv);
    if (tooLarge) return tooLarge;
    const b = (balances.get(inv.currency) ?? 0) + Math.abs(inv.balance);
    const t = (totals.get(inv.currency) ?? 0) + Math.abs(inv.total ?? 0);
    // Each step adds at most MAX_AMOUNT to a safe sum, so the first unsafe one is seen exactly enough.
    if (b > Number.MAX_SAFE_INTEGER || t > Number.MAX_SAFE_INTEGER)
      return `the ${inv.currency} invoices would add up to more than Owed can add up exactly (${grouped(Number.MAX_SAFE_INTEGER)} minor units)`;
    balances.set(inv.currency, b);
    totals.set(inv.currency, t);
  }
  return undefined;
}
