import { OVERDUE_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'satisfaction-verification',
  title: 'Satisfaction verification letter',
  subject: 'Your concern about {{#invoices}}{{number}} {{/invoices}}',
  body: `Dear {{customer.contactName}},

We understand you have a concern about the following:

${OVERDUE_INVOICES}

We take this seriously. Please tell us in writing what was wrong, with any supporting details, so we can investigate and respond. If we find we are at fault, we will correct it; the amounts that are not in question remain payable.

Regards,
{{signature}}
`,
});
