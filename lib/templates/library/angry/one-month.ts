import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: 'Unresolved overdue balance: {{total}}',
  body: `Dear {{customer.contactName}},

The following invoices are {{daysLate}} days overdue and have not been resolved despite our reminders. I am copying your senior leadership for their attention:

${OVERDUE_INVOICES}

${FEE_LINE}
We remain ready to review any documented concern. Please pay the undisputed balance, or send the details of your concern, within 7 days.

Regards,
{{signature}}
`,
});
