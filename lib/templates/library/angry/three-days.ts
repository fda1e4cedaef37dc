import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'three-days',
  title: '3 days late: factual reminder',
  subject: 'Payment reminder: {{total}} past due',
  body: `Dear {{customer.contactName}},

According to our records the following invoices are past due:

${OVERDUE_INVOICES}

${FEE_LINE}
If you believe any amount is incorrect, please tell me which invoice and why, so I can look into it. Otherwise, please confirm the payment date.

Regards,
{{signature}}
`,
});
