import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-week',
  title: '1 week late: second reminder',
  subject:
    '{{#reminders.any}}Following up{{/reminders.any}}{{^reminders.any}}Reminder{{/reminders.any}}: {{total}} past due, the oldest by {{daysLate}} days',
  body: `${greeting('Hi', 'Hello')}

{{#reminders.written}}Following up on my earlier note: the{{/reminders.written}}{{^reminders.written}}The{{/reminders.written}} invoices below are now past due.

${OVERDUE_INVOICES}

Total past due: {{total}}.

${FEE_LINE}
Could you confirm the date payment will go out? If something is holding it up, a quick reply helps me keep our records straight.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Many thanks,
{{signature}}
`,
});
