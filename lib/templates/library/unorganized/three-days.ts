import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'three-days',
  title: '3 days late: a friendly reminder',
  subject: 'Friendly reminder: {{total}} now past due',
  body: `${greeting('Hi', 'Hello')}

I hope all is well. A quick reminder that we have not yet received payment for:

${OVERDUE_INVOICES}

Total past due: {{total}}.

${FEE_LINE}
It may simply have slipped through the cracks. Could you let me know when it is scheduled? If you need the invoice again, reply and I will send it right away.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Thank you,
{{signature}}
`,
});
