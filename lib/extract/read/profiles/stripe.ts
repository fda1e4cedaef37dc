import { defineProfile } from '../../page/site-profile';

// Stripe Dashboard: Billing > Invoices. Amount is the invoice total; "Past due"/"Open" rows are
// unpaid in full; dates show without a year ("Nov 12") and "Created" carries a time.
// Source: Column names from Stripe docs screenshots of the invoices list.
export const stripe = defineProfile({
  id: 'stripe',
  name: 'Stripe',
  matches: ['https://dashboard.stripe.com/*'],
  invoiceListUrls: ['/invoices'],
  customerPageUrls: ['/customers/cus_'],
  columns: {
    total: ['Amount'],
    status: ['Status'],
    number: ['Invoice number'],
    customer: ['Customer', 'Customer email'],
    due: ['Due'],
    issued: ['Created'],
    currency: ['Currency'],
  },
});
