import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'pre-due',
  title: 'A friendly reminder before the due date',
  subject: 'Coming up: invoice {{#invoices}}{{number}} {{/invoices}}due {{oldestDue}}',
  body: `Hi {{customer.contactName}},

Just a quick heads-up that the following is due on {{oldestDue}}:

${OVERDUE_INVOICES}

If it is already scheduled, thank you, and please ignore this note. If you need a copy of the invoice, just reply to this email.

Best regards,
{{signature}}
`,
});
