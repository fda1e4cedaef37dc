import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: '{{customer.name}}: {{total}} a month overdue',
  body: `Hello {{customer.contactName}},

The invoices below have been overdue for {{daysLate}} days. I am copying your leadership because this needs a decision:

${OVERDUE_INVOICES}

${FEE_LINE}
We can offer a payment plan, backed by a signed promissory note, if paying in full is not possible. What we cannot do is leave the balance open without a plan. Please reply within 7 days.

Regards,
{{signature}}
`,
});
