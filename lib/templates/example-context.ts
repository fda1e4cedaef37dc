import type { TemplateContext } from './template-context';

/**
 * A context with every placeholder filled: what user-edited templates are validated against, and
 * what the template editor previews with.
 */
export const exampleContext = (): TemplateContext => ({
  customer: {
    name: 'Northwind Traders',
    contactName: 'Dana Reyes',
    email: 'ap@northwind.example',
    phone: '+1 555 0100',
  },
  sender: {
    name: 'Sam Carter',
    company: 'Carter Design',
    email: 'sam@carter.example',
    phone: '+1 555 0199',
    address: '12 Mill Lane\nSpringfield',
  },
  signature: 'Sam Carter\nCarter Design\n+1 555 0199\nsam@carter.example',
  invoices: [
    {
      number: 'INV-0042',
      issued: 'October 1, 2026',
      due: 'October 31, 2026',
      total: '$1,200.00',
      balance: '$1,200.00',
      daysLate: 23,
      fee: '$24.00',
    },
    {
      number: 'INV-0047',
      issued: 'October 20, 2026',
      due: 'November 19, 2026',
      total: '$800.00',
      balance: '$300.00',
      daysLate: 4,
      fee: '',
    },
  ],
  invoiceCount: 2,
  moreInvoices: 1,
  subjectInvoices: [
    { number: 'INV-0042', first: true },
    { number: 'INV-0047', first: false },
  ],
  moreInSubject: 1,
  total: '$1,500.00',
  oldestDue: 'October 31, 2026',
  daysLate: 23,
  unconfirmed: {
    invoices: [{ number: 'INV-0039', due: 'October 15, 2026', invoiceTotal: '$1,200.00' }],
    count: 1,
    several: false,
    more: 0,
  },
  upcoming: {
    invoices: [
      {
        number: 'INV-0051',
        issued: 'November 10, 2026',
        due: 'December 10, 2026',
        total: '$2,000.00',
        balance: '$2,000.00',
        daysLate: 0,
        fee: '',
      },
    ],
    count: 1,
    several: false,
    total: '$2,000.00',
    firstDue: 'December 10, 2026',
    more: 1,
    subjectInvoices: [{ number: 'INV-0051', first: true }],
    moreInSubject: 1,
  },
  today: 'November 23, 2026',
  fee: { amount: '$24.00', wording: 'Late payment fee', basis: '2% a month for 1 month', totalWithFee: '$1,524.00' },
  plan: {
    count: 3,
    total: '$1,500.00',
    firstDue: 'December 7, 2026',
    signed: false,
    installments: [
      { number: 1, due: 'December 7, 2026', amount: '$500.00' },
      { number: 2, due: 'January 6, 2027', amount: '$500.00' },
      { number: 3, due: 'February 5, 2027', amount: '$500.00' },
    ],
  },
  planOffered: true,
  reminders: { written: 2, calls: 1, any: true, several: true },
  concern: true,
  copied: { names: 'Lee Park', leadership: true },
  attached: { statement: 'Statement Northwind Traders.html', promissoryNote: 'Promissory note Northwind Traders.html' },
  payment: {
    link: 'https://pay.carter.example/northwind',
    details: 'Bank transfer to Carter Design, IBAN GB33 BUKB 2020 1555 5555 55, reference: your invoice number',
  },
  letter: true,
  creditPolicy: 'Invoices are due 30 days from issue.',
});
