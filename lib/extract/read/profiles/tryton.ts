import { defineProfile } from '../../page/site-profile';

// Tryton 6.0 sao web client (self-hosted: recognised by its markup, on any host the user allows).
// "Amount to Pay Today" is what is due now, not the balance (instalments). No due-date column; overdue rows carry 'danger'; 20 rows at first, then a "more" row.
// Source: From sao 6.0 source (src/view/tree.js) and ../shared/tryton/README.md.
export const tryton = defineProfile({
  id: 'tryton',
  name: 'Tryton',
  detect: '.tab-pane table.tree',
  invoiceListUrls: ['model/account\\.invoice'],
  customerPageUrls: ['model/party\\.party/\\d+'],
  // Financial › Dunnings: one row per overdue receivable line (no invoice number); its Maturity
  // Date is the due date Tryton's invoice list does not show. Amount is in the company currency.
  maturityLists: [
    {
      urls: ['model/account\\.dunning'],
      listSelector: '#tabcontent > .tab-pane.active table.tree',
      customer: ['Party'],
      due: ['Maturity Date'],
      amount: ['Amount'],
    },
  ],
  listSelector: '.tab-pane.active table.tree, .tab-pane table.tree',
  columns: {
    number: ['Number'],
    customer: ['Party'],
    issued: ['Invoice Date'],
    total: ['Total'],
    dueNow: ['Amount to Pay Today'],
    balance: ['Amount to Pay'],
    status: ['State'],
  },
  loadMore: 'tr.more-row button',
  overdueSelector: 'tr.danger',
});
