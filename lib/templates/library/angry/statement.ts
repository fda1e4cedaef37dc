import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Copy of invoices and statement of account: {{total}}',
  body: `Dear {{customer.contactName}},

As requested, here is a statement of the invoices that remain open, with their dates:

${STATEMENT_LINES}

Total: {{total}}. Copies of each invoice are attached. Please confirm receipt and the date payment will be made.

${FEE_LINE}
Regards,
{{signature}}
`,
});
