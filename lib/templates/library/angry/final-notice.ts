import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice before collection: {{total}}',
  body: `Dear {{customer.contactName}},

This is a final notice concerning the following unpaid invoices:

${OVERDUE_INVOICES}

Total: {{total}}. Our reminders and calls are on record. If payment is not received within 7 days of this notice, we will refer the debt to a collection agency or to court without further notice.

${FEE_LINE}
Regards,
{{signature}}
`,
});
