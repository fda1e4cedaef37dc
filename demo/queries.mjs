// What the demo app's pages ask of its data: filtered, sorted, paged invoice lists and balances.
import { amountDue, isOverdue } from './seed.mjs';

export const PAGE_SIZE = 25;

/** The filter tabs above the invoice list, in order. */
export const STATUS_FILTERS = [
  { key: 'all', label: 'All' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'open', label: 'Open' },
  { key: 'paid', label: 'Paid' },
  { key: 'disputed', label: 'Disputed' },
];

/** 'all' for anything unknown, so a bad link shows everything rather than an error. */
export function statusFilterKey(value) {
  return STATUS_FILTERS.some((f) => f.key === value) ? value : 'all';
}

/**
 * overdue: something owed and past due (Overdue, Partially paid or Disputed);
 * open: something owed and not due yet; paid / disputed: by status word.
 */
function matchesStatus(invoice, key, today) {
  switch (key) {
    case 'overdue':
      return isOverdue(invoice, today);
    case 'open':
      return amountDue(invoice) > 0 && invoice.due >= today;
    case 'paid':
      return invoice.status === 'Paid';
    case 'disputed':
      return invoice.status === 'Disputed';
    default:
      return true;
  }
}

const newestFirst = (a, b) => (a.issued === b.issued ? b.number.localeCompare(a.number) : b.issued < a.issued ? -1 : 1);

/** Invoices with their customer, newest first, filtered by status tab and a search text. */
export function listInvoices(data, today, { status = 'all', search = '' } = {}) {
  const byId = customersById(data);
  const needle = search.trim().toLowerCase();
  return data.invoices
    .filter((inv) => matchesStatus(inv, status, today))
    .map((inv) => ({ ...inv, customer: byId.get(inv.customerId) }))
    .filter(
      (inv) => !needle || inv.number.toLowerCase().includes(needle) || inv.customer.name.toLowerCase().includes(needle),
    )
    .sort(newestFirst);
}

/** Page `page` (1-based) of a list. */
export function pageOf(list, page) {
  return list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

export function customersById(data) {
  return new Map(data.customers.map((c) => [c.id, c]));
}

/** A customer's open balance and the overdue part of it, in cents of its currency. */
export function customerBalance(data, customerId, today) {
  let open = 0;
  let overdue = 0;
  for (const inv of data.invoices) {
    if (inv.customerId !== customerId) continue;
    open += amountDue(inv);
    if (isOverdue(inv, today)) overdue += amountDue(inv);
  }
  return { open, overdue };
}

/** Sums per currency (USD first), for the dashboard. */
export function totalsByCurrency(invoices, amountOf) {
  const sums = new Map([['USD', 0]]);
  for (const inv of invoices) sums.set(inv.currency, (sums.get(inv.currency) ?? 0) + amountOf(inv));
  return [...sums].filter(([currency, cents]) => currency === 'USD' || cents !== 0);
}

/** Owed amounts by days past due, the ageing report every invoicing app has. */
export const AGEING_BUCKETS = [
  { label: 'Not due yet', min: -Infinity, max: 0 },
  { label: '1–30 days', min: 1, max: 30 },
  { label: '31–60 days', min: 31, max: 60 },
  { label: '61–90 days', min: 61, max: 90 },
  { label: 'Over 90 days', min: 91, max: Infinity },
];
