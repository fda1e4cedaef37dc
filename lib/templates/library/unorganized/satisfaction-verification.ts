import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'satisfaction-verification',
  title: 'Check that they are satisfied',
  subject: 'Is everything all right with your order?',
  body: `${greeting('Hi', 'Hello')}

We wanted to make sure everything we delivered met your expectations. These invoices are open:

${OVERDUE_INVOICES}

${UPCOMING_INVOICES}

If anything was not right, please tell me and we will put it right. If all is well, could you let me know when payment is planned?

${HOW_TO_PAY}
Thanks,
{{signature}}
`,
});
