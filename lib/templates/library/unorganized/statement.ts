import { ALSO_COMING_DUE, FEE_LINE, greeting, HOW_TO_PAY, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'statement',
  title: 'Statement of past-due invoices (re-invoice)',
  subject: 'Statement of account for {{customer.name}}: {{total}} past due',
  body: `${greeting('Hi', 'Hello')}

Here is a statement of your past-due invoices, in case the originals went astray:

${STATEMENT_LINES}

Total past due: {{total}}.

${FEE_LINE}
{{#attached.statement}}The statement is attached as {{attached.statement}}. {{/attached.statement}}Copies of each invoice are available on request. Please forward this to whoever handles payments if that is not you.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Thank you,
{{signature}}
`,
});
