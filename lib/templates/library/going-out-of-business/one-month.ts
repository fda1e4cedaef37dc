import { ALSO_COMING_DUE, COPIED, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: '{{customer.name}}: {{total}} overdue, the oldest by {{daysLate}} days',
  body: `${greeting('Hello', 'Hello')}

The invoices below are overdue, the oldest by {{daysLate}} days. This needs a decision.${COPIED}

${OVERDUE_INVOICES}

Total overdue: {{total}}.

${FEE_LINE}
We can offer a payment plan, backed by a signed promissory note, if paying in full is not possible. What we cannot do is leave the balance open without a plan. Please reply within 7 days.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
