import { defineProfile } from '../../page/site-profile';

// Invoice Ninja v5 (hosted at app.invoicing.co, often self-hosted): Invoices list.
// Source: Column names from the Invoice Ninja v5 user guide (invoices list columns).
export const invoiceninja = defineProfile({
  id: 'invoiceninja',
  name: 'Invoice Ninja',
  matches: ['https://app.invoicing.co/*'],
  invoiceListUrls: ['/invoices'],
  customerPageUrls: ['/clients/[^/]+'],
  columns: {
    status: ['Status'],
    number: ['Number'],
    customer: ['Client'],
    total: ['Amount'],
    balance: ['Balance'],
    issued: ['Date'],
    due: ['Due Date'],
  },
});
