import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'pre-due',
  title: 'A reminder before the due date',
  subject: 'Reminder: {{total}} due {{oldestDue}}',
  body: `Hi {{customer.contactName}},

A reminder that the following is due on {{oldestDue}}:

${OVERDUE_INVOICES}

If paying in full on that date is a problem, please tell me now rather than later: we can usually find a way that works for both of us.

Best regards,
{{signature}}
`,
});
