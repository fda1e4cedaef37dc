import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'three-days',
  title: '3 days late: a friendly reminder',
  subject: 'Friendly reminder: {{total}} now past due',
  body: `Hi {{customer.contactName}},

I hope all is well. A quick reminder that we have not yet received payment for:

${OVERDUE_INVOICES}

${FEE_LINE}
It may simply have slipped through the cracks. Could you let me know when it is scheduled? If you need the invoice again, reply and I will send it right away.

Thank you,
{{signature}}
`,
});
