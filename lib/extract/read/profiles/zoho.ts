import { defineProfile } from '../../page/site-profile';

// Zoho Invoice and Zoho Books share the invoice list: DATE, INVOICE#, ORDER NUMBER, CUSTOMER NAME,
// STATUS ("OVERDUE BY 12 DAYS"), DUE DATE, AMOUNT, BALANCE DUE.
// Source: Column names from Zoho Invoice help on the invoices list view.
export const zoho = defineProfile({
  id: 'zoho',
  name: 'Zoho Invoice / Books',
  matches: [
    'https://invoice.zoho.com/*',
    'https://invoice.zoho.eu/*',
    'https://books.zoho.com/*',
    'https://books.zoho.eu/*',
  ],
  invoiceListUrls: ['#/invoices'],
  customerPageUrls: ['#/contacts/\\d+'],
  columns: {
    issued: ['Date'],
    number: ['Invoice#'],
    customer: ['Customer Name'],
    status: ['Status'],
    due: ['Due Date'],
    total: ['Amount'],
    balance: ['Balance Due'],
  },
});
