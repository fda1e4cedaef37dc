// Builders for realistic ledgers in tests: invoices, contact events and plans with sensible defaults.
import {
  debtorIdFor,
  defaultSettings,
  type ContactEvent,
  type CustomerBalance,
  type DebtorRecord,
  type Invoice,
  type InvoiceHold,
  type PaymentPlan,
  type Settings,
} from '../../../lib/model';
import { buildLedger, type Ledger } from '../../../lib/ledger/build-ledger';

/** Monday 23 Nov 2026, noon UTC. */
export const NOW = Date.parse('2026-11-23T12:00:00Z');
export const TODAY = '2026-11-23';

/** Noon UTC on a date: an event logged that day whatever the zone between UTC−11 and UTC+11. */
export const at = (date: string, time = '12:00:00Z') => Date.parse(`${date}T${time}`);

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let seq = 0;

export function invoice(p: Partial<Invoice> & { number: string }): Invoice {
  const customer = p.customer ?? 'Acme Corp';
  const source = p.source ?? 'https://app.example';
  return {
    customer,
    balance: 100_00,
    currency: 'USD',
    id: `${source}#${p.number}`,
    source,
    debtorId: debtorIdFor(customer),
    firstSeenAt: at('2026-01-01'),
    seenAt: NOW,
    ...p,
  };
}

/** A paid invoice: issued, due 30 days later, paid `daysLate` after due. */
export function paidInvoice(number: string, issued: string, daysLate: number, p: Partial<Invoice> = {}): Invoice {
  const due = addDays(issued, 30);
  return invoice({ number, issued, due, total: 100_00, balance: 0, paidOn: addDays(due, daysLate), ...p });
}

/**
 * An open invoice due `daysLate` days before today (negative: due in the future), known to Owed
 * since 1 Jan: every cadence step after its due date was Owed's to ask for (a step not done stays
 * due; see missedStep).
 */
export function openInvoice(number: string, daysLate: number, p: Partial<Invoice> = {}): Invoice {
  const due = addDays(TODAY, -daysLate);
  return invoice({ number, issued: addDays(due, -30), due, total: 100_00, balance: 100_00, ...p });
}

/** An open invoice Owed first read today (installed on a ledger already late): earlier steps are not asked for. */
export const lateAtInstall = (number: string, daysLate: number, p: Partial<Invoice> = {}): Invoice =>
  openInvoice(number, daysLate, { firstSeenAt: NOW, ...p });

export function event(p: Partial<ContactEvent> & { kind: ContactEvent['kind']; date?: string }): ContactEvent {
  const { date, ...rest } = p;
  return { id: `e${++seq}`, debtorId: 'acme', at: at(date ?? TODAY), text: '', ...rest };
}

export function record(p: Partial<DebtorRecord> = {}): DebtorRecord {
  return {
    id: 'acme',
    name: 'Acme Corp',
    contacts: [],
    flags: {},
    createdAt: at('2026-01-01'),
    updatedAt: at('2026-01-01'),
    ...p,
  };
}

export function plan(p: Partial<PaymentPlan> & { installments: PaymentPlan['installments'] }): PaymentPlan {
  return {
    id: `p${++seq}`,
    debtorId: 'acme',
    createdAt: at('2026-10-01'),
    currency: 'USD',
    promissoryNote: { signed: true, signedOn: '2026-10-01' },
    status: 'active',
    ...p,
  };
}

export interface LedgerParts {
  invoices?: Invoice[];
  events?: ContactEvent[];
  plans?: PaymentPlan[];
  records?: DebtorRecord[];
  holds?: InvoiceHold[];
  balances?: CustomerBalance[];
  reads?: { source: string; wholeAt?: number }[];
  settings?: Partial<Settings>;
  now?: number;
  timeZone?: string;
}

export function ledgerOf(parts: LedgerParts): Ledger {
  return buildLedger({
    invoices: parts.invoices ?? [],
    events: parts.events ?? [],
    plans: parts.plans ?? [],
    records: parts.records ?? [],
    holds: parts.holds,
    balances: parts.balances,
    reads: parts.reads,
    settings: { ...defaultSettings(), ...parts.settings },
    now: parts.now ?? NOW,
    timeZone: parts.timeZone ?? 'UTC',
  });
}

/** The one debtor of a ledger built from parts. */
export function debtorOf(parts: LedgerParts) {
  const { debtors } = ledgerOf(parts);
  if (debtors.length !== 1) throw new Error(`expected one debtor, got ${debtors.length}`);
  return debtors[0]!;
}
