import { defineProfile } from '../../page/site-profile';

// FreshBooks: Invoices. Each column stacks two values ("Client / Invoice Number", "Issued Date /
// Due Date", "Amount / Status"); the generic reader splits stacked columns by their header.
// Source: FreshBooks lists the outstanding amount under "Amount" on the invoices list.
export const freshbooks = defineProfile({
  id: 'freshbooks',
  name: 'FreshBooks',
  matches: ['https://my.freshbooks.com/*'],
  invoiceListUrls: ['#/invoices', '/invoices'],
  customerPageUrls: ['#/client/', '/clients/'],
  columns: {
    customer: ['Client'],
    number: ['Invoice Number'],
    issued: ['Issued Date'],
    due: ['Due Date'],
    balance: ['Amount'],
    status: ['Status'],
  },
});
