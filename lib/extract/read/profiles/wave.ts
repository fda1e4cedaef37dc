import { defineProfile } from '../../page/site-profile';

// Wave: Sales & Payments > Invoices. "Due" shows relative phrases ("In 3 days", "12 days ago").
// Source: Column names from Wave help center screenshots of the invoices list.
export const wave = defineProfile({
  id: 'wave',
  name: 'Wave',
  matches: ['https://next.waveapps.com/*'],
  invoiceListUrls: ['/invoices'],
  customerPageUrls: ['/customers/'],
  columns: {
    status: ['Status'],
    due: ['Due'],
    issued: ['Date'],
    number: ['Number'],
    customer: ['Customer'],
    balance: ['Amount due'],
  },
});
