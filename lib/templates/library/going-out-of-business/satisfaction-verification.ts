import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'satisfaction-verification',
  title: 'Check that they are satisfied',
  subject: 'Checking in about your open invoices',
  body: `Hi {{customer.contactName}},

I wanted to check that everything we delivered was as expected, before we discuss the open invoices below:

${OVERDUE_INVOICES}

If there is an issue with the work, tell me and we will fix it. If the delay is about cash flow, we can discuss a payment plan.

Best regards,
{{signature}}
`,
});
