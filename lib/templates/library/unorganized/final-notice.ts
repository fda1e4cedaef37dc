import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice: {{total}} overdue',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

This is our final notice about the overdue balance of {{total}}:

${OVERDUE_INVOICES}

${FEE_LINE}
{{#reminders.several}}We have reminded you more than once. {{/reminders.several}}{{^reminders.several}}{{#reminders.any}}We have reminded you before. {{/reminders.any}}{{/reminders.several}}Unless we receive payment of {{total}}, or hear from you with a firm payment date, within 7 days of this notice, we will pass the matter to a collection agency or take legal steps. We would much rather settle it with you directly.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
