import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'certified-letter',
  title: 'Certified letter',
  subject: 'Formal notice of overdue invoices: {{total}}',
  body: `{{today}}

{{customer.name}}
Attn: {{customer.contactName}}

Re: overdue invoices

Our records show the following invoices remain unpaid:

${STATEMENT_LINES}

Total outstanding: {{total}}.

${FEE_LINE}
We have reminded you by email and by phone. Please pay the balance within 14 days of this letter or contact us to agree a payment date.

Sincerely,
{{signature}}
`,
});
