// Types for demo/seed.mjs, so TypeScript tests can import the demo's ground truth.

export type DemoBehaviour = 'on-time' | 'unorganized' | 'going-out-of-business' | 'angry' | 'term-stretcher';

export type DemoStatus = 'Paid' | 'Partially paid' | 'Overdue' | 'Open' | 'Disputed' | 'Draft';

export interface DemoCompany {
  name: string;
  owner: string;
  email: string;
  phone: string;
  address: string;
  currency: string;
}

export interface DemoCustomer {
  /** Digits only, used in the customer page's URL: /customers/<id>. */
  id: string;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  termsDays: number;
  /** Ground truth for tests; never shown on a page. */
  behaviour: DemoBehaviour;
  /** Every invoice of this customer is in this currency. */
  currency: string;
}

export interface DemoInvoice {
  /** INV-<issue year>-<nnnn>, sequential by issue date within the year. */
  number: string;
  customerId: string;
  issued: string;
  due: string;
  currency: string;
  /** Cents. */
  total: number;
  /** Cents paid so far; balance = total - paid (except a Draft, which owes nothing yet). */
  paid: number;
  /** Only on fully paid invoices. */
  paidOn?: string;
  status: DemoStatus;
}

export interface DemoData {
  company: DemoCompany;
  customers: DemoCustomer[];
  /** Oldest issue date first. */
  invoices: DemoInvoice[];
}

/** The demo data as of `today` (YYYY-MM-DD); the same `today` always gives the same data. */
export function makeDemoData(today: string): DemoData;

/** Cents still owed on the invoice now: total - paid, and 0 for a Draft. */
export function amountDue(invoice: Pick<DemoInvoice, 'status' | 'total' | 'paid'>): number;

/** Something still owed (amountDue > 0) and the due date before `today`. */
export function isOverdue(invoice: Pick<DemoInvoice, 'status' | 'total' | 'paid' | 'due'>, today: string): boolean;
