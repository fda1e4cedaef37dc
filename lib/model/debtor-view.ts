import type { ContactEvent, RecoveryState } from './contact-event';
import type { Contact, DebtorRecord, Standing } from './debtor';
import type { Invoice } from './invoice';
import type { InvoiceHold } from './invoice-hold';
import type { PaymentPlan } from './payment-plan';
import type { Reason } from './reason';
import type { CadenceAction } from './settings';

/** What to do next about a debtor, when, and why. */
export interface NextAction {
  action:
    | CadenceAction
    | 'call-broken-promise'
    | 'call-missed-installment'
    | 'resolve-dispute'
    | 'decide'
    | 'call-back'
    | 'satisfaction-check'
    | 'send-credit-policy'
    | 'agency-check-in'
    | 'court-date'
    | 'write-off-review';
  /** Whether doing it means picking up the phone (what the badge counts). */
  isCall: boolean;
  date: string; // YYYY-MM-DD
  /** Why this step, as data: lib/i18n puts it in words. */
  why: Reason;
  /** The template to draft for it, when it is a letter or an email. */
  template?: string;
  /** The invoices it is about, when not all the open ones (a pre-due reminder for one invoice). */
  invoiceNumbers?: string[];
  /** A step whose date passed without it being done (or skipped on purpose): "overdue: the 1-week call". */
  overdue?: boolean;
}

/** A debtor handed to an agency, taken to court or written off: out of Today and the forecast. */
export interface RecoveryView {
  state: RecoveryState;
  /** The day it was decided (YYYY-MM-DD). */
  since: string;
  /** Open balance when it left the cadence is `balance`; this is the owner's note. */
  note: string;
  /** The next date set: agency check-in, court date. */
  nextOn?: string;
}

export interface Classification {
  standing: Standing;
  /** 0..1: how sure the rules are. 1 for a user override. */
  confidence: number;
  /** Most important first, as data (lib/i18n puts them in words); counter-evidence is kind 'also'. */
  reasons: Reason[];
  /** Set when the user chose the class: it wins over the rules, shown with its date. */
  override?: { at: number; note?: string };
  /** Each flag with why it is raised. */
  flags: {
    termStretcher?: Reason;
    upfrontOnly?: Reason;
    creditHold?: Reason;
    /** A new invoice on credit for a debtor on credit hold or upfront-only. */
    creditWarning?: Reason;
    /** The credit policy was never acknowledged, or over a year ago. */
    creditPolicy?: Reason;
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
  /** Set when the debtor is with an agency, in court or written off. */
  recovery?: RecoveryView;
  /** Paid per the owner's log and not yet seen in the app, in `currency`. */
  loggedPaid?: number;
  /**
   * Emails and phones a source other than the debtor's first one showed, not yet confirmed:
   * shown as "new, from <source>", never used by a draft (lib/ledger/new-contacts.ts).
   */
  newContacts?: { kind: 'email' | 'phone'; value: string; source: string }[];
}
