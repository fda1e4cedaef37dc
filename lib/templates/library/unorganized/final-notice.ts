import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice: {{total}} overdue since {{oldestDue}}',
  body: `Dear {{customer.contactName}},

This is our final notice about the overdue balance of {{total}}:

${OVERDUE_INVOICES}

${FEE_LINE}
We have sent several reminders. Unless we receive payment, or hear from you with a firm payment date, within 7 days of this notice, we will pass the matter to a collection agency or take legal steps. We would much rather settle it with you directly.

Regards,
{{signature}}
`,
});
