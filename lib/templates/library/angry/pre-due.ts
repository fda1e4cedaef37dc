import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'pre-due',
  title: 'A reminder before the due date',
  subject: 'Invoice due {{oldestDue}}: {{total}}',
  body: `Dear {{customer.contactName}},

For your records, the following invoice(s) fall due on {{oldestDue}}:

${OVERDUE_INVOICES}

If you have any question about these invoices, please let me know before the due date so we can address it.

Regards,
{{signature}}
`,
});
