import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'three-days',
  title: '3 days late: supportive reminder',
  subject: 'Your payment of {{total}} is past due',
  body: `${greeting('Hi', 'Hello')}

Our records show the invoices below are now past due:

${OVERDUE_INVOICES}

Total past due: {{total}}.

${FEE_LINE}
I know times can be difficult. If cash is tight right now, let's talk: a clear plan is better for both of us than silence. Otherwise, please let me know the date payment will be made.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Kind regards,
{{signature}}
`,
});
