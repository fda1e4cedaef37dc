import { defineProfile } from '../../page/site-profile';

// QuickBooks Online: Sales > Invoices (/app/invoices) and Sales > All sales (/app/sales). Upper-case
// headers; "All sales" mixes payments and estimates with invoices (the Type column tells them apart).
// Source: Column names from Intuit help pages on the Invoices and All sales lists.
export const quickbooks = defineProfile({
  id: 'quickbooks',
  name: 'QuickBooks Online',
  matches: ['https://*.qbo.intuit.com/*'],
  invoiceListUrls: ['/app/(invoices|sales|customerdetail)'],
  customerPageUrls: ['/app/customerdetail'],
  columns: {
    number: ['No.'],
    customer: ['Customer'],
    issued: ['Date'],
    due: ['Due date'],
    total: ['Total', 'Amount'],
    balance: ['Balance', 'Open balance'],
    kind: ['Type'],
    status: ['Status'],
  },
  loadMore: 'button[data-automation-id="loadMore"]',
});
