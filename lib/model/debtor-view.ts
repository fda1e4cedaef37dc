import type { ContactEvent } from './contact-event';
import type { Contact, DebtorRecord, Standing } from './debtor';
import type { Invoice } from './invoice';
import type { InvoiceHold } from './invoice-hold';
import type { PaymentPlan } from './payment-plan';
import type { CadenceAction } from './settings';

/** What to do next about a debtor, when, and why. */
export interface NextAction {
  action: CadenceAction | 'call-broken-promise' | 'call-missed-installment' | 'resolve-dispute' | 'decide';
  /** Whether doing it means picking up the phone (what the badge counts). */
  isCall: boolean;
  date: string; // YYYY-MM-DD
  why: string;
  /** The template to draft for it, when it is a letter or an email. */
  template?: string;
}

export interface Classification {
  standing: Standing;
  /** 0..1: how sure the rules are. 1 for a user override. */
  confidence: number;
  /** Human-readable, most important first. */
  reasons: string[];
  /** Set when the user chose the class: it wins over the rules, shown with its date. */
  override?: { at: number; note?: string };
  flags: {
    termStretcher?: string;
    upfrontOnly?: string;
    creditHold?: string;
  };
}

/** Everything the sidebar and the add-in show about one debtor, computed from the stores. */
export interface DebtorView {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  contacts: Contact[];
  /** Sum of open balances, in `currency` (the largest one when several). */
  balance: number;
  currency: string;
  /** Open balances per currency when more than one. */
  balances: Record<string, number>;
  openInvoices: Invoice[];
  history: Invoice[];
  oldestDue?: string;
  /** Days the oldest open invoice is late (0 when none is). */
  oldestDaysLate: number;
  /** An open invoice is flagged overdue by the app but its due date is unknown. */
  overdueDateUnknown: boolean;
  classification: Classification;
  next: NextAction | null;
  dueForCallToday: boolean;
  events: ContactEvent[];
  plans: PaymentPlan[];
  record?: DebtorRecord;
  /** Holds in force today on its open invoices (those invoices are in openInvoices, skipped by reminders, fees and calls). */
  holds?: InvoiceHold[];
}
