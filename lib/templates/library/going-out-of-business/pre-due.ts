import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, SUBJECT_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'pre-due',
  title: 'A reminder before the due date',
  subject: `Reminder: {{#upcoming}}${SUBJECT_INVOICES}, {{upcoming.total}} due {{#upcoming.several}}from {{/upcoming.several}}{{upcoming.firstDue}}{{/upcoming}}`,
  body: `${greeting('Hi', 'Hello')}

A reminder that the following comes due soon:

${UPCOMING_INVOICES}

If paying in full on time is a problem, please tell me now rather than later: we can usually find a way that works for both of us.

{{#invoiceCount}}
Separately, these are already past due ({{total}}):

${OVERDUE_INVOICES}

{{/invoiceCount}}
${HOW_TO_PAY}
Best regards,
{{signature}}
`,
});
