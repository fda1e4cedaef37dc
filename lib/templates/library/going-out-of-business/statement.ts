import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Statement of account: {{total}} past due',
  body: `${greeting('Hi', 'Hello')}

Please find below a statement of the past-due invoices that remain unpaid:

${STATEMENT_LINES}

Total past due: {{total}}.

${FEE_LINE}
{{#attached.statement}}The statement is also attached as {{attached.statement}}. {{/attached.statement}}If you can pay part of it now, please do, and let us agree a date for the rest.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Regards,
{{signature}}
`,
});
