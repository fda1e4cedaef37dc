import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES, REMINDERS_WORD } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'final-notice',
  title: 'Final notice before further action',
  subject: 'Final notice: {{total}} overdue',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

The following remains unpaid{{#reminders.any}} despite our ${REMINDERS_WORD}{{#planOffered}} and our offer of a payment plan{{/planOffered}}{{/reminders.any}}{{^reminders.any}}{{#planOffered}} despite our offer of a payment plan{{/planOffered}}{{/reminders.any}}:

${OVERDUE_INVOICES}

Total overdue: {{total}}. Unless we receive payment of {{total}}, or a signed payment plan, within 7 days, we will have to refer the debt to a collection agency or to court. We would prefer to agree a plan with you: please call me.

${FEE_LINE}
${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
