import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice: {{total}} overdue',
  body: `Dear {{customer.contactName}},

Despite our reminders and our offer of a payment plan, the following remains unpaid:

${OVERDUE_INVOICES}

Total: {{total}}. Unless we receive payment, or a signed payment plan, within 7 days, we will have to refer the debt to a collection agency or to court. We would prefer to agree a plan with you: please call me.

${FEE_LINE}
Regards,
{{signature}}
`,
});
