import { defineProfile } from '../../page/site-profile';

// Odoo (17+ on odoo.com; self-hosted recognised by its list markup): Customer Invoices.
// The due date shows "In 5 days" / "10 days ago", red when late.
// Source: Field labels of account.move list view in Odoo 17 (Odoo source, views/account_move_views.xml).
export const odoo = defineProfile({
  id: 'odoo',
  name: 'Odoo',
  matches: ['https://*.odoo.com/*'],
  detect: 'table.o_list_table',
  invoiceListUrls: ['customer-invoices', 'model=account\\.move', 'action-account\\.action_move_out_invoice'],
  customerPageUrls: ['model=res\\.partner', '/contacts/'],
  listSelector: 'table.o_list_table',
  columns: {
    number: ['Number'],
    customer: ['Customer'],
    issued: ['Invoice Date'],
    due: ['Due Date'],
    total: ['Total', 'Total Signed'],
    balance: ['Amount Due', 'Amount Due Signed'],
    status: ['Payment Status', 'Payment'],
  },
  overdueSelector: 'td[name="invoice_date_due"] .text-danger, td[name="invoice_date_due"].text-danger',
});
