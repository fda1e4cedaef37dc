import type { Field } from '../header-words';
import { normalizeHeader } from '../header-words';

/**
 * Known export layouts: which columns an app's open-invoices / aged-receivables export has, and
 * the ones the built-in header words would get wrong (two "customer" columns, "Amount Due"
 * that is not the balance). Data only: the generic CSV reader applies them.
 */
export interface CsvLayout {
  id: string;
  name: string;
  /** Headers that are all present in this export (compared folded). */
  signature: string[];
  columns: Partial<Record<Field, string[]>>;
}

export const CSV_LAYOUTS: CsvLayout[] = [
  {
    id: 'quickbooks-open-invoices',
    name: 'QuickBooks Online: Open Invoices report',
    signature: ['Date', 'Transaction Type', 'Num', 'Due Date', 'Open Balance'],
    columns: {
      number: ['Num'],
      customer: ['Customer', 'Name'],
      issued: ['Date'],
      due: ['Due Date'],
      total: ['Amount'],
      balance: ['Open Balance'],
      kind: ['Transaction Type'],
    },
  },
  {
    id: 'xero-invoices-export',
    name: 'Xero: sales invoices export',
    signature: ['ContactName', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'InvoiceAmountDue'],
    columns: {
      customer: ['ContactName'],
      email: ['EmailAddress'],
      number: ['InvoiceNumber'],
      issued: ['InvoiceDate'],
      due: ['DueDate'],
      total: ['Total'],
      paid: ['InvoiceAmountPaid'],
      balance: ['InvoiceAmountDue'],
      currency: ['Currency'],
      kind: ['Type'],
      status: ['Status'],
    },
  },
  {
    id: 'stripe-invoices-export',
    name: 'Stripe: invoices export',
    signature: ['id', 'Amount Remaining', 'Customer Name', 'Number', 'Status'],
    columns: {
      number: ['Number'],
      customer: ['Customer Name'],
      email: ['Customer Email'],
      issued: ['Date (UTC)'],
      due: ['Due Date (UTC)'],
      total: ['Total'],
      balance: ['Amount Remaining'],
      paid: ['Amount Paid'],
      currency: ['Currency'],
      status: ['Status'],
    },
  },
  {
    id: 'zoho-invoices-export',
    name: 'Zoho Invoice / Books: invoices export',
    signature: ['Invoice Date', 'Invoice Number', 'Invoice Status', 'Customer Name', 'Balance'],
    columns: {
      issued: ['Invoice Date'],
      number: ['Invoice Number'],
      status: ['Invoice Status'],
      customer: ['Customer Name'],
      due: ['Due Date'],
      currency: ['Currency Code'],
      total: ['Total'],
      balance: ['Balance'],
    },
  },
  {
    id: 'freshbooks-invoice-details',
    name: 'FreshBooks: invoice details export',
    signature: ['Client Name', 'Invoice #', 'Date Issued', 'Invoice Status'],
    columns: {
      customer: ['Client Name'],
      number: ['Invoice #'],
      issued: ['Date Issued'],
      status: ['Invoice Status'],
      paidOn: ['Date Paid'],
      total: ['Invoice Total', 'Total'],
      balance: ['Amount Outstanding', 'Outstanding'],
      currency: ['Currency'],
    },
  },
  {
    id: 'invoiceninja-invoices-export',
    name: 'Invoice Ninja: invoices export',
    signature: ['Invoice Number', 'Client Name', 'Balance', 'Due Date'],
    columns: {
      number: ['Invoice Number'],
      customer: ['Client Name'],
      total: ['Amount'],
      balance: ['Balance'],
      issued: ['Invoice Date', 'Date'],
      due: ['Due Date'],
      status: ['Status'],
    },
  },
  {
    id: 'odoo-invoices-export',
    name: 'Odoo: customer invoices export',
    signature: ['Number', 'Partner', 'Due Date', 'Amount Due'],
    columns: {
      number: ['Number'],
      customer: ['Partner', 'Customer'],
      issued: ['Invoice/Bill Date', 'Invoice Date'],
      due: ['Due Date'],
      total: ['Total', 'Total Signed'],
      balance: ['Amount Due', 'Amount Due Signed'],
      status: ['Payment Status'],
    },
  },
];

/** The known layout whose signature headers all appear in this header row. */
export function layoutOf(header: readonly string[]): CsvLayout | undefined {
  const have = new Set(header.map((h) => normalizeHeader(h.replace(/^\*/, ''))));
  return CSV_LAYOUTS.find((l) => l.signature.every((s) => have.has(normalizeHeader(s))));
}
