import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'satisfaction-verification',
  title: 'Check that they are satisfied',
  subject: 'Is everything all right with your order?',
  body: `Hi {{customer.contactName}},

We noticed the invoices below are still open and wanted to make sure everything we delivered met your expectations:

${OVERDUE_INVOICES}

If anything was not right, please tell me and we will put it right. If all is well, could you let me know when payment is planned?

Thanks,
{{signature}}
`,
});
