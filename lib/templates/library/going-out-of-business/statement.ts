import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Statement of account: {{total}} past due',
  body: `Hi {{customer.contactName}},

Please find below a statement of the invoices that remain unpaid:

${STATEMENT_LINES}

Total past due: {{total}}.

${FEE_LINE}
If you can pay part of it now, please do, and let us agree a date for the rest.

Regards,
{{signature}}
`,
});
