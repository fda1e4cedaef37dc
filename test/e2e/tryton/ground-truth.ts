export { localToday } from '../../../demo/format.mjs';
import type { TrytonSession } from './rpc';

/**
 * What Tryton's database says about customer invoices and dunnings (JSON-RPC), and what Owed's
 * sidebar must therefore show. Computed here from the server's answers, never hard-coded.
 */

export interface TrytonInvoice {
  id: number;
  number: string | null;
  customer: string;
  issued: string | null;
  state: 'draft' | 'validated' | 'posted' | 'paid' | 'cancelled';
  currency: string;
  /** Minor units (the company currency has 2 decimals: USD). */
  total: number;
  /** Still owed: Tryton's amount_to_pay. */
  amountToPay: number;
  /** What the list shows: the part due today or earlier. */
  amountToPayToday: number;
  /** Maturity dates of the lines to pay still open (not reconciled), oldest first. */
  openDueDates: string[];
  linesToPay: { due: string | null; amount: number; reconciled: boolean }[];
}

export interface TrytonDunning {
  id: number;
  customer: string;
  /** The receivable line's own amount (not reduced by part payments). */
  amount: number;
  due: string;
  level: string;
  blocked: boolean;
  state: string;
  /** Not shown on the Dunnings list: the invoice whose line is chased (via line.move.origin). */
  invoiceId: number | null;
}

const minor = (decimal: string | null | undefined) => Math.round(Number(decimal ?? 0) * 100);

type Raw = Record<string, unknown>;

export async function customerInvoices(s: TrytonSession): Promise<TrytonInvoice[]> {
  const rows = await s.call<Raw[]>('model.account.invoice.search_read', [
    [['type', '=', 'out']],
    0,
    null,
    [
      ['invoice_date', 'ASC'],
      ['id', 'ASC'],
    ],
    [
      'number',
      'party.rec_name',
      'invoice_date',
      'state',
      'currency.code',
      'total_amount',
      'amount_to_pay',
      'amount_to_pay_today',
      'lines_to_pay.maturity_date',
      'lines_to_pay.debit',
      'lines_to_pay.credit',
      'lines_to_pay.reconciliation',
    ],
    s.context,
  ]);
  return rows.map((r) => {
    const lines = (r['lines_to_pay.'] as Raw[]).map((l) => ({
      due: (l.maturity_date as string | null) ?? null,
      amount: minor(l.debit as string) - minor(l.credit as string),
      reconciled: l.reconciliation !== null && l.reconciliation !== undefined,
    }));
    return {
      id: r.id as number,
      number: (r.number as string | null) ?? null,
      customer: (r['party.'] as Raw).rec_name as string,
      issued: (r.invoice_date as string | null) ?? null,
      state: r.state as TrytonInvoice['state'],
      currency: (r['currency.'] as Raw).code as string,
      total: minor(r.total_amount as string),
      amountToPay: minor(r.amount_to_pay as string),
      amountToPayToday: minor(r.amount_to_pay_today as string),
      openDueDates: lines
        .filter((l) => !l.reconciled && l.due)
        .map((l) => l.due!)
        .sort(),
      linesToPay: lines,
    };
  });
}

export async function dunnings(s: TrytonSession): Promise<TrytonDunning[]> {
  const rows = await s.call<Raw[]>('model.account.dunning.search_read', [
    [],
    0,
    null,
    null,
    ['party.rec_name', 'amount', 'maturity_date', 'level.rec_name', 'blocked', 'state', 'line.move.origin'],
    s.context,
  ]);
  return rows.map((r) => {
    const origin = ((r['line.'] as Raw)['move.'] as Raw).origin as string | null;
    const m = /^account\.invoice,(\d+)$/.exec(origin ?? '');
    return {
      id: r.id as number,
      customer: (r['party.'] as Raw).rec_name as string,
      amount: minor(r.amount as string),
      due: r.maturity_date as string,
      level: (r['level.'] as Raw).rec_name as string,
      blocked: Boolean(r.blocked),
      state: r.state as string,
      invoiceId: m ? Number(m[1]) : null,
    };
  });
}

/**
 * The best a reader of the customer-invoice list can do: a red row owes its "Amount to Pay
 * Today"; a posted row not yet due owes its total; a paid row nothing. Wrong for an instalment
 * not yet due or a part payment made before the due date: only the form's "Amount to Pay" says.
 */
export const balanceFromList = (i: TrytonInvoice) =>
  i.amountToPayToday > 0 ? i.amountToPayToday : i.state === 'posted' ? i.total : 0;

/** Invoices whose list row cannot give what is owed: the test opens their form, as a user would. */
export const needsForm = (i: TrytonInvoice) => i.state === 'posted' && balanceFromList(i) !== i.amountToPay;

export interface ExpectedDebtor {
  name: string;
  currency: string;
  /** Sum of amount_to_pay over the customer's posted invoices, minor units. */
  balance: number;
  /** The oldest open maturity date of those invoices. */
  oldestDue: string;
  /** Days the oldest open line is late today (0 when none is). */
  oldestDaysLate: number;
  /** Tryton flags a row 'danger' (something due today or earlier). */
  overdue: boolean;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Every customer still owing on a posted invoice, as Owed's sidebar must list them. */
export function expectedDebtors(invoices: TrytonInvoice[], today: string): ExpectedDebtor[] {
  const open = invoices.filter((i) => i.state === 'posted' && i.amountToPay > 0);
  const names = [...new Set(open.map((i) => i.customer))].sort();
  return names.map((name) => {
    const mine = open.filter((i) => i.customer === name);
    const oldestDue = mine.flatMap((i) => i.openDueDates).sort()[0]!;
    return {
      name,
      currency: mine[0]!.currency,
      balance: mine.reduce((s, i) => s + i.amountToPay, 0),
      oldestDue,
      oldestDaysLate: Math.max(0, day(today) - day(oldestDue)),
      overdue: mine.some((i) => i.amountToPayToday > 0),
    };
  });
}
