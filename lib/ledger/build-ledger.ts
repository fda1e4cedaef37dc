import type { ContactEvent, DebtorRecord, DebtorView, Invoice, PaymentPlan, Settings } from '../model';

export interface LedgerInput {
  invoices: Invoice[];
  records: DebtorRecord[];
  events: ContactEvent[];
  plans: PaymentPlan[];
  settings: Settings;
  /** The moment "now": tests pass it, the app passes Date.now(). */
  now: number;
  /** IANA zone that decides what "today" is; settings.timeZone or the browser's. */
  timeZone: string;
}

export interface Ledger {
  /** Today in the user's time zone, YYYY-MM-DD. */
  today: string;
  debtors: DebtorView[];
  /** Debtors whose next action is a call due today or earlier: the toolbar badge. */
  dueForCallToday: number;
}

/**
 * Every debtor's standing, balance and next action from the stores.
 * PLACEHOLDER: the domain track (issue 4) replaces this body with classify + schedule; it keeps
 * this signature, which the background and the views rely on.
 */
export function buildLedger(input: LedgerInput): Ledger {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone }).format(input.now);
  const byDebtor = new Map<string, Invoice[]>();
  for (const inv of input.invoices) byDebtor.set(inv.debtorId, [...(byDebtor.get(inv.debtorId) ?? []), inv]);
  const debtors: DebtorView[] = [...byDebtor].map(([id, invoices]) => {
    const open = invoices.filter((i) => i.balance > 0 && i.missingSince === undefined);
    const balance = open.reduce((s, i) => s + i.balance, 0);
    return {
      id, name: invoices[0]!.customer, contacts: [], balance, currency: invoices[0]!.currency, balances: {},
      openInvoices: open, history: invoices.filter((i) => !open.includes(i)), oldestDaysLate: 0,
      overdueDateUnknown: false,
      classification: { standing: 'good-standing', confidence: 0, reasons: [], flags: {} },
      next: null, dueForCallToday: false, events: [], plans: [],
    };
  });
  return { today, debtors, dueForCallToday: 0 };
}
