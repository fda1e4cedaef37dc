import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'one-week',
  title: "1 week late: let's agree a date",
  subject: "{{total}} overdue: let's agree a payment date",
  body: `Hi {{customer.contactName}},

The following invoices are now {{daysLate}} days overdue:

${OVERDUE_INVOICES}

${FEE_LINE}
We want to keep working with you, and we also need to be paid for work delivered. Please call or reply by the end of this week with either payment or a firm date. If a part payment now would help, that is welcome too.

Regards,
{{signature}}
`,
});
