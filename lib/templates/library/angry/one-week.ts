import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'one-week',
  title: '1 week late: documented follow-up',
  subject: 'Follow-up: {{total}} overdue since {{oldestDue}}',
  body: `Dear {{customer.contactName}},

I am following up on the invoices below, which are {{daysLate}} days past due:

${OVERDUE_INVOICES}

${FEE_LINE}
Our records show the goods or services were delivered as ordered. If you have a specific concern, please put it in writing so it can be resolved; undisputed amounts remain payable meanwhile.

Regards,
{{signature}}
`,
});
