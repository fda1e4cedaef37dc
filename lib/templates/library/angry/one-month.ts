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
  class: 'angry',
  stage: 'one-month',
  title: '1 month late: escalate, copy senior leadership',
  subject: 'Unresolved overdue balance: {{total}}',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

The following invoices are overdue, the oldest by {{daysLate}} days, and have not been resolved{{#reminders.any}} despite our ${REMINDERS_WORD}{{/reminders.any}}.${COPIED}

${OVERDUE_INVOICES}

Total overdue: {{total}}.

${FEE_LINE}
We remain ready to review any documented concern. Please pay the undisputed balance, or send the details of any concern, within 7 days.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
