import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'three-days',
  title: '3 days late: factual reminder',
  subject: 'Payment reminder: {{total}} past due',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

According to our records the following invoices are past due:

${OVERDUE_INVOICES}

Total past due: {{total}}.

${FEE_LINE}
If you believe any amount is incorrect, please tell me which invoice and why, so I can look into it. Otherwise, please confirm the payment date.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
