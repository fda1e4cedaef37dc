import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, SUBJECT_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'pre-due',
  title: 'A reminder before the due date',
  subject: `{{#upcoming}}Invoice ${SUBJECT_INVOICES} due {{#upcoming.several}}from {{/upcoming.several}}{{upcoming.firstDue}}: {{upcoming.total}}{{/upcoming}}`,
  body: `${greeting('Dear', 'Dear Sir or Madam')}

For your records, the following invoice(s) come due soon:

${UPCOMING_INVOICES}

If you have any question about these invoices, please let me know before the due date so we can address it.

{{#invoiceCount}}
Separately, these are already past due ({{total}}):

${OVERDUE_INVOICES}

{{/invoiceCount}}
${HOW_TO_PAY}
Regards,
{{signature}}
`,
});
