import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, SUBJECT_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'pre-due',
  title: 'A friendly reminder before the due date',
  subject: `Coming up: {{#upcoming}}${SUBJECT_INVOICES} due {{#upcoming.several}}from {{/upcoming.several}}{{upcoming.firstDue}}{{/upcoming}}`,
  body: `${greeting('Hi', 'Hello')}

Just a quick heads-up that the following comes due soon:

${UPCOMING_INVOICES}

If it is already scheduled, thank you, and please ignore this note. If you need a copy of the invoice, just reply to this email.

{{#invoiceCount}}
Separately, these are already past due ({{total}}):

${OVERDUE_INVOICES}

{{/invoiceCount}}
${HOW_TO_PAY}
Best regards,
{{signature}}
`,
});
