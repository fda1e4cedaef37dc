import { SiteProfile } from '../site-profile';

// Invoice Ninja v5 (hosted at app.invoicing.co, often self-hosted): Invoices list.
export const invoiceninja = SiteProfile.parse({
  id: 'invoiceninja',
  name: 'Invoice Ninja',
  matches: ['https://app.invoicing.co/*'],
  invoiceListUrls: ['/invoices'],
  customerPageUrls: ['/clients/[^/]+'],
  columns: { status: ['Status'], number: ['Number'], customer: ['Client'], total: ['Amount'], balance: ['Balance'], issued: ['Date'], due: ['Due Date'] },
  notes: 'Column names from the Invoice Ninja v5 user guide (invoices list columns).',
});
