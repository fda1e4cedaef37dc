import {
  ALSO_COMING_DUE,
  COPIED,
  FEE_LINE,
  greeting,
  HOW_TO_PAY,
  OVERDUE_INVOICES,
  REMINDERS_WORD,
} from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: '{{customer.name}}: {{total}} overdue, the oldest by {{daysLate}} days',
  body: `${greeting('Hello', 'Hello')}

Our invoices to {{customer.name}} are overdue, the oldest by {{daysLate}} days{{#reminders.any}}, despite our earlier ${REMINDERS_WORD}{{/reminders.any}}.${COPIED}

${OVERDUE_INVOICES}

Total overdue: {{total}}.

${FEE_LINE}
Please arrange payment this week, or tell me who I should speak to so it gets approved.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Kind regards,
{{signature}}
`,
});
