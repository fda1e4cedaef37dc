import { FEE_LINE, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: 'Overdue for a month: {{total}} from {{customer.name}}',
  body: `Hello {{customer.contactName}},

Our invoices to {{customer.name}} are now {{daysLate}} days overdue, despite our earlier reminders. I am copying your leadership so this can be put through quickly.

${OVERDUE_INVOICES}

Total outstanding: {{total}}.

${FEE_LINE}
Please arrange payment this week, or tell me who I should speak to so it gets approved.

Kind regards,
{{signature}}
`,
});
