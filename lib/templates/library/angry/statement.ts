import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Statement of account: {{total}} past due',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

Here is a statement of the past-due invoices, with their dates:

${STATEMENT_LINES}

Total past due: {{total}}. {{#attached.statement}}The statement is attached as {{attached.statement}}. {{/attached.statement}}A copy of any invoice is available on request. Please confirm receipt and the date payment will be made.

${FEE_LINE}
${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
