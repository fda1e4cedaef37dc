import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'satisfaction-verification',
  title: 'Check that they are satisfied',
  subject: 'Checking in about your open invoices',
  body: `${greeting('Hi', 'Hello')}

I wanted to check that everything we delivered was as expected, before we discuss the open invoices below:

${OVERDUE_INVOICES}

${UPCOMING_INVOICES}

If there is an issue with the work, tell me and we will fix it. If paying on time is difficult, we can discuss a payment plan.

${HOW_TO_PAY}
Best regards,
{{signature}}
`,
});
