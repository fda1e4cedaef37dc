import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Statement of account for {{customer.name}}: {{total}} past due',
  body: `Hi {{customer.contactName}},

Here is a statement of your past-due invoices, in case the originals went astray:

${STATEMENT_LINES}

Total past due: {{total}}.

${FEE_LINE}
Copies of each invoice are available on request. Please forward this to whoever handles payments if that is not you.

Thank you,
{{signature}}
`,
});
