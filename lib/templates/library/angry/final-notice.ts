import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES, REMINDED_HOW } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice before collection: {{total}}',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

This is a final notice concerning the following unpaid invoices:

${OVERDUE_INVOICES}

Total overdue: {{total}}. {{#reminders.any}}We have reminded you${REMINDED_HOW}, and this is on record. {{/reminders.any}}If payment of {{total}} is not received within 7 days of this notice, we will refer the debt to a collection agency or to court without further notice.

${FEE_LINE}
${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
