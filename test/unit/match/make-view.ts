import type { DebtorView, Invoice } from '../../../lib/model';

/** A debtor view with only what a test says; the rest empty and in good standing. */
export function makeView(over: Partial<DebtorView> & { id: string }): DebtorView {
  return {
    name: over.id,
    contacts: [],
    balance: 0,
    currency: 'USD',
    balances: {},
    openInvoices: [],
    history: [],
    oldestDaysLate: 0,
    overdueDateUnknown: false,
    classification: { standing: 'good-standing', confidence: 0, reasons: [], flags: {} },
    next: null,
    dueForCallToday: false,
    events: [],
    plans: [],
    ...over,
  };
}

export function makeInvoice(over: Partial<Invoice> & { number: string; debtorId: string }): Invoice {
  return {
    id: `https://app.example#${over.number}`,
    source: 'https://app.example',
    customer: over.debtorId,
    balance: 10_000,
    currency: 'USD',
    firstSeenAt: 0,
    seenAt: 0,
    ...over,
  };
}
