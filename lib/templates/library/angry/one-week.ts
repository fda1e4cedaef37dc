import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'one-week',
  title: '1 week late: documented follow-up',
  subject: 'Follow-up: {{total}} overdue, the oldest since {{oldestDue}}',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

I am following up on the invoices below, which are past due, the oldest by {{daysLate}} days:

${OVERDUE_INVOICES}

Total past due: {{total}}.

${FEE_LINE}
If you have a specific concern about any of them, please put it in writing so it can be resolved; undisputed amounts remain payable meanwhile.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
