import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'one-week',
  title: "1 week late: let's agree a date",
  subject: "{{total}} overdue: let's agree a payment date",
  body: `${greeting('Hi', 'Hello')}

The following invoices are now overdue, the oldest by {{daysLate}} days:

${OVERDUE_INVOICES}

Total overdue: {{total}}.

${FEE_LINE}
We want to keep working with you, and we also need to be paid for work delivered. Please call or reply by the end of this week with either payment or a firm date. If a part payment now would help, that is welcome too.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
