import { defineProfile } from '../../page/site-profile';

// Xero: Business > Invoices. "Due" is the amount due and "Paid" the amount paid (money, not dates);
// dates read "12 Mar 2026"; the organisation's currency is not printed beside amounts.
// Source: Column names from Xero Central articles on the invoices list.
export const xero = defineProfile({
  id: 'xero',
  name: 'Xero',
  matches: ['https://go.xero.com/*'],
  invoiceListUrls: ['AccountsReceivable', '/invoicing', '/invoices'],
  customerPageUrls: ['/Contacts/View', '/contacts/contact/'],
  columns: {
    number: ['Number'],
    customer: ['To'],
    issued: ['Date'],
    due: ['Due Date'],
    paid: ['Paid'],
    balance: ['Due'],
    status: ['Status'],
  },
});
