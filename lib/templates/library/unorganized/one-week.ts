import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-week',
  title: '1 week late: second reminder',
  subject: 'Second reminder: {{total}} is {{daysLate}} days past due',
  body: `Hi {{customer.contactName}},

Following up on my earlier note: the invoices below are now past due.

${OVERDUE_INVOICES}

Total outstanding: {{total}}.

${FEE_LINE}
Could you confirm the date payment will go out? If something is holding it up, a quick reply helps me keep our records straight.

Many thanks,
{{signature}}
`,
});
